import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { ShowAbstentionsResult } from '../../src/extension/abstentions';
import { closeAllEditors, exchange, next, strideCoach, until } from './helpers';

describe('what the sources lack (abstained questions, per workspace)', () => {
  afterEach(closeAllEditors);

  it('counts the questions the coach abstained on, lists them with counts and exports them as Markdown and JSON', async () => {
    const api = await strideCoach();
    const view = await api.chats.reveal();
    await vscode.commands.executeCommand('strideCoach.showAbstentions', { action: 'clear' });
    const heard = next(api.chats.onDidAbstain, 'the abstention event', (e) => e.count === 2);
    for (const [i, text] of ['What is the capital of France?', 'what does the soleus do at mid-stance?', 'what is the capital of france', 'How much sleep do athletes need?'].entries()) {
      const posted = await exchange(view, { type: 'ask', requestId: `abst-${i}`, text });
      assert.ok(posted.some((m) => m.type === 'answer'));
    }
    assert.equal((await heard).question, 'what is the capital of france');

    const listed = await vscode.commands.executeCommand<ShowAbstentionsResult>('strideCoach.showAbstentions', { action: 'list' });
    assert.deepEqual(
      listed.questions.map((q) => [q.question, q.count]),
      [
        ['what is the capital of france', 2],
        ['How much sleep do athletes need?', 1],
      ],
    );
    // Kept in workspaceState (written behind): there after a flush, and nowhere else.
    await api.chats.flush();

    // The quick pick: Export as Markdown is the first item.
    const picked = Promise.resolve(vscode.commands.executeCommand<ShowAbstentionsResult>('strideCoach.showAbstentions'));
    let done: ShowAbstentionsResult | undefined;
    void picked.then((r) => (done = r));
    await until('the quick pick to be answered', async () => {
      if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return done;
    });
    const md = done!.document!;
    assert.equal(md.languageId, 'markdown');
    assert.equal(md.getText(), '# Questions the sources could not answer\n\n2 questions, asked 3 times in all, most asked first.\n\n- what is the capital of france (2×)\n- How much sleep do athletes need? (1×)\n');

    const json = await vscode.commands.executeCommand<ShowAbstentionsResult>('strideCoach.showAbstentions', { action: 'json' });
    const data = JSON.parse(json.document!.getText());
    assert.deepEqual(data.questions.map((q: { question: string; count: number }) => [q.question, q.count]), [
      ['what is the capital of france', 2],
      ['How much sleep do athletes need?', 1],
    ]);

    const cleared = await vscode.commands.executeCommand<ShowAbstentionsResult>('strideCoach.showAbstentions', { action: 'clear' });
    assert.deepEqual(cleared.questions, []);
    assert.deepEqual((await vscode.commands.executeCommand<ShowAbstentionsResult>('strideCoach.showAbstentions', { action: 'list' })).questions, []);
  });
});
