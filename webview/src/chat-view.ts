/**
 * The conversation log: the turns of the open chat, questions still waiting for an answer, and
 * a welcome with example questions when the chat is empty. It owns the scroll position.
 *
 * Long chats stay fast: only the latest {@link TURN_WINDOW} turns are rendered, and a "Show
 * earlier" control at the top pages in {@link TURN_PAGE} more at a time (keeping what was on
 * screen where it was). New answers push the oldest rendered turn out, so the log never holds
 * more turns than the user has asked to see.
 */
import type { Chat, Turn } from '../../src/protocol/messages';
import { h, icon } from './dom';
import { confirmCopy, renderPending, renderTurn, type RenderedTurn, type TurnActions } from './turn-view';

/** Turns rendered when a chat is shown. */
export const TURN_WINDOW = 50;
/** Turns "Show earlier" adds each time. */
export const TURN_PAGE = 50;

export class ChatView {
  readonly element: HTMLElement;
  private readonly pending = new Map<string, HTMLElement>();
  private examples: readonly string[] = [];
  /** Every turn of the open chat, oldest first (the UI's copy; rendering takes the tail). */
  private turns: Turn[] = [];
  private chatId: string | undefined;
  /** How many of the latest turns may be rendered; "Show earlier" raises it. */
  private limitValue = TURN_WINDOW;
  /** How many of the latest turns are rendered now. */
  private rendered = 0;
  private readonly earlier: HTMLElement;
  private readonly earlierButton: HTMLElement;

  constructor(
    private readonly actions: TurnActions,
    onScroll: (scrollTop: number) => void,
  ) {
    // role=log without aria-live: answers are announced once by the announcer, not re-read here.
    this.element = h('main', { class: 'log', attrs: { role: 'log', 'aria-live': 'off', 'aria-label': 'Conversation', tabindex: '-1' } });
    this.element.addEventListener('scroll', () => onScroll(this.element.scrollTop), { passive: true });
    this.earlierButton = h('vscode-button', { class: 'show-earlier', attrs: { secondary: true, icon: 'fold-up' }, on: { click: () => this.showEarlier() } });
    this.earlier = h('div', { class: 'earlier' }, this.earlierButton);
    this.earlier.hidden = true;
  }

  /** How many of the latest turns the log shows at most (saved with the UI state). */
  get limit(): number {
    return this.limitValue;
  }

  /** Restores a saved {@link limit} for a chat, before that chat is shown. */
  setLimit(limit: number | undefined, chatId: string | undefined): void {
    this.limitValue = Math.max(TURN_WINDOW, Math.floor(limit ?? TURN_WINDOW));
    this.chatId = chatId;
  }

  /** Turns rendered now (at most {@link limit}). */
  get renderedCount(): number {
    return this.rendered;
  }

  setExamples(examples: readonly string[]): void {
    this.examples = examples;
    if (!this.turns.length && !this.pending.size) this.renderWelcome();
  }

  /**
   * Shows a whole chat, replacing what was there; questions still pending stay at the end.
   * Another chat starts again from the latest {@link TURN_WINDOW} turns.
   */
  showChat(chat: Chat | undefined): void {
    if (chat?.id !== this.chatId) this.limitValue = TURN_WINDOW;
    this.chatId = chat?.id;
    this.turns = [...(chat?.turns ?? [])];
    this.rendered = Math.min(this.turns.length, this.limitValue);
    const turns = document.createDocumentFragment();
    for (const turn of this.turns.slice(this.turns.length - this.rendered)) turns.append(renderTurn(turn, this.actions).element);
    this.element.replaceChildren(this.earlier, turns, ...this.pending.values());
    this.updateEarlier();
    if (!this.turns.length && !this.pending.size) this.renderWelcome();
  }

  addPending(requestId: string, question: string): void {
    this.element.querySelector('.welcome')?.remove();
    const el = renderPending(question);
    this.pending.set(requestId, el);
    this.element.append(el);
    this.element.setAttribute('aria-busy', 'true');
    this.scrollToBottom();
  }

  /**
   * Adds an answered turn to the chat: in place of its pending question (or at the end if the
   * view was reloaded meanwhile), letting the oldest rendered turn go if the log is full.
   */
  resolve(requestId: string, turn: Turn): RenderedTurn {
    this.turns.push(turn);
    const rendered = renderTurn(turn, this.actions);
    const placeholder = this.pending.get(requestId);
    this.pending.delete(requestId);
    this.element.querySelector('.welcome')?.remove();
    if (placeholder?.isConnected) placeholder.replaceWith(rendered.element);
    else this.element.append(rendered.element);
    this.rendered++;
    this.trim();
    if (!this.pending.size) this.element.removeAttribute('aria-busy');
    // Keep the question in sight: long answers are read from their top.
    rendered.element.scrollIntoView({ block: 'start' });
    return rendered;
  }

