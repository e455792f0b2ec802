/**
 * The `@stride` participant of VS Code's own Chat view, without the vscode API: what one request
 * answers. The answer is the very turn the chat panel would show (the same chat controller over
 * the same engine, no language model), laid out for the Chat view: Markdown, the cited passages,
 * buttons to insert exercises or the drafted block into a plan, and follow-up questions.
 * src/extension/chat-participant.ts turns this into `ChatResponseStream` calls. Pure.
 */
import type { Coach } from '../engine/coach';
import { MAX_TEXT, type Turn } from '../protocol/messages';
import { createChatController } from './controller';
import { parseInput } from './slash';
import { ChatStore, type KeyValueStore } from './store';

/** The participant's slash commands (package.json `contributes.chatParticipants` declares them). */
export const PARTICIPANT_COMMANDS = ['check', 'plan', 'muscle', 'exercise'] as const;

/** Most "Insert into plan" buttons under one answer: the first exercises it cites. */
export const MAX_INSERT_BUTTONS = 3;

export interface ReplyCitation {
  n: number;
  id: string;
  title: string;
  kind: string;
  /** Article › section, for a person. */
  where: string;
}

export type ReplyButton =
  /** Insert one cited exercise at the cursor of the plan being written. */
  | { kind: 'insertExercise'; title: string; passageId: string }
  /** Draft the requested block again as a table at the cursor (leaving out what the plan has). */
  | { kind: 'insertPlan'; title: string; request: string; equipment: string[]; types: string[] };

/** A follow-up: the prompt, and the participant's command to send it with, if any. */
export interface ReplyFollowUp {
  prompt: string;
  command?: string;
  label: string;
}

export interface ParticipantReply {
  mode: Turn['mode'];
  verdict?: Turn['verdict'];
  abstained: boolean;
  /** The answer's Markdown, with `[n]` markers for the citations. */
  markdown: string;
  citations: ReplyCitation[];
  buttons: ReplyButton[];
  followUps: ReplyFollowUp[];
}

export interface ParticipantRequest {
  /** The slash command chosen in the Chat view (`check`, `plan`…), if any. */
  command?: string;
  /** What the user typed after `@stride` and the command. */
  prompt: string;
}

/** A store that keeps nothing between requests: the Chat view keeps its own history. */
function scratchStore(): ChatStore {
  const kv = new Map<string, unknown>();
  const store: KeyValueStore = { get: <T>(key: string) => kv.get(key) as T | undefined, update: (key, value) => void kv.set(key, value) };
  let n = 0;
  return new ChatStore(store, () => `p${++n}`);
}

/** The text the chat panel would have been sent: `/command prompt`, or the prompt alone. */
export function participantText(request: ParticipantRequest): string {
  const prompt = request.prompt.trim();
  const command = PARTICIPANT_COMMANDS.find((c) => c === request.command);
  return (command ? `/${command} ${prompt}` : prompt).slice(0, MAX_TEXT);
}

function followUp(text: string): ReplyFollowUp {
  const m = /^\/([a-z]+)\s+([\s\S]+)$/i.exec(text);
  const command = m && PARTICIPANT_COMMANDS.find((c) => c === m[1].toLowerCase());
  return command ? { prompt: m[2], command, label: text } : { prompt: text, label: text };
}

export async function participantReply(coach: () => Coach, request: ParticipantRequest, planText?: () => string | undefined): Promise<ParticipantReply> {
  const text = participantText(request);
  let turn: Turn | undefined;
  const failures: string[] = [];
  const controller = createChatController({
    coach,
    store: scratchStore(),
    newId: (() => {
      let n = 0;
      return () => `t${++n}`;
    })(),
    host: {
      post: (m) => {
        if (m.type === 'answer') turn = m.turn;
      },
      // Passages open and plans insert through the reply's references and buttons instead.
      openPassage: () => {},
      insertPlan: () => {},
      copy: () => {},
      exportMarkdown: () => {},
      planText,
      log: (message) => failures.push(message),
    },
  });
  await controller.receive({ type: 'ask', requestId: 'participant', text });
  if (!turn) throw new Error(`Stride Coach could not answer: ${failures.join('; ') || 'no answer'}`);

  const citations = turn.citations.map((c) => ({
    n: c.n,
    id: c.id,
    title: c.title,
    kind: c.kind,
    where: [c.source.title ? `“${c.source.title}”` : c.source.file, c.source.section.replace(/ > /g, ' › ')].filter(Boolean).join(' › '),
  }));
  const buttons: ReplyButton[] = [];
  const input = parseInput(text);
  if (turn.mode === 'plan' && turn.block && input.kind === 'plan') {
    buttons.push({ kind: 'insertPlan', title: 'Insert into plan', request: input.request, equipment: input.equipment ?? [], types: input.types ?? [] });
  } else {
    for (const c of turn.citations.filter((x) => x.insertable).slice(0, MAX_INSERT_BUTTONS)) {
      buttons.push({ kind: 'insertExercise', title: `Insert into plan: ${c.title}`, passageId: c.id });
    }
  }
  return {
    mode: turn.mode,
    ...(turn.verdict ? { verdict: turn.verdict } : {}),
    abstained: turn.abstained,
    markdown: turn.answer,
    citations,
    buttons,
    followUps: turn.followUps.map(followUp),
  };
}
