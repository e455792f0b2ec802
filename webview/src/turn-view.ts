/**
 * One question and its answer: the question as the user typed it (always text), the answer
 * rendered from Markdown, the cited passages, follow-ups and actions. Also the placeholder turn
 * shown while the host is still answering.
 */
import type { ChatCitation, Turn } from '../../src/protocol/messages';
import { h, icon } from './dom';
import { renderMarkdown } from './markdown';

export interface TurnActions {
  /** A cited passage was chosen (its number, title, excerpt and source as this turn cites it). */
  openCitation(citation: ChatCitation): void;
  insertPlan(passageId: string): void;
  copyAnswer(turnId: string): void;
  /** Insert the turn's block (a /plan table) into the user's plan. */
  insertTurn(turnId: string): void;
  ask(text: string): void;
}

const VERDICTS = {
  supported: { label: 'Supported', icon: 'pass' },
  contradicted: { label: 'Contradicted', icon: 'error' },
  unverified: { label: 'Unverified', icon: 'question' },
} as const;

function questionBlock(text: string): HTMLElement {
  // dir=auto lets right-to-left questions read naturally without affecting the layout.
  return h('div', { class: 'question' }, h('span', { class: 'sr-only', text: 'You asked: ' }), h('span', { class: 'question-text', attrs: { dir: 'auto' }, text }));
}

/**
 * "“Article title” › Section › Subsection", as the export and plan blocks name sources. Some
 * articles' only section is the page title itself ("<article title> - <site>"); it is not
 * repeated then.
 */
function sourceLine(c: ChatCitation): string {
  const { title, file, section } = c.source;
  const article = title ? `“${title}”` : file;
  if (title && section.startsWith(title)) return article;
  return `${article} › ${section.replace(/ > /g, ' › ')}`;
}

function citationItem(c: ChatCitation, actions: TurnActions): HTMLLIElement {
  const open = h(
    'button',
    {
      class: 'citation-open',
      attrs: { type: 'button', title: 'Open the full passage' },
      on: { click: () => actions.openCitation(c) },
    },
    h('span', { class: 'citation-head' }, h('span', { class: 'citation-n', text: String(c.n) }), h('span', { class: 'citation-title', text: c.title }), h('span', { class: 'citation-kind', text: c.kind })),
    h('span', { class: 'citation-source' }, icon('book'), h('span', { text: sourceLine(c) })),
    h('span', { class: 'citation-excerpt', text: c.excerpt }),
  );
  const item = h('li', { class: 'citation', attrs: { 'data-n': c.n, 'data-passage': c.id } }, open);
  if (c.insertable) {
    const insert = h('vscode-button', {
      class: 'insert-plan',
      attrs: { secondary: true, icon: 'insert', 'aria-label': `Insert “${c.title}” into plan` },
      text: 'Insert into plan',
      on: { click: () => actions.insertPlan(c.id) },
    });
    item.append(insert);
  }
  return item;
}

/**
 * Moves to citation n of this turn: scrolls it into view, highlights it (until another marker is
 * used) and focuses it, so Enter (or a second click on the marker) opens its passage.
 */
function showCitation(turnEl: HTMLElement, n: number): void {
  const item = turnEl.querySelector<HTMLElement>(`li.citation[data-n="${n}"]`);
  if (!item) return;
  for (const other of turnEl.ownerDocument.querySelectorAll<HTMLElement>('li.citation.highlighted')) if (other !== item) other.classList.remove('highlighted');
  item.scrollIntoView({ block: 'nearest' });
  item.classList.remove('flash');
  // Restart the highlight animation when the same marker is used twice in a row.
  void item.offsetWidth;
  item.classList.add('flash', 'highlighted');
  item.querySelector<HTMLElement>('.citation-open')?.focus({ preventScroll: true });
}

export interface RenderedTurn {
  element: HTMLElement;
  /** The answer as rendered, for the screen-reader announcement. */
  answer: HTMLElement;
}

