import type { Token, Tokens } from 'marked';
import { terminalText } from './terminal-text';

/**
 * The coach's answers are Markdown (bold, lists, code spans, `[n]` markers). For a person in a
 * terminal they are rendered here from marked's tokens (the same lexer the chat panel uses), never
 * printed raw: bold, italics and code spans as terminal styles when `styled`, plain text otherwise
 * (piped output, NO_COLOR, TERM=dumb), lists as bullets, wrapped to `width` with hanging indents.
 * Every piece of text is made safe (terminalText) before any style of ours is added.
 */

export interface TerminalOptions {
  /** Terminal styles (bold, italic, colour) on; off gives plain text. */
  styled: boolean;
  /** Columns to wrap to; undefined does not wrap (piped output keeps a paragraph on one line). */
  width?: number;
}

/** Whether and how to style output for this stream and environment (https://no-color.org). */
export function terminalOptions(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): TerminalOptions {
  const tty = stream.isTTY === true;
  const noColor = (env.NO_COLOR ?? '') !== '' || env.TERM === 'dumb';
  return { styled: tty && !noColor, width: tty ? Math.max(20, stream.columns || 80) : undefined };
}

interface Style {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
}
interface Run extends Style {
  text: string;
  /** A hard line break (Markdown's soft breaks are plain white space). */
  br?: boolean;
}

/** Each style's "off" code and its "on" code. */
const SAME = new Map([
  ['22', '1'],
  ['23', '3'],
  ['39', '36'],
]);

const SGR = {
  bold: ['\u001b[1m', '\u001b[22m'],
  italic: ['\u001b[3m', '\u001b[23m'],
  code: ['\u001b[36m', '\u001b[39m'],
} as const;

/** Inline tokens to styled runs. */
function inline(tokens: readonly Token[] | undefined, style: Style, out: Run[] = []): Run[] {
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        inline((t as Tokens.Strong).tokens, { ...style, bold: true }, out);
        break;
      case 'em':
        inline((t as Tokens.Em).tokens, { ...style, italic: true }, out);
        break;
      case 'del':
        inline((t as Tokens.Del).tokens, style, out);
        break;
      case 'codespan':
        out.push({ ...style, code: true, text: (t as Tokens.Codespan).text });
        break;
      case 'br':
        out.push({ text: '', br: true });
        break;
      case 'link': {
        const link = t as Tokens.Link;
        inline(link.tokens, style, out);
        // The address as text, so a reader sees where it goes (never a live terminal hyperlink).
        if (link.href && link.href !== link.text) out.push({ ...style, text: ` <${link.href}>` });
        break;
      }
      case 'image':
        out.push({ ...style, text: (t as Tokens.Image).text });
        break;
      case 'text':
        if ('tokens' in t && t.tokens?.length) inline(t.tokens, style, out);
        else out.push({ ...style, text: decodeEntities((t as Tokens.Text).text) });
        break;
      default:
        // escape, html (shown as the text it is), anything newer: its text.
        out.push({ ...style, text: 'text' in t && typeof t.text === 'string' ? t.text : t.raw });
    }
  }
  return out;
}

const ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['#39', "'"],
  ['nbsp', ' '],
]);
function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES.get(name) ?? '');
}

function styledWord(word: Run[], styled: boolean): string {
  return word
    .map((r) => {
      if (!styled) return r.text;
      let s = r.text;
      for (const k of ['code', 'italic', 'bold'] as const) if (r[k]) s = `${SGR[k][0]}${s}${SGR[k][1]}`;
      return s;
    })
    .join('');
}

const width = (word: Run[]) => word.reduce((n, r) => n + [...r.text].length, 0);

/**
 * Runs laid out as lines: words (split at white space, styles kept across a word's pieces)
 * filled greedily to `opts.width`, the first line after `first`, the others after `rest`.
 */
