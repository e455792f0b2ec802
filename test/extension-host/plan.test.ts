import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { formatPlanTable } from '../../src/chat/plan-block';
import type { DraftPlanResult } from '../../src/extension/draft-plan';
import { closeAllEditors, strideCoach, undo, until } from './helpers';

const PLAN = '# Spring plan\n\nCalf raises on Mondays. Focus: weak glutes.\n\n## Thursday\n\nEasy run.\n';

async function planDoc(cursorAfter: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; at: number }> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: PLAN });
  const editor = await vscode.window.showTextDocument(doc);
  // On a busy machine the host may report the previous test's editor as active a moment longer;
  // the plan is drafted for the active one.
  await until('the plan to be the active editor', () => vscode.window.activeTextEditor?.document === doc);
  const at = PLAN.indexOf(cursorAfter) + cursorAfter.length;
  editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at));
  return { doc, editor, at };
}

describe('draft plan', () => {
  afterEach(closeAllEditors);

  it('inserts the table at the cursor as one undoable edit, leaving out what the plan has', async () => {
    const api = await strideCoach();
    const { doc, at } = await planDoc('## Thursday\n\n');
    const r = await vscode.commands.executeCommand<DraftPlanResult>('strideCoach.draftPlan', { request: 'weak calves', equipment: ['none', 'band'], types: ['strength'] });
    assert.ok(r?.inserted?.ok, JSON.stringify(r));
    assert.ok(r.plan && r.plan.items.length >= 1);
    assert.ok(r.plan.excluded.includes('Calf raises'), `Calf raises is already in the plan: ${r.plan.excluded.join(', ')}`);
    assert.ok(!r.plan.items.some((i) => i.exercise.id === 'calf-raises'));
    for (const item of r.plan.items) {
      assert.equal(item.exercise.type, 'strength');
      assert.ok((item.exercise.equipment ?? []).every((e) => ['none', 'band'].includes(e)), `${item.exercise.id}: ${item.exercise.equipment}`);
    }
    // Exactly the engine's plan, formatted as the CLI and the chat format it.
    const table = formatPlanTable(api.service.coach().plan('weak calves', { equipment: ['none', 'band'], types: ['strength'], exclude: PLAN }));
    const text = doc.getText();
    assert.equal(text.slice(0, at), PLAN.slice(0, at), 'text before the cursor is untouched');
    assert.ok(text.endsWith(PLAN.slice(at)), 'text after the cursor is untouched');
    assert.equal(text.slice(at, text.length - PLAN.slice(at).length), `${table}\n`, 'the table on lines of its own');
    await undo(doc);
    assert.equal(doc.getText(), PLAN, 'one undo removes it');
  });

  it('asks for the request (filled from the selection) and the filters (remembered), then inserts', async () => {
    const { doc, editor } = await planDoc('');
    const sel = PLAN.indexOf('Easy run');
    editor.selection = new vscode.Selection(doc.positionAt(sel), doc.positionAt(sel + 'Easy run'.length));
    await vscode.commands.executeCommand('strideCoach.draftPlan', { request: 'glutes', equipment: ['band'], types: [] });
    await undo(doc);
    editor.selection = new vscode.Selection(doc.positionAt(PLAN.indexOf('weak glutes')), doc.positionAt(PLAN.indexOf('weak glutes') + 'weak glutes'.length));
    // The real input box and quick pick: Enter on each (the request as selected, the filters as remembered).
    let done: DraftPlanResult | undefined;
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand<DraftPlanResult>('strideCoach.draftPlan')).then((r) => {
      done = r;
      settled = true;
    });
    await until(
      'the prompts to be answered',
      async () => {
        if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return settled;
      },
      20_000,
    );
    await running;
    assert.ok(done?.inserted?.ok, JSON.stringify(done));
    assert.ok('filters' in done);
    assert.equal(done.plan?.request, 'weak glutes', 'the request came from the selection');
    assert.deepEqual(done.filters, { equipment: ['band'], types: [] }, 'the filters picked last time are picked again');
    assert.ok(doc.getText().includes('### Strength and mobility block: weak glutes'));
  });

  it('says plainly when the sources have nothing for the request', async () => {
    await planDoc('');
    const r = await vscode.commands.executeCommand<DraftPlanResult>('strideCoach.draftPlan', { request: 'juggling', equipment: [], types: [] });
    assert.equal(r?.inserted, undefined);
    assert.match(r && 'message' in r ? r.message : '', /no muscle, weakness or complaint it knows in “juggling”/);
  });

  it('keeps the chat /plan working', async () => {
    const api = await strideCoach();
    const view = await api.chats.reveal();
    const posted: { type: string; turn?: { mode?: string; block?: string } }[] = [];
    const sub = view.onDidPost((m) => posted.push(m as never));
    try {
      await view.receive({ type: 'ask', requestId: 'plan-chat', text: '/plan glutes equipment:none' });
    } finally {
      sub.dispose();
    }
    const turn = posted.find((m) => m.type === 'answer')?.turn;
    assert.equal(turn?.mode, 'plan');
    assert.match(turn?.block ?? '', /\| Exercise \| Works \| Sets\/reps \|/);
  });

  it('hands out a table a coach would: the sourced dose first, "not specified" said once, what it covers and leaves out', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Block\n\n' });
    await vscode.window.showTextDocument(doc);
    const r = await vscode.commands.executeCommand<DraftPlanResult>('strideCoach.draftPlan', { request: 'weak calves', equipment: [], types: [] });
    assert.ok(r?.inserted?.ok, JSON.stringify(r));
    const text = doc.getText();
    const rows = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Exercise') && !l.startsWith('| ---'));
    assert.ok(rows[0].startsWith('| Tip-toe walking | Soleus and calves | 3 sets of 10-15 feet, down and back | Feet hip-width apart'), rows[0]);
    assert.ok(rows.some((l) => l.startsWith('| Calf raises | Calves, gastrocnemius and soleus | — | Stand tall, rise up onto your toes, lower back down, and repeat. |')), text);
    assert.equal(text.match(/not specified in the sources/g)?.length, 1, text);
    assert.match(text, /\*\*Covers:\*\* the calves \(for “weak calves”\)/);
    assert.match(text, /\*\*Leaves out:\*\* .*jump rope/);
  });
});
