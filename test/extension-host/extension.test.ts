import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, figure, note, strideCoach } from './helpers';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category: string }[];
    viewsContainers: { activitybar: { id: string }[] };
    views: Record<string, { id: string; type: string }[]>;
    keybindings: { command: string }[];
    configuration: { properties: Record<string, unknown> };
  };
}

describe('activation', () => {
  it('activates without loading the engine (its time is a figure for the bench report, not a threshold)', async () => {
    const api = await strideCoach();
    note(`activation: evaluating the bundle ${api.timings.moduleLoadMs} ms + activate() ${api.timings.activateMs} ms (host wait before activate() ${api.timings.waitMs} ms)`);
    figure('host', { node: process.version, vscode: vscode.version, platform: `${process.platform}-${process.arch}` });
    figure('activation', { ms: Math.round((api.timings.moduleLoadMs + api.timings.activateMs) * 10) / 10, ...api.timings });
    assert.equal(api.service.isLoaded(), false, 'the corpus is not read at activation');
  });

  it('registers every contributed command, all under "Stride Coach"', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = pkg.contributes.commands;
    assert.ok(contributed.length >= 8, 'the manifest contributes the commands');
    assert.deepEqual(contributed.filter((c) => !registered.has(c.command)).map((c) => c.command), []);
    assert.deepEqual(contributed.filter((c) => c.category !== 'Stride Coach').map((c) => c.command), []);
  });

  it('contributes the activity-bar chat view, a keybinding and the settings', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    assert.ok(pkg.contributes.viewsContainers.activitybar.some((c) => c.id === 'strideCoach'));
    assert.deepEqual(pkg.contributes.views.strideCoach.map((v) => [v.id, v.type]), [['strideCoach.chat', 'webview']]);
    assert.ok(pkg.contributes.keybindings.some((k) => k.command === 'strideCoach.openChat'));
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties).sort(), [
      'strideCoach.check.onSave',
      'strideCoach.check.showSupported',
      'strideCoach.hover.enabled',
      'strideCoach.knowledgeFolders',
      'strideCoach.maxCitations',
      'strideCoach.packs',
    ]);
    const cfg = vscode.workspace.getConfiguration('strideCoach');
    assert.equal(cfg.get('maxCitations'), 4);
    assert.equal(cfg.get('hover.enabled'), true);
    assert.equal(cfg.get('check.showSupported'), false);
    assert.equal(cfg.get('check.onSave'), true);
    assert.deepEqual(cfg.get('packs'), []);
  });

  it('puts Check Claim, Check Document and Draft Plan in the editor menus', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest & { contributes: { menus: Record<string, { command: string; when?: string }[]> } };
    const menu = (id: string) => pkg.contributes.menus[id]?.map((m) => m.command) ?? [];
    assert.ok(menu('editor/context').includes('strideCoach.checkClaim'));
    assert.ok(menu('editor/context').includes('strideCoach.checkDocument'));
    assert.ok(menu('editor/context').includes('strideCoach.draftPlan'));
    assert.ok(menu('editor/title').includes('strideCoach.checkDocument'));
    assert.ok(menu('editor/title/context').includes('strideCoach.checkDocument'));
    for (const m of [...pkg.contributes.menus['editor/title'], ...pkg.contributes.menus['editor/title/context']]) assert.match(m.when ?? '', /markdown.*plaintext/);
  });
});
