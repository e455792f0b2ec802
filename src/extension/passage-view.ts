import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { passageModel, quoteWithSource } from '../chat/passage-model';
import type { Passage } from '../engine/types';
import { parseFromPassageView, type PassageModel } from '../protocol/passage';
import { passageHtml } from '../../webview/html';
import type { CoachService } from './coach-service';
import type { Log } from './log';

/**
 * Passages open rendered, in ONE editor column beside the chat: a single webview panel that the
 * next passage replaces (so opening three passages leaves the chat's column and this one, not
 * four squeezed columns). Same strict CSP as the chat, the chat's stylesheet, and links that ask
 * this side for a related passage, the article's or the section's other passages, or the quoted
 * phrase with its source on the clipboard.
 */
export const PASSAGE_VIEW_TYPE = 'strideCoach.passage';

export interface PassageViewer {
  /** Shows a passage in the passage column (creating it beside the active one the first time). */
  show(p: Passage): Promise<void>;
  /** The passage on show and its editor column, if the view is open. */
  current(): { id: string; column: vscode.ViewColumn | undefined } | undefined;
  /** Fired with what was sent to the page each time a passage is shown (for the tests). */
  readonly onDidShow: vscode.Event<PassageModel>;
  /** A message as if from the page: validated like any other (for the tests). */
  receive(raw: unknown): Promise<void>;
}

export function registerPassageViewer(context: vscode.ExtensionContext, service: CoachService, log: Log): PassageViewer {
  const root = vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview');
  const shown = new vscode.EventEmitter<PassageModel>();
  let panel: vscode.WebviewPanel | undefined;
  let model: PassageModel | undefined;
  let ready = false;

  const lookup = (id: string) => service.passage(id);
  const modelOf = (p: Passage) => passageModel(p, lookup, service.coach().passages());

  function html(webview: vscode.Webview): string {
    const uri = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(root, f)).toString();
    return passageHtml({ cspSource: webview.cspSource, nonce: randomBytes(16).toString('base64'), scriptUri: uri('passage.js'), styleUri: uri('chat.css'), codiconUri: uri('codicon.css') });
  }

  function send(): void {
    if (!panel || !model || !ready) return;
    void panel.webview.postMessage({ type: 'show', passage: model }).then(undefined, () => undefined);
    shown.fire(model);
  }

  async function pickFrom(p: Passage, scope: 'article' | 'section'): Promise<void> {
    const others = service
      .coach()
      .passages()
      .filter((x) => x.id !== p.id && x.source.file === p.source.file && (scope === 'article' || x.source.section === p.source.section));
    const where = scope === 'article' ? `“${p.source.title ?? p.source.file}”` : p.source.section.replace(/ > /g, ' › ');
    if (!others.length) {
      void vscode.window.showInformationMessage(`Stride Coach has no other passage from ${where}.`);
      return;
    }
    const picked = await vscode.window.showQuickPick(
      others.map((x) => ({ label: x.title, description: x.kind, detail: x.source.section.replace(/ > /g, ' › '), id: x.id })),
      { title: `Passages from ${where}`, matchOnDetail: true },
    );
    const next = picked && lookup(picked.id);
    if (next) await viewer.show(next);
  }

  async function receive(raw: unknown): Promise<void> {
    const parsed = parseFromPassageView(raw);
    if (!parsed.ok) return log.warn(`passage view: dropped a malformed message (${parsed.reason})`);
    const m = parsed.message;
    if (m.type === 'ready') {
      ready = true;
      return send();
    }
    const p = lookup(m.id);
    if (!p) return log.warn(`passage view: no passage ${m.id}`);
    switch (m.type) {
      case 'open':
        return viewer.show(p);
      case 'article':
      case 'section':
        return pickFrom(p, m.type);
      case 'quote':
        await vscode.env.clipboard.writeText(quoteWithSource(p));
        void vscode.window.setStatusBarMessage('Stride Coach: quote copied with its source', 4000);
        return;
    }
  }

  const viewer: PassageViewer = {
    async show(p) {
      model = modelOf(p);
      if (panel) {
        panel.title = p.title;
        // Same panel, same column: the next passage replaces this one.
        if (!panel.visible) panel.reveal(panel.viewColumn, false);
        send();
        return;
      }
      ready = false;
      // Beside what is open; with nothing open (the chat in the sidebar), the first column.
      const empty = vscode.window.tabGroups.all.every((g) => g.tabs.length === 0);
      panel = vscode.window.createWebviewPanel(PASSAGE_VIEW_TYPE, p.title, { viewColumn: empty ? vscode.ViewColumn.Active : vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, localResourceRoots: [root] });
      panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'stride-coach.svg');
      const own = panel;
      own.webview.html = html(own.webview);
      own.webview.onDidReceiveMessage((raw) => void receive(raw).catch((e: unknown) => log.error(`passage view: ${e instanceof Error ? e.message : String(e)}`)));
      // Hidden and shown again, the page reloads and says `ready` again.
      own.onDidChangeViewState(() => {
        if (!own.visible) ready = false;
      });
      own.onDidDispose(() => {
        if (panel === own) {
          panel = undefined;
          model = undefined;
          ready = false;
        }
      });
    },
    current: () => (panel && model ? { id: model.id, column: panel.viewColumn } : undefined),
    onDidShow: shown.event,
    receive,
  };
  context.subscriptions.push(shown, { dispose: () => panel?.dispose() });
  return viewer;
}
