import * as vscode from 'vscode';
import { participantReply, type ParticipantReply } from '../chat/participant';
import type { CoachService } from './coach-service';
import { COMMANDS } from './commands';
import type { Log } from './log';
import { passageUri } from './passage-document';
import type { PlanInserter } from './plan';

/**
 * `@stride` in VS Code's own Chat view: the coach answers there from its own engine — no
 * language model (`request.model` is never used). Questions, `/check`, `/plan`, `/muscle` and
 * `/exercise` get the chat panel's answer as Markdown, each cited passage as a reference and an
 * anchor that opens its passage document, "Insert into plan" buttons, and follow-ups.
 * Registered only where the host has the chat API; elsewhere the chat panel is the way in.
 */

/** As declared in package.json `contributes.chatParticipants`. */
export const PARTICIPANT_ID = 'stride-coach.stride';

interface ReplyMetadata {
  followUps: ParticipantReply['followUps'];
}

export interface ParticipantDeps {
  service: CoachService;
  inserter: PlanInserter;
  log: Log;
}

/** Writes a reply to the Chat view's stream. Corpus and pack text goes in as text, not Markdown, where it is a title. */
export function streamReply(reply: ParticipantReply, stream: vscode.ChatResponseStream): void {
  stream.markdown(reply.markdown);
  if (reply.citations.length) {
    stream.markdown('\n\n**Sources**\n');
    for (const c of reply.citations) {
      const uri = passageUri(c);
      stream.reference(uri);
      stream.markdown(`\n${c.n}. `);
      stream.anchor(uri, c.title);
      stream.markdown(new vscode.MarkdownString().appendText(` (${c.kind}) — ${c.where}`));
    }
    stream.markdown('\n');
  }
  for (const b of reply.buttons) {
    stream.button(
      b.kind === 'insertExercise'
        ? { command: COMMANDS.insertPlan, title: b.title, arguments: [b.passageId] }
        : { command: COMMANDS.draftPlan, title: b.title, arguments: [{ request: b.request, equipment: b.equipment, types: b.types }] },
    );
  }
}

/** The participant's request handler (exported for the host tests, which call it with a stub stream). */
export function createParticipantHandler(deps: ParticipantDeps): vscode.ChatRequestHandler {
  return async (request, _context, stream, token) => {
    try {
      const reply = await participantReply(
        () => deps.service.coach(),
        { command: request.command, prompt: request.prompt },
        () => deps.inserter.target()?.document.getText(),
      );
      if (token.isCancellationRequested) return {};
      streamReply(reply, stream);
      const metadata: ReplyMetadata = { followUps: reply.followUps };
      return { metadata };
    } catch (e) {
      deps.log.error(`@stride failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return { errorDetails: { message: `Stride Coach could not answer: ${e instanceof Error ? e.message : String(e)}` } };
    }
  };
}

export const followupProvider: vscode.ChatFollowupProvider = {
  provideFollowups(result) {
    const followUps = (result.metadata as Partial<ReplyMetadata> | undefined)?.followUps;
    return Array.isArray(followUps) ? followUps.map((f) => ({ prompt: f.prompt, label: f.label, ...(f.command ? { command: f.command } : {}) })) : [];
  },
};

/** Registers `@stride` if this host has VS Code's chat API; returns it, or undefined when it has not. */
export function registerChatParticipant(context: vscode.ExtensionContext, deps: ParticipantDeps): vscode.ChatParticipant | undefined {
  // @types/vscode 1.90 declares the chat namespace, but an older or stripped host may lack it.
  const chat = (vscode as { chat?: Partial<typeof vscode.chat> }).chat;
  if (typeof chat?.createChatParticipant !== 'function') {
    deps.log.info('this host has no chat API: @stride is not registered (the Stride Coach chat panel still answers)');
    return undefined;
  }
  const participant = chat.createChatParticipant(PARTICIPANT_ID, createParticipantHandler(deps));
  participant.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'icon.png');
  participant.followupProvider = followupProvider;
  context.subscriptions.push(participant);
  return participant;
}
