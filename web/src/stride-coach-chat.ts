/// <reference path="./assets.d.ts" />
/**
 * `<stride-coach-chat>`: the Stride Coach chat as a custom element, for any web page. One
 * script (dist/web/stride-coach-chat.js) holds everything: the engine, the chat controller, the
 * chat UI (the same code as the VS Code panel, mounted in a shadow root) and the prebuilt
 * built-in corpus, so it answers offline with nothing but static files.
 *
 * The UI talks to the controller through an in-page host (no window messages, so elements never
 * hear each other): questions go to the controller, its messages come back validated, and the
 * host services only VS Code had are done here — passages open in a view inside the element,
 * plan blocks and answers go to the clipboard, exports download as .md files.
 *
 * Reference (attributes, properties, events, CSS custom properties, CSP): web/README.md.
 */
import { createChatController, type ChatController, type ChatHostServices } from '../../src/chat/controller';
import { AbstentionLog, abstentionsToJSON, abstentionsToMarkdown, type Abstention } from '../../src/chat/abstentions';
import { ChatStore, type KeyValueStore } from '../../src/chat/store';
import { Corpus, createCoach, validatePack, type Coach, type Passage, type SerializedCorpus, type SerializedPack } from '../../src/engine';
import { failedInsteadOf, parseToWebview, type ChatCitation, type ToHost, type ToWebview, type Turn } from '../../src/protocol/messages';
import '../../webview/src/elements';
import type { App } from '../../webview/src/app';
import { h } from '../../webview/src/dom';
import type { Host } from '../../webview/src/host';
import { mountChat } from '../../webview/src/mount';
import builtinCorpusJson from 'stride-coach:builtin-corpus';
import { copyText, download, prefixedStore } from './browser';
import { adoptCodiconsInVscodeIcon, registerCodiconFont } from './codicon';
import { PassageView } from './passage-view';
import { componentSheets } from './styles';

export const TAG = 'stride-coach-chat';

export type Theme = 'light' | 'dark' | 'auto';
export type PackStatus = 'none' | 'loading' | 'loaded' | 'error';

/** `answer`: each answer the element shows (typed, a follow-up, a map region, `ask()`). */
export interface AnswerEventDetail {
  question: string;
  /** Markdown with [n] markers mapping to `citations[n-1]`. */
  answer: string;
  citations: ChatCitation[];
  abstained: boolean;
  mode: Turn['mode'];
  verdict?: Turn['verdict'];
  chatId: string;
  turnId: string;
}

/** `citation-click` (cancelable: prevent it to show the passage yourself). */
export interface CitationClickEventDetail {
  citation: ChatCitation;
}

/** `insert-plan` (cancelable: prevent it to insert the block yourself instead of copying it). */
export interface InsertPlanEventDetail {
  markdown: string;
  passageId: string;
}

/** `abstained`: the coach could not answer a question from its sources (kept in the element's list of what the sources lack). */
export interface AbstainedEventDetail {
  question: string;
  /** How many times that question (ignoring case and spacing) has been asked without an answer. */
  count: number;
  /** Every question in the list, most asked first. */
  questions: Abstention[];
}

export interface PackLoadEventDetail {
  url: string;
  name: string;
  /** Citable passages the pack adds. */
  passages: number;
}

export interface PackErrorEventDetail {
  url: string;
  message: string;
}

declare global {
  interface HTMLElementTagNameMap {
    'stride-coach-chat': StrideCoachChat;
  }
  interface HTMLElementEventMap {
    answer: CustomEvent<AnswerEventDetail>;
    'citation-click': CustomEvent<CitationClickEventDetail>;
    'insert-plan': CustomEvent<InsertPlanEventDetail>;
    'pack-load': CustomEvent<PackLoadEventDetail>;
    'pack-error': CustomEvent<PackErrorEventDetail>;
    abstained: CustomEvent<AbstainedEventDetail>;
  }
}

let builtin: Corpus | undefined;
/** The built-in corpus, parsed on first need and shared by every element on the page. */
function builtinCorpus(): Corpus {
  return (builtin ??= Corpus.fromJSON(JSON.parse(builtinCorpusJson) as SerializedCorpus));
}

function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The `max-citations` attribute as the engine takes it (1–10), or undefined for its default. */
function parseMaxCitations(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? Math.min(10, Math.max(1, Math.round(n))) : undefined;
}

class PackLoadError extends Error {}

/** Shown when the browser's storage refuses the history. */
export const STORAGE_FULL = 'Your chat history could not be saved in this browser (its storage is full or turned off). Chats already saved are kept; new answers last only until this page is closed.';

/** How the session reports on the pack to its element (not part of the element's public API). */
const setPackState = Symbol('setPackState');

