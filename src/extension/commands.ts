import * as vscode from 'vscode';
import { formatPlanBlock, sourceLine } from '../chat/plan-block';
import { splitSentences } from '../engine/check-document';
import type { Passage } from '../engine/types';
import { MAX_TEXT } from '../protocol/messages';
import { showAbstentions, type ShowAbstentionsArgs } from './abstentions';
import type { ChatSession, ChatViews } from './chat-view';
import { claimText, maskFootnotes } from './check-findings';
import type { DocumentChecker } from './check-document';
import type { CoachService } from './coach-service';
import { draftPlan, type DraftPlanArgs } from './draft-plan';
import type { Log } from './log';
import type { PassageDocuments } from './passage-document';
import type { PlanInserter } from './plan';

/** Every command in the palette, under the category "Stride Coach" (see package.json). */
export const COMMANDS = {
  openChat: 'strideCoach.openChat',
  openChatInEditor: 'strideCoach.openChatInEditor',
  newChat: 'strideCoach.newChat',
  askSelection: 'strideCoach.askSelection',
  insertPlan: 'strideCoach.insertPlan',
  exportChat: 'strideCoach.exportChat',
  showLog: 'strideCoach.showLog',
  reloadKnowledge: 'strideCoach.reloadKnowledge',
  openPassage: 'strideCoach.openPassage',
  checkClaim: 'strideCoach.checkClaim',
  checkDocument: 'strideCoach.checkDocument',
  clearChecks: 'strideCoach.clearChecks',
  draftPlan: 'strideCoach.draftPlan',
  showAbstentions: 'strideCoach.showAbstentions',
} as const;

export interface CommandDeps {
  service: CoachService;
  log: Log;
  chats: ChatViews;
  passages: PassageDocuments;
  inserter: PlanInserter;
  checker: DocumentChecker;
}

