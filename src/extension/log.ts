import * as vscode from 'vscode';

/**
 * The "Stride Coach" output channel: dropped webview messages, knowledge warnings, timings.
 * The last lines are also kept in memory for the extension-host tests.
 */
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  show(): void;
  /** The most recent lines, oldest first. */
  recent(): readonly string[];
}

const KEEP = 500;

export function createLog(context: vscode.ExtensionContext): Log {
  let channel: vscode.LogOutputChannel | undefined;
  const lines: string[] = [];
  // Created on first write, so an activation that logs nothing costs nothing.
  const out = () => {
    if (!channel) {
      channel = vscode.window.createOutputChannel('Stride Coach', { log: true });
      context.subscriptions.push(channel);
    }
    return channel;
  };
  const keep = (level: string, message: string) => {
    lines.push(`${level} ${message}`);
    if (lines.length > KEEP) lines.splice(0, lines.length - KEEP);
  };
  return {
    info(message) {
      keep('info', message);
      out().info(message);
    },
    warn(message) {
      keep('warn', message);
      out().warn(message);
    },
    error(message) {
      keep('error', message);
      out().error(message);
    },
    show() {
      out().show(true);
    },
    recent: () => lines,
  };
}
