import { strict as assert } from 'node:assert';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { ChatSession } from '../../src/extension/chat-view';
import type { StrideCoachApi } from '../../src/extension/extension';
import type { ToWebview } from '../../src/protocol/messages';

export const EXTENSION_ID = 'stride-coach.stride-coach';

let api: StrideCoachApi | undefined;

/** The extension's parts, from activate() (activating it now if VS Code has not yet). */
export async function strideCoach(): Promise<StrideCoachApi> {
  if (api) return api;
  const ext = vscode.extensions.getExtension<StrideCoachApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed in this host`);
  api = ext.isActive ? ext.exports : await ext.activate();
  return api;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the fixture workspace open');
  return folder.uri;
}

export async function until<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Sends a message to a chat as its page would, and returns what the chat posted back. */
export async function exchange(session: ChatSession, message: unknown): Promise<ToWebview[]> {
  const posted: ToWebview[] = [];
  const sub = session.onDidPost((m) => posted.push(m));
  try {
    await session.receive(message);
  } finally {
    sub.dispose();
  }
  return posted;
}

export async function closeAllEditors(): Promise<void> {
  // Revert first so nothing prompts to save.
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function ms(from: number): number {
  return Math.round((performance.now() - from) * 10) / 10;
}

/** A line in the test report (the runner reads mocha's output, not the host's console). */
export function note(message: string): void {
  (Mocha.reporters.Base as unknown as { consoleLog: (m: string) => void }).consoleLog(`      ${message}`);
}
