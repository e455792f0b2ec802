import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { ToWebview } from '../../src/protocol/messages';
import { closeAllEditors, exchange, next, strideCoach, undo, until, workspaceRoot } from './helpers';

type Notice = Extract<ToWebview, { type: 'notice' }>;
const noticeOf = (posted: ToWebview[]) => posted.find((m): m is Notice => m.type === 'notice');

async function hoverTexts(doc: vscode.TextDocument, word: string): Promise<string[]> {
  const at = doc.positionAt(doc.getText().indexOf(word) + 2);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}

describe('editor', () => {
  afterEach(closeAllEditors);

  it('Insert into plan puts the exercise at the cursor as one undoable edit', async () => {
    const api = await strideCoach();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'plan.md'));
    const editor = await vscode.window.showTextDocument(doc);
    const original = doc.getText();
    const cursor = new vscode.Position(3, 0);
    editor.selection = new vscode.Selection(cursor, cursor);
    // The chat has focus when its button is clicked: no text editor is active then.
    await vscode.commands.executeCommand('strideCoach.openChat');
    const view = await until('the chat view', () => api.chats.view());
    await view.whenReady(30_000);

    const posted = await exchange(view, { type: 'insertPlan', passageId: 'calf-raises' });
    assert.equal(noticeOf(posted)?.level, 'info', JSON.stringify(posted));
    assert.match(noticeOf(posted)!.message, /Inserted “Calf raises” into plan\.md/);
    const text = doc.getText();
    const before = original.slice(0, doc.offsetAt(cursor));
    assert.ok(text.startsWith(before), 'text before the cursor is untouched');
    assert.match(text.slice(before.length), /^\n?### Calf raises\n\n- \*\*Works:\*\* .*Soleus/);
    assert.match(text, /- \*\*Source:\*\* .+ › .+ \(Stride Coach passage `calf-raises`\)/);

    await undo(doc);
    assert.equal(doc.getText(), original, 'one undo restores the document');
    assert.equal(doc.isDirty, false);
  });

  it('/plan drafts a table that goes in as one edit, and leaves out what the plan already has', async () => {
    const api = await strideCoach();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'plan.md'));
    const editor = await vscode.window.showTextDocument(doc);
    const original = doc.getText();
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('strideCoach.openChat');
    const view = await until('the chat view', () => api.chats.view());

    const asked = await exchange(view, { type: 'ask', requestId: 'plan-1', text: '/plan calves' });
    const turn = asked.find((m) => m.type === 'answer')?.turn;
    assert.ok(turn?.block, 'the /plan turn offers a block');
    const inserted = await exchange(view, { type: 'insertTurn', turnId: turn.id });
    assert.match(noticeOf(inserted)?.message ?? '', /Inserted the plan into plan\.md/);
    assert.ok(doc.getText().includes('| Exercise | Works | Sets/reps |'));
    assert.ok(doc.getText().startsWith(original));

    // The plan now names those exercises: a second /plan leaves them out.
    const again = (await exchange(view, { type: 'ask', requestId: 'plan-2', text: '/plan calves' })).find((m) => m.type === 'answer')?.turn;
    assert.match(again?.answer ?? '', /calf raises[^;]*, already in your plan/);

    await undo(doc);
    assert.equal(doc.getText(), original, 'one undo removes the table');
  });

  it('Insert into plan says plainly that no editor is open', async () => {
    const api = await strideCoach();
    await closeAllEditors();
    const view = await until('the chat view', () => api.chats.view());
    const posted = await exchange(view, { type: 'insertPlan', passageId: 'calf-raises' });
    assert.equal(noticeOf(posted)?.level, 'warning');
    assert.match(noticeOf(posted)!.message, /No text editor is open/);
  });

  it('hovering "soleus" in Markdown shows a card with its source and a link to the passage', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'hover.md'));
    await vscode.window.showTextDocument(doc);
    const card = (await hoverTexts(doc, 'soleus')).find((t) => t.includes('strideCoach.openPassage'));
    assert.ok(card, 'a Stride Coach card');
    assert.match(card, /^\*\*Soleus\*\* · _muscle_/);
    assert.match(card, /Source: /);
    assert.match(card, /command:strideCoach\.openPassage\?/);
    const calf = (await hoverTexts(doc, 'calf raises')).find((t) => t.includes('strideCoach.openPassage'));
    assert.match(calf ?? '', /^\*\*Calf raises\*\* · _exercise_/);

    const api = await strideCoach();
    const shown = next(api.passages.viewer.onDidShow, 'the passage view', (m) => m.id === 'soleus');
    await vscode.commands.executeCommand('strideCoach.openPassage', 'soleus');
    assert.equal((await shown).title, 'Soleus');
  });

  it('no card when strideCoach.hover.enabled is false', async () => {
    const cfg = vscode.workspace.getConfiguration('strideCoach');
    await cfg.update('hover.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'hover.md'));
      await vscode.window.showTextDocument(doc);
      assert.deepEqual((await hoverTexts(doc, 'soleus')).filter((t) => t.includes('strideCoach.openPassage')), []);
    } finally {
      await cfg.update('hover.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