  /** Stops waiting for one question (it will get no answer); true when it was pending here. */
  failPending(requestId: string): boolean {
    const el = this.pending.get(requestId);
    if (!el) return false;
    el.remove();
    this.pending.delete(requestId);
    if (!this.pending.size) this.element.removeAttribute('aria-busy');
    return true;
  }

  /** Forgets pending questions (their chat was closed); their answers will not be shown here. */
  clearPending(): void {
    for (const el of this.pending.values()) el.remove();
    this.pending.clear();
    this.element.removeAttribute('aria-busy');
  }

  /** The turn's element, if it is on screen. */
  turnElement(turnId: string): HTMLElement | undefined {
    return this.element.querySelector<HTMLElement>(`article.turn[data-turn-id="${CSS.escape(turnId)}"]`) ?? undefined;
  }

  /** Shows that the host copied a turn (its copy button turns into a check mark for a moment). */
  confirmCopy(turnId: string): void {
    const el = this.turnElement(turnId);
    if (el) confirmCopy(el);
  }

  hasPending(requestId: string): boolean {
    return this.pending.has(requestId);
  }

  get scrollTop(): number {
    return this.element.scrollTop;
  }

  set scrollTop(value: number) {
    this.element.scrollTop = value;
  }

  scrollToBottom(): void {
    this.element.scrollTop = this.element.scrollHeight;
  }

  /** Pages in the previous {@link TURN_PAGE} turns above the first one shown, keeping the view still. */
  showEarlier(): void {
    const hidden = this.turns.length - this.rendered;
    const n = Math.min(TURN_PAGE, hidden);
    if (n <= 0) return;
    const log = this.element;
    const keepFocus = this.earlierButton.matches(':focus-within');
    // What the user was reading stays where it was on screen: the first turn shown so far is
    // kept in place, now and once the new turns' buttons have rendered (a frame later).
    const anchor = this.earlier.nextElementSibling;
    const top = anchor?.getBoundingClientRect().top ?? 0;
    const hold = () => {
      if (anchor?.isConnected) log.scrollTop += anchor.getBoundingClientRect().top - top;
    };
    const fragment = document.createDocumentFragment();
    for (const turn of this.turns.slice(hidden - n, hidden)) fragment.append(renderTurn(turn, this.actions).element);
    this.earlier.after(fragment);
    this.rendered += n;
    this.limitValue = Math.max(this.limitValue, this.rendered);
    this.updateEarlier();
    hold();
    requestAnimationFrame(hold);
    if (keepFocus && this.earlier.hidden) log.focus({ preventScroll: true });
  }

  /** Drops the oldest rendered turns beyond the limit (they stay a "Show earlier" away). */
  private trim(): void {
    let extra = this.rendered - this.limitValue;
    if (extra <= 0) return this.updateEarlier();
    for (const el of this.element.querySelectorAll<HTMLElement>(':scope > article.turn:not(.pending)')) {
      if (extra-- <= 0) break;
      el.remove();
      this.rendered--;
    }
    this.updateEarlier();
  }

  private updateEarlier(): void {
    const hidden = this.turns.length - this.rendered;
    this.earlier.hidden = hidden <= 0;
    if (hidden <= 0) return;
    const next = Math.min(TURN_PAGE, hidden);
    this.earlierButton.textContent = `Show ${next} earlier ${next === 1 ? 'question' : 'questions'}`;
    this.earlierButton.setAttribute('title', `${hidden} earlier ${hidden === 1 ? 'question is' : 'questions are'} not shown`);
    this.earlier.dataset.hidden = String(hidden);
  }

  private renderWelcome(): void {
    this.element.querySelector('.welcome')?.remove();
    const list = h('div', { class: 'examples', attrs: { role: 'group', 'aria-label': 'Example questions' } });
    for (const text of this.examples) {
      list.append(h('vscode-button', { class: 'example', attrs: { secondary: true, icon: 'comment' }, text, on: { click: () => this.actions.ask(text) } }));
    }
    this.element.append(
      h(
        'section',
        { class: 'welcome' },
        h('h2', {}, icon('pulse'), ' Stride Coach'),
        h('p', { text: 'Ask about a running muscle, an exercise or an injury. Every answer cites the passages it comes from, or says plainly that my sources do not cover it.' }),
        list,
        h('p', { class: 'hint' }, 'Type ', h('kbd', { text: '/' }), ' for commands: /muscle, /exercise, /check, /plan.'),
      ),
    );
  }
}
