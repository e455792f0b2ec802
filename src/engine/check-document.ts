import type { Corpus } from './corpus';
import { LEXICON } from './lexicon';
import { readMarkdown, rowReading, sourceOffset } from './markdown';
import { quantities } from './numbers';
import { analyse, contentTokens, type AnalysedQuery } from './query';
import { peopleNamed } from './claims';
import { sentences, termOf, words } from './text';
import type { CheckResult } from './types';

/**
 * Fact-checking a whole article: split Markdown or plain text into sentences with their exact
 * positions, keep the checkable ones (about a muscle, exercise, injury or concept the corpus
 * names, or stating a figure), and check each. Positions let an editor underline the sentence
 * and replace a wrong figure in place. Pure.
 */

export interface Span {
  /** Offsets into the document text, end exclusive. */
  start: number;
  end: number;
  /** 0-based line and column of start and end. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface DocumentFinding extends Span {
  /** The sentence as checked (Markdown markup stripped, whitespace folded). */
  sentence: string;
  result: CheckResult;
  /** When a figure differs: where it is in the document and what the source says instead. */
  fix?: Span & { replacement: string };
}

export interface DocumentCheck {
  /** Sentences found in the prose. */
  sentences: number;
  /** Of those, the checkable ones, each with its result. */
  findings: DocumentFinding[];
  tookMs: number;
  /** Set when the document was longer than one check reads: says what was checked, for a person. */
  limit?: string;
}

interface RawSentence {
  start: number;
  end: number;
  /** The sentence as read: plain text, white space folded. */
  sentence: string;
  /** Where its paragraph or list item starts: sentences of one block share a subject. */
  block: number;
}

/** Most sentences checked in one document, so a huge paste cannot stall the editor. */
export const MAX_SENTENCES = 5000;
/** Most characters one check reads (about 500 pages); the rest is left unchecked, and the result says so. */
export const MAX_CHECK_CHARS = 2_000_000;
/** A "sentence" longer than this is not a claim anyone can check (the chat takes 4,000 characters). */
const MAX_CLAIM_CHARS = 4000;

export function checkDocument(text: string, corpus: Corpus, check: (claim: string) => CheckResult): DocumentCheck {
  const started = performance.now();
  const whole = typeof text === 'string' ? text : '';
  const source = whole.length > MAX_CHECK_CHARS ? whole.slice(0, MAX_CHECK_CHARS) : whole;
  const lines = lineStarts(source);
  const raw = splitSentences(source).slice(0, MAX_SENTENCES);
  const findings: DocumentFinding[] = [];
  // The names of the block's last sentence that named something: "Tip-toe walking: … Aim for
  // five sets of 10-15 feet." checks the dose against tip-toe walking.
  let subject = { block: -1, names: '' };
  for (const r of raw) {
    if (r.end - r.start > MAX_CLAIM_CHARS) continue;
    const sentence = r.sentence;
    const q = analyse(sentence, corpus);
    const names = [...new Set(q.entities.filter((e) => e.primary && !e.weak).map((e) => e.phrase))].join(' and ');
    if (names) subject = { block: r.block, names };
    if (!checkable(sentence, q, corpus)) continue;
    // A figure said of nothing named is said of the block's subject.
    const carried = !names && subject.block === r.block && subject.names && quantities(sentence).length > 0;
    const result = check(carried ? `${subject.names}: ${sentence}` : sentence);
    const finding: DocumentFinding = { ...span(r.start, r.end, lines), sentence, result };
    if (result.figure) {
      const at = findFigure(source, r.start, r.end, result.figure.claimed);
      if (at) finding.fix = { ...span(at.start, at.end, lines), replacement: result.figure.source };
    }
    findings.push(finding);
  }
  const limit = whole.length > MAX_CHECK_CHARS
    ? `Only the first ${MAX_CHECK_CHARS.toLocaleString('en')} of ${whole.length.toLocaleString('en')} characters were checked; split the document to check the rest.`
    : undefined;
  return { sentences: raw.length, findings, tookMs: Math.round((performance.now() - started) * 1000) / 1000, ...(limit ? { limit } : {}) };
}

/** About something the corpus names (an entity, or someone by name), or stating a figure, and long enough to be a claim. */
function checkable(sentence: string, q: AnalysedQuery, corpus: Corpus): boolean {
  if (sentence.length < 12 || sentence.endsWith('?')) return false;
  if (contentTokens(q).length < 2) return false;
  return q.entities.length > 0 || quantities(sentence).length > 0 || namesSomeoneKnown(sentence, corpus);
}

/**
 * Does a sentence name someone the corpus names ("…overseen by its welfare officer, Aisha
 * Kendrick")? A team's pages name people the corpus links no entity for, and who holds a post
 * is a fact a writer gets wrong. (Any capitalised word the corpus says was tried: it checked a
 * quarter more of the tuning articles' sentences, and their false alarms grew with the catches.)
 */