/** Fetches and checks a knowledge pack; the error says what is wrong in words for a person. */
async function fetchPack(url: string, signal: AbortSignal): Promise<SerializedPack> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new PackLoadError('it could not be fetched (the server is unreachable, the page’s Content-Security-Policy does not allow it in connect-src, or another origin does not allow it with CORS)');
  }
  if (!response.ok) throw new PackLoadError(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch {
    throw new PackLoadError('it is not JSON');
  }
  try {
    return validatePack(data, 'the file');
  } catch (err) {
    throw new PackLoadError(err instanceof Error ? err.message.replace(/^stride-coach: /, '') : String(err));
  }
}

/** Everything one connected element runs: the controller, the UI, the knowledge it answers from. */
class Session {
  readonly app: App;
  readonly abstentions: AbstentionLog;
  private readonly controller: ChatController;
  private readonly passageView: PassageView;
  private readonly viewState: KeyValueStore;
  private listener: ((message: ToWebview) => void) | undefined;
  /** Messages to the controller, in order, each after the knowledge it needs has loaded. */
  private queue: Promise<void> = Promise.resolve();
  private knowledge: Promise<void> = Promise.resolve();
  private coach: Coach | undefined;
  private loads = 0;
  private abort: AbortController | undefined;
  /** Why the last copy failed, to correct the controller's "copied" notice that follows. */
  private copyFailure: string | undefined;
  /** The error notice about the pack on show, taken away when another pack is loaded. */
  private packNotice: string | undefined;
  private closed = false;

