import * as vscode from 'vscode';
import type { Passage } from '../engine/types';
import type { CoachService } from './coach-service';
import { passageMarkdown } from './passage-markdown';

/**
 * Passages as read-only virtual Markdown documents (`stride-coach:/Soleus.md?soleus`), opened
 * beside the chat when a citation or a hover link is clicked.
 */
export const PASSAGE_SCHEME = 'stride-coach';

export function passageUri(p: Pick<Passage, 'id' | 'title'>): vscode.Uri {
  const name = p.title.replace(/[\\/:*?"<>|#%]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || p.id;
  return vscode.Uri.from({ scheme: PASSAGE_SCHEME, path: `/${name}.md`, query: p.id });
}

export interface PassageDocuments {
  open(p: Passage): Promise<vscode.TextEditor>;
}

export function registerPassageDocuments(context: vscode.ExtensionContext, service: CoachService): PassageDocuments {
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
    async open(p) {
      let doc = await vscode.workspace.openTextDocument(passageUri(p));
      if (doc.languageId !== 'markdown') doc = await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
      return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: false });
    },
  };
}
