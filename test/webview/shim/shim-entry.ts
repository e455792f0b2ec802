/// <reference lib="dom" />
/**
 * A browser host for the chat webview, standing in for VS Code: it defines
 * `acquireVsCodeApi()`, runs the real chat controller with the real engine on the prebuilt
 * corpus, keeps chats in localStorage and the webview's saved state in sessionStorage (VS Code
 * keeps both across a reload), paints VS Code's dark theme variables, and records what the host
 * services were asked to do in `window.__shimEvents` for tests to check.
 *
 * It loads before the chat script, under the same CSP; the corpus arrives as a script
 * (`/shim/corpus.js`, setting `__strideCorpus`) because the CSP rightly allows no fetch, and so
 * does any extra knowledge the server was given (`/shim/knowledge.js`: a pack and documents).
 *
 * Options, from the page URL's query string: `hostDelayMs=N` delays every host message by N ms
 * (to see what the webview shows before its host answers).
 */
import { createChatController } from '../../../src/chat/controller';
import { ChatStore, type KeyValueStore } from '../../../src/chat/store';
import { createCoach, type Coach, type DocumentInput, type SerializedCorpus, type SerializedPack } from '../../../src/engine';
import type { ToWebview } from '../../../src/protocol/messages';
import { DARK_MODERN } from './theme';

/** Everything the host was asked to do or sent, in order. */
export type ShimEvent =
  | { kind: 'toHost'; message: unknown }
  | { kind: 'toWebview'; message: ToWebview }
  | { kind: 'openPassage'; passageId: string; title: string }
  | { kind: 'insertPlan'; passageId: string; markdown: string }
  | { kind: 'copy'; text: string }
  | { kind: 'exportMarkdown'; name: string; markdown: string }
  | { kind: 'log'; message: string };

interface ShimWindow {
  acquireVsCodeApi?: () => { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): unknown };
  __shimEvents: ShimEvent[];
  __strideCorpus?: SerializedCorpus;
  __strideKnowledge?: { pack?: SerializedPack; documents?: DocumentInput[] };
}

const w = window as unknown as Window & ShimWindow;
const STATE_KEY = 'strideCoach.webviewState';
const hostDelayMs = Number(new URLSearchParams(location.search).get('hostDelayMs') ?? 0);
const events: ShimEvent[] = (w.__shimEvents = []);

function paintTheme(): void {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(DARK_MODERN)) root.style.setProperty(name, value);
  // What VS Code's own webview wrapper does: the page background and the theme kind.
  root.style.setProperty('background-color', 'var(--vscode-sideBar-background)');
  document.body.classList.add('vscode-dark');
  document.body.dataset.vscodeThemeKind = 'vscode-dark';
}

/** localStorage as the `KeyValueStore` VS Code's Memento would be. */
const localStore: KeyValueStore = {
  get<T>(key: string): T | undefined {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  },
  update(key: string, value: unknown): void {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  },
};

function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
}

let coach: Coach | undefined;
function loadCoach(): Coach {
  if (!w.__strideCorpus) throw new Error('shim: no corpus (is /shim/corpus.js loaded before the shim?)');
  const extra = w.__strideKnowledge;
  return (coach ??= createCoach({ corpus: w.__strideCorpus, packs: extra?.pack ? [extra.pack] : [], documents: extra?.documents ?? [] }));
}

function toWebview(message: ToWebview): void {
  // Like VS Code: asynchronous, as a window message event the page validates. Recorded when
  // actually posted, so tests see what the page has been sent so far.
  const send = () => {
    events.push({ kind: 'toWebview', message });
    window.postMessage(message, '*');
  };
  if (hostDelayMs > 0) setTimeout(send, hostDelayMs);
  else send();
}

const controller = createChatController({
  coach: loadCoach,
  store: new ChatStore(localStore, newId),
  newId,
  host: {
    post: toWebview,
    openPassage: (p) => void events.push({ kind: 'openPassage', passageId: p.id, title: p.title }),
    insertPlan: (markdown, p) => void events.push({ kind: 'insertPlan', passageId: p.id, markdown }),
    copy: (text) => void events.push({ kind: 'copy', text }),
    exportMarkdown: (name, markdown) => void events.push({ kind: 'exportMarkdown', name, markdown }),
    log: (message) => void events.push({ kind: 'log', message }),
  },
});

let acquired = false;
w.acquireVsCodeApi = () => {
  // VS Code allows one acquisition per page; a second is a bug in the webview.
  if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
  acquired = true;
  return {
    postMessage(message: unknown) {
      // Messages cross a process boundary in VS Code: only JSON-able data arrives, later.
      const copy: unknown = JSON.parse(JSON.stringify(message ?? null));
      events.push({ kind: 'toHost', message: copy });
      setTimeout(() => void controller.receive(copy), 0);
    },
    getState() {
      const raw = sessionStorage.getItem(STATE_KEY);
      return raw === null ? undefined : JSON.parse(raw);
    },
    setState(state: unknown) {
      sessionStorage.setItem(STATE_KEY, JSON.stringify(state));
      return state;
    },
  };
};

paintTheme();