export function renderTurn(turn: Turn, actions: TurnActions): RenderedTurn {
  const cited = new Map(turn.citations.map((c) => [c.n, c]));
  const answer = h('div', { class: 'answer markdown' });
  answer.append(renderMarkdown(turn.answer, { isCitation: (n) => cited.has(n) }));
  for (const marker of answer.querySelectorAll<HTMLButtonElement>('button.cite')) {
    const c = cited.get(Number(marker.dataset.cite));
    if (!c) continue;
    marker.setAttribute('aria-label', `Source ${c.n}: ${c.title}`);
    marker.title = `${c.title} (click to show the source, again to open it)`;
  }

  const head = h('div', { class: 'reply-head' });
  if (turn.verdict) {
    const v = VERDICTS[turn.verdict];
    head.append(h('vscode-badge', { class: `verdict verdict-${turn.verdict}`, attrs: { 'aria-label': `Verdict: ${v.label}` } }, icon(v.icon), ` ${v.label}`));
  } else if (turn.abstained) {
    head.append(turn.mode === 'usage' ? h('span', { class: 'reply-label' }, icon('terminal'), ' Command help') : h('span', { class: 'reply-label abstained-label' }, icon('circle-slash'), ' Not in my sources'));
  }
  if (turn.mode === 'plan' && !turn.abstained) head.append(h('span', { class: 'reply-label' }, icon('checklist'), ' Plan'));

  const reply = h('div', { class: `reply${turn.abstained ? ' abstained' : ''}` });
  if (head.childNodes.length) reply.append(head);
  reply.append(answer);
  if (turn.block) reply.append(planBlock(turn, actions));

  if (turn.citations.length) {
    const list = h('ol', { class: 'citations', attrs: { 'aria-label': 'Sources' } });
    for (const c of turn.citations) list.append(citationItem(c, actions));
    reply.append(h('section', { class: 'sources' }, h('h3', { class: 'sources-title', text: 'Sources' }), list));
  }

  if (turn.followUps.length) {
    const followUps = h('div', { class: 'followups', attrs: { role: 'group', 'aria-label': 'Suggested follow-up questions' } });
    for (const text of turn.followUps) {
      followUps.append(h('vscode-button', { class: 'followup', attrs: { secondary: true, icon: 'comment-discussion' }, text, on: { click: () => actions.ask(text) } }));
    }
    reply.append(followUps);
  }

  // The host copies (the /plan table when there is one) and answers with a notice; the app
  // marks the button done only then, so a failed copy never shows a check mark.
  const copyLabel = turn.block ? 'Copy plan table' : 'Copy answer';
  const copy = h('vscode-toolbar-button', {
    class: 'copy-answer',
    attrs: { icon: 'copy', label: copyLabel, title: turn.block ? 'Copy the plan table' : 'Copy answer with sources', 'data-label': copyLabel },
  });
  copy.addEventListener('click', () => actions.copyAnswer(turn.id));
  reply.append(h('div', { class: 'turn-actions' }, copy, turn.tookMs > 0 ? h('span', { class: 'took', text: `${turn.tookMs < 10 ? turn.tookMs.toFixed(1) : Math.round(turn.tookMs)} ms` }) : null));

  const element = h('article', { class: 'turn', attrs: { 'data-turn-id': turn.id, 'data-mode': turn.mode } }, questionBlock(turn.question), reply);
  answer.addEventListener('click', (event) => {
    const marker = (event.target as Element).closest?.('button.cite');
    if (!(marker instanceof HTMLElement)) return;
    const n = Number(marker.dataset.cite);
    const c = cited.get(n);
    // First activation: show the source card; a second one on the same marker: open its passage.
    if (c && element.querySelector(`li.citation.highlighted[data-n="${n}"]`)) actions.openCitation(c);
    else showCitation(element, n);
  });
  return { element, answer };
}

/**
 * A /plan turn's table: an "Insert plan" button (the host puts the table at the cursor) and the
 * table itself, folded, to see what will be inserted.
 */
function planBlock(turn: Turn, actions: TurnActions): HTMLElement {
  const insert = h('vscode-button', {
    class: 'insert-turn',
    attrs: { icon: 'insert', title: 'Insert this block into your plan as a Markdown table' },
    text: 'Insert plan',
    on: { click: () => actions.insertTurn(turn.id) },
  });
  const preview = h('details', { class: 'plan-preview' }, h('summary', { text: 'Table to insert' }), h('div', { class: 'markdown plan-table' }, renderMarkdown(turn.block ?? '', { isCitation: () => false })));
  return h('div', { class: 'plan-block' }, insert, preview);
}

const copyTimers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** Marks a turn's copy button done for a moment, once the host has confirmed the copy. */
export function confirmCopy(turnEl: HTMLElement): void {
  const copy = turnEl.querySelector<HTMLElement>('.copy-answer');
  if (!copy) return;
  const label = copy.dataset.label ?? 'Copy answer';
  copy.setAttribute('icon', 'check');
  copy.setAttribute('label', 'Copied');
  copy.classList.add('copied');
  clearTimeout(copyTimers.get(copy));
  copyTimers.set(
    copy,
    setTimeout(() => {
      copy.setAttribute('icon', 'copy');
      copy.setAttribute('label', label);
      copy.classList.remove('copied');
    }, 2000),
  );
}

/** The question shown at once, with a busy indicator until the answer arrives. */
export function renderPending(question: string): HTMLElement {
  return h(
    'article',
    { class: 'turn pending', attrs: { 'aria-busy': 'true' } },
    questionBlock(question),
    h(
      'div',
      { class: 'reply busy' },
      // The ring is decoration: its built-in role=alert would interrupt the reader on every question.
      h('vscode-progress-ring', { attrs: { 'aria-hidden': 'true', role: 'presentation', 'aria-live': 'off' } }),
      h('span', { class: 'busy-text', text: 'Looking through the sources…' }),
    ),
  );
}
