import * as v from 'valibot';
import { MAX_TITLE_CHARS } from './bounds';
import type { SerializedCorpus } from './corpus';

/**
 * The whole of a pack, checked at load: every passage's fields and types, and every number of
 * the prebuilt index within bounds. A pack is data from elsewhere; a wrong type (`works:
 * "calves"`, `title: null`) or an index entry pointing past the passages must be refused at
 * load with a message, not fail every later question. One validator for the CLI, the library,
 * the extension and the web component (all go through `validatePack`). Pure.
 */

/** Control characters other than tab and line breaks: never in a pack's text. */
const NO_CONTROLS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/;
/** One-line fields: no control characters at all. */
const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f]*$/;

const line = (max: number) => v.pipe(v.string(), v.maxLength(max), v.regex(ONE_LINE, 'must be one line without control characters'));
const prose = (max: number) => v.pipe(v.string(), v.maxLength(max), v.regex(NO_CONTROLS, 'must not contain control characters'));
const ids = v.optional(v.pipe(v.array(line(300)), v.maxLength(200)));
const words = v.optional(v.pipe(v.array(line(MAX_TITLE_CHARS)), v.maxLength(200)));

export const PassageSchema = v.object({
  id: v.pipe(line(300), v.minLength(1)),
  kind: v.picklist(['muscle', 'group', 'tendon', 'exercise', 'condition', 'concept', 'phase', 'document']),
  title: v.pipe(line(MAX_TITLE_CHARS * 2), v.minLength(1)),
  name: v.optional(v.pipe(line(MAX_TITLE_CHARS * 2), v.minLength(1))),
  text: prose(200_000),
  source: v.object({
    file: line(1000),
    section: line(2000),
    quote: v.optional(prose(2000)),
    title: v.optional(line(1000)),
  }),
  aliases: words,
  facets: words,
  phases: v.optional(v.pipe(v.array(v.picklist(['landing', 'mid-stance', 'toe-off', 'swing'])), v.maxLength(4))),
  related: ids,
  aspectOf: v.optional(line(300)),
  memberOf: ids,
  works: ids,
  type: v.optional(line(100)),
  equipment: words,
  dose: v.optional(prose(1000)),
  cue: v.optional(prose(2000)),
});

const finite = v.pipe(v.number(), v.finite());

/*
 * The pack's copy of the built-in passages is only checked for being objects here: it is never
 * served unless it equals the built-in corpus field for field (pack.ts), so only the pack's own
 * passages need their fields checked, which keeps loading a small pack fast.
 */
const CorpusShape = v.object({
  format: v.literal('stride-corpus'),
  version: v.number(),
  passages: v.array(v.looseObject({ id: v.string() })),
  index: v.object({
    format: v.literal('stride-bm25'),
    version: v.literal(2),
    docCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    lengths: v.array(v.pipe(finite, v.minValue(0))),
    terms: v.array(v.string()),
    // Every number is checked by corpusProblem's own pass (type, order, bounds), once.
    postings: v.array(v.custom<number[]>((p) => Array.isArray(p), 'must be a list')),
  }),
  vocabulary: v.object({ words: v.array(v.string()) }),
  calibration: v.optional(
    v.object({
      named: v.pipe(finite, v.minValue(0), v.maxValue(1)),
      unnamed: v.pipe(finite, v.minValue(0), v.maxValue(1)),
      documents: v.optional(v.pipe(finite, v.minValue(0), v.maxValue(1))),
      fittedOn: v.optional(line(500)),
      passages: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    }),
  ),
});

const OwnPassages = v.array(PassageSchema);

/** The first valibot issue, worded for a person; `offset` numbers passages as in the whole pack. */
function describeIssue(issues: readonly v.BaseIssue<unknown>[], offset = 0): string {
  const issue = issues[0];
  const keys = (issue.path ?? []).map((p) => String(p.key));
  if (offset && keys.length) keys.unshift('passages'), (keys[1] = String(Number(keys[1]) + offset));
  const where = keys[0] === 'passages' && keys.length > 1 ? `passage ${keys[1]}${keys.length > 2 ? ` (${keys.slice(2).join('.')})` : ''}` : keys.join('.') || 'its corpus';
  return `${where}: ${issue.message}`;
}

/** What is wrong with a pack's corpus, for a person ("passage 12 (title): …"), or undefined when it is whole. */
export function corpusProblem(corpus: unknown, own: number): string | undefined {
  // v.is checks without building a copy; the slower safeParse runs only to word a refusal.
  if (!v.is(CorpusShape, corpus)) {
    const r = v.safeParse(CorpusShape, corpus);
    if (!r.success) return describeIssue(r.issues);
  }
  const c = corpus as SerializedCorpus;
  const n = c.passages.length;
  if (own > n) return 'it has fewer passages than it says it adds';
  const mine = c.passages.slice(n - own);
  if (!v.is(OwnPassages, mine)) {
    const r = v.safeParse(OwnPassages, mine);
    if (!r.success) return describeIssue(r.issues, n - own);
  }
  const idx = c.index;
  if (idx.docCount !== n || idx.lengths.length !== n) return `its index is for ${idx.docCount} passages, not ${n}`;
  if (idx.postings.length !== idx.terms.length) return 'its index has postings without terms';
  if (new Set(idx.terms).size !== idx.terms.length) return 'its index names a term twice';
  for (let t = 0; t < idx.postings.length; t++) {
    const p = idx.postings[t];
    if (p.length % 2) return `its index entry for "${idx.terms[t].slice(0, 40)}" is cut short`;
    let doc = 0;
    for (let i = 0; i < p.length; i += 2) {
      const delta = p[i];
      if (typeof delta !== 'number' || typeof p[i + 1] !== 'number') return `its index entry for "${idx.terms[t].slice(0, 40)}" is not numbers`;
      // Document ids are delta-encoded, strictly increasing (the first may be 0).
      if (!Number.isInteger(delta) || delta < 0 || (i > 0 && delta === 0)) return `its index entry for "${idx.terms[t].slice(0, 40)}" is out of order`;
      doc += delta;
      if (doc >= n) return `its index points past its ${n} passages`;
      if (!(p[i + 1] > 0)) return `its index entry for "${idx.terms[t].slice(0, 40)}" has a bad frequency`;
    }
  }
  return undefined;
}
