/**
 * The stride at a glance: landing → mid-stance → toe-off → swing, each with a small runner
 * drawn in that moment and the muscles the sources place in it (`init.gait`). A phase's name
 * opens the passage on that phase; a muscle opens the passage that places it there. Everything
 * is a native button, so Tab and Enter/Space work as anywhere else.
 */
import type { ToWebview } from '../../src/protocol/messages';
import { h, s } from './dom';

export type GaitPhase = Extract<ToWebview, { type: 'init' }>['gait'][number];
type PhaseName = GaitPhase['phase'];

export interface GaitActions {
  openCitation(passageId: string): void;
  /** Light these muscles on the map while the user points at them; `undefined` ends it. */
  preview(ids: readonly string[] | undefined, label?: string): void;
}

const PHASES: Record<PhaseName, { label: string; hint: string }> = {
  landing: { label: 'Landing', hint: 'the foot meets the ground' },
  'mid-stance': { label: 'Mid-stance', hint: 'the body passes over the foot' },
  'toe-off': { label: 'Toe-off', hint: 'the foot pushes off' },
  swing: { label: 'Swing', hint: 'the leg travels forward' },
};

const ORDER: PhaseName[] = ['landing', 'mid-stance', 'toe-off', 'swing'];

type Point = readonly [number, number];
interface Pose {
  /** Head, shoulder and hip; then each leg as knee, ankle, toe; each arm as elbow, hand. */
  head: Point;
  shoulder: Point;
  hip: Point;
  /** The leg this phase is about (drawn in the accent colour). */
  leg: readonly [Point, Point, Point];
  other: readonly [Point, Point, Point];
  arms: readonly [readonly [Point, Point], readonly [Point, Point]];
  /** Height of the ground line (the swing phase is airborne). */
  ground: number;
}

/** A runner facing right, in a 48 × 52 box. */
const POSES: Record<PhaseName, Pose> = {
  landing: {
    head: [25, 7],
    shoulder: [24, 14],
    hip: [22, 26],
    leg: [[29, 35], [33, 44], [38, 45]],
    other: [[16, 34], [9, 37], [7, 34]],
    arms: [[[19, 20], [22, 25]], [[29, 18], [31, 13]]],
    ground: 46,
  },
  'mid-stance': {
    head: [25, 6],
    shoulder: [24, 13],
    hip: [23, 25],
    leg: [[24, 35], [22, 45], [27, 45]],
    other: [[25, 33], [16, 37], [14, 35]],
    arms: [[[21, 19], [24, 24]], [[27, 19], [29, 15]]],
    ground: 46,
  },
  'toe-off': {
    head: [27, 7],
    shoulder: [26, 14],
    hip: [23, 26],
    leg: [[18, 35], [12, 43], [15, 46]],
    other: [[31, 30], [29, 39], [33, 40]],
    arms: [[[31, 18], [34, 13]], [[21, 20], [18, 24]]],
    ground: 46,
  },
  swing: {
    head: [25, 5],
    shoulder: [24, 12],
    hip: [23, 23],
    leg: [[32, 29], [31, 39], [35, 40]],
    other: [[17, 31], [10, 34], [8, 31]],
    arms: [[[20, 17], [22, 22]], [[28, 17], [31, 12]]],
    ground: 48,
  },
};

function polyline(points: readonly Point[], cls: string): SVGPolylineElement {
  return s('polyline', { points: points.map((p) => p.join(',')).join(' '), class: cls });
}

function runner(phase: PhaseName): SVGSVGElement {
  const p = POSES[phase];
  return s(
    'svg',
    { class: 'stick', viewBox: '0 0 48 52', 'aria-hidden': 'true', focusable: 'false' },
    s('line', { x1: 2, x2: 46, y1: p.ground, y2: p.ground, class: 'stick-ground' }),
    polyline([p.hip, ...p.other], 'stick-line stick-far'),
    polyline([p.shoulder, ...p.arms[1]], 'stick-line stick-far'),
    polyline([p.hip, p.shoulder], 'stick-line'),
    polyline([p.shoulder, ...p.arms[0]], 'stick-line'),
    polyline([p.hip, ...p.leg], 'stick-line stick-active'),
    s('circle', { cx: p.head[0], cy: p.head[1], r: 4, class: 'stick-head' }),
  );
}

export class GaitView {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;

  constructor(
    private readonly actions: GaitActions,
    headingId = 'gait-title',
  ) {
    this.list = h('ol', { class: 'gait-phases' });
    this.list.addEventListener('pointerleave', () => actions.preview(undefined));
    this.list.addEventListener('focusout', (e) => {
      if (!this.list.contains(e.relatedTarget as Node | null)) actions.preview(undefined);
    });
    this.element = h(
      'section',
      { class: 'figure-panel gait-panel', attrs: { 'aria-labelledby': headingId } },
      h('h2', { class: 'figure-title', attrs: { id: headingId }, text: 'Gait phases' }),
      this.list,
    );
  }

  render(gait: readonly GaitPhase[]): void {
    const byPhase = new Map(gait.map((g) => [g.phase, g]));
    this.list.replaceChildren(...ORDER.filter((p) => byPhase.has(p)).map((p, i) => this.phase(byPhase.get(p)!, i + 1)));
  }

  private phase(g: GaitPhase, n: number): HTMLLIElement {
    const { label, hint } = PHASES[g.phase];
    const ids = g.muscles.map((m) => m.id);
    const name = g.passageId
      ? h('button', {
          class: 'gait-phase-name',
          attrs: { type: 'button', title: `Open the passage on ${label.toLowerCase()}`, 'data-passage': g.passageId },
          on: { click: () => this.actions.openCitation(g.passageId!) },
          text: label,
        })
      : h('span', { class: 'gait-phase-name', text: label });
    const muscles = h('ul', { class: 'gait-muscles', attrs: { 'aria-label': `Muscles at ${label.toLowerCase()}` } });
    for (const m of g.muscles) {
      const button = h('button', {
        class: 'gait-muscle',
        attrs: { type: 'button', title: `Open the passage placing the ${m.title.toLowerCase()} in ${label.toLowerCase()}`, 'data-muscle': m.id, 'data-passage': m.passageId },
        on: { click: () => this.actions.openCitation(m.passageId) },
        text: m.title,
      });
      const show = () => this.actions.preview([m.id], `During ${label.toLowerCase()}`);
      button.addEventListener('pointerenter', show);
      button.addEventListener('pointerleave', () => this.actions.preview(ids, `During ${label.toLowerCase()}`));
      button.addEventListener('focus', show);
      muscles.append(h('li', {}, button));
    }
    if (!g.muscles.length) muscles.append(h('li', { class: 'gait-none', text: 'No muscle placed here by the sources.' }));
    const item = h(
      'li',
      { class: 'gait-phase', attrs: { 'data-phase': g.phase } },
      runner(g.phase),
      h(
        'div',
        { class: 'gait-body' },
        h('div', { class: 'gait-head' }, h('span', { class: 'gait-n', attrs: { 'aria-hidden': 'true' }, text: String(n) }), name, h('span', { class: 'gait-hint', text: hint })),
        muscles,
      ),
    );
    item.addEventListener('pointerenter', () => this.actions.preview(ids, `During ${label.toLowerCase()}`));
    return item;
  }
}
