/**
 * Finding muscle and exercise names in a line of text, and the short card a hover shows for
 * one. Pure (no vscode, no Node), so it is unit-tested with plain mocha.
 */
import { sourceLine } from '../chat/plan-block';
import { sentences } from '../engine/text';
import type { Passage, PassageKind } from '../engine/types';
import { nameOf } from '../engine/wording';

/** The kinds a hover names: muscles (and groups, tendons) and exercises. */
const RANK: Partial<Record<PassageKind, number>> = { muscle: 0, tendon: 1, group: 2, exercise: 3 };
/** Names this short ("FHB", "abs", "BF") match only as written, not in any case. */
const EXACT_CASE_MAX = 3;

export interface NameMatch {
  passage: Passage;
  /** Character range in the line, end exclusive. */
  start: number;
  end: number;
  /** The text as written in the line. */
  text: string;
}

interface Token {
  key: string;
  start: number;
  end: number;
}

interface Entry {
  passage: Passage;
  /** Set for short names: the exact spelling required. */
  exact?: string;
  rank: number[];
}

/** Words (letters and digits); apostrophes and hyphens separate words like spaces do. */
function tokens(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ key: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Between two words of one name: spaces, a hyphen or an apostrophe; never a full stop or comma. */
const JOIN = /^[ \t'’\-‐]{1,3}$/;


/**
 * Every title, short title and alias of the muscle and exercise passages, matched
 * case-insensitively on whole words, longest name first. Where two passages share a name, the
 * one whose title it is wins, then muscles before groups before exercises, then the shorter
 * title (the entity itself rather than a passage about it).
 */
export class NameFinder {
  private readonly names = new Map<string, Entry>();
  /** Most words in any name. */
  readonly longest: number;

  constructor(passages: readonly Passage[]) {
    let longest = 1;
    for (const p of passages) {
      const kindRank = RANK[p.kind];
      if (kindRank === undefined) continue;
      const titles = new Set([nameOf(p), p.title]);
      for (const name of [...titles, ...(p.aliases ?? [])]) {
        const toks = tokens(name);
        if (!toks.length) continue;
        const key = toks.map((t) => t.key).join(' ');
        const entry: Entry = { passage: p, rank: [titles.has(name) ? 0 : 1, kindRank, p.title.length] };
        if (name.trim().length <= EXACT_CASE_MAX) entry.exact = name.trim();
        const had = this.names.get(key);
        if (!had || compare(entry.rank, had.rank) < 0) this.names.set(key, entry);
        longest = Math.max(longest, toks.length);
      }
    }
    this.longest = longest;
  }

  get size(): number {
    return this.names.size;
  }

  /** Names in a line, left to right, longest at each place, not overlapping. */
  find(line: string): NameMatch[] {
    const toks = tokens(line);
    const out: NameMatch[] = [];
    for (let s = 0; s < toks.length; ) {
      let best: { e: number; entry: Entry } | undefined;
      for (let e = s; e < toks.length && e - s < this.longest; e++) {
        if (e > s && !JOIN.test(line.slice(toks[e - 1].end, toks[e].start))) break;
        const entry = this.names.get(toks.slice(s, e + 1).map((t) => t.key).join(' '));
        if (!entry) continue;
        if (entry.exact && line.slice(toks[s].start, toks[e].end) !== entry.exact) continue;
        best = { e, entry };
      }
      if (!best) {
        s++;
        continue;
      }
      const start = toks[s].start;
      const end = toks[best.e].end;
      out.push({ passage: best.entry.passage, start, end, text: line.slice(start, end) });
      s = best.e + 1;
    }
    return out;
  }

  /** The name under a character position, if any. */
  at(line: string, character: number): NameMatch | undefined {
    return this.find(line).find((m) => m.start <= character && character < m.end);
  }
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** The first sentence of a passage, at most about 240 characters. */
export function firstSentence(text: string): string {
  // The engine's sentence splitter: the hover's sentence ends where a cited excerpt's does.
  const first = sentences(text)[0] ?? text.replace(/\s+/g, ' ').trim();
  return first.length > 240 ? `${first.slice(0, 239).replace(/\s+\S*$/, '')}…` : first;
}

/** Escapes text for Markdown so a passage cannot add links, images or HTML to a hover. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&');
}

/** The command link that opens a passage in full. */
export function openPassageCommandUri(id: string): string {
  return `command:strideCoach.openPassage?${encodeURIComponent(JSON.stringify([id]))}`;
}

/** Title, kind, first sentence, source, and a link to open the passage. */
export function hoverCard(p: Passage): string {
  return [
    `**${escapeMarkdown(p.title)}** · _${p.kind}_`,
    '',
    escapeMarkdown(firstSentence(p.text)),
    '',
    `Source: ${escapeMarkdown(sourceLine(p))}`,
    '',
    `[Open passage](${openPassageCommandUri(p.id)} "Open the full passage beside the editor")`,
  ].join('\n');
}
