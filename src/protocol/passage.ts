/**
 * Messages between the passage view (a read-only webview beside the chat, showing one passage
 * rendered) and the extension. Validated on arrival with valibot like the chat's messages;
 * anything else is dropped. Pure: no vscode, no DOM, no Node.
 */
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const Short = v.pipe(v.string(), v.maxLength(2000));
const Long = v.pipe(v.string(), v.maxLength(20_000));
const Ref = v.object({ id: Id, title: Short });

export const PassageModelSchema = v.object({
  id: Id,
  title: Short,
  /** "muscle", "exercise", … or "document" for the user's own knowledge. */
  kind: Short,
  /** Markdown, rendered through the chat's marked + DOMPurify path. */
  text: Long,
  facts: v.pipe(v.array(v.object({ label: Short, value: Short })), v.maxLength(20)),
  /** Muscles an exercise works, as links. */
  works: v.pipe(v.array(Ref), v.maxLength(40)),
  related: v.pipe(v.array(Ref), v.maxLength(60)),
  source: v.object({
    /** The article's title, else its file. */
    article: Short,
    file: Short,
    /** "The Calves › The Exercises You Need"; empty when the section is the article itself. */
    section: Short,
    quote: v.optional(Short),
  }),
  /** Other passages from the same article and from the same section (counts, for the links' labels). */
  fromArticle: v.number(),
  fromSection: v.number(),
});
export type PassageModel = v.InferOutput<typeof PassageModelSchema>;

export const ToPassageViewSchema = v.variant('type', [v.object({ type: v.literal('show'), passage: PassageModelSchema })]);
export type ToPassageView = v.InferOutput<typeof ToPassageViewSchema>;

export const FromPassageViewSchema = v.variant('type', [
  v.object({ type: v.literal('ready') }),
  /** A related passage or a worked muscle: shown in the same view. */
  v.object({ type: v.literal('open'), id: Id }),
  /** The other passages from this passage's article, or its section. */
  v.object({ type: v.literal('article'), id: Id }),
  v.object({ type: v.literal('section'), id: Id }),
  /** The quoted phrase with its source, copied for the writer's own text. */
  v.object({ type: v.literal('quote'), id: Id }),
]);
export type FromPassageView = v.InferOutput<typeof FromPassageViewSchema>;

export function parseFromPassageView(raw: unknown): { ok: true; message: FromPassageView } | { ok: false; reason: string } {
  const r = v.safeParse(FromPassageViewSchema, raw);
  return r.success ? { ok: true, message: r.output } : { ok: false, reason: r.issues[0]?.message ?? 'invalid' };
}

export function parseToPassageView(raw: unknown): { ok: true; message: ToPassageView } | { ok: false; reason: string } {
  const r = v.safeParse(ToPassageViewSchema, raw);
  return r.success ? { ok: true, message: r.output } : { ok: false, reason: r.issues[0]?.message ?? 'invalid' };
}
