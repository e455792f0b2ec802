/**
 * Past conversations: a search box and the list the host sends (`chats`), each chat openable
 * and deletable. The host does the searching (it has every turn); this view only asks.
 */
import type { ChatSummary } from '../../src/protocol/messages';
import { h, icon, relativeTime } from './dom';

export interface HistoryActions {
  open(chatId: string): void;
  remove(chatId: string): void;
  search(query: string): void;
  close(): void;
}

export class HistoryView {
  readonly element: HTMLElement;
  private readonly search: HTMLElement & { value: string };
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** After a delete, focus goes to the row that took the deleted one's place. */
  private focusRowAfterRender: number | undefined;

  constructor(private readonly actions: HistoryActions) {
    this.search = h('vscode-textfield', { class: 'history-search', attrs: { placeholder: 'Search chats', label: 'Search chats', type: 'search' } }) as HTMLElement & { value: string };
    this.search.append(h('vscode-icon', { attrs: { slot: 'content-before', name: 'search' } }));
    this.search.addEventListener('input', () => {
      // One request per pause in typing, not per key.
      clearTimeout(this.searchTimer);
      this.searchTimer = setTimeout(() => this.actions.search(this.query), 150);
    });
    this.list = h('ul', { class: 'history-list', attrs: { 'aria-label': 'Chats' } });
    this.status = h('p', { class: 'history-empty', attrs: { role: 'status' } });
    this.element = h('section', { class: 'history', attrs: { 'aria-label': 'Chat history' } }, h('h2', { class: 'history-title', text: 'Chats' }), this.search, this.status, this.list);
    this.element.hidden = true;
    this.element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this.actions.close();
      }
    });
  }

  get query(): string {
    return (this.search.value ?? '').trim();
  }

  setQuery(query: string): void {
    this.search.value = query;
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  setOpen(open: boolean): void {
    this.element.hidden = !open;
    if (open) requestAnimationFrame(() => this.search.focus());
  }

  render(chats: readonly ChatSummary[], currentId: string | undefined): void {
    const rows = chats.map((c) => {
      const label = c.title || 'New chat';
      const open = h(
        'button',
        { class: 'history-open', attrs: { type: 'button', 'aria-current': c.id === currentId ? 'true' : undefined }, on: { click: () => this.actions.open(c.id) } },
        icon('comment-discussion'),
        h('span', { class: 'history-text' }, h('span', { class: 'history-chat-title', text: label, attrs: { dir: 'auto' } }), h('span', { class: 'history-meta', text: `${c.turns} ${c.turns === 1 ? 'question' : 'questions'}, ${relativeTime(c.updated)}` })),
      );
      const remove = h('vscode-toolbar-button', { class: 'history-delete', attrs: { icon: 'trash', label: `Delete chat “${label}”`, title: 'Delete chat' } });
      remove.addEventListener('click', () => {
        this.focusRowAfterRender = Array.prototype.indexOf.call(this.list.children, remove.closest('li'));
        this.actions.remove(c.id);
      });
      return h('li', { class: 'history-item', attrs: { 'data-chat-id': c.id } }, open, remove);
    });
    this.list.replaceChildren(...rows);
    this.status.textContent = chats.length ? '' : this.query ? `No chats match “${this.query}”.` : 'No chats yet.';
    if (this.focusRowAfterRender !== undefined && this.isOpen) {
      const buttons = this.list.querySelectorAll<HTMLElement>('.history-open');
      (buttons[Math.min(this.focusRowAfterRender, buttons.length - 1)] ?? this.search).focus();
      this.focusRowAfterRender = undefined;
    }
  }
}