  constructor(
    private readonly element: StrideCoachChat,
    private readonly shadow: ShadowRoot,
    storageKey: string,
  ) {
    const root = h('div', { class: 'stride-root' });
    this.passageView = new PassageView(root);
    shadow.replaceChildren(root, this.passageView.element);
    this.viewState = prefixedStore(storageKey, 'sessionStorage');
    // A link from knowledge never navigates the page the element is on: it opens in a new tab,
    // with no way back to this page, and only for web and mail addresses.
    shadow.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link) return;
      event.preventDefault();
      const href = link.getAttribute('href') ?? '';
      if (/^(?:https?|mailto):/i.test(href)) window.open(href, '_blank', 'noopener,noreferrer');
    });

    const services: ChatHostServices = {
      post: (message) => this.toUi(message),
      openPassage: (passage) => this.passageView.show(passage, this.shadow.activeElement),
      insertPlan: (markdown, passage) => this.insertPlan(markdown, passage),
      copy: (text) => this.copy(text),
      exportMarkdown: (name, markdown) => download(name, markdown),
      log: (message) => console.warn(`stride-coach: ${message}`),
      abstained: (entry) => {
        const detail: AbstainedEventDetail = { question: entry.question, count: entry.count, questions: this.abstentions.list() };
        this.element.dispatchEvent(new CustomEvent<AbstainedEventDetail>('abstained', { detail, bubbles: true, composed: true }));
      },
    };
    // Kept in this page's localStorage under the element's prefix, like the chats; never sent.
    this.abstentions = new AbstentionLog(prefixedStore(storageKey), Date.now, (error) => console.warn('stride-coach: could not save the unanswered questions', error));
    this.controller = createChatController({
      abstentions: this.abstentions,
      coach: () => (this.coach ??= createCoach({ corpus: builtinCorpus(), maxCitations: element.maxCitations })),
      store: new ChatStore(prefixedStore(storageKey, 'localStorage', () => this.storageFailed()), newId, Date.now, (error) => {
        console.warn('stride-coach: could not save the chat history', error);
        this.storageFailed();
      }),
      newId,
      host: services,
      logName: "the browser's console",
    });
    this.loadKnowledge(false);

    const host: Host = {
      post: (message) => this.toController(message),
      listen: (handle) => {
        this.listener = handle;
        return () => {
          if (this.listener === handle) this.listener = undefined;
        };
      },
      loadState: () => this.viewState.get('view'),
      saveState: (state) => this.viewState.update('view', state),
      openCitation: (citation) => {
        const event = new CustomEvent<CitationClickEventDetail>('citation-click', { detail: { citation: structuredClone(citation) }, bubbles: true, composed: true, cancelable: true });
        if (this.element.dispatchEvent(event)) this.toController({ type: 'openCitation', passageId: citation.id });
      },
    };
    this.app = mountChat(root, host, { placeholder: element.getAttribute('placeholder') ?? undefined });
  }

  /** Tells the user, once per page, that new answers are not being kept (storage full or off). */
  private storageWarned = false;
  private storageFailed(): void {
    if (this.storageWarned) return;
    this.storageWarned = true;
    this.toUi({ type: 'notice', level: 'warning', message: STORAGE_FULL });
  }

  /** Asks `text` as if typed. */
  ask(text: string): void {
    this.passageView.close();
    this.app.askText(text);
  }

  /**
   * (Re)loads what the coach answers from: the built-in corpus, and the pack the `pack`
   * attribute names. Messages to the controller wait for it; `refresh` re-sends the UI its
   * init (names, map, gait) once the new knowledge is in.
   */
  loadKnowledge(refresh: boolean): void {
    const url = this.element.getAttribute('pack')?.trim() || undefined;
    const load = ++this.loads;
    this.abort?.abort();
    const abort = (this.abort = url ? new AbortController() : undefined);
    const current = () => load === this.loads && !this.closed;
    this.element[setPackState](url ? 'loading' : 'none', undefined);
    if (refresh && this.packNotice !== undefined) this.app.dismissNotice(this.packNotice);
    this.packNotice = undefined;
    this.knowledge = (async () => {
      let packs: SerializedPack[] = [];
      if (url && abort) {
        try {
          const pack = await fetchPack(url, abort.signal);
          if (!current()) return;
          packs = [pack];
          this.coach = createCoach({ corpus: builtinCorpus(), packs, maxCitations: this.element.maxCitations });
          this.element[setPackState]('loaded', undefined);
          this.element.dispatchEvent(new CustomEvent<PackLoadEventDetail>('pack-load', { detail: { url, name: pack.name, passages: pack.own }, bubbles: true, composed: true }));
        } catch (err) {
          if (!current()) return;
          const reason = err instanceof Error ? err.message : String(err);
          const message = `Could not load the knowledge pack “${url.length > 200 ? `${url.slice(0, 200)}…` : url}”: ${reason}. Answering from the built-in sources only.`.slice(0, 1900);
          this.coach = undefined;
          this.element[setPackState]('error', message);
          this.packNotice = message;
          this.toUi({ type: 'notice', level: 'error', message });
          this.element.dispatchEvent(new CustomEvent<PackErrorEventDetail>('pack-error', { detail: { url, message }, bubbles: true, composed: true }));
        }
      } else {
        this.coach = undefined;
      }
      if (current()) this.controller.reset();
    })();
    if (refresh) this.toController({ type: 'ready' });
  }

  close(): void {
    this.closed = true;
    this.abort?.abort();
    this.passageView.close();
    this.app.dispose();
    this.listener = undefined;
    this.shadow.replaceChildren();
  }

  /** UI → controller: a copy (only data crosses, as between webview and extension), in order. */
  private toController(message: ToHost): void {
    const copy: unknown = JSON.parse(JSON.stringify(message));
    this.queue = this.queue
      .then(() => this.knowledge)
      .then(() => (this.closed ? undefined : this.controller.receive(copy)))
      .catch((err: unknown) => console.warn(`stride-coach: ${err instanceof Error ? err.message : String(err)}`));
  }

  /** Controller → UI: validated like any host message, delivered a moment later, in order. */
  private toUi(raw: ToWebview): void {
    let message = raw;
    if (message.type === 'notice' && message.turnId && this.copyFailure !== undefined) {
      // The copy the controller is confirming did not happen: say so instead.
      message = { type: 'notice', level: 'warning', message: `Could not copy to the clipboard: ${this.copyFailure}`.slice(0, 1900) };
      this.copyFailure = undefined;
    }
    const parsed = parseToWebview(message);
    if (!parsed.ok) {
      console.warn(`stride-coach: dropped a malformed host message (${parsed.reason})`);
      // An answer that cannot be shown still ends the wait for it, with a notice.
      const failed = failedInsteadOf(message);
      if (failed) this.toUi(failed);
      return;
    }
    setTimeout(() => {
      if (this.closed) return;
      this.listener?.(parsed.message);
      if (parsed.message.type === 'answer') this.announceAnswer(parsed.message);
    }, 0);
  }

  private announceAnswer(m: Extract<ToWebview, { type: 'answer' }>): void {
    const { turn } = m;
    const detail: AnswerEventDetail = {
      question: turn.question,
      answer: turn.answer,
      citations: structuredClone(turn.citations),
      abstained: turn.abstained,
      mode: turn.mode,
      ...(turn.verdict ? { verdict: turn.verdict } : {}),
      chatId: m.chatId,
      turnId: turn.id,
    };
    this.element.dispatchEvent(new CustomEvent<AnswerEventDetail>('answer', { detail, bubbles: true, composed: true }));
  }

  private async copy(text: string): Promise<void> {
    try {
      await copyText(text, this.shadow);
      this.copyFailure = undefined;
    } catch (err) {
      this.copyFailure = err instanceof Error ? err.message : String(err);
    }
  }

  private async insertPlan(markdown: string, passage: Passage): Promise<void> {
    const event = new CustomEvent<InsertPlanEventDetail>('insert-plan', { detail: { markdown, passageId: passage.id }, bubbles: true, composed: true, cancelable: true });
    if (!this.element.dispatchEvent(event)) return;
    try {
      await copyText(markdown, this.shadow);
      this.toUi({ type: 'notice', level: 'info', message: 'Copied to the clipboard as a Markdown block, ready to paste into your plan.' });
    } catch (err) {
      this.toUi({ type: 'notice', level: 'warning', message: `Could not copy to the clipboard: ${err instanceof Error ? err.message : String(err)}`.slice(0, 1900) });
    }
  }
}

