import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/**
 * "Export chat": the Markdown in a new untitled document named after the chat (in the first
 * workspace folder, so Save proposes that place), which the user saves or discards.
 */
export async function openExport(suggestedName: string, markdown: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(untitledUri(suggestedName));
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), markdown), { undoStopBefore: true, undoStopAfter: true });
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  return editor;
}

function untitledUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
  const stem = name.replace(/\.md$/i, '');
  for (let i = 1; ; i++) {
    const file = `${stem}${i > 1 ? `-${i}` : ''}.md`;
    if (!folder) {
      const uri = vscode.Uri.from({ scheme: 'untitled', path: file });
      if (!open.has(uri.path)) return uri;
      continue;
    }
    const full = path.join(folder.uri.fsPath, file);
    const uri = vscode.Uri.file(full).with({ scheme: 'untitled' });
    if (!fs.existsSync(full) && !open.has(uri.path)) return uri;
  }
}
