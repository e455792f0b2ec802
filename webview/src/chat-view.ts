/**
 * The conversation log: the turns of the open chat, questions still waiting for an answer, and
 * a welcome with example questions when the chat is empty. It owns the scroll position.
 */
import type { Chat, Turn } from '../../src/protocol/messages';
import { h, icon } from './dom';
import { confirmCopy, renderPending, renderTurn, type RenderedTurn, type TurnActions } from './turn-view';

export class ChatView {
  readonly element: HTMLElement;
  private readonly pending = new Map<string, HTMLElement>();
  private examples: readonly string[] = [];
  private turnCount = 0;

  constructor(
    private readonly actions: TurnActions,
    onScroll: (scrollTop: number) => void,
  ) {
    // role=log without aria-live: answers are announced once by the announcer, not re-read here.
    this.element = h('main', { class: 'log', attrs: { role: 'log', 'aria-live': 'off', 'aria-label': 'Conversation', tabindex: '-1' } });
    this.element.addEventListener('scroll', () => onScroll(this.element.scrollTop), { passive: true });
  }

  setExamples(examples: readonly string[]): void {
    this.examples = examples;
    if (!this.turnCount && !this.pending.size) this.renderWelcome();
  }

  /** Shows a whole chat, replacing what was there; questions still pending stay at the end. */
  showChat(chat: Chat | undefined): void {
    this.element.replaceChildren();
    this.turnCount = chat?.turns.length ?? 0;
    for (const turn of chat?.turns ?? []) this.element.append(renderTurn(turn, this.actions).element);
    for (const el of this.pending.values()) this.element.append(el);
    if (!this.turnCount && !this.pending.size) this.renderWelcome();
  }

  addPending(requestId: string, question: string): void {
    this.element.querySelector('.welcome')?.remove();
    const el = renderPending(question);
    this.pending.set(requestId, el);
    this.element.append(el);
    this.element.setAttribute('aria-busy', 'true');
    this.scrollToBottom();
  }

  /** Replaces the pending question with its answer (or appends it if the view was reloaded). */
  resolve(requestId: string, turn: Turn): RenderedTurn {
    const rendered = renderTurn(turn, this.actions);
    const placeholder = this.pending.get(requestId);
    this.pending.delete(requestId);
    this.element.querySelector('.welcome')?.remove();
    if (placeholder?.isConnected) placeholder.replaceWith(rendered.element);
    else this.element.append(rendered.element);
    this.turnCount++;
    if (!this.pending.size) this.element.removeAttribute('aria-busy');
    // Keep the question in sight: long answers are read from their top.
    rendered.element.scrollIntoView({ block: 'start' });
    return rendered;
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
