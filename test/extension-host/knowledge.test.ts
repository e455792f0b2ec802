import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { ToWebview } from '../../src/protocol/messages';
import { EXTENSION_ID, exchange, next, strideCoach, until, workspaceRoot } from './helpers';

type Answer = Extract<ToWebview, { type: 'answer' }>;

async function ask(text: string): Promise<Answer['turn']> {
  const api = await strideCoach();
  const view = await until('the chat view', () => api.chats.view());
  const id = `k-${Math.random().toString(36).slice(2)}`;
  const posted = await exchange(view, { type: 'ask', requestId: id, text });
  const a = posted.find((m): m is Answer => m.type === 'answer' && m.requestId === id);
  assert.ok(a, 'an answer');
  return a.turn;
}

/** Changes a setting and waits until the engine has been rebuilt for it. */
async function setting(key: string, value: unknown): Promise<void> {
  const api = await strideCoach();
  const reloaded = new Promise<void>((resolve) => {
    const sub = api.service.onDidReload(() => {
      sub.dispose();
      resolve();
    });
  });
  await vscode.workspace.getConfiguration('strideCoach').update(key, value, vscode.ConfigurationTarget.Workspace);
  await Promise.race([reloaded, new Promise((_, reject) => setTimeout(() => reject(new Error(`no reload after ${key} changed`)), 15_000))]);
}

describe('knowledge settings', () => {
  after(async () => {
    const cfg = vscode.workspace.getConfiguration('strideCoach');
    await cfg.update('knowledgeFolders', undefined, vscode.ConfigurationTarget.Workspace);
    await cfg.update('maxCitations', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('a missing folder gives one warning naming it, and answers still work', async () => {
    const api = await strideCoach();
    api.service.coach();
    const before = api.service.warningsShown.length;
    await setting('knowledgeFolders', ['no-such-folder']);
    assert.equal(api.service.warningsShown.length, before + 1, 'exactly one warning');
    assert.match(api.service.warningsShown.at(-1)!, /no-such-folder.*not found/);
    const turn = await ask('What does the soleus do at mid-stance?');
    assert.equal(turn.abstained, false);
    assert.ok(turn.citations.length >= 1);
  });

  it('adds a knowledge folder without a reload, cited by folder/file', async () => {
    const api = await strideCoach();
    const before = api.service.warningsShown.length;
    await setting('knowledgeFolders', ['notes', 'no-such-folder']);
    assert.equal(api.service.warningsShown.length, before, 'the bad folder was reported already; the good one adds no warning');
    const turn = await ask('How many repeats is the Thursday tempo hills session?');
    assert.equal(turn.abstained, false, turn.answer);
    assert.ok(turn.citations.some((c) => c.source.file === 'notes/hill-session.md'), JSON.stringify(turn.citations.map((c) => c.source)));
  });

  it('strideCoach.maxCitations applies without a reload, and does not repeat the warning', async () => {
    const api = await strideCoach();
    const before = api.service.warningsShown.length;
    await setting('maxCitations', 1);
    const turn = await ask('Exercises for weak peroneals?');
    assert.equal(turn.citations.length, 1);
    assert.equal(api.service.warningsShown.length, before, 'the same bad folder is not warned about again');
  });

  it('Reload Knowledge rebuilds the engine', async () => {
    const api = await strideCoach();
    const reloaded = new Promise<{ reason: string }>((resolve) => {
      const sub = api.service.onDidReload((e) => {
        sub.dispose();
        resolve(e);
      });
    });
    const before = api.service.warningsShown.length;
    await vscode.commands.executeCommand('strideCoach.reloadKnowledge');
    assert.equal((await reloaded).reason, 'reload');
    assert.equal(api.service.warningsShown.length, before + 1, 'asked to reload, it says again what it skipped');
  });
});

describe('knowledge packs (strideCoach.packs)', () => {
  const CLUB = 'packs/club.pack.json';
  const BROKEN = 'packs/broken.pack.json';

  after(async () => {
    await vscode.workspace.getConfiguration('strideCoach').update('packs', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('answers from a pack once it is in the setting, without a reload', async () => {
    const api = await strideCoach();
    api.service.coach();
    const before = api.service.warningsShown.length;
    await setting('packs', [CLUB]);
    assert.equal(api.service.warningsShown.length, before, 'a good pack gives no warning');
    assert.equal(api.service.loads.at(-1)?.packs, 1);
    const turn = await ask('How many bounding strides does the club do?');
    assert.equal(turn.abstained, false, turn.answer);
    assert.ok(turn.citations.some((c) => c.id.startsWith('riverside-rc:')), JSON.stringify(turn.citations.map((c) => c.id)));
  });

  it('a bad pack gives one warning naming the file, and the good pack and the corpus still answer', async () => {
    const api = await strideCoach();
    const before = api.service.warningsShown.length;
    await setting('packs', [BROKEN, CLUB]);
    assert.equal(api.service.warningsShown.length, before + 1, 'exactly one warning');
    const warning = api.service.warningsShown.at(-1)!;
    assert.match(warning, /broken\.pack\.json is not a Stride Coach knowledge pack \(not JSON\)\. Everything else still answers\.$/);
    assert.equal(api.service.loads.at(-1)?.packs, 1, 'the good pack is loaded');
    assert.ok((await ask('How many bounding strides does the club do?')).citations.some((c) => c.id.startsWith('riverside-rc:')));
    const soleus = await ask('What does the soleus do at mid-stance?');
    assert.equal(soleus.abstained, false);
  });

  it('reads a pack again when its file is rewritten', async () => {
    const api = await strideCoach();
    await setting('packs', [CLUB]);
    const file = vscode.Uri.joinPath(workspaceRoot(), CLUB);
    const reloaded = next(api.service.onDidReload, 'a reload after the pack changed', (e) => e.reason === 'pack file changed', 20_000);
    await vscode.workspace.fs.writeFile(file, await vscode.workspace.fs.readFile(file));
    await reloaded;
    assert.equal(api.service.loads.at(-1)?.packs, 1);
  });

  it('keeps knowledgeFolders and packs out of reach in an untrusted workspace (manifest)', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] }; virtualWorkspaces: boolean } };
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['strideCoach.knowledgeFolders', 'strideCoach.packs']);
    assert.equal(pkg.capabilities.virtualWorkspaces, false);
  });
});
