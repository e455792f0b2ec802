import type { Token, Tokens } from 'marked';

/**
 * The one Markdown reader of the engine: a team's pages are chunked with it and an article is
 * checked with it. marked's lexer (the one the chat panel and the CLI render answers with) reads
 * the blocks; this turns them into what the engine reads: headings, paragraphs, list items and
 * table rows as plain text (emphasis, links and code marks gone), each with where its words sit
 * in the source, so that a finding can be underlined and a figure replaced in place. Code,
 * HTML, rules, link definitions and front matter are not prose and are left out. Pure.
 */

export interface MarkdownBlock {
  kind: 'heading' | 'paragraph' | 'item' | 'row';
  /** A heading's level (1–6). */
  depth?: number;
  /** A list item's marker: "-" for a bullet, "3." for the third item of an ordered list. */
  marker?: string;
  /** A table row's cells, plain, and its table's column headings. */
  cells?: string[];
  columns?: string[];
  /** The plain text; lines of a paragraph keep their line breaks. */
  text: string;
  /** Source offsets of the block's first and last character of text (end exclusive). */
  start: number;
  end: number;
  /** Where pieces of `text` sit in the source, in order. */
  pieces: Piece[];
}

/** A run of a block's text: text[from, to) is source[at, atEnd), character for character when exact. */
export interface Piece {
  from: number;
  to: number;
  at: number;
  atEnd: number;
  exact: boolean;
}

/** A table row read with its column headings: "Membership: Adult; Annual fee: £40". */
export function rowReading(row: MarkdownBlock): string {
  return (row.cells ?? []).map((c, k) => (row.columns?.[k] && c ? `${row.columns[k]}: ${c}` : c)).filter(Boolean).join('; ');
}

/** A line that reads a table row with its column headings: two labelled cells at least. */
const ROW_LINE = /^[^:;\n]{1,60}: [^;\n]{0,300}; [^:;\n]{1,60}: /;
const LABELLED_CELL = /^([^:;\n]{1,60}): ([^\n]*)$/;

/**
 * A chunk's text with each column heading of its row readings said once. The headings that
 * `rowReading` repeats on every row ("Course: …; Fee: …") are the table's layout: counted on every
 * row they would lengthen the chunk seven rows over and repeat the heading words, so a table chunk
 * would rank below a short sentence that shares one word with the question.
 */
export function headingsOnce(text: string): string {
  const said = new Set<string>();
  const once = (cell: string) => {
    const m = LABELLED_CELL.exec(cell);
    if (!m || !said.has(m[1])) {
      if (m) said.add(m[1]);
      return cell;
    }
    return m[2];
  };
  return text
    .split('\n')
    .map((line) => (ROW_LINE.test(line) ? line.split('; ').map(once).join('; ') : line))
    .join('\n');
}

/** The source offset of a block's text offset i; with `end`, of the end of text ending at i. */
export function sourceOffset(block: MarkdownBlock, i: number, end = false): number {
  for (const p of block.pieces) {
    if (end ? i > p.to : i >= p.to) continue;
    // In a gap between pieces (a line break): the next piece's start.
    if (end ? i <= p.from : i < p.from) return p.at;
    return p.exact ? p.at + (i - p.from) : end ? p.atEnd : p.at;
  }
  return block.pieces.length ? block.pieces[block.pieces.length - 1].atEnd : block.start;
}

/** A bullet character pasted from a word processor ("• item") starts a list item, as "-" does. */
const PASTED_BULLET = /^([ \t]*)[\u2022\u25e6\u25aa\u2023](?=[ \t])/gm;
/** A footnote reference ("[^1]") marks a sentence; it is no part of what the sentence says. */
const FOOTNOTE_REF = /\[\^[^\]\s]{1,200}\]/g;
const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]{1,200}\]:/;
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

/**
 * The bundler's require (esbuild bundles marked into every build and runs its module on the first
 * call): marked is loaded on first use, so a process that only answers questions never pays for
 * it. Declared here because the engine is typed without Node's globals.
 */
declare const require: (id: 'marked') => typeof import('marked');
let lexer: typeof import('marked').Lexer | undefined;

/** Reads a Markdown text into its prose blocks, in order. */
export function readMarkdown(text: string): MarkdownBlock[] {
  // Offsets are kept: front matter is blanked, not cut, and a pasted bullet becomes "-" in place.
  const source = blankFrontMatter(text).replace(PASTED_BULLET, '$1-');
  let tokens: Token[];
  try {
    lexer ??= require('marked').Lexer;
    tokens = lexer.lex(source, { gfm: true });
  } catch (e) {
    // Thousands of nested quotes or lists overflow marked's stack: such a text is read line by
    // line, each line a paragraph, rather than not at all. (Any other failure is a bug to see.)
    if (e instanceof RangeError) return plainLines(source);
    throw e;
  }
  const reader = new Reader(source);
  reader.blocks(tokens);
  return reader.out;
}

