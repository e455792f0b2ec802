/**
 * The muscle map: the lower body from the front and the back (and a sole), each muscle the
 * corpus has a region of its own. A region is a labelled button. The whole map is one Tab stop
 * (a roving tabindex: Tab reaches the region last moved to), arrow keys and Home/End move
 * between regions, and Enter/Space or a click asks what that muscle does in running. The
 * muscles the latest answer is about are lit, and pointing at or focusing a turn of the chat
 * lights that turn's muscles instead while the pointer or focus stays there.
 *
 * Built with createElementNS only; colours come from classes in chat.css (theme variables).
 */
import { h, s } from './dom';
import { DETAILS, GROUPS, placements, REGIONS, SHARED, SILHOUETTE, VIEWBOX, VIEW_CENTRES, type RegionShapes, type Shape } from './body-shapes';

export interface MapMuscle {
  id: string;
  title: string;
}

/** How a region is lit: it is what the answer is about, or it belongs to a group the answer names. */
export type Light = 'direct' | 'group';

/**
 * The regions to light for a turn's muscle ids: the region itself, the region a muscle shares
 * (the vastus intermedius under the rectus femoris), a group's members, or, for a passage about
 * one side of a muscle (`soleus-fibre-type`), the muscle it is named after.
 */
export function lightsFor(ids: readonly string[], drawn: ReadonlySet<string>): Map<string, Light> {
  const lit = new Map<string, Light>();
  const set = (id: string, light: Light) => {
    if (!drawn.has(id)) return;
    if (light === 'direct' || !lit.has(id)) lit.set(id, light);
  };
  const byLength = [...drawn].sort((a, b) => b.length - a.length);
  for (const id of ids) {
    if (drawn.has(id)) set(id, 'direct');
    // Own keys only: an id such as "constructor" must not find Object.prototype's.
    else if (Object.hasOwn(SHARED, id)) set(SHARED[id], 'direct');
    else if (Object.hasOwn(GROUPS, id)) for (const member of GROUPS[id]) set(member, 'group');
    else {
      const named = byLength.find((r) => id.startsWith(`${r}-`));
      if (named) set(named, 'direct');
    }
  }
  return lit;
}

/** Names that keep their capital inside a sentence. */
const PROPER = /^(Achilles)\b/;

/** "What does the soleus do in running?"; plural names ("foot muscles") take "do". */
export function questionAbout(title: string): string {
  const name = /^[A-Z]{2,}/.test(title) || PROPER.test(title) ? title : title.charAt(0).toLowerCase() + title.slice(1);
  // Latin singulars end in -us, -is, -as (soleus, biceps femoris, iliopsoas); "calves", "glutes" are plural.
  const plural = /s$/i.test(title) && !/(us|is|as|ss|ps)$/i.test(title);
  return `What ${plural ? 'do' : 'does'} the ${name} do in running?`;
}

const VIEW_LABELS: { text: string; x: number; y: number }[] = [
  { text: 'Front', x: VIEW_CENTRES.front, y: -4 },
  { text: 'Back', x: VIEW_CENTRES.back, y: -4 },
  { text: 'Sole', x: VIEW_CENTRES.sole, y: 192 },
];

function paths(shape: Shape, cls: string): SVGPathElement[] {
  return placements(shape).map((transform) => s('path', { d: shape.d, class: cls, transform }));
}

export class MuscleMap {
  readonly element: HTMLElement;
  private readonly figure: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly regions = new Map<string, SVGGElement>();
  private readonly titles = new Map<string, string>();
  private latest: readonly string[] = [];
  private previewing: { ids: readonly string[]; label: string } | undefined;
  private pointed: string | undefined;
  /** The region that holds the map's one Tab stop. */
  private current: string | undefined;

  constructor(
    private readonly actions: { ask(text: string): void },
    headingId = 'muscle-map-title',
  ) {
    this.figure = h('div', { class: 'map-figure' });
    this.caption = h('p', { class: 'map-caption', attrs: { id: 'muscle-map-caption' } });
    this.element = h(
      'section',
      { class: 'figure-panel map-panel', attrs: { 'aria-labelledby': headingId } },
      h('h2', { class: 'figure-title', attrs: { id: headingId }, text: 'Muscle map' }),
      this.figure,
      this.caption,
    );
    this.renderCaption();
  }

  /** Draws the map with a region for each muscle the corpus has (`init.mapMuscles`). */
  setMuscles(muscles: readonly MapMuscle[]): void {
    this.titles.clear();
    for (const m of muscles) this.titles.set(m.id, m.title);
    this.regions.clear();
    const svg = s('svg', {
      class: 'muscle-map',
      viewBox: `${VIEWBOX.x} ${VIEWBOX.y} ${VIEWBOX.width} ${VIEWBOX.height}`,
      role: 'group',
      'aria-label': 'Muscles of the legs, front and back: choose one to ask about it',
      'aria-describedby': 'muscle-map-caption',
    });
    const body = s('g', { class: 'body', 'aria-hidden': 'true' });
    // Outlines first, then the fills over them: only the outer edge of the joined shapes shows.
    for (const shape of SILHOUETTE) body.append(...paths(shape, 'body-outline'));
    for (const shape of SILHOUETTE) body.append(...paths(shape, 'body-fill'));
    for (const shape of DETAILS) body.append(...paths(shape, 'body-detail'));
    for (const label of VIEW_LABELS) body.append(s('text', { class: 'view-label', x: label.x, y: label.y, 'text-anchor': 'middle' }, label.text));
    svg.append(body);
    for (const region of REGIONS) {
      const title = this.titles.get(region.id);
      if (title !== undefined) svg.append(this.region(region, title));
    }
    svg.addEventListener('keydown', (e) => this.onKeyDown(e));
    this.figure.replaceChildren(svg);
    this.makeCurrent(this.current && this.regions.has(this.current) ? this.current : this.regions.keys().next().value);
    this.applyLights();
  }

