import * as vscode from 'vscode';
import type { Passage } from '../engine/types';
import type { CoachService } from './coach-service';
import { passageMarkdown } from './passage-markdown';
import type { PassageViewer } from './passage-view';

/**
 * Passages as read-only virtual Markdown documents (`stride-coach:/Soleus.md?soleus`): the
 * locations a document check's evidence points at. Opening a passage for reading (a citation, a
 * hover link, Open Passage) shows it rendered in the passage view instead (passage-view.ts).
 */
export const PASSAGE_SCHEME = 'stride-coach';

export function passageUri(p: Pick<Passage, 'id' | 'title'>): vscode.Uri {
  const name = p.title.replace(/[\\/:*?"<>|#%]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || p.id;
  return vscode.Uri.from({ scheme: PASSAGE_SCHEME, path: `/${name}.md`, query: p.id });
}

export interface PassageDocuments {
  /** Shows the passage rendered, in the one passage column beside the chat. */
  open(p: Passage): Promise<void>;
  /** The passage's Markdown source as a read-only document. */
  openSource(p: Passage): Promise<vscode.TextEditor>;
  readonly viewer: PassageViewer;
}

export function registerPassageDocuments(context: vscode.ExtensionContext, service: CoachService, viewer: PassageViewer): PassageDocuments {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    provideTextDocumentContent(uri) {
      const p = service.passage(uri.query);
      if (!p) return `# Passage not found\n\n\`${uri.query}\` is no longer in Stride Coach's knowledge (the knowledge folders may have changed).\n`;
      return passageMarkdown(p, (id) => service.passage(id));
    },
  };
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(PASSAGE_SCHEME, provider),
    // Knowledge reloaded: open passage documents show the new text (or say they are gone).
    service.onDidReload(() => {
      for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === PASSAGE_SCHEME) changed.fire(doc.uri);
    }),
  );
  return {
    viewer,
    open: (p) => viewer.show(p),
    async openSource(p) {
      let doc = await vscode.workspace.openTextDocument(passageUri(p));
      if (doc.languageId !== 'markdown') doc = await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
      return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
    },
  };
}
