import * as vscode from 'vscode';
import { PASSAGE_SCHEME } from './passage-document';

/**
 * "Insert into plan": puts an exercise block at the cursor of the text editor the user last
 * worked in (the chat has focus when its button is clicked, so the active editor is tracked),
 * as one undoable edit.
 */

export type InsertResult = { ok: true; editor: vscode.TextEditor; message: string } | { ok: false; message: string };

export interface PlanInserter {
  /** Inserts the block; `what` names it in the message (“Calf raises”, the plan). */
  insert(markdown: string, what: string): Promise<InsertResult>;
  /** The editor a plan would go into now, if any. */
  target(): vscode.TextEditor | undefined;
}

export const NO_EDITOR = 'No text editor is open to insert into. Open your training plan (or any text file), put the cursor where the exercise should go, then click Insert into plan again.';

/** Schemes of editors that are not the user's writing: passages, output, settings, diffs. */
const NOT_A_PLAN = new Set([PASSAGE_SCHEME, 'output', 'vscode-userdata', 'vscode-settings', 'git', 'walkThroughSnippet', 'comment', 'vscode-scm']);

function usable(editor: vscode.TextEditor | undefined): editor is vscode.TextEditor {
  return !!editor && !editor.document.isClosed && !NOT_A_PLAN.has(editor.document.uri.scheme);
}

export function registerPlanInserter(context: vscode.ExtensionContext): PlanInserter {
  let last: vscode.TextEditor | undefined = usable(vscode.window.activeTextEditor) ? vscode.window.activeTextEditor : undefined;
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((e) => {
      if (usable(e)) last = e;
    }),
  );

  /** Whether the document still has a tab somewhere (a closed tab's document may linger). */
  function hasTab(doc: vscode.TextDocument): boolean {
    const key = doc.uri.toString();
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key));
  }

  function target(): vscode.TextEditor | undefined {
    const active = vscode.window.activeTextEditor;
    if (usable(active)) return active;
    if (!usable(last) || !hasTab(last.document)) return undefined;
    // The same document may now be shown by another editor object (moved, reopened).
    const doc = last.document;
    return vscode.window.visibleTextEditors.find((e) => e === last) ?? vscode.window.visibleTextEditors.find((e) => e.document === doc) ?? last;
  }

  return {
    target,
    async insert(markdown, what) {
      let editor = target();
      if (!editor) return { ok: false, message: NO_EDITOR };
      if (!vscode.window.visibleTextEditors.includes(editor)) {
        // Its tab is in the background: bring it back (without taking focus from the chat).
        editor = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: true, preview: false });
      }
      const doc = editor.document;
      const at = editor.selection.active;
      const line = doc.lineAt(at.line).text;
      const before = line.slice(0, at.character);
      const after = line.slice(at.character);
      const prevBlank = at.line === 0 || doc.lineAt(at.line - 1).isEmptyOrWhitespace;
      // The block on lines of its own, with a blank line before it unless one is there already.
      const lead = before.trim() ? '\n\n' : at.character === 0 && !prevBlank ? '\n' : '';
      const text = `${lead}${markdown.replace(/\n*$/, '\n')}${after.trim() ? '\n' : ''}`;
      const ok = await editor.edit((b) => b.insert(at, text), { undoStopBefore: true, undoStopAfter: true });
      const name = doc.isUntitled ? 'the untitled document' : vscode.workspace.asRelativePath(doc.uri);
      if (!ok) return { ok: false, message: `Could not insert into ${name}: the editor is read-only or changed meanwhile.` };
      const end = doc.positionAt(doc.offsetAt(at) + text.length);
      editor.revealRange(new vscode.Range(at, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return { ok: true, editor, message: `Inserted ${what} into ${name}.` };
    },
  };
}
