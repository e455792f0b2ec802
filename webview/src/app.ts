/**
 * The chat page: wires the views to the host. It keeps the little model the views need (the
 * open chat, the chat list, names for completion), acts on validated host messages, turns user
 * actions into protocol messages and saves the UI state after each change.
 */
import type { Chat, ChatSummary, ToWebview, Turn } from '../../src/protocol/messages';
import { Announcer } from './announcer';
import { ChatView } from './chat-view';
import { h, icon, randomId } from './dom';
import { HistoryView } from './history-view';
import { Composer } from './input';
import { plainText } from './markdown';
import { debouncedSaver, type ViewState } from './state';
import type { Host } from './vscode-api';

const MAX_NOTICES = 3;

export class App {
  private chat: Chat | undefined;
  private chats: ChatSummary[] = [];
  private readonly chatView: ChatView;
  private readonly history: HistoryView;
  private readonly composer: Composer;
  private readonly announcer = new Announcer();
  private readonly notices: HTMLElement;
  private readonly title: HTMLElement;
  private readonly historyToggle: HTMLElement;
  private readonly saver;
  /** The scroll position saved before a reload, applied once the host's chat matches it. */
  private restoredScroll: { chatId: string; scrollTop: number } | undefined;
  /** The next `chat` message answers the user's open/new request: show it, close the history. */
  private awaitingChat = false;

  constructor(
    root: HTMLElement,
    private readonly host: Host,
    saved: ViewState,
  ) {
    this.saver = debouncedSaver((s) => host.saveState(s));
    this.chatView = new ChatView(
      {
        openCitation: (passageId) => host.post({ type: 'openCitation', passageId }),
        insertPlan: (passageId) => host.post({ type: 'insertPlan', passageId }),
        copyAnswer: (turnId) => host.post({ type: 'copyAnswer', turnId }),
        ask: (text) => this.ask(text),
      },
      () => this.saver.later(this.state()),
    );
    this.history = new HistoryView({
      open: (chatId) => {
        this.awaitingChat = true;
        host.post({ type: 'openChat', chatId });
      },
      remove: (chatId) => host.post({ type: 'deleteChat', chatId }),
      search: (query) => {
        host.post({ type: 'listChats', query });
        this.saver.later(this.state());
      },
      close: () => this.toggleHistory(false),
    });
    this.composer = new Composer({
      onSend: (text) => this.ask(text),
      onDraft: () => this.saver.later(this.state()),
      pastQuestions: () => (this.chat?.turns ?? []).map((t) => t.question),
    });

    this.title = h('h1', { class: 'chat-title', attrs: { dir: 'auto' }, text: 'New chat' });
    this.historyToggle = this.toolbarButton('history', 'Show chat history', () => this.toggleHistory(!this.history.isOpen));
    this.historyToggle.setAttribute('toggleable', '');
    const toolbar = h(
      'header',
      { class: 'toolbar' },
      this.title,
      h(
        'div',
        { class: 'toolbar-actions' },
        this.historyToggle,
        this.toolbarButton('add', 'New chat', () => {
          this.awaitingChat = true;
          host.post({ type: 'newChat' });
        }),
        this.toolbarButton('export', 'Export chat as Markdown', () => host.post({ type: 'exportChat' })),
      ),
    );
    this.notices = h('div', { class: 'notices' });
    root.replaceChildren(toolbar, this.notices, this.history.element, this.chatView.element, this.composer.element, this.announcer.element);

    // Saved state first, so a reloaded view looks the same before the host has answered.
    this.showChat(saved.chat);
    if (saved.chat) this.restoredScroll = { chatId: saved.chat.id, scrollTop: saved.scrollTop };
    requestAnimationFrame(() => (this.chatView.scrollTop = saved.scrollTop));
    this.composer.setDraft(saved.draft);
    this.history.setQuery(saved.historyQuery);
    if (saved.historyOpen) this.toggleHistory(true);

    // When the host focuses the view (opening it, a keybinding), the question box takes focus.
    window.addEventListener('focus', () => {
      if (!document.activeElement || document.activeElement === document.body) this.composer.focus();
    });
    window.addEventListener('pagehide', () => this.saver.now(this.state()));
  }