export class StrideCoachChat extends HTMLElement {
  static readonly observedAttributes = ['theme', 'pack', 'placeholder', 'storage-key', 'max-citations'];

  readonly #shadow: ShadowRoot;
  #session: Session | undefined;
  #packStatus: PackStatus = 'none';
  #packError: string | undefined;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    const sheets = componentSheets();
    this.#shadow.adoptedStyleSheets = sheets.all;
    adoptCodiconsInVscodeIcon(sheets.codicons);
    registerCodiconFont();
  }

  connectedCallback(): void {
    this.#session ??= new Session(this, this.#shadow, this.storageKey);
  }

  disconnectedCallback(): void {
    // Moving the element fires disconnect then connect: only a removal that lasts ends the session.
    queueMicrotask(() => {
      if (this.isConnected || !this.#session) return;
      this.#session.close();
      this.#session = undefined;
    });
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const session = this.#session;
    if (old === value || !session) return;
    switch (name) {
      case 'placeholder':
        session.app.setPlaceholder(value ?? undefined);
        break;
      case 'pack':
      case 'max-citations':
        session.loadKnowledge(true);
        break;
      case 'storage-key':
        session.close();
        this.#session = new Session(this, this.#shadow, this.storageKey);
        break;
      // theme: the stylesheets follow the attribute.
    }
  }

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`; the default). */
  get theme(): Theme {
    const t = this.getAttribute('theme');
    return t === 'light' || t === 'dark' ? t : 'auto';
  }
  set theme(value: Theme) {
    this.setAttribute('theme', value);
  }

  /** URL of a knowledge pack (JSON from `stride-coach pack`) to answer from beside the built-in corpus. */
  get pack(): string | null {
    return this.getAttribute('pack');
  }
  set pack(value: string | null) {
    if (value) this.setAttribute('pack', value);
    else this.removeAttribute('pack');
  }

  get placeholder(): string | null {
    return this.getAttribute('placeholder');
  }
  set placeholder(value: string | null) {
    if (value === null) this.removeAttribute('placeholder');
    else this.setAttribute('placeholder', value);
  }

  /** Prefix of the localStorage keys the history is kept under: `stride-coach:<id>` by default. */
  get storageKey(): string {
    return this.getAttribute('storage-key')?.trim() || `stride-coach:${this.id || 'default'}`;
  }
  set storageKey(value: string) {
    this.setAttribute('storage-key', value);
  }

  /** Most passages cited in one answer (1–10); undefined means the engine's default (4). */
  get maxCitations(): number | undefined {
    return parseMaxCitations(this.getAttribute('max-citations'));
  }
  set maxCitations(value: number | undefined) {
    if (value === undefined) this.removeAttribute('max-citations');
    else this.setAttribute('max-citations', String(value));
  }

  /** Where loading the `pack` stands: `none`, `loading`, `loaded` or `error`. */
  get packStatus(): PackStatus {
    return this.#packStatus;
  }

  /** Why the pack did not load, when `packStatus` is `error`. */
  get packError(): string | undefined {
    return this.#packError;
  }

  /** The questions the coach abstained on here (this page's storage), most asked first. */
  abstentions(): Abstention[] {
    return this.#session?.abstentions.list() ?? [];
  }

  /** That list as a Markdown or JSON document, to save or send where you choose. */
  exportAbstentions(format: 'markdown' | 'json' = 'markdown'): string {
    const list = this.abstentions();
    return format === 'json' ? abstentionsToJSON(list) : abstentionsToMarkdown(list);
  }

  /** Forgets the list of unanswered questions. */
  clearAbstentions(): void {
    this.#session?.abstentions.clear();
  }

  /** Asks a question as if the user had typed it (shown, answered, announced like one). */
  ask(text: string): void {
    this.#session?.ask(String(text));
  }

  [setPackState](status: PackStatus, error: string | undefined): void {
    this.#packStatus = status;
    this.#packError = error;
    this.toggleAttribute('data-pack-error', status === 'error');
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, StrideCoachChat);