class Reader {
  readonly out: MarkdownBlock[] = [];
  /** Where the next piece of text is looked for: the source is read in order. */
  private cursor = 0;
  constructor(private readonly source: string) {}

  blocks(tokens: readonly Token[]): void {
    for (const t of tokens) this.block(t);
  }

  private block(t: Token): void {
    switch (t.type) {
      case 'heading':
        this.emit('heading', (t as Tokens.Heading).tokens, { depth: (t as Tokens.Heading).depth });
        return;
      case 'paragraph':
        // A footnote's definition ("[^1]: Smith, 2019.") cites; it says nothing of its own.
        if (FOOTNOTE_DEFINITION.test(t.raw)) {
          this.advance(t.raw);
          return;
        }
        this.emit('paragraph', (t as Tokens.Paragraph).tokens);
        return;
      case 'text':
        this.emit('paragraph', inlineOf(t));
        return;
      case 'list': {
        const list = t as Tokens.List;
        const first = list.ordered && list.start !== '' ? Number(list.start) : 1;
        list.items.forEach((item, k) => this.item(item, list.ordered ? `${first + k}.` : '-'));
        return;
      }
      case 'blockquote':
        this.blocks((t as Tokens.Blockquote).tokens);
        return;
      case 'table': {
        const table = t as Tokens.Table;
        const columns = table.header.map((c) => plainOf(c.tokens));
        // The heading row names the columns; each body row is a statement read with them.
        this.skip(table.header.map((c) => c.tokens));
        for (const row of table.rows) this.emit('row', row.flatMap((c, k) => (k ? [CELL_BREAK, ...c.tokens] : c.tokens)), { cells: row.map((c) => plainOf(c.tokens)), columns });
        return;
      }
      default:
        // Code, HTML, rules, link definitions and blank space are not prose; the cursor moves
        // past them so that the prose after them is found after them.
        this.advance(t.raw);
    }
  }

  /** A list item: its first paragraph carries the marker; nested lists and later paragraphs follow. */
  private item(item: Tokens.ListItem, marker: string): void {
    let marked = false;
    for (const t of item.tokens) {
      if (!marked && (t.type === 'text' || t.type === 'paragraph')) {
        marked = true;
        this.emit('item', inlineOf(t), { marker });
      } else this.block(t);
    }
  }

  private emit(kind: MarkdownBlock['kind'], inline: readonly Token[], extra: Partial<MarkdownBlock> = {}): void {
    const pieces: Piece[] = [];
    let text = '';
    const add = (s: string, at: number, atEnd: number, exact: boolean) => {
      if (!s) return;
      pieces.push({ from: text.length, to: text.length + s.length, at, atEnd, exact });
      text += s;
    };
    const leaf = (shown: string, raw: string) => {
      // A run spanning lines is found line by line: a list item's or a quote's later lines are
      // indented or marked in the source ("  continues", "> more").
      const rawLines = raw.split('\n');
      const shownLines = shown.split('\n');
      if (shownLines.length !== rawLines.length) {
        const at = this.find(raw);
        add(shown, at ?? this.cursor, this.cursor, false);
        return;
      }
      rawLines.forEach((line, k) => {
        if (k > 0) add('\n', this.cursor, this.cursor, false);
        const at = this.find(line);
        add(shownLines[k], at ?? this.cursor, this.cursor, at !== undefined && shownLines[k] === line);
      });
    };
    const walk = (tokens: readonly Token[]) => {
      for (const t of tokens) {
        if (t === CELL_BREAK) {
          add('; ', this.cursor, this.cursor, false);
          continue;
        }
        switch (t.type) {
          case 'text':
            if ((t as Tokens.Text).tokens?.length) walk((t as Tokens.Text).tokens!);
            else withoutFootnotes(t.raw, (part) => leaf(decodeEntities(part), part), (part) => this.advance(part));
            break;
          case 'escape':
            leaf((t as Tokens.Escape).text, t.raw);
            break;
          case 'codespan': {
            const code = t as Tokens.Codespan;
            const at = this.find(t.raw);
            const inner = at === undefined ? -1 : t.raw.indexOf(code.text);
            if (at !== undefined && inner >= 0) add(code.text, at + inner, at + inner + code.text.length, true);
            else add(code.text, this.cursor, this.cursor, false);
            break;
          }
          case 'br':
            add(' ', this.cursor, this.cursor, false);
            this.advance(t.raw);
            break;
          case 'link':
            // "[^1]" read as a link to a footnote definition is a footnote reference.
            if ((t as Tokens.Link).text.startsWith('^')) this.advance(t.raw);
            else if ((t as Tokens.Link).tokens?.length) {
              walk((t as Tokens.Link).tokens);
              // Past the address, so that a word of it is not taken for the text after.
              const close = t.raw.lastIndexOf('](');
              if (close >= 0) this.advance(t.raw.slice(close));
            }
            break;
          case 'image':
          case 'html':
          case 'checkbox':
            // An image's description and inline HTML are not sentences of the text.
            this.advance(t.raw);
            break;
          default:
            if ('tokens' in t && Array.isArray(t.tokens)) walk(t.tokens);
            else if ('text' in t && typeof t.text === 'string') leaf(t.text, t.raw);
        }
      }
    };
    // A run-in label ("- **Gluteus maximus.** The biggest muscle…") names what the rest says:
    // it is read as "Gluteus maximus: The biggest muscle…", one sentence with its label, not a
    // sentence of two words.
    const label = inline.length > 1 && (inline[0].type === 'strong' || inline[0].type === 'em') && /\.$/.test(plainOf([inline[0]])) && /\S/.test(plainOf(inline.slice(1)));
    walk(label ? inline.slice(0, 1) : inline);
    if (label) {
      const last = pieces[pieces.length - 1];
      if (last && text.endsWith('.')) {
        last.to--;
        if (last.exact) last.atEnd--;
        text = text.slice(0, -1);
        if (last.to === last.from) pieces.pop();
        add(':', last.atEnd, last.atEnd + 1, false);
      }
      walk(inline.slice(1));
    }
    const exact = pieces.filter((p) => p.exact);
    if (!text.trim()) return;
    const start = exact.length ? exact[0].at : (pieces[0]?.at ?? this.cursor);
    const end = exact.length ? exact[exact.length - 1].atEnd : start;
    this.out.push({ kind, text, start, end, pieces, ...extra });
  }

