/**
 * "Check Document" without vscode: which findings become diagnostics and how they read, the
 * hover for a flagged sentence, keeping flags in place while the document is edited, and the
 * footnote a citation adds. Pure (no vscode, no Node), so it is unit-tested with plain mocha.
 */
import { sourceLine } from '../chat/plan-block';
import type { DocumentCheck } from '../engine/check-document';
import type { CheckResult, Citation, Passage, PassageSource, Verdict } from '../engine/types';
import { escapeMarkdown, openPassageCommandUri } from './hover-card';

/** Problems-panel levels, named without vscode's enum. */
export type Level = 'warning' | 'information' | 'hint';

/** Contradicted → Warning, unverified → Information, supported → Hint only when asked for. */
export function levelOf(verdict: Verdict, showSupported: boolean): Level | undefined {
  if (verdict === 'contradicted') return 'warning';
  if (verdict === 'unverified') return 'information';
  return showSupported ? 'hint' : undefined;
}

const VERDICT_LINE: Record<Verdict, string> = {
  supported: 'The sources support this.',
  contradicted: 'The sources say otherwise.',
  unverified: 'The sources neither state nor contradict this.',
};

/** The diagnostic's message: what decided the verdict (the engine's notes). */
export function diagnosticMessage(result: CheckResult): string {
  const notes = result.notes.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return notes.length ? notes.join(' ') : VERDICT_LINE[result.verdict];
}

/** Article › section of a citation, as the chat and the plan blocks write it. */
export function citationSource(source: PassageSource): string {
  return sourceLine({ source } as Passage);
}

/** "[1] Calf raises — “What Muscles…” › The Calves": a related-information line. */
export function relatedLabel(c: Citation): string {
  return `[${c.n}] ${oneLine(c.title)} — ${citationSource(c.source)}`;
}

export type VerdictCounts = Record<Verdict, number>;

export function countVerdicts(results: readonly { result: CheckResult }[]): VerdictCounts {
  const counts: VerdictCounts = { supported: 0, contradicted: 0, unverified: 0 };
  for (const r of results) counts[r.result.verdict]++;
  return counts;
}

/** "Stride Coach: 3 contradicted, 5 unverified of 40 sentences (120 ms)". */
export function summaryLine(counts: VerdictCounts, sentences: number, ms: number): string {
  return `Stride Coach: ${counts.contradicted} contradicted, ${counts.unverified} unverified of ${sentences} sentence${sentences === 1 ? '' : 's'} (${Math.round(ms)} ms)`;
}

/** The hover over a flagged sentence: verdict, notes, and each evidence passage with a link. */
export function findingHover(result: CheckResult): string {
  const v = result.verdict;
  const out = [`**Stride Coach: ${v}.** ${VERDICT_LINE[v]}`, ''];
  for (const n of result.notes) out.push(`- ${escapeMarkdown(oneLine(n))}`);
  if (result.notes.length) out.push('');
  if (!result.evidence.length) {
    out.push('_No passage in the sources speaks to this._');
    return out.join('\n');
  }
  out.push('**Evidence**', '');
  for (const c of result.evidence) {
    // Two trailing spaces: a line break inside the paragraph.
    out.push(
      `${c.n}\\. **${escapeMarkdown(oneLine(c.title))}** · ${escapeMarkdown(citationSource(c.source))}  `,
      `_${escapeMarkdown(oneLine(c.excerpt))}_  `,
      `[Open passage](${openPassageCommandUri(c.id)} "Open the full passage beside the editor")`,
      '',
    );
  }
  return out.join('\n').trimEnd();
}

/** Where an excerpt starts in a passage's Markdown, as a 0-based line and column range. */
export function excerptRange(markdown: string, excerpt: string): { line: number; column: number; endColumn: number } {
  const probe = oneLine(excerpt).slice(0, 60);
  const at = probe ? markdown.indexOf(probe) : -1;
  if (at < 0) return { line: 0, column: 0, endColumn: 0 };
  const line = markdown.slice(0, at).split('\n').length - 1;
  const column = at - (markdown.lastIndexOf('\n', at - 1) + 1);
  const lineEnd = markdown.indexOf('\n', at);
  return { line, column, endColumn: column + Math.min(probe.length, (lineEnd < 0 ? markdown.length : lineEnd) - at) };
}

// ---------------------------------------------------------------------------------------------
// Flags: the findings of one check, by offset, kept in place while the document is edited.

export interface Flag {
  /** Offsets in the document as it is now, end exclusive. */
  start: number;
  end: number;
  sentence: string;
  result: CheckResult;
  /** The differing figure and the source's figure, when a figure decided it. */
  fix?: { start: number; end: number; replacement: string };
}

export function flagsOf(check: DocumentCheck): Flag[] {
  return check.findings.map((f) => ({
    start: f.start,
    end: f.end,
    sentence: f.sentence,
    result: f.result,
    ...(f.fix ? { fix: { start: f.fix.start, end: f.fix.end, replacement: f.fix.replacement } } : {}),
  }));
}