function layout(runs: Run[], first: string, rest: string, opts: TerminalOptions): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let used = 0;
  let word: Run[] = [];
  const prefix = () => (lines.length ? rest : first);
  const flushLine = () => {
    // Neighbouring words of one style share one pair of codes.
    lines.push(prefix() + line.join(' ').replace(/\u001b\[(22|23|39)m \u001b\[(1|3|36)m/g, (m, off: string, on: string) => (SAME.get(off) === on ? ' ' : m)));
    line = [];
    used = 0;
  };
  const flushWord = () => {
    if (!word.length) return;
    const w = width(word);
    const room = opts.width === undefined ? Infinity : opts.width - prefix().length;
    if (line.length && used + 1 + w > room) flushLine();
    used += (line.length ? 1 : 0) + w;
    line.push(styledWord(word, opts.styled));
    word = [];
  };
  for (const r of runs) {
    if (r.br) {
      flushWord();
      flushLine();
      continue;
    }
    for (const piece of terminalText(r.text).split(/(\s+)/)) {
      if (!piece) continue;
      if (/^\s/.test(piece)) flushWord();
      else word.push({ ...r, text: piece });
    }
  }
  flushWord();
  if (line.length || !lines.length) flushLine();
  return lines;
}

function blocks(tokens: readonly Token[], indent: string, opts: TerminalOptions): string[][] {
  const out: string[][] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
      case 'def':
        break;
      case 'heading':
        out.push(layout(inline((t as Tokens.Heading).tokens, { bold: true }), indent, indent, opts));
        break;
      case 'paragraph':
        out.push(layout(inline((t as Tokens.Paragraph).tokens, {}), indent, indent, opts));
        break;
      case 'text':
        out.push(layout('tokens' in t && t.tokens ? inline(t.tokens, {}) : [{ text: (t as Tokens.Text).text }], indent, indent, opts));
        break;
      case 'list': {
        const list = t as Tokens.List;
        const lines: string[] = [];
        list.items.forEach((item, i) => {
          const start = typeof list.start === 'number' ? list.start : 1;
          const marker = list.ordered ? `${start + i}.` : opts.styled ? '•' : '-';
          const hang = `${indent}${' '.repeat(marker.length + 1)}`;
          const parts = blocks(item.tokens, hang, opts);
          // An item whose first block prints nothing ("1. >", an empty quote) still shows its marker.
          const firstLines = parts[0]?.length ? parts[0] : [hang];
          lines.push(`${indent}${marker} ${firstLines[0].slice(hang.length)}`, ...firstLines.slice(1));
          for (const p of parts.slice(1)) lines.push(...(list.loose ? ['', ...p] : p));
        });
        out.push(lines);
        break;
      }
      case 'blockquote':
        out.push(blocks((t as Tokens.Blockquote).tokens, `${indent}│ `, opts).flatMap((b, i) => (i ? [`${indent}│`, ...b] : b)));
        break;
      case 'code':
        out.push(terminalText((t as Tokens.Code).text).split('\n').map((l) => `${indent}    ${opts.styled ? `${SGR.code[0]}${l}${SGR.code[1]}` : l}`));
        break;
      case 'hr':
        out.push([`${indent}${'─'.repeat(Math.min(40, (opts.width ?? 40) - indent.length))}`]);
        break;
      case 'table': {
        const table = t as Tokens.Table;
        const row = (cells: Tokens.TableCell[], style: Style) =>
          layout(
            cells.flatMap((c, i) => [...(i ? [{ text: ' | ' }] : []), ...inline(c.tokens, style)]),
            indent,
            `${indent}  `,
            opts,
          );
        out.push([...row(table.header, { bold: true }), ...table.rows.flatMap((r) => row(r, {}))]);
        break;
      }
      default:
        // html blocks and anything newer: the text as it is, made safe.
        out.push(layout([{ text: 'text' in t && typeof t.text === 'string' ? t.text : t.raw }], indent, indent, opts));
    }
  }
  return out;
}

/** Markdown as terminal text: blocks separated by a blank line, ending without a newline. */
export function renderMarkdown(markdown: string, opts: TerminalOptions, indent = ''): string {
  const text = terminalText(markdown);
  const plain = plainParagraphs(text);
  if (!plain) return renderMarkdownWithMarked(text, opts, indent);
  return plain.map((p) => layout([{ text: p }], indent, indent, opts).join('\n')).join('\n\n');
}

/** renderMarkdown through marked's tokens, whatever the text: the general path. */
export function renderMarkdownWithMarked(markdown: string, opts: TerminalOptions, indent = ''): string {
  // Loaded here, not at start: an answer of plain paragraphs never needs it (see plainParagraphs).
  const { Lexer } = require('marked') as typeof import('marked');
  return blocks(Lexer.lex(terminalText(markdown)), indent, opts)
    .map((b) => b.join('\n'))
    .join('\n\n');
}

/** A bare citation marker, "[2]", that is no link, reference or definition. */
const MARKER = /\[\d{1,4}\](?![[(:])/g;
/** Characters that open inline Markdown (emphasis, code, links, HTML, entities, escapes) or a block. */
const MARKUP = /[*_~`<>#|\\&=+!@[\]\t]/;
/** A line that could open a block or a list, or end in a hard break. */
const BLOCK_LINE = /^(?:\s|-|\d+[.)])|\s$/;

/**
 * The paragraphs of a text that marked would read as plain paragraphs and nothing else, or
 * undefined when it might read anything more: no character that opens inline Markdown but bare
 * [n] markers, no address an autolink would take, no line that could open a block. Most answers
 * are this, and printing them directly spares a one-question process marked's first lexing
 * (some 30 ms of compiling its regular expressions). A test holds the two paths equal on every
 * answer the coach gives and on generated text.
 */
export function plainParagraphs(text: string): string[] | undefined {
  if (!text.trim() || MARKUP.test(text.replace(MARKER, '')) || /:\/\/|www\./i.test(text)) return undefined;
  if (text.split('\n').some((line) => line && BLOCK_LINE.test(line))) return undefined;
  return text.split(/\n{2,}/).map((p) => p.replace(/^\n+|\n+$/g, '')).filter(Boolean);
}

/** One line of plain text laid out like a paragraph (wrapped, made safe), with a hanging indent. */
export function renderText(text: string, opts: TerminalOptions, first = '', rest = first, style: Style = {}): string {
  return layout([{ ...style, text }], first, rest, opts).join('\n');
}