  /** Moves past the inline tokens of cells that are not emitted (a table's heading row). */
  private skip(cells: readonly (readonly Token[])[]): void {
    for (const c of cells) for (const t of c) this.advance(t.raw);
  }

  /** The offset of s at or after the cursor (the cursor moves past it), or undefined. */
  private find(s: string): number | undefined {
    if (!s) return this.cursor;
    const at = this.source.indexOf(s, this.cursor);
    if (at < 0) return undefined;
    this.cursor = at + s.length;
    return at;
  }

  /** Moves the cursor past s if it is found ahead (by its last line when it spans lines the source marks). */
  private advance(s: string): void {
    if (!s) return;
    const at = this.source.indexOf(s, this.cursor);
    if (at >= 0) {
      this.cursor = at + s.length;
      return;
    }
    const last = s.split('\n').pop() ?? '';
    const tail = last.trim() ? this.source.indexOf(last, this.cursor) : -1;
    if (tail >= 0) this.cursor = tail + last.length;
  }
}

/** The inline tokens of a paragraph or of a tight list item's text (a bare text token is its own). */
function inlineOf(t: Token): readonly Token[] {
  return (t as Tokens.Paragraph).tokens ?? [{ type: 'text', raw: t.raw, text: (t as Tokens.Text).text } as Token];
}

/** Marks where one cell of a row ends and the next begins. */
const CELL_BREAK = { type: 'cellBreak', raw: '' } as unknown as Token;

/** The plain text of inline tokens, without positions (a table's cells). */
function plainOf(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'image' || t.type === 'html' || t.type === 'checkbox') continue;
    if (t.type === 'link' && (t as Tokens.Link).text.startsWith('^')) continue;
    if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length) out += plainOf(t.tokens);
    else if (t.type === 'br') out += ' ';
    else if ('text' in t && typeof t.text === 'string') out += t.type === 'text' ? decodeEntities(t.text.replace(FOOTNOTE_REF, '')) : t.text;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Calls `keep` for each part of s outside footnote references and `drop` for each reference. */
function withoutFootnotes(s: string, keep: (part: string) => void, drop: (part: string) => void): void {
  let last = 0;
  for (const m of s.matchAll(FOOTNOTE_REF)) {
    keep(s.slice(last, m.index));
    drop(m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  keep(s.slice(last));
}

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED_ENTITIES.get(name.toLowerCase()) ?? whole;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** YAML front matter ("---" on the first line up to the next "---" line), blanked to spaces. */
function blankFrontMatter(text: string): string {
  if (!text.startsWith('---\n')) return text;
  const close = text.indexOf('\n---\n', 3);
  const end = close >= 0 ? close + 4 : text.endsWith('\n---') ? text.length : -1;
  if (end < 0) return text;
  return text.slice(0, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/** Each non-blank line a paragraph: the reading of a text marked's lexer could not take. */
function plainLines(source: string): MarkdownBlock[] {
  const out: MarkdownBlock[] = [];
  let at = 0;
  for (const line of source.split('\n')) {
    const lead = line.length - line.trimStart().length;
    const text = line.trim();
    if (text) out.push({ kind: 'paragraph', text, start: at + lead, end: at + lead + text.length, pieces: [{ from: 0, to: text.length, at: at + lead, atEnd: at + lead + text.length, exact: true }] });
    at += line.length + 1;
  }
  return out;
}