  /** Moves the map's Tab stop to a region (without focusing it). */
  private makeCurrent(id: string | undefined): void {
    this.current = id;
    for (const [rid, g] of this.regions) g.setAttribute('tabindex', rid === id ? '0' : '-1');
  }

  /** The muscles of the latest answer (lit until another answer, or while previewing a turn). */
  showLatest(ids: readonly string[] | undefined): void {
    this.latest = ids ?? [];
    this.applyLights();
  }

  /** Lights another set for as long as the user points at a turn or phase; `undefined` ends it. */
  preview(ids: readonly string[] | undefined, label = 'In the answer you are pointing at'): void {
    this.previewing = ids ? { ids, label } : undefined;
    this.applyLights();
  }

  get regionCount(): number {
    return this.regions.size;
  }

  private region(region: RegionShapes, title: string): SVGGElement {
    const g = s(
      'g',
      {
        class: `region${region.deep ? ' deep' : ''}`,
        role: 'button',
        tabindex: -1,
        'aria-label': title,
        'aria-pressed': 'false',
        'data-muscle': region.id,
      },
      s('title', {}, title),
    );
    for (const shape of region.shapes) g.append(...paths(shape, 'region-shape'));
    const ask = () => this.actions.ask(questionAbout(title));
    g.addEventListener('click', () => {
      this.makeCurrent(region.id);
      ask();
    });
    g.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        if (!e.repeat) ask();
      } else if (e.key === ' ') {
        // Like a native button: Space acts on release, and does not scroll the page.
        e.preventDefault();
      }
    });
    g.addEventListener('keyup', (e) => {
      if (e.key === ' ') ask();
    });
    const point = (on: boolean) => {
      this.pointed = on ? region.id : this.pointed === region.id ? undefined : this.pointed;
      this.renderCaption();
    };
    g.addEventListener('pointerenter', () => point(true));
    g.addEventListener('pointerleave', () => point(false));
    g.addEventListener('focus', () => {
      // Focus that arrives by pointer (or a script) moves the Tab stop too.
      if (this.current !== region.id) this.makeCurrent(region.id);
      point(true);
    });
    g.addEventListener('blur', () => point(false));
    this.regions.set(region.id, g);
    return g;
  }

  /** Arrow keys walk the regions in reading order; Home/End go to the first/last. */
  private onKeyDown(e: KeyboardEvent): void {
    const list = [...this.regions.values()];
    const at = list.indexOf(e.target as SVGGElement);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const next = list[(to + list.length) % list.length];
    this.makeCurrent(next.dataset.muscle);
    next.focus();
  }

  private applyLights(): void {
    const ids = this.previewing?.ids ?? this.latest;
    const lit = lightsFor(ids, new Set(this.regions.keys()));
    for (const [id, g] of this.regions) {
      const light = lit.get(id);
      g.setAttribute('aria-pressed', String(light !== undefined));
      g.classList.toggle('lit', light !== undefined);
      g.classList.toggle('lit-group', light === 'group');
    }
    this.renderCaption();
  }

  /** Names for what is lit, as the corpus titles them: "Calves" for the group, not its members. */
  private litNames(): string[] {
    const ids = this.previewing?.ids ?? this.latest;
    const drawn = new Set(this.regions.keys());
    const names: string[] = [];
    for (const id of ids) {
      const regions = [...lightsFor([id], drawn).keys()];
      if (!regions.length) continue;
      const title = this.titles.get(id) ?? (regions.length === 1 ? this.titles.get(regions[0]) : undefined);
      if (title && !names.includes(title)) names.push(title);
    }
    return names;
  }

  private renderCaption(): void {
    if (this.pointed) {
      const title = this.titles.get(this.pointed) ?? this.pointed;
      this.caption.replaceChildren(h('strong', { text: title }), ': click or press Enter to ask what it does.');
      return;
    }
    const names = this.litNames();
    if (!names.length) {
      this.caption.textContent = this.previewing
        ? 'That answer names no muscle on the map.'
        : 'Ask about a muscle, or choose one here: the muscles an answer is about light up.';
      return;
    }
    this.caption.replaceChildren(
      h('span', { class: 'map-swatch', attrs: { 'aria-hidden': 'true' } }),
      `${this.previewing?.label ?? 'In the latest answer'}: `,
      h('span', { class: 'map-names', text: names.join(', ') }),
    );
  }
}
