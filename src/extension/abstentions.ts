import * as vscode from 'vscode';
import { abstentionsToJSON, abstentionsToMarkdown, type Abstention, type AbstentionLog } from '../chat/abstentions';

/**
 * "What the Sources Lack": the questions the coach abstained on in this workspace, with counts,
 * in a quick pick; exported as Markdown or JSON (an untitled document the user saves or not), or
 * cleared. The list lives in workspaceState only: nothing is sent anywhere.
 */

export type AbstentionAction = 'markdown' | 'json' | 'clear' | 'ask';

export interface ShowAbstentionsArgs {
  /** Skip the quick pick (for keybindings and the tests): export, clear, or only return the list. */
  action?: AbstentionAction | 'list';
}

export interface ShowAbstentionsResult {
  questions: Abstention[];
  /** The document an export opened. */
  document?: vscode.TextDocument;
  /** A question picked to ask again. */
  asked?: string;
}

type Item = vscode.QuickPickItem & { action?: AbstentionAction; question?: string };

export async function showAbstentions(log: AbstentionLog, askAgain: (question: string) => void | Promise<void>, args?: ShowAbstentionsArgs): Promise<ShowAbstentionsResult> {
  const questions = log.list();
  // Arguments come from anywhere a command can be run: only the known actions are taken.
  const known = ['markdown', 'json', 'clear', 'list'] as const;
  let action: AbstentionAction | 'list' | undefined = known.find((a) => a === args?.action);
  let picked: string | undefined;
  if (action === 'list') return { questions };
  if (!action) {
    const total = questions.reduce((n, e) => n + e.count, 0);
    const items: Item[] = questions.length
      ? [
          { label: '$(markdown) Export as Markdown', action: 'markdown' },
          { label: '$(json) Export as JSON', action: 'json' },
          { label: '$(clear-all) Clear the list', action: 'clear' },
          { label: `${questions.length} question${questions.length === 1 ? '' : 's'}, asked ${total} time${total === 1 ? '' : 's'}`, kind: vscode.QuickPickItemKind.Separator },
          ...questions.map(
            (e): Item => ({
              label: e.question,
              description: `${e.count}×`,
              detail: `last asked ${new Date(e.last).toLocaleString()}`,
              action: 'ask',
              question: e.question,
            }),
          ),
        ]
      : [{ label: 'No unanswered questions yet', detail: 'Questions the coach cannot answer from its sources are listed here, kept only in this workspace.' }];
    const choice = await vscode.window.showQuickPick(items, {
      title: 'What the sources lack',
      placeHolder: questions.length ? 'Questions the coach could not answer, most asked first: pick one to ask again, or export the list' : undefined,
      matchOnDetail: false,
    });
    action = choice?.action;
    picked = choice?.question;
  }
  switch (action) {
    case 'markdown':
    case 'json': {
      const doc = await vscode.workspace.openTextDocument({ language: action === 'json' ? 'json' : 'markdown', content: action === 'json' ? abstentionsToJSON(questions) : abstentionsToMarkdown(questions) });
      await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
      return { questions, document: doc };
    }
    case 'clear': {
      if (!args?.action) {
        const sure = await vscode.window.showWarningMessage(`Forget the ${questions.length} unanswered question${questions.length === 1 ? '' : 's'} of this workspace?`, { modal: true }, 'Clear');
        if (sure !== 'Clear') return { questions };
      }
      log.clear();
      return { questions: [] };
    }
    case 'ask':
      if (picked) await askAgain(picked);
      return { questions, ...(picked ? { asked: picked } : {}) };
    default:
      return { questions };
  }
}
