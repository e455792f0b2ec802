/**
 * The one message protocol between the chat webview and whatever hosts it (the VS Code
 * extension, the browser test shim, the embeddable web component). Every message is one of the
 * two unions below and is validated on arrival with valibot; anything else is dropped and
 * logged by the receiver, never acted on. Pure: no vscode, no DOM, no Node.
 */
import * as v from 'valibot';

/** Longest question or claim the host accepts; longer text is cut, not rejected. */
export const MAX_TEXT = 4000;

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT * 4));
const ShortText = v.pipe(v.string(), v.maxLength(2000));

export const CitationSchema = v.object({
  n: v.number(),
  id: Id,
  title: ShortText,
  kind: ShortText,
  excerpt: Text,
  score: v.number(),
  source: v.object({
    file: ShortText,
    section: ShortText,
    title: v.optional(ShortText),
    quote: v.optional(ShortText),
  }),
  /** Only on exercise citations: the passage can be inserted into a plan. */
  insertable: v.optional(v.boolean()),
});
export type ChatCitation = v.InferOutput<typeof CitationSchema>;

export const TurnSchema = v.object({
  id: Id,
  /** What the user typed, slash command included. */
  question: Text,
  /** `usage`: an unknown or incomplete slash command, answered with how to use it. */
  mode: v.picklist(['ask', 'check', 'plan', 'usage']),
  /** Markdown with [n] citation markers; rendered through marked + DOMPurify. */
  answer: Text,
  abstained: v.boolean(),
  verdict: v.optional(v.picklist(['supported', 'contradicted', 'unverified'])),
  citations: v.pipe(v.array(CitationSchema), v.maxLength(20)),
  followUps: v.pipe(v.array(ShortText), v.maxLength(10)),
  tookMs: v.number(),
  at: v.number(),
  /** A Markdown block the turn offers to insert into the user's plan (a /plan table). */
  block: v.optional(Text),
  /** Corpus ids of the muscles the turn is about, for the muscle map to highlight. */
  muscles: v.optional(v.pipe(v.array(Id), v.maxLength(40))),
});
export type Turn = v.InferOutput<typeof TurnSchema>;

export const ChatSchema = v.object({
  id: Id,
  title: ShortText,
  created: v.number(),
  updated: v.number(),
  turns: v.pipe(v.array(TurnSchema), v.maxLength(500)),
});
export type Chat = v.InferOutput<typeof ChatSchema>;

export const ChatSummarySchema = v.object({ id: Id, title: ShortText, updated: v.number(), turns: v.number() });
export type ChatSummary = v.InferOutput<typeof ChatSummarySchema>;

/** Webview → host. */
export const ToHostSchema = v.variant('type', [
  /**
   * The webview has loaded and wants the current chat. `boot`: when its script started and when
   * it said ready, in ms since the page began loading (for the first-open timeline in the log).
   */
  v.object({ type: v.literal('ready'), boot: v.optional(v.object({ scriptMs: v.pipe(v.number(), v.finite()), readyMs: v.pipe(v.number(), v.finite()) })) }),
  /** A question, a `/check` claim, a `/plan` request...: the host parses slash commands. */
  v.object({ type: v.literal('ask'), requestId: Id, text: Text }),
  v.object({ type: v.literal('openCitation'), passageId: Id }),
  v.object({ type: v.literal('insertPlan'), passageId: Id }),
  v.object({ type: v.literal('copyAnswer'), turnId: Id }),
  /** Insert the turn's block (a /plan table) at the cursor. */
  v.object({ type: v.literal('insertTurn'), turnId: Id }),
  v.object({ type: v.literal('newChat') }),
  v.object({ type: v.literal('openChat'), chatId: Id }),
  v.object({ type: v.literal('deleteChat'), chatId: Id }),
  v.object({ type: v.literal('listChats'), query: v.optional(ShortText) }),
  v.object({ type: v.literal('exportChat') }),
]);
export type ToHost = v.InferOutput<typeof ToHostSchema>;

