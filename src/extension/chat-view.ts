import { randomBytes, randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { createChatController, type ChatController, type ChatHostServices } from '../chat/controller';
import { AbstentionLog, type Abstention } from '../chat/abstentions';
import { ChatStore } from '../chat/store';
import type { ToWebview } from '../protocol/messages';
import { webviewHtml } from '../../webview/html';
import { since } from './clock';
import type { CoachService } from './coach-service';
import { DeferredState } from './deferred-state';
import { openExport } from './export-document';
import type { Log } from './log';
import type { PassageDocuments } from './passage-document';
import type { PlanInserter } from './plan';

/**
 * The chat, in the sidebar (a WebviewView) and in an editor tab (a WebviewPanel), both set up
 * by {@link setupChat}: strict CSP page from webviewHtml, scripts only from dist/webview, and
 * every message from the page handed to the chat controller, which validates it.
 */

export const VIEW_ID = 'strideCoach.chat';
export const PANEL_TYPE = 'strideCoach.chatPanel';
export const CONTAINER_ID = 'strideCoach';

export interface ChatSession {
  readonly kind: 'view' | 'panel';
  /** A message as if from the page: validated by the controller like any other. */
  receive(raw: unknown): Promise<void>;
  /** Whether the page has loaded and said `ready` since it was last shown. */
  readonly ready: boolean;
  readonly visible: boolean;
  /** Messages sent to the page (for the tests; also fired when the page is not listening). */
  readonly onDidPost: vscode.Event<ToWebview>;
  /** Resolves when the page is ready (at once if it is), rejects after `timeoutMs`. */
  whenReady(timeoutMs?: number): Promise<void>;
  /** Puts text in the page's input and sends it, once the page is ready. */
  askText(text: string): void;
  post(message: ToWebview): void;
}

export interface ChatViews {
  /** The sidebar chat, if it has been shown. */
  view(): ChatSession | undefined;
  panel(): ChatSession | undefined;
  /** The chat the user is looking at: a visible panel, else the sidebar. */
  active(): ChatSession | undefined;
  /** Shows the sidebar chat and returns its session once VS Code has created it. */
  reveal(): Promise<ChatSession>;
  /** Opens (or shows) the chat in an editor tab. */
  openPanel(): ChatSession;
  /** The one store both chats share. */
  store(): ChatStore;
  /** Writes the chats to workspaceState now (they are written behind, within a second). */
  flush(): Promise<void>;
  /** The questions the coach abstained on in this workspace (kept in workspaceState, never sent). */
  abstentions(): AbstentionLog;
  /** Fires when a question joins (or is counted again in) that list. */
  readonly onDidAbstain: vscode.Event<Abstention>;
}

export interface ChatDeps {
  service: CoachService;
  log: Log;
  passages: PassageDocuments;
  inserter: PlanInserter;
}

const nonce = () => randomBytes(16).toString('base64');
/** More of a document than this is not a training plan worth scanning for exercise names. */
const MAX_PLAN_TEXT = 200_000;

export function registerChatViews(context: vscode.ExtensionContext, deps: ChatDeps): ChatViews {
  const { service, log } = deps;
  let store: ChatStore | undefined;
  let toldSaveFailed = false;
  const saveFailed = (e: unknown) => {
    log.error(`saving the chats failed: ${e instanceof Error ? e.message : String(e)}`);
    // Once per session the user is told: their answers are kept in memory and written again later.
    if (!toldSaveFailed) {
      toldSaveFailed = true;
      void vscode.window.showWarningMessage('Stride Coach could not save the chat history; it will try again with the next answer. Chats already saved are kept.');
    }
  };
  // Written behind: see deferred-state.ts (issue 6).
  const state = new DeferredState(context.workspaceState, undefined, saveFailed);
  const getStore = () => (store ??= new ChatStore(state, randomUUID, Date.now, saveFailed));
  let abstentions: AbstentionLog | undefined;
  const getAbstentions = () => (abstentions ??= new AbstentionLog(state, Date.now, saveFailed));
  const abstained = new vscode.EventEmitter<Abstention>();
  const webviewRoot = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
  const sessions = new Set<Session>();
  let viewSession: Session | undefined;
  let panelSession: Session | undefined;
  let panel: vscode.WebviewPanel | undefined;
  const viewResolved = new vscode.EventEmitter<Session>();
  let firstAnswerLogged = false;

  type Session = ChatSession & { setVisible(v: boolean): void; dispose(): void; controller: ChatController };

  /** Everything a chat page needs, the same for the sidebar and the editor tab. */
  function setupChat(webview: vscode.Webview, kind: 'view' | 'panel', visible: boolean): Session {
    const opened = performance.now();
    log.info(`chat ${kind}: VS Code asked for the page; setting its HTML`);
    webview.options = { enableScripts: true, localResourceRoots: [webviewRoot] };
    const uri = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot, file)).toString();
    webview.html = webviewHtml({ cspSource: webview.cspSource, nonce: nonce(), scriptUri: uri('main.js'), styleUri: uri('chat.css'), codiconUri: uri('codicon.css'), host: kind });

    const posted = new vscode.EventEmitter<ToWebview>();
    const pending: string[] = [];
    let ready = false;
    let isVisible = visible;
    let readyWaiters: (() => void)[] = [];
    let firstReady = true;
    let sub: vscode.Disposable | undefined;

    const post = (message: ToWebview) => {
      posted.fire(message);
      void webview.postMessage(message).then(undefined, () => undefined);
    };
    const host: ChatHostServices = {
      post,
      openPassage: async (p) => void (await deps.passages.open(p)),
      async insertPlan(markdown, p) {
        // One exercise's block, or a whole /plan table (Insert on a plan turn).
        const what = markdown.startsWith(`### ${p.title}`) ? `“${p.title}”` : 'the plan';
        const r = await deps.inserter.insert(markdown, what);
        post({ type: 'notice', level: r.ok ? 'info' : 'warning', message: r.message });
        if (!r.ok) log.info(`insertPlan: ${r.message}`);
      },
      // The controller tells the page that the text was copied.
      copy: (text) => vscode.env.clipboard.writeText(text),
      planText() {
        // The plan being written, so /plan does not propose what it already has.
        const text = deps.inserter.target()?.document.getText();
        return text && text.length <= MAX_PLAN_TEXT ? text : text?.slice(0, MAX_PLAN_TEXT);
      },
      exportMarkdown: async (name, markdown) => void (await openExport(name, markdown)),
      log: (message) => log.warn(`chat (${kind}): ${message}`),
      abstained: (entry) => abstained.fire(entry),
    };
    const controller = createChatController({ coach: () => service.coach(), store: getStore(), host, newId: randomUUID, abstentions: getAbstentions() });

    const session: Session = {
      kind,
      controller,
      get ready() {
        return ready;
      },
      get visible() {
        return isVisible;
      },
      onDidPost: posted.event,
      async receive(raw) {
        const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
        const t = performance.now();
        const loadedOnAsk = type === 'ask' && !service.isLoaded();
        await controller.receive(raw);
        if (type === 'ready') {
          if (firstReady) {
            const boot = (raw as { boot?: { scriptMs?: unknown; readyMs?: unknown } }).boot;
            const page = boot && typeof boot.scriptMs === 'number' && typeof boot.readyMs === 'number' ? `; in the page: script started ${boot.scriptMs} ms and said ready ${boot.readyMs} ms after the page began loading` : '';
            log.info(`chat ${kind} ready ${since(opened)} ms after its HTML was set (page load, engine and first chat; the init itself ${since(t)} ms)${page}`);
          }
          firstReady = false;
          ready = true;
          for (const text of pending.splice(0)) post({ type: 'askText', text });
          for (const w of readyWaiters.splice(0)) w();
        } else if (type === 'ask' && !firstAnswerLogged) {
          firstAnswerLogged = true;
          log.info(`first answer in ${since(t)} ms${loadedOnAsk ? ' (engine loaded for it)' : ''}, ${since(opened)} ms after the chat ${kind} opened`);
        }
      },
      whenReady(timeoutMs = 20_000) {
        if (ready) return Promise.resolve();
        return new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`the chat ${kind} did not load within ${timeoutMs} ms`)), timeoutMs);
          readyWaiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      },
      askText(text) {
        if (ready) post({ type: 'askText', text });
        else pending.push(text);
      },
      post,
      setVisible(v) {
        isVisible = v;
        // Without retainContextWhenHidden a hidden page is unloaded; it says `ready` again when shown.
        if (!v) ready = false;
      },
      dispose() {
        ready = false;
        readyWaiters = [];
        sub?.dispose();
        posted.dispose();
        sessions.delete(session);
      },
    };
    sessions.add(session);
    sub = webview.onDidReceiveMessage((raw) => void session.receive(raw));
    // Load the engine while the page loads, so the first question does not wait for it.
    setTimeout(() => {
      try {
        if (service.isLoaded()) return;
        service.coach();
        log.info(`engine loaded ${since(opened)} ms after the chat ${kind} opened`);
      } catch (e) {
        log.error(`loading the engine failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      }
    }, 0);
    return session;
  }

  const provider: vscode.WebviewViewProvider = {
    resolveWebviewView(view) {
      const s = setupChat(view.webview, 'view', view.visible);
      viewSession = s;
      view.onDidChangeVisibility(() => s.setVisible(view.visible));
      view.onDidDispose(() => {
        s.dispose();
        if (viewSession === s) viewSession = undefined;
      });
      viewResolved.fire(s);
    },
  };

  function adoptPanel(p: vscode.WebviewPanel): Session {
    panel = p;
    p.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'stride-coach.svg');
    const s = setupChat(p.webview, 'panel', p.visible);
    panelSession = s;
    p.onDidChangeViewState(() => s.setVisible(p.visible));
    p.onDidDispose(() => {
      s.dispose();
      if (panel === p) {
        panel = undefined;
        panelSession = undefined;
      }
    });
    return s;
  }

  context.subscriptions.push(
    viewResolved,
    abstained,
    vscode.window.registerWebviewViewProvider(VIEW_ID, provider),
    vscode.window.registerWebviewPanelSerializer(PANEL_TYPE, {
      async deserializeWebviewPanel(p) {
        adoptPanel(p);
      },
    }),
    // Knowledge reloaded: answers come from the new engine; tell the open chats.
    service.onDidReload(({ reason, passages, documents }) => {
      for (const s of sessions) {
        s.controller.reset();
        if (s.ready) s.post({ type: 'notice', level: 'info', message: `Knowledge reloaded (${reason}): ${passages} passages${documents ? `, ${documents} of your documents` : ''}.` });
      }
    }),
    { dispose: () => [...sessions].forEach((s) => s.dispose()) },
    // Closing the window or deactivating: what is waiting is written now.
    { dispose: () => void state.flush() },
  );

  return {
    view: () => viewSession,
    panel: () => panelSession,
    active: () => (panelSession?.visible ? panelSession : viewSession?.visible ? viewSession : (viewSession ?? panelSession)),
    async reveal() {
      const resolved =
        viewSession ??
        new Promise<Session>((resolve) => {
          const once = viewResolved.event((s) => {
            once.dispose();
            resolve(s);
          });
        });
      await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
      return resolved;
    },
    openPanel() {
      if (panel && panelSession) {
        panel.reveal();
        return panelSession;
      }
      const p = vscode.window.createWebviewPanel(PANEL_TYPE, 'Stride Coach', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [webviewRoot] });
      return adoptPanel(p);
    },
    store: getStore,
    flush: () => state.flush(),
    abstentions: getAbstentions,
    onDidAbstain: abstained.event,
  };
}
