import type { Corpus } from './corpus';
import { LEXICON } from './lexicon';
import { quantities } from './numbers';
import { analyse, contentTokens, type AnalysedQuery } from './query';
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
    const sentence = plain(source.slice(r.start, r.end));
    const q = analyse(sentence, corpus);
    const names = [...new Set(q.entities.filter((e) => e.primary && !e.weak).map((e) => e.phrase))].join(' and ');
    if (names) subject = { block: r.block, names };
    if (!checkable(sentence, q)) continue;
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

/** About something the corpus names, or stating a figure, and long enough to be a claim. */
function checkable(sentence: string, q: AnalysedQuery): boolean {
  if (sentence.length < 12 || sentence.endsWith('?')) return false;
  if (contentTokens(q).length < 2) return false;
  return q.entities.length > 0 || quantities(sentence).length > 0;
}

/**
 * Sentence spans of the prose: front matter, fenced and indented code, HTML comments, tables'
 * separator rows and headings are skipped; a blank line or a list item (Markdown's or a bullet
 * character's) ends a sentence.
 */
export function splitSentences(text: string): RawSentence[] {
  const out: RawSentence[] = [];
  const prose = blankNonProse(text);
  // Blocks: separated by blank lines or list/quote markers at line start.
  // Besides Markdown's "-", "*", "+" and "1.", pasted text marks list items with bullet
  // characters ("•", "◦", "▪", "‣").
  const block = /[^\n]+(?:\n(?![ \t]*\n)(?![ \t]*(?:[-*+•◦▪‣]|\d+[.)])\s)[^\n]*)*/g;
  for (const b of prose.matchAll(block)) {
    const base = b.index ?? 0;
    const content = b[0];
    // Sentence ends: . ! ? (optionally closed by a quote or bracket) then space and a capital,
    // digit or opening mark; "e.g." and "vs." do not end a sentence.
    // A footnote reference after the full stop ("…fibres.[^1] The…") belongs to the sentence.
    const ends = /[.!?]["”’)\]]*(?:\[\^[^\]\s]+\])*(?=\s+["“(\[*_]*[A-Z0-9])|[.!?]["”’)\]]*(?:\[\^[^\]\s]+\])*\s*$/g;
    let start = 0;
    for (const m of content.matchAll(ends)) {
      const end = (m.index ?? 0) + m[0].trimEnd().length;
      if (/\b(e\.g|i\.e|etc|vs|approx|fig|dr|st)\.$/i.test(content.slice(Math.max(0, end - 8), end))) continue;
      push(out, base, content, start, end);
      start = end;
    }
    push(out, base, content, start, content.length);
  }
  return out;
}

function push(out: RawSentence[], base: number, content: string, from: number, to: number): void {
  const piece = content.slice(from, to);
  // Leading list markers, quote marks and spaces are not part of the sentence.
  const lead = /^[\s>]*(?:(?:[-*+•◦▪‣]|\d+[.)])\s+)?/.exec(piece)?.[0].length ?? 0;
  const trail = piece.length - piece.trimEnd().length;
  if (piece.length - lead - trail <= 0) return;
  if (!/[\p{L}\p{N}]/u.test(piece)) return;
  out.push({ start: base + from + lead, end: base + to - trail, block: base });
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/**
 * The words of a Markdown sentence without links, emphasis or code marks. The bracket classes
 * exclude the opening mark too, so a run of "[" or "<" is scanned once, not once per mark.
 */
function plain(s: string): string {
  return s
    .replace(/!?\[([^\][]*)\]\([^()]*\)/g, '$1')
    .replace(/\[\^[^\][]*\]/g, '')
    .replace(/[*_`~]+/g, '')
    .replace(/<[^<>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
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

/**
 * The text with what is not prose blanked out, offsets kept (each such character becomes a
 * space, line breaks stay): front matter, fenced code, HTML comments, headings, table separator
 * rows, indented code and footnote definitions. One pass over the lines, each line tested by
 * anchored patterns only, so the time is linear in the text (whole-text patterns with `\s*`
 * spanning line breaks took cubic time on 6 KB of blank lines).
 */
export function blankNonProse(text: string): string {
  const lines = text.split('\n');
  const out: string[] = new Array<string>(lines.length);
  let i = 0;
  // Front matter: "---" on the first line up to the next line that is exactly "---".
  if (lines.length > 2 && lines[0] === '---') {
    let close = -1;
    for (let j = 1; j < lines.length - 1; j++) {
      if (lines[j] === '---') {
        close = j;
        break;
      }
    }
    if (close > 0) for (; i <= close; i++) out[i] = blank(lines[i]);
  }
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== undefined) {
      // Inside a fence up to and including the line that starts with the same mark (or the end).
      out[i] = blank(line);
      if (line.startsWith(fence)) fence = undefined;
      continue;
    }
    // An opening fence needs a line after it (as in "```lang\n").
    const mark = line.startsWith('```') ? '```' : line.startsWith('~~~') ? '~~~' : undefined;
    if (mark && i < lines.length - 1) {
      fence = mark;
      out[i] = blank(line);
      continue;
    }
    out[i] = notProseLine(line) ? blank(line) : line;
  }
  return blankComments(out.join('\n'));
}

/** Headings, table separator rows, indented code, footnote definitions. */
function notProseLine(line: string): boolean {
  if (/^#{1,6}\s/.test(line) || /^(?: {4}|\t)/.test(line)) return true;
  // Footnote definitions ("[^sc-soleus]: Soleus, …") are citations, not claims.
  if (/^\[\^[^\]\s]+\]:/.test(line)) return true;
  const rest = line.trimStart();
  return /^\|?\s*:?-{3,}/.test(rest);
}

/** HTML comments blanked, found with indexOf: an unclosed "<!--" ends the search at once. */
function blankComments(text: string): string {
  let from = text.indexOf('<!--');
  if (from < 0) return text;
  const parts: string[] = [];
  let last = 0;
  while (from >= 0) {
    const close = text.indexOf('-->', from + 4);
    if (close < 0) break;
    const end = close + 3;
    parts.push(text.slice(last, from), blank(text.slice(from, end)));
    last = end;
    from = text.indexOf('<!--', end);
  }
  parts.push(text.slice(last));
  return parts.join('');
}