function namesSomeoneKnown(sentence: string, corpus: Corpus): boolean {
  return peopleNamed(sentence.slice(0, MAX_CLAIM_CHARS)).some((name) => words(name).every((w) => corpus.index.has(termOf(w))));
}

/**
 * Sentence spans of the prose, read by the engine's Markdown reader (markdown.ts): front matter,
 * code, HTML, headings, rules and link and footnote definitions are skipped; each paragraph and
 * list item is split with the sentence splitter the corpus is read with; a table row is one
 * statement, read with its column headings ("Membership: Adult; Annual fee: £40."). Each span is
 * where the sentence's words sit in the source (emphasis marks inside it kept, a list marker
 * before it not), and a footnote reference right after it belongs to it.
 */
export function splitSentences(text: string): RawSentence[] {
  const out: RawSentence[] = [];
  for (const b of readMarkdown(text)) {
    if (b.kind === 'heading') continue;
    if (b.kind === 'row') {
      const reading = rowReading(b);
      if (reading && b.end > b.start) out.push({ start: b.start, end: b.end, block: b.start, sentence: reading });
      continue;
    }
    // A paragraph's lines are one run of prose (the corpus's splitter ends a sentence at a line
    // break): read with the breaks as spaces, offsets unchanged.
    const prose = b.text.replace(/\n/g, ' ');
    let from = 0;
    for (const said of sentences(prose)) {
      const at = locate(prose, said, from);
      if (!at) continue;
      from = at.end;
      // A step's number written inline ("… back. 4. Repeat this exercise …") is a list marker,
      // no part of the sentence.
      const marker = INLINE_MARKER.exec(said)?.[0].length ?? 0;
      const sentence = said.slice(marker);
      at.start += marker;
      const start = sourceOffset(b, at.start);
      const end = withFootnotes(text, sourceOffset(b, at.end, true));
      if (end > start && /[\p{L}\p{N}]/u.test(sentence)) out.push({ start, end, block: b.start, sentence });
    }
  }
  return out;
}

const INLINE_MARKER = /^\(?\d{1,3}[.)] (?=\p{Lu})/u;

/** Where a sentence as the splitter gives it (white space folded) sits in the text, from `from` on. */
function locate(text: string, sentence: string, from: number): { start: number; end: number } | undefined {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  const start = i;
  for (let k = 0; k < sentence.length; k++) {
    if (sentence[k] === ' ') {
      if (i >= text.length || !/\s/.test(text[i])) return undefined;
      while (i < text.length && /\s/.test(text[i])) i++;
    } else if (text[i] === sentence[k]) i++;
    else return undefined;
  }
  return { start, end: i };
}

/** A footnote reference right after a sentence ("…fibres.[^1]") is part of its span. */
function withFootnotes(text: string, end: number): number {
  for (let n = 0; n < 20; n++) {
    const m = /^\[\^[^\]\s]{1,200}\]/.exec(text.slice(end, end + 210));
    if (!m) break;
    end += m[0].length;
  }
  return end;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(offset: number, starts: number[]): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - starts[lo] };
}

function span(start: number, end: number, starts: number[]): Span {
  const a = position(start, starts);
  const b = position(end, starts);
  return { start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Where the claim's figure (as the checker worded it, lower case) sits in the document. */
function findFigure(text: string, from: number, to: number, claimed: string): { start: number; end: number } | null {
  const hay = text.slice(from, to).toLowerCase();
  // The checker folds "per cent" to "%" and runs of spaces to one.
  const pattern = claimed
    .split(/\s+/)
    .map((part) =>
      part
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/%/g, '(?:%|\\s*per\\s?cent)')
        // …and reads "£3,000" as "£3000": the separators may be back in the text.
        .replace(/\d{4,}/g, (n) => n.replace(/\B(?=(\d{3})+$)/g, ',?')),
    )
    .join('\\s+');
  const m = new RegExp(pattern).exec(hay);
  if (m) return { start: from + m.index, end: from + m.index + m[0].length };
  // …and reads "1,200" as 1200 and "one hundred and fifty" as 150: find the figure written in
  // any of those ways before the same unit word, and keep the one that reads as the same value.
  const want = quantities(claimed)[0];
  const unitWord = /([a-z%]+)$/.exec(claimed)?.[1];
  if (!want || !unitWord) return null;
  const written = new RegExp(String.raw`(?:\d[\d,.]*|${SPELLED})(?:[\s-]+(?:and[\s-]+)?(?:\d[\d,.]*|${SPELLED})){0,8}\s*${unitWord.replace(/%/g, '(?:%|\\s*per\\s?cent)')}`, 'g');
  for (const w of hay.matchAll(written)) {
    const q = quantities(w[0])[0];
    if (q && q.unit === want.unit && q.low === want.low && q.high === want.high) return { start: from + (w.index ?? 0), end: from + (w.index ?? 0) + w[0].length };
  }
  return null;
}

/** A number said in words: any of the lexicon's number words. */
const SPELLED = `(?:${[...LEXICON.numberWords.keys()].sort((a, b) => b.length - a.length).join('|')})`;

