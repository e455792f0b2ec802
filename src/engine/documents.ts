import { clip, MAX_SECTION_CHARS, MAX_TITLE_CHARS, oneLine, stripControls } from './bounds';
import type { Passage } from './types';
import { readMarkdown, rowReading } from './markdown';
import { sentences } from './text';

/**
 * Chunks a user's own Markdown or plain-text document into passages that are cited verbatim,
 * with the file and the heading they sit under. Pure: the caller reads the files.
 */

export interface DocumentInput {
  /** Path shown in citations (relative to the folder it was added from). */
  path: string;
  content: string;
}

/** Chunks aim for about this many words: long enough to answer, short enough to cite. */
const TARGET_WORDS = 110;
const MAX_WORDS = 170;
/** A chunk's piece never exceeds this, even a "word" thousands of characters long. */
const MAX_PIECE_CHARS = 2000;

const BULLET = /^\s*(?:[-*+\u2022]|\d+[.)])\s+/;

export function chunkDocument(doc: DocumentInput): Passage[] {
  const markdown = /\.(md|markdown|mdx)$/i.test(doc.path);
  // Control characters (terminal escapes, NUL) are no part of prose and must not reach a citation.
  const lines = stripControls(doc.content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')).split('\n');
  const blocks: { heading: string[]; text: string }[] = [];
  const path: string[] = [];
  let docTitle = '';
  if (markdown) {
    for (const b of readMarkdown(lines.join('\n'))) {
      if (b.kind === 'heading') {
        const level = b.depth ?? 1;
        path.length = Math.min(path.length, level - 1);
        const heading = clip(folded(b.text), MAX_TITLE_CHARS);
        path[level - 1] = heading;
        if (!docTitle) docTitle = heading;
        continue;
      }
      if (b.kind === 'row') {
        // A table row is a statement of its own, read with its column headings ("Membership:
        // Adult; Annual fee: £40."), so that a row cited or checked alone still says what its
        // cells are.
        const text = rowReading(b);
        if (text) blocks.push({ heading: [...path], text: /[.!?]$/.test(text) ? text : `${text}.` });
        continue;
      }
      // A list item keeps its marker: "3. Close the top gates" is a numbered step.
      const text = folded(b.marker ? `${b.marker} ${b.text}` : b.text);
      if (text) blocks.push({ heading: [...path], text });
    }
  }
  // Plain text: a heading-like line starts a section, and every other line is a block of its own
  // (plain text often puts a whole paragraph on one line).
  for (let i = 0; i < lines.length && !markdown; i++) {
    const trimmed = lines[i].trim();
    if (isTextHeading(lines, i)) {
      const heading = oneLine(trimmed);
      if (!docTitle) docTitle = heading;
      // Plain text has no levels: the first heading is the title, later ones are sections.
      path.length = 0;
      if (docTitle !== heading) path.push(heading);
    } else if (trimmed) blocks.push({ heading: [...path], text: folded(trimmed) });
  }
  if (!docTitle) docTitle = clip(oneLine(doc.path.replace(/^.*[\\/]/, '')), MAX_TITLE_CHARS);

  const passages: Passage[] = [];
  let chunk: string[] = [];
  let chunkWords = 0;
  let chunkHeading: string[] = [];
  const emit = () => {
    if (!chunk.length) return;
    const section = chunkHeading.length ? clip(chunkHeading.join(' > '), MAX_SECTION_CHARS) : docTitle;
    passages.push({
      id: `doc:${doc.path}#${passages.length + 1}`,
      kind: 'document',
      title: chunkHeading[chunkHeading.length - 1] ?? docTitle,
      // One line per paragraph, list item or table row, so that no sentence runs across them.
      text: chunk.join('\n'),
      source: { file: doc.path, section, title: docTitle },
    });
    chunk = [];
    chunkWords = 0;
  };
  // A section is cut into as few chunks of about TARGET_WORDS as it needs, all of about the same
  // size: cut greedily, a 125-word section left a 15-word tail ("we add a cleaning charge of
  // £75") that outranked the section's body on its few words, and split a section that one
  // chunk holds.
  for (let i = 0; i < blocks.length; ) {
    const heading = blocks[i].heading.join('\u0000');
    let end = i;
    while (end < blocks.length && blocks[end].heading.join('\u0000') === heading) end++;
    const pieces = blocks.slice(i, end).flatMap((b) => splitLong(b.text));
    const sizes = pieces.map((piece) => piece.split(' ').length);
    const total = sizes.reduce((a, b) => a + b, 0);
    const share = total / Math.max(Math.round(total / TARGET_WORDS), Math.ceil(total / MAX_WORDS), 1);
    chunkHeading = blocks[i].heading;
    let before = 0;
    let current = 0;
    pieces.forEach((piece, k) => {
      // A piece goes to the chunk its middle falls in.
      const due = Math.floor((before + sizes[k] / 2) / share);
      if (chunkWords && (due > current || chunkWords + sizes[k] > MAX_WORDS)) {
        emit();
        current = due;
      }
      chunk.push(piece);
      chunkWords += sizes[k];
      before += sizes[k];
    });
    emit();
    i = end;
  }
  return passages;
}

/** One line with runs of white space folded to one space. */
function folded(text: string): string {
  return oneLine(text).replace(/\s+/g, ' ').trim();
}

/**
 * A paragraph longer than a chunk is cut at sentence ends; a "sentence" longer than a chunk (no
 * full stops in 35 KB) is cut every MAX_WORDS words, and a piece longer than MAX_PIECE_CHARS
 * (one endless word) every MAX_PIECE_CHARS characters.
 */
function splitLong(text: string): string[] {
  if (text.length <= MAX_PIECE_CHARS && text.split(' ').length <= MAX_WORDS) return [text];
  const out: string[] = [];
  let cur: string[] = [];
  let n = 0;
  for (const s of sentences(text).flatMap(boundedPieces)) {
    const k = s.split(' ').length;
    if (n && n + k > TARGET_WORDS) {
      out.push(cur.join(' '));
      cur = [];
      n = 0;
    }
    cur.push(s);
    n += k;
  }
  if (cur.length) out.push(cur.join(' '));
  return out;
}

function boundedPieces(sentence: string): string[] {
  const words = sentence.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i += MAX_WORDS) {
    const piece = words.slice(i, i + MAX_WORDS).join(' ');
    for (let j = 0; j < piece.length; j += MAX_PIECE_CHARS) out.push(piece.slice(j, j + MAX_PIECE_CHARS));
  }
  return out;
}

/** A standalone short line with no closing punctuation, followed by prose, reads as a heading. */
function isTextHeading(lines: string[], i: number): boolean {
  const t = lines[i].trim();
  if (t.length < 3 || t.length > 90 || BULLET.test(lines[i]) || /[.,;:!]$/.test(t)) return false;
  if (t.split(/\s+/).length > 12) return false;
  let j = i + 1;
  while (j < lines.length && !lines[j].trim()) j++;
  const next = lines[j]?.trim() ?? '';
  return next.length > t.length && next.split(/\s+/).length >= 6;
}
