/**
 * What the sources lack: the questions the coach abstained on, kept where the chats are kept
 * (VS Code's workspaceState, the browser's localStorage), counted, bounded, never sent anywhere.
 * A team reads the list to decide which documents to add to its knowledge folder or pack.
 * Pure: no vscode, no DOM, no Node.
 */
import * as v from 'valibot';
import type { KeyValueStore } from './store';

/** One question the sources could not answer, however often it was asked. */
export interface Abstention {
  /** The question as last asked (up to {@link MAX_QUESTION} characters). */
  question: string;
  /** How many times it (or the same words in another case or spacing) was asked. */
  count: number;
  /** First and last time asked, ms since the epoch. */
  first: number;
  last: number;
}

export const ABSTENTIONS_KEY = 'strideCoach.abstentions';
/** Least recently asked questions beyond this are forgotten. */
export const MAX_ABSTENTIONS = 500;
/** Longer questions are kept cut to this length. */
export const MAX_QUESTION = 500;

const AbstentionSchema = v.object({
  question: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUESTION)),
  count: v.pipe(v.number(), v.integer(), v.minValue(1)),
  first: v.pipe(v.number(), v.finite()),
  last: v.pipe(v.number(), v.finite()),
});

/** Questions that differ only in case, spacing or closing punctuation count as one. */
export function questionKey(question: string): string {
  return question
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?.!\u2026]+$/u, '');
}

/** A question made safe to keep and show: one line, no control characters, bounded. */
export function tidyQuestion(question: string): string {
  return question.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION);
}

/** Most asked first; among equals, most recently asked first. */
export function byCount(a: Abstention, b: Abstention): number {
  return b.count - a.count || b.last - a.last;
}

export class AbstentionLog {
  /** Keyed by {@link questionKey}; a Map, since a question can be "constructor". */
  private readonly entries = new Map<string, Abstention>();

  constructor(
    private readonly kv: KeyValueStore,
    private readonly now: () => number = Date.now,
    /** A failed write is reported here; memory keeps the list. */
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    const stored = kv.get<unknown>(ABSTENTIONS_KEY);
    if (Array.isArray(stored)) {
      // A damaged entry is dropped, not trusted; the rest are kept.
      for (const e of stored) if (v.is(AbstentionSchema, e)) this.entries.set(questionKey(e.question), { ...e });
    }
  }

  /** Counts one more abstention on `question`; returns its entry, or undefined for an empty question. */
  record(question: string): Abstention | undefined {
    const text = tidyQuestion(question);
    const key = questionKey(text);
    if (!key) return undefined;
    const at = this.now();
    const old = this.entries.get(key);
    const entry: Abstention = old ? { question: text, count: old.count + 1, first: old.first, last: at } : { question: text, count: 1, first: at, last: at };
    // Re-inserted so the Map's order is least recently asked first, the order eviction follows.
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > MAX_ABSTENTIONS) this.entries.delete(this.entries.keys().next().value!);
    this.save();
    return { ...entry };
  }

  /** Most asked first. */
  list(): Abstention[] {
    return [...this.entries.values()].map((e) => ({ ...e })).sort(byCount);
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.save();
  }

  private save(): void {
    try {
      const r = this.kv.update(ABSTENTIONS_KEY, [...this.entries.values()]);
      if (r && typeof (r as PromiseLike<void>).then === 'function') (r as PromiseLike<void>).then(undefined, this.onError);
    } catch (err) {
      this.onError(err);
    }
  }
}

/** Escapes what Markdown would read as markup in a list item. */
function mdText(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** The list as Markdown, for a person deciding which documents to add. */
export function abstentionsToMarkdown(list: readonly Abstention[], heading = 'Questions the sources could not answer'): string {
  const total = list.reduce((n, e) => n + e.count, 0);
  const lines = [`# ${heading}`, ''];
  if (!list.length) return [...lines, '_None so far._', ''].join('\n');
  lines.push(`${list.length} question${list.length === 1 ? '' : 's'}, asked ${total} time${total === 1 ? '' : 's'} in all, most asked first.`, '');
  for (const e of list) lines.push(`- ${mdText(e.question)} (${e.count}×)`);
  return lines.join('\n') + '\n';
}

/** The list as JSON, for a script: a version, then the entries with ISO dates. */
export function abstentionsToJSON(list: readonly Abstention[]): string {
  return (
    JSON.stringify(
      { format: 'stride-coach-abstentions', version: 1, questions: list.map((e) => ({ question: e.question, count: e.count, first: new Date(e.first).toISOString(), last: new Date(e.last).toISOString() })) },
      null,
      2,
    ) + '\n'
  );
}
