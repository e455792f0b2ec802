// First import: records when the bundle started loading, for the activation figure.
import { moduleStart, since } from './clock';
import * as vscode from 'vscode';
import { registerChatParticipant } from './chat-participant';
import { registerChatViews, type ChatViews } from './chat-view';
import { registerDocumentChecker, type DocumentChecker } from './check-document';
import { createCoachService, type CoachService } from './coach-service';
import { COMMANDS, registerCommands } from './commands';
import { registerHover } from './hover';
import { createLog, type Log } from './log';
import { registerPassageDocuments, type PassageDocuments } from './passage-document';
import { registerPlanInserter, type PlanInserter } from './plan';
import { registerPassageViewer } from './passage-view';

/** Every module of the bundle has been evaluated by now (the imports above ran first). */
const moduleEnd = performance.now();

/**
 * What activate() returns: the extension's parts, for the extension-host tests (which drive the
 * chat through the same sessions the webview uses). Not a stable API for other extensions.
 */
export interface StrideCoachApi {
  service: CoachService;
  chats: ChatViews;
  passages: PassageDocuments;
  inserter: PlanInserter;
  checker: DocumentChecker;
  log: Log;
  /** `@stride` in VS Code's Chat view, when the host has the chat API. */
  participant: vscode.ChatParticipant | undefined;
  /** Evaluating the bundle's modules, the host's wait before calling activate(), activate() itself. */
  timings: { moduleLoadMs: number; waitMs: number; activateMs: number };
}

let active: StrideCoachApi | undefined;

/** Wires the parts together. Nothing here reads the corpus: the engine loads on first need. */
export function activate(context: vscode.ExtensionContext): StrideCoachApi {
  const started = performance.now();
  const log = createLog(context);
  const service = createCoachService(context, log);
  const passages = registerPassageDocuments(context, service, registerPassageViewer(context, service, log));
  const inserter = registerPlanInserter(context);
  const chats = registerChatViews(context, { service, log, passages, inserter });
  const checker = registerDocumentChecker(context, service, log);
  registerCommands(context, { service, log, chats, passages, inserter, checker });
  registerHover(context, service, log);
  const participant = registerChatParticipant(context, { service, inserter, log });
  const round = (n: number) => Math.round(n * 10) / 10;
  const timings = { moduleLoadMs: round(moduleEnd - moduleStart), waitMs: round(started - moduleEnd), activateMs: since(started) };
  log.info(
    `activated in ${round(timings.moduleLoadMs + timings.activateMs)} ms (evaluating the bundle ${timings.moduleLoadMs} ms + activate() ${timings.activateMs} ms; the host called activate() ${timings.waitMs} ms after loading it); the engine loads on first use`,
  );
  // `npm start` opens a development window with the chat showing.
  // At once (it used to wait 500 ms): the view's page starts loading while the host finishes starting.
  if (context.extensionMode === vscode.ExtensionMode.Development && process.env.STRIDE_COACH_OPEN_CHAT === '1') {
    void Promise.resolve().then(() => vscode.commands.executeCommand(COMMANDS.openChat));
  }
  active = { service, chats, passages, inserter, checker, log, participant, timings };
  return active;
}

/** The chats are written behind: VS Code waits for this before it lets the extension go. */
export function deactivate(): Promise<void> | undefined {
  return active?.chats.flush();
}