/** Host → webview. */
export const ToWebviewSchema = v.variant('type', [
  v.object({
    type: v.literal('init'),
    chat: ChatSchema,
    /** Names for slash-command completion: muscles/groups and exercises. */
    names: v.object({ muscles: v.array(ShortText), exercises: v.array(ShortText) }),
    examples: v.array(ShortText),
    /** The stride: per gait phase, the muscles the sources place in it and the passage saying so. */
    gait: v.pipe(
      v.array(
        v.object({
          phase: v.picklist(['landing', 'mid-stance', 'toe-off', 'swing']),
          passageId: v.optional(Id),
          muscles: v.array(v.object({ id: Id, title: ShortText, passageId: Id })),
        }),
      ),
      v.maxLength(8),
    ),
    /** Muscles the map can show: corpus id and title. */
    mapMuscles: v.array(v.object({ id: Id, title: ShortText, group: v.optional(Id) })),
  }),
  v.object({ type: v.literal('answer'), requestId: Id, chatId: Id, chatTitle: ShortText, turn: TurnSchema }),
  v.object({ type: v.literal('chat'), chat: ChatSchema }),
  v.object({ type: v.literal('chats'), chats: v.array(ChatSummarySchema), query: v.optional(ShortText) }),
  /** Put text in the input and send it (Ask about selection). */
  v.object({ type: v.literal('askText'), text: Text }),
  /**
   * A question that gets no answer (the host failed, or its answer could not be delivered): the
   * view stops waiting for it and says why. Nothing stored is touched.
   */
  v.object({ type: v.literal('failed'), requestId: Id, message: ShortText }),
  /** `turnId` ties a notice to the turn it answers (a copy, an insert). */
  v.object({ type: v.literal('notice'), level: v.picklist(['info', 'warning', 'error']), message: ShortText, turnId: v.optional(Id) }),
]);
export type ToWebview = v.InferOutput<typeof ToWebviewSchema>;

export type Parsed<T> = { ok: true; message: T } | { ok: false; reason: string };

function parse<T>(schema: v.GenericSchema<unknown, T>, raw: unknown): Parsed<T> {
  const r = v.safeParse(schema, raw);
  if (r.success) return { ok: true, message: r.output };
  const issue = r.issues[0];
  const where = issue.path?.map((p) => String(p.key)).join('.') || '(message)';
  return { ok: false, reason: `${where}: ${issue.message}` };
}

/** Validates a message from the webview. Unknown types, missing or extra-long fields fail. */
export function parseToHost(raw: unknown): Parsed<ToHost> {
  return parse(ToHostSchema, raw);
}

/** Validates a message from the host. */
export function parseToWebview(raw: unknown): Parsed<ToWebview> {
  return parse(ToWebviewSchema, raw);
}

/** Said when an answer arrives that cannot be shown (too long, or malformed). */
export const UNDELIVERABLE_ANSWER = 'That answer could not be shown (it was malformed or too long). Your earlier answers are kept; try asking in other words.';

/**
 * The `failed` message to stand in for an answer that did not validate, so the view stops waiting
 * for it; undefined when the raw message was not an answer to a request.
 */
export function failedInsteadOf(raw: unknown): ToWebview | undefined {
  const m = raw as { type?: unknown; requestId?: unknown } | null;
  if (!m || typeof m !== 'object' || m.type !== 'answer') return undefined;
  const r = v.safeParse(Id, m.requestId);
  return r.success ? { type: 'failed', requestId: r.output, message: UNDELIVERABLE_ANSWER } : undefined;
}

/** The longest answer text a turn may carry (the schema's limit). */
export const MAX_ANSWER_TEXT = MAX_TEXT * 4;
const MAX_SHORT = 2000;

const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/**
 * A turn cut to what the protocol carries: an answer or excerpt over the limit is shortened, not
 * dropped with the whole message (which lost the chat it belonged to). Citations, follow-ups and
 * muscles beyond their counts are left out.
 */
export function fitTurn(turn: Turn): Turn {
  return {
    ...turn,
    question: cut(turn.question, MAX_ANSWER_TEXT),
    answer: cut(turn.answer, MAX_ANSWER_TEXT),
    citations: turn.citations.slice(0, 20).map((c) => ({
      ...c,
      title: cut(c.title, MAX_SHORT),
      kind: cut(c.kind, MAX_SHORT),
      excerpt: cut(c.excerpt, MAX_ANSWER_TEXT),
      source: {
        ...c.source,
        file: cut(c.source.file, MAX_SHORT),
        section: cut(c.source.section, MAX_SHORT),
        ...(c.source.title !== undefined ? { title: cut(c.source.title, MAX_SHORT) } : {}),
        ...(c.source.quote !== undefined ? { quote: cut(c.source.quote, MAX_SHORT) } : {}),
      },
    })),
    followUps: turn.followUps.slice(0, 10).map((f) => cut(f, MAX_SHORT)),
    ...(turn.block !== undefined ? { block: cut(turn.block, MAX_ANSWER_TEXT) } : {}),
    ...(turn.muscles ? { muscles: turn.muscles.slice(0, 40) } : {}),
  };
}

/** Whether a value is a turn the protocol carries. */
export function isTurn(value: unknown): value is Turn {
  return v.is(TurnSchema, value);
}
