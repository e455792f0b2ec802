import * as vscode from 'vscode';
import { SECTION, type CoachService } from './coach-service';
import { hoverCard } from './hover-card';
import type { Log } from './log';

/** Longer lines are not prose; a hover there is not worth the scan. */
const MAX_LINE = 5000;

/**
 * Hovering a muscle or exercise name in Markdown or plain text shows a short card: title,
 * kind, first sentence, source, and a link that opens the whole passage.
 */
export function registerHover(context: vscode.ExtensionContext, service: CoachService, log: Log): void {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      if (!vscode.workspace.getConfiguration(SECTION, document).get<boolean>('hover.enabled', true)) return undefined;
      const line = document.lineAt(position.line).text;
      if (line.length > MAX_LINE) return undefined;
      try {
        const m = service.names().at(line, position.character);
        if (!m) return undefined;
        const md = new vscode.MarkdownString(hoverCard(m.passage));
        md.isTrusted = { enabledCommands: ['strideCoach.openPassage'] };
        return new vscode.Hover(md, new vscode.Range(position.line, m.start, position.line, m.end));
      } catch (e) {
        log.error(`hover failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        return undefined;
      }
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider([{ language: 'markdown' }, { language: 'plaintext' }], provider));
}
