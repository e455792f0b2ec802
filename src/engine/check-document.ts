import type { Corpus } from './corpus';
import { quantities } from './numbers';
import { analyse, contentTokens } from './query';
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
}

interface RawSentence {
  start: number;
  end: number;
}

/** Most sentences checked in one document, so a huge paste cannot stall the editor. */
export const MAX_SENTENCES = 5000;

export function checkDocument(text: string, corpus: Corpus, check: (claim: string) => CheckResult): DocumentCheck {
  const started = performance.now();
  const source = typeof text === 'string' ? text : '';
  const lines = lineStarts(source);
  const raw = splitSentences(source).slice(0, MAX_SENTENCES);
  const findings: DocumentFinding[] = [];
  for (const r of raw) {
    const sentence = plain(source.slice(r.start, r.end));
    if (!checkable(sentence, corpus)) continue;
    const result = check(sentence);
    const finding: DocumentFinding = { ...span(r.start, r.end, lines), sentence, result };
    if (result.figure) {
      const at = findFigure(source, r.start, r.end, result.figure.claimed);
      if (at) finding.fix = { ...span(at.start, at.end, lines), replacement: result.figure.source };
    }
    findings.push(finding);
  }
  return { sentences: raw.length, findings, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
}

/** About something the corpus names, or stating a figure, and long enough to be a claim. */
function checkable(sentence: string, corpus: Corpus): boolean {
  if (sentence.length < 12 || sentence.endsWith('?')) return false;
  const q = analyse(sentence, corpus);
  if (contentTokens(q).length < 2) return false;
  return q.entities.length > 0 || quantities(sentence).length > 0;
}

/**
 * Sentence spans of the prose: front matter, fenced and indented code, HTML comments, tables'
 * separator rows and headings are skipped; a blank line or a list item ends a sentence.
 */
export function splitSentences(text: string): RawSentence[] {
  const out: RawSentence[] = [];
  // Blank out what is not prose, keeping offsets: replace it with spaces of equal length.
  let prose = text.replace(/^---\n[\s\S]*?\n---\n/, (m) => blank(m));
  prose = prose.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, (m) => blank(m));
  prose = prose.replace(/<!--[\s\S]*?-->/g, (m) => blank(m));
  prose = prose.replace(/^(#{1,6}\s.*|\s*\|?\s*:?-{3,}.*|(?: {4}|\t).*)$/gm, (m) => blank(m));
  // Footnote definitions ("[^sc-soleus]: Soleus, …") are citations, not claims.
  prose = prose.replace(/^\[\^[^\]\s]+\]:.*$/gm, (m) => blank(m));
  // Blocks: separated by blank lines or list/quote markers at line start.
  const block = /[^\n]+(?:\n(?![ \t]*\n)(?![ \t]*(?:[-*+]|\d+[.)])\s)[^\n]*)*/g;
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
  const lead = /^[\s>]*(?:(?:[-*+]|\d+[.)])\s+)?/.exec(piece)?.[0].length ?? 0;
  const trail = piece.length - piece.trimEnd().length;
  if (piece.length - lead - trail <= 0) return;
  if (!/[\p{L}\p{N}]/u.test(piece)) return;
  out.push({ start: base + from + lead, end: base + to - trail });
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** The words of a Markdown sentence without links, emphasis or code marks. */
function plain(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/[*_`~]+/g, '')
    .replace(/<[^>]+>/g, '')
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
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '(?:%|\\s*per\\s?cent)'))
    .join('\\s+');
  const m = new RegExp(pattern).exec(hay);
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}