/** The sentence under the cursor (the engine's sentence split, footnotes aside), if any. */
function sentenceAt(doc: vscode.TextDocument, position: vscode.Position): string {
  const line = doc.lineAt(position.line);
  // A window of lines around the cursor is enough to find its sentence.
  const from = doc.offsetAt(new vscode.Position(Math.max(0, position.line - 20), 0));
  const to = doc.offsetAt(doc.lineAt(Math.min(doc.lineCount - 1, position.line + 20)).range.end);
  const text = doc.getText(new vscode.Range(doc.positionAt(from), doc.positionAt(to)));
  const at = doc.offsetAt(position) - from;
  const s = splitSentences(maskFootnotes(text)).find((x) => x.start <= at && at <= x.end);
  return s ? text.slice(s.start, s.end) : line.text;
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const { service, log, chats } = deps;
  const lookup = (id: string) => service.passage(id);

  /** The chat the user is looking at, or the sidebar chat, shown. */
  async function visibleChat(): Promise<ChatSession> {
    const active = chats.active();
    if (active?.kind === 'panel' && active.visible) return active;
    return chats.reveal();
  }

  async function pickPassage(placeHolder: string, filter: (p: Passage) => boolean): Promise<Passage | undefined> {
    const items = service
      .coach()
      .passages()
      .filter(filter)
      .map((p) => ({ label: p.title, description: p.kind, detail: sourceLine(p), passage: p }));
    return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true }))?.passage;
  }

  const handlers: Record<string, (...args: never[]) => unknown> = {
    [COMMANDS.openChat]: async () => void (await chats.reveal()),
    [COMMANDS.openChatInEditor]: () => void chats.openPanel(),
    [COMMANDS.newChat]: async () => {
      const s = await visibleChat();
      await s.receive({ type: 'newChat' });
    },
    [COMMANDS.askSelection]: async () => {
      const editor = vscode.window.activeTextEditor;
      let text = '';
      if (editor) {
        text = editor.selections.map((s) => editor.document.getText(s)).join('\n').trim();
        if (!text) text = editor.document.lineAt(editor.selection.active.line).text.trim();
      }
      if (!text) text = (await vscode.window.showInputBox({ prompt: 'Ask Stride Coach', placeHolder: 'What does the soleus do at mid-stance?' }))?.trim() ?? '';
      if (!text) return;
      const s = await visibleChat();
      s.askText(text.replace(/\s+/g, ' ').slice(0, MAX_TEXT));
    },
    [COMMANDS.checkClaim]: async (claim?: string) => {
      // The selection, else the sentence under the cursor, else ask.
      let text = typeof claim === 'string' ? claim : '';
      const editor = vscode.window.activeTextEditor;
      if (!text && editor) {
        text = editor.selections.map((s) => editor.document.getText(s)).join(' ').trim();
        if (!text) text = sentenceAt(editor.document, editor.selection.active);
      }
      text = claimText(text);
      if (!text) text = claimText((await vscode.window.showInputBox({ prompt: 'A claim to check against the sources', placeHolder: 'The soleus is mostly slow-twitch.' })) ?? '');
      if (!text) return;
      const s = await visibleChat();
      s.askText(`/check ${text}`.slice(0, MAX_TEXT));
    },
    [COMMANDS.checkDocument]: async (uri?: vscode.Uri) => {
      const doc = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage('Open a Markdown or text document to check it against the sources.');
        return;
      }
      return deps.checker.check(doc, 'command');
    },
    [COMMANDS.clearChecks]: (uri?: vscode.Uri) => {
      deps.checker.clear(uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri);
    },
    [COMMANDS.draftPlan]: (args?: DraftPlanArgs) => draftPlan(context, service, deps.inserter, args),
    [COMMANDS.insertPlan]: async (passageId?: string) => {
      const p = typeof passageId === 'string' ? lookup(passageId) : await pickPassage('Exercise to insert at the cursor', (x) => x.kind === 'exercise');
      if (!p) {
        if (typeof passageId === 'string') void vscode.window.showErrorMessage(`Stride Coach has no passage “${passageId}”.`);
        return;
      }
      if (p.kind !== 'exercise') {
        void vscode.window.showWarningMessage(`“${p.title}” is a ${p.kind}, not an exercise: only exercises go into a plan.`);
        return;
      }
      const r = await deps.inserter.insert(formatPlanBlock(p, lookup), `“${p.title}”`);
      if (r.ok) void vscode.window.setStatusBarMessage(r.message, 4000);
      else void vscode.window.showWarningMessage(r.message);
      return r.ok;
    },
    [COMMANDS.exportChat]: async () => {
      const s = await visibleChat();
      try {
        await s.whenReady(10_000);
      } catch (e) {
        log.warn(`exportChat: ${(e as Error).message}`);
      }
      await s.receive({ type: 'exportChat' });
    },
    [COMMANDS.showLog]: () => log.show(),
    [COMMANDS.showAbstentions]: (args?: ShowAbstentionsArgs) =>
      showAbstentions(chats.abstentions(), async (q) => (await visibleChat()).askText(q), args && typeof args === 'object' ? args : undefined),
    [COMMANDS.reloadKnowledge]: () => {
      const coach = service.reload('reload');
      const docs = coach.passages().filter((p) => p.kind === 'document').length;
      void vscode.window.setStatusBarMessage(`Stride Coach: knowledge reloaded, ${coach.passages().length} passages${docs ? ` (${docs} from your documents)` : ''}`, 5000);
    },
    [COMMANDS.openPassage]: async (passageId?: string) => {
      const p = typeof passageId === 'string' ? lookup(passageId) : await pickPassage('Passage to open', () => true);
      if (!p) {
        if (typeof passageId === 'string') void vscode.window.showErrorMessage(`Stride Coach has no passage “${passageId}”.`);
        return;
      }
      await deps.passages.open(p);
    },
  };

  for (const [id, run] of Object.entries(handlers)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await (run as (...a: unknown[]) => unknown)(...args);
        } catch (e) {
          log.error(`${id} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
          void vscode.window.showErrorMessage(`Stride Coach: ${e instanceof Error ? e.message : String(e)}`, 'Show Log').then((c) => c && log.show());
        }
      }),
    );
  }
}
