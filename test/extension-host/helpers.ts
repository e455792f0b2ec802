import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
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

/**
 * One undo in a document's editor. The chat view may still hold the keyboard focus when
 * showTextDocument returns, and "undo" goes where the focus is: the editor group is focused and
 * the document made the active editor first, and the undo is awaited until it reaches the
 * document (its version moves).
 */
export async function undo(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc, { preserveFocus: false });
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await until('the document to be the active editor', () => vscode.window.activeTextEditor?.document === doc);
  const version = doc.version;
  await vscode.commands.executeCommand('undo');
  await until('the undo to reach the document', () => doc.version !== version);
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

/** The repository (the extension under development is loaded from it). */
export function repoRoot(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed in this host`);
  return ext.extensionPath;
}

const figures: Record<string, unknown> = {};

/**
 * A measured figure for bench/results/extension.json: kept here and written (merged) to the file
 * the runner names in STRIDE_COACH_TEST_FIGURES, which scripts/test-host.mjs turns into the result.
 */
export function figure(name: string, value: unknown): void {
  figures[name] = value;
  const file = process.env.STRIDE_COACH_TEST_FIGURES;
  if (file) fs.writeFileSync(file, JSON.stringify(figures, null, 2));
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Resolves when `event` fires for something `match` accepts, or rejects after `timeoutMs`. */
export function next<T>(event: vscode.Event<T>, what: string, match: (e: T) => boolean = () => true, timeoutMs = 15_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((e) => {
      if (!match(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}
