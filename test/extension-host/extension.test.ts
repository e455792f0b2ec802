import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, note, strideCoach } from './helpers';

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
  it('activates quickly without loading the engine', async () => {
    const api = await strideCoach();
    note(`activation: evaluating the bundle ${api.timings.moduleLoadMs} ms + activate() ${api.timings.activateMs} ms (host wait before activate() ${api.timings.waitMs} ms)`);
    assert.ok(api.timings.moduleLoadMs + api.timings.activateMs < 50, `activation took ${api.timings.moduleLoadMs} + ${api.timings.activateMs} ms`);
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
    assert.deepEqual(Object.keys(pkg.contributes.configuration.properties).sort(), ['strideCoach.hover.enabled', 'strideCoach.knowledgeFolders', 'strideCoach.maxCitations']);
    const cfg = vscode.workspace.getConfiguration('strideCoach');
    assert.equal(cfg.get('maxCitations'), 4);
    assert.equal(cfg.get('hover.enabled'), true);
  });
});
