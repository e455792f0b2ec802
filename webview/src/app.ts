/**
 * The chat page: wires the views to the host. It keeps the little model the views need (the
 * open chat, the chat list, names for completion), acts on validated host messages, turns user
 * actions into protocol messages and saves the UI state after each change.
 */
import type { Chat, ChatSummary, ToWebview, Turn } from '../../src/protocol/messages';
import { Announcer } from './announcer';
import { ChatView, TURN_WINDOW } from './chat-view';
import { h, icon, randomId } from './dom';
import { makeCollapsible, type Collapsible } from './figure-panel';
import { GaitView } from './gait-view';
import { HistoryView } from './history-view';
import { Composer } from './input';
import { plainText } from './markdown';
import { MuscleMap } from './muscle-map';
import { debouncedSaver, STATE_TURNS, type ViewState } from './state';
import type { Host } from './host';

const MAX_NOTICES = 3;
/** How long a copy waits for the host's notice before the notice is taken as about something else. */
const COPY_CONFIRM_MS = 5000;
const TOAST_MS = 2500;

export interface AppOptions {
  /**
   * When the window gains focus with nothing focused, the question box takes it (VS Code focuses
   * the view's window when the view is opened). Off for a component embedded in a page.
   */
  focusOnWindowFocus?: boolean;
  /** The question box's placeholder. */
  placeholder?: string;
  /**
   * The host shows New chat and Export in its own title bar (VS Code's sidebar view): the
   * page's toolbar leaves them out, so each action appears once.
   */
  hostTitleActions?: boolean;
}

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
  private readonly map: MuscleMap;
  private readonly gait: GaitView;
  private readonly mapToggle: HTMLElement;
  private readonly gaitToggle: HTMLElement;
  private readonly mapFold: Collapsible;
  private readonly gaitFold: Collapsible;
  private readonly toastEl: HTMLElement;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** A copy the host has not confirmed yet: its notice turns the button into a check mark. */
  private pendingCopy: { turnId: string; until: number } | undefined;
  /** The turn the pointer or focus is on, whose muscles the map shows meanwhile. */
  private previewed: Turn | undefined;
  private readonly saver;
  /** The scroll position saved before a reload, applied once the host's chat matches it. */
  private restoredScroll: { chatId: string; scrollTop: number } | undefined;
  /** The next `chat` message answers the user's open/new request: show it, close the history. */
  private awaitingChat = false;
  /** Undoes what {@link start} and the constructor hooked up outside the root. */
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly root: HTMLElement | ShadowRoot,
    private readonly host: Host,
    saved: ViewState,
    options: AppOptions = {},
  ) {
    this.saver = debouncedSaver((s) => host.saveState(s));
    this.chatView = new ChatView(
      {
        openCitation: (citation) => (host.openCitation ? host.openCitation(citation) : host.post({ type: 'openCitation', passageId: citation.id })),
        insertPlan: (passageId) => host.post({ type: 'insertPlan', passageId }),
        copyAnswer: (turnId) => {
          this.pendingCopy = { turnId, until: Date.now() + COPY_CONFIRM_MS };
          host.post({ type: 'copyAnswer', turnId });
        },
        insertTurn: (turnId) => host.post({ type: 'insertTurn', turnId }),
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
      placeholder: options.placeholder,
    });

    this.map = new MuscleMap({ ask: (text) => this.ask(text) });
    this.gait = new GaitView({
      openCitation: (passageId) => host.post({ type: 'openCitation', passageId }),
      preview: (ids, label) => this.map.preview(ids, label),
    });

    this.title = h('h1', { class: 'chat-title', attrs: { dir: 'auto' }, text: 'New chat' });
    this.historyToggle = this.toolbarButton('history', 'Show chat history', () => this.toggleHistory(!this.history.isOpen));
    this.historyToggle.setAttribute('toggleable', '');
    this.mapToggle = this.toolbarButton('person', 'Muscle map', () => this.toggleMap(this.map.element.hidden));
    this.mapToggle.setAttribute('toggleable', '');
    this.gaitToggle = this.toolbarButton('list-ordered', 'Gait phases', () => this.toggleGait(this.gait.element.hidden));
    this.gaitToggle.setAttribute('toggleable', '');
    const toolbar = h(
      'header',
      { class: 'toolbar' },
      this.title,
      h(
        'div',
        { class: 'toolbar-actions' },
        this.mapToggle,
        this.gaitToggle,
        this.historyToggle,
        ...(options.hostTitleActions
          ? []
          : [
              this.toolbarButton('add', 'New chat', () => {
                this.awaitingChat = true;
                host.post({ type: 'newChat' });
              }),
              this.toolbarButton('export', 'Export chat as Markdown', () => host.post({ type: 'exportChat' })),
            ]),
      ),
    );
    const saveLater = () => this.saver.later(this.state());
    this.mapFold = makeCollapsible(this.map.element, saveLater);
    this.gaitFold = makeCollapsible(this.gait.element, saveLater);
    this.notices = h('div', { class: 'notices' });
    // The toast repeats what the announcer says; it is for the eyes only.
    this.toastEl = h('div', { class: 'toast', attrs: { 'aria-hidden': 'true' } });
    this.toastEl.hidden = true;
    this.map.element.hidden = true;
    this.gait.element.hidden = true;
    const figures = h('div', { class: 'figures' }, this.map.element, this.gait.element);
    root.replaceChildren(toolbar, this.notices, figures, this.history.element, this.chatView.element, this.composer.element, this.toastEl, this.announcer.element);
    this.watchTurnPreview();

    // Saved state first, so a reloaded view looks the same before the host has answered.
    this.chatView.setLimit(saved.shown, saved.chat?.id);
    this.showChat(saved.chat);
    if (saved.chat) this.restoredScroll = { chatId: saved.chat.id, scrollTop: saved.scrollTop };
    requestAnimationFrame(() => (this.chatView.scrollTop = saved.scrollTop));
    this.composer.setDraft(saved.draft);
    this.history.setQuery(saved.historyQuery);
    if (saved.historyOpen) this.toggleHistory(true);
    if (saved.mapOpen) this.toggleMap(true);
    if (saved.gaitOpen) this.toggleGait(true);
    this.mapFold.setCollapsed(saved.mapCollapsed ?? false);
    this.gaitFold.setCollapsed(saved.gaitCollapsed ?? false);

    // When the host focuses the view (opening it, a keybinding), the question box takes focus.
    if (options.focusOnWindowFocus) {
      this.listenWindow('focus', () => {
        if (!document.activeElement || document.activeElement === document.body) this.composer.focus();
      });
    }
    this.listenWindow('pagehide', () => this.saver.now(this.state()));
  }

  /** Starts listening to the host, then tells it the view is ready (so `init` cannot go unheard). */
  start(): void {
    this.cleanups.push(this.host.listen((message) => this.receive(message)));
    this.host.post({ type: 'ready' });
  }

  /** Saves the state one last time and lets go of the host and the window. */
  dispose(): void {
    this.saver.now(this.state());
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    clearTimeout(this.toastTimer);
  }

  /** Takes away a notice, if it is still shown (what it reported is over). */
  dismissNotice(message: string): void {
    for (const el of this.notices.querySelectorAll<HTMLElement>('.notice')) if (el.dataset.message === message) el.remove();
  }

  /** Sets the question box's placeholder. */
  setPlaceholder(text: string | undefined): void {
    this.composer.setPlaceholder(text);
  }

  /** Puts text in the question box and sends it, as the host's `askText` does. */
  askText(text: string): void {
    this.toggleHistory(false);
    this.composer.sendText(text);
  }

  private listenWindow<K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void): void {
    window.addEventListener(type, listener);
    this.cleanups.push(() => window.removeEventListener(type, listener));
  }

  /** The focused element within the chat's document or shadow root. */
  private activeElement(): Element | null {
    return (this.root.getRootNode() as Document | ShadowRoot).activeElement;
  }

  receive(m: ToWebview): void {
    switch (m.type) {
      case 'init': {
        this.composer.setNames(m.names);
        this.chatView.setExamples(m.examples);
        this.map.setMuscles(m.mapMuscles);
        this.gait.render(m.gait);
        this.showChat(m.chat);
        const restore = this.restoredScroll?.chatId === m.chat.id ? this.restoredScroll.scrollTop : undefined;
        this.restoredScroll = undefined;
        if (restore === undefined) this.chatView.scrollToBottom();
        else this.chatView.scrollTop = restore;
        if (this.history.isOpen && this.history.query) this.host.post({ type: 'listChats', query: this.history.query });
        break;
      }
      case 'answer':
        this.onAnswer(m.requestId, m.chatId, m.chatTitle, m.turn);
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
        this.askText(m.text);
        break;
      case 'failed':
        // The spinner stops and the notice says why (for a question asked here; another view's
        // failure is not this one's business).
        if (this.chatView.failPending(m.requestId)) this.notice('error', m.message);
        break;
      case 'notice': {
        // The host answers a copy with an info notice: show it as a passing toast and mark the
        // button done. Anything else (or a copy that failed) is a notice like any other.
        const copy = this.pendingCopy && Date.now() < this.pendingCopy.until ? this.pendingCopy : undefined;
        this.pendingCopy = undefined;
        if (copy && m.level === 'info') {
          this.chatView.confirmCopy(copy.turnId);
          this.toast(m.message);
        } else {
          this.notice(m.level, m.message);
        }
        break;
      }
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

  private onAnswer(requestId: string, chatId: string, chatTitle: string, turn: Turn): void {
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
    chat.title = chatTitle;
    chat.turns.push(turn);
    this.title.textContent = chat.title;
    const rendered = this.chatView.resolve(requestId, turn);
    this.map.showLatest(turn.muscles);
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
    this.previewed = undefined;
    this.map.preview(undefined);
    this.map.showLatest(this.chat?.turns.at(-1)?.muscles);
  }

  /**
   * While the pointer or keyboard focus is on a turn of the log, the map shows that turn's
   * muscles; leaving the log goes back to the latest answer.
   */
  private watchTurnPreview(): void {
    const log = this.chatView.element;
    const show = (target: EventTarget | null) => {
      const el = target instanceof Element ? target.closest<HTMLElement>('article.turn[data-turn-id]') : null;
      const turn = el ? this.chat?.turns.find((t) => t.id === el.dataset.turnId) : undefined;
      if (turn === this.previewed) return;
      this.previewed = turn;
      const latest = this.chat?.turns.at(-1);
      this.map.preview(turn && turn !== latest ? (turn.muscles ?? []) : undefined);
    };
    log.addEventListener('pointerover', (e) => show(e.target));
    log.addEventListener('pointerleave', () => show(null));
    log.addEventListener('focusin', (e) => show(e.target));
    log.addEventListener('focusout', (e) => {
      if (!log.contains(e.relatedTarget as Node | null)) show(null);
    });
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
    else if (this.history.element.contains(this.activeElement())) this.composer.focus();
    this.saver.later(this.state());
  }

  private toggleMap(open: boolean): void {
    this.map.element.hidden = !open;
    // Opened from the toolbar: shown whole, even if it was folded when last closed.
    if (open && this.mapFold) this.mapFold.setCollapsed(false);
    this.mapToggle.toggleAttribute('checked', open);
    this.saver.later(this.state());
  }

  private toggleGait(open: boolean): void {
    this.gait.element.hidden = !open;
    if (open && this.gaitFold) this.gaitFold.setCollapsed(false);
    this.gaitToggle.toggleAttribute('checked', open);
    this.saver.later(this.state());
  }

  private toast(message: string): void {
    this.toastEl.replaceChildren(icon('pass'), h('span', { class: 'toast-text', text: message }));
    this.toastEl.hidden = false;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (this.toastEl.hidden = true), TOAST_MS);
    this.announcer.announce(message);
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
    // Bounded however long the chat: the latest turns paint the view at once, the host's
    // init brings back the rest.
    const chat = this.chat && this.chat.turns.length > STATE_TURNS ? { ...this.chat, turns: this.chat.turns.slice(-STATE_TURNS) } : this.chat;
    const shown = this.chatView.limit;
    return {
      version: 1,
      chat,
      ...(shown > TURN_WINDOW ? { shown } : {}),
      draft: this.composer.draft,
      scrollTop: this.chatView.scrollTop,
      historyOpen: this.history.isOpen,
      historyQuery: this.history.query,
      mapOpen: !this.map.element.hidden,
      gaitOpen: !this.gait.element.hidden,
      mapCollapsed: this.mapFold.collapsed,
      gaitCollapsed: this.gaitFold.collapsed,
    };
  }
}