/** One edit as VS Code reports it: `length` characters at `offset` replaced by `text`. */
export interface TextChange {
  offset: number;
  length: number;
  text: string;
}

/**
 * The flags after an edit: those before it stay, those after it move, and one the edit touches
 * is dropped (its sentence changed; the next check looks at it again). Typing right after a
 * sentence (a footnote reference, say) leaves its flag alone; typing right before one moves it.
 */
export function shiftFlags(flags: readonly Flag[], change: TextChange): Flag[] {
  const delta = change.text.length - change.length;
  const changeEnd = change.offset + change.length;
  const out: Flag[] = [];
  for (const f of flags) {
    if (change.offset >= f.end) out.push(f);
    else if (changeEnd <= f.start) out.push(moved(f, delta));
    // Otherwise the edit is inside the sentence: dropped.
  }
  return out;
}

function moved(f: Flag, delta: number): Flag {
  if (!delta) return f;
  return { ...f, start: f.start + delta, end: f.end + delta, ...(f.fix ? { fix: { ...f.fix, start: f.fix.start + delta, end: f.fix.end + delta } } : {}) };
}

/** Flags under a range (offsets), or at a position when `start === end`. */
export function flagsAt(flags: readonly Flag[], start: number, end: number): Flag[] {
  return flags.filter((f) => (start === end ? f.start <= start && start <= f.end : f.start < end && start < f.end));
}

// ---------------------------------------------------------------------------------------------
// Footnotes.

const FOOTNOTE_REF = /\[\^[^\]\s]+\]/g;
const FOOTNOTE_DEF = /^\[\^[^\]\s]+\]:.*$/gm;

/**
 * The text the checker reads: footnote definitions (`[^x]: …`) are not claims and footnote
 * references (`[^x]`) are not words, so both become spaces of the same length (offsets stay).
 * Without this a reference after a full stop hides the sentence end, and the definitions this
 * extension writes would be checked as sentences.
 */
export function maskFootnotes(text: string): string {
  return text.replace(FOOTNOTE_DEF, blank).replace(FOOTNOTE_REF, blank);
}

function blank(s: string): string {
  return s.replace(/[^\n\r]/g, ' ');
}

/** `sc-soleus`; characters a footnote label cannot hold become dashes. */
export function footnoteLabel(passageId: string): string {
  return `sc-${passageId.replace(/[^\w.:-]+/g, '-').replace(/^-+|-+$/g, '')}`;
}

/** `[^sc-soleus]: Soleus, “Article” › Section.` */
export function footnoteDefinition(c: Pick<Citation, 'id' | 'title' | 'source'>): string {
  return `[^${footnoteLabel(c.id)}]: ${oneLine(c.title)}, ${citationSource(c.source).replace(/[.\s]+$/, '')}.`;
}

export interface TextInsert {
  offset: number;
  text: string;
}

/**
 * The inserts that cite a passage for the sentence ending at `sentenceEnd`: the reference right
 * after the sentence, and the definition at the end of the document (after any definitions
 * already there, else after a blank line). Nothing is added twice: undefined when the sentence
 * already cites it and the definition exists. Inserts are in document order, never at one offset.
 */
export function footnoteInserts(text: string, sentenceEnd: number, c: Pick<Citation, 'id' | 'title' | 'source'>): TextInsert[] | undefined {
  const label = footnoteLabel(c.id);
  const ref = `[^${label}]`;
  const hasRef = text.startsWith(ref, sentenceEnd);
  const hasDef = text.split(/\r?\n/).some((l) => l.startsWith(`${ref}:`));
  if (hasRef && hasDef) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const inserts: TextInsert[] = [];
  if (!hasRef) inserts.push({ offset: sentenceEnd, text: ref });
  if (!hasDef) {
    const lastLine = text.trimEnd().split(/\r?\n/).pop() ?? '';
    const afterDefinitions = /^\[\^[^\]\s]+\]:/.test(lastLine);
    const endsWithBlank = text.endsWith(`${eol}${eol}`);
    const endsWithEol = text.endsWith(eol);
    const prefix = afterDefinitions || endsWithBlank ? (endsWithEol ? '' : eol) : endsWithEol ? eol : `${eol}${eol}`;
    const def = `${prefix}${footnoteDefinition(c)}${eol}`;
    const last = inserts.at(-1);
    if (last && last.offset === text.length) last.text += def;
    else inserts.push({ offset: text.length, text: def });
  }
  return inserts;
}

// ---------------------------------------------------------------------------------------------

/** A selected sentence as a claim for `/check`: Markdown marks and footnotes off, one line. */
export function claimText(s: string): string {
  return oneLine(
    s
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(FOOTNOTE_REF, '')
      .replace(/^\s*(?:[-*+>]|\d+[.)]|#{1,6})\s+/gm, '')
      .replace(/[*_`~]+/g, ''),
  );
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