  receive(m: ToWebview): void {
    switch (m.type) {
      case 'init': {
        this.composer.setNames(m.names);
        this.chatView.setExamples(m.examples);
        this.showChat(m.chat);
        const restore = this.restoredScroll?.chatId === m.chat.id ? this.restoredScroll.scrollTop : undefined;
        this.restoredScroll = undefined;
        if (restore === undefined) this.chatView.scrollToBottom();
        else this.chatView.scrollTop = restore;
        if (this.history.isOpen && this.history.query) this.host.post({ type: 'listChats', query: this.history.query });
        break;
      }
      case 'answer':
        this.onAnswer(m.requestId, m.chatId, m.turn);
        break;
      case 'chat': {
        const switched = this.chat?.id !== m.chat.id;
        if (switched) this.chatView.clearPending();
        this.showChat(m.chat);
        this.chatView.scrollToBottom();
        if (this.awaitingChat) {
          this.awaitingChat = false;
          this.toggleHistory(false);
          this.composer.focus();
        }
        this.renderHistory();
        break;
      }
      case 'chats': {
        // Answers arrive out of step with typing, and every answer is followed by an unfiltered
        // list: show only the list for what is in the search box now, and ask for that if need be.
        const query = this.history.query;
        if ((m.query ?? '').trim() !== query) {
          if (this.history.isOpen) this.host.post({ type: 'listChats', query: query || undefined });
          break;
        }
        this.chats = m.chats;
        this.renderHistory();
        break;
      }
      case 'askText':
        this.toggleHistory(false);
        this.composer.sendText(m.text);
        break;
      case 'notice':
        this.notice(m.level, m.message);
        break;
    }
    this.saver.now(this.state());
  }

  private ask(text: string): void {
    const requestId = randomId();
    this.toggleHistory(false);
    this.chatView.addPending(requestId, text);
    this.host.post({ type: 'ask', requestId, text });
    this.saver.now(this.state());
  }

  private onAnswer(requestId: string, chatId: string, turn: Turn): void {
    const mine = this.chatView.hasPending(requestId);
    if (this.chat?.id !== chatId) {
      // An answer for a chat not on screen: only follow it if the user asked it from here
      // (the host may have started a fresh chat), and then fetch that chat whole.
      if (mine) {
        this.chatView.clearPending();
        this.host.post({ type: 'openChat', chatId });
      }
      return;
    }
    const chat = this.chat;
    if (!chat.turns.length) chat.title = turn.question.replace(/\s+/g, ' ').trim().slice(0, 80) || chat.title;
    chat.turns.push(turn);
    this.title.textContent = chat.title;
    const rendered = this.chatView.resolve(requestId, turn);
    if (mine) this.announce(turn, rendered.answer);
  }

  private announce(turn: Turn, answer: HTMLElement): void {
    const head = turn.verdict ? `${turn.verdict[0].toUpperCase()}${turn.verdict.slice(1)}. ` : '';
    const sources = turn.citations.length ? ` ${turn.citations.length} ${turn.citations.length === 1 ? 'source' : 'sources'}.` : '';
    this.announcer.announce(`${head}${plainText(answer)}${sources}`);
  }

  private showChat(chat: Chat | undefined): void {
    this.chat = chat ? structuredClone(chat) : undefined;
    this.title.textContent = chat?.title ?? 'New chat';
    this.chatView.showChat(this.chat);
  }

  private renderHistory(): void {
    this.history.render(this.chats, this.chat?.id);
  }

  private toggleHistory(open: boolean): void {
    if (open === this.history.isOpen) return;
    this.history.setOpen(open);
    this.chatView.element.hidden = open;
    this.historyToggle.toggleAttribute('checked', open);
    if (open) this.host.post({ type: 'listChats', query: this.history.query || undefined });
    else if (this.history.element.contains(document.activeElement)) this.composer.focus();
    this.saver.later(this.state());
  }

  private notice(level: 'info' | 'warning' | 'error', message: string): void {
    for (const old of this.notices.querySelectorAll<HTMLElement>('.notice')) if (old.dataset.message === message) old.remove();
    const close = this.toolbarButton('close', 'Dismiss', () => el.remove());
    const el = h(
      'div',
      { class: `notice notice-${level}`, attrs: { role: level === 'error' ? 'alert' : 'status', 'data-message': message } },
      icon(level === 'info' ? 'info' : level),
      h('span', { class: 'notice-text', text: message }),
      close,
    );
    this.notices.append(el);
    while (this.notices.children.length > MAX_NOTICES) this.notices.firstElementChild?.remove();
  }

  private toolbarButton(iconName: string, label: string, action: () => void): HTMLElement {
    const button = h('vscode-toolbar-button', { attrs: { icon: iconName, label, title: label } });
    button.addEventListener('click', action);
    return button;
  }

  private state(): ViewState {
    return {
      version: 1,
      chat: this.chat,
      draft: this.composer.draft,
      scrollTop: this.chatView.scrollTop,
      historyOpen: this.history.isOpen,
      historyQuery: this.history.query,
    };
  }
}
