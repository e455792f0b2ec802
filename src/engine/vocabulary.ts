import Fuse from 'fuse.js';
import { termOf } from './text';

/**
 * Typo correction: fuse.js over the corpus vocabulary (a few thousand short words), which is
 * where it is strong. User text reaches it one cleaned word at a time (letters and digits
 * only) and extended search is off, so `! ^ $ = ' |` can never act as operators.
 */

export interface Correction {
  from: string;
  to: string;
  term: string;
  /** Edit distance between the typed word and the correction. */
  distance: number;
}

export interface SerializedVocabulary {
  words: string[];
}

/**
 * fuse.js proposes candidates and the edit distance below decides. A slip inside a short word
 * leaves matched runs of two letters ("la·er" of "lazer"), so a longer least run would drop
 * "laser" from the candidates.
 */
const FUSE_OPTIONS = {
  includeScore: true,
  threshold: 0.4,
  distance: 20,
  minMatchCharLength: 2,
  shouldSort: true,
} as const;

/** Words shorter than this are never corrected: too many real words sit one edit away. */
const MIN_CORRECTABLE = 4;
/** Least letters a clipped word leaves off ("binoc·ulars"): a word one or two short is a typo's to mend. */
const CLIPPED = 3;

export class Vocabulary {
  private readonly words: string[];
  private readonly known: Set<string>;
  /**
   * One small fuse.js instance per first letter and length band, made on first use: a typo
   * almost never hits the first letter, and a word within the allowed edit distance is at most
   * that many letters longer or shorter. Searching the dozen or so words that can qualify,
   * instead of the ~150 sharing the first letter, keeps a correction (cold) near 0.1 ms.
   */
  private readonly byShape = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, Correction | null>();

  private constructor(words: string[]) {
    this.words = words;
    this.known = new Set(words);
  }

  /** Builds from the surface words of the corpus (titles, aliases, text). */
  static build(allWords: Iterable<string>): Vocabulary {
    const set = new Set<string>();
    for (const w of allWords) if (w.length >= MIN_CORRECTABLE && !/\d/.test(w)) set.add(w);
    return new Vocabulary([...set].sort());
  }

  static fromJSON(data: SerializedVocabulary): Vocabulary {
    return new Vocabulary(data.words);
  }

  toJSON(): SerializedVocabulary {
    return { words: this.words };
  }

  private fuseFor(letter: string, length: number, allowed: number): Fuse<string> {
    const key = `${letter}${length}`;
    let f = this.byShape.get(key);
    if (!f) {
      f = new Fuse(
        this.words.filter((w) => w[0] === letter && Math.abs(w.length - length) <= allowed),
        FUSE_OPTIONS,
      );
      this.byShape.set(key, f);
    }
    return f;
  }

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /**
   * A clipped word read whole ("binocs" for binoculars, "approx" for approximately): where the
   * typed word, less a plural "s", opens words of one corpus term only, at least CLIPPED letters
   * shorter. Only non-words reach this, as for correct().
   */
  completion(word: string, isKnownTerm: (term: string) => boolean): Correction | null {
    const stem = word.endsWith('s') && word.length > MIN_CORRECTABLE ? word.slice(0, -1) : word;
    if (stem.length < MIN_CORRECTABLE || /\d/.test(stem)) return null;
    // The sorted words that open with the stem lie together.
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid] < stem) lo = mid + 1;
      else hi = mid;
    }
    let found: string | undefined;
    for (let i = lo; i < this.words.length && this.words[i].startsWith(stem); i++) {
      const w = this.words[i];
      if (w.length < stem.length + CLIPPED || !isKnownTerm(termOf(w))) continue;
      if (found !== undefined && termOf(found) !== termOf(w)) return null;
      if (found === undefined || w.length < found.length) found = w;
    }
    return found ? { from: word, to: found, term: termOf(found), distance: found.length - stem.length } : null;
  }

  /**
   * The closest corpus word to a word the corpus does not know, or null. A candidate from
   * fuse.js is accepted only within a small edit distance, so an unrelated word ("swimming")
   * is not bent into a corpus word ("swing") and the question can still abstain.
   */
  correct(word: string, isKnownTerm: (term: string) => boolean, frequency: (term: string) => number = () => 0): Correction | null {
    if (word.length < MIN_CORRECTABLE || /\d/.test(word)) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    // One slip in a short word, two from six letters. Only non-words reach this (a real English
    // word is never corrected: see query.ts), so "rowing" cannot become "drawing".
    const allowed = word.length < 6 ? 1 : word.length <= 12 ? 2 : 3;
    const fuse = this.fuseFor(word[0], word.length, allowed);
    let best: Correction | null = null;
    // (fuse.js's Bitap search counts two letters typed the other way round as two slips, and so
    // misses "tier" for "teir": the corpus words such a swap makes are candidates too.)
    const swapped: string[] = [];
    for (let i = 0; i + 1 < word.length; i++) {
      const w = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (w !== word && this.known.has(w)) swapped.push(w);
    }
    for (const candidate of [...swapped, ...fuse.search(word, { limit: 12 }).map((hit) => hit.item)]) {
      if (Math.abs(candidate.length - word.length) > allowed) continue;
      // A complete word is not a typo of a longer one ("sleep" is not "sleepy").
      if (candidate.startsWith(word) || word.startsWith(candidate)) continue;
      const distance = damerauLevenshtein(word, candidate, allowed);
      if (distance > allowed) continue;
      const term = termOf(candidate);
      if (!isKnownTerm(term)) continue;
      // Between equally close words, one that differs only by a letter written once for twice
      // or twice for once, the commonest slip of all ("clases" → classes, not closes; "sesion" →
      // session), then one that differs by two neighbouring letters typed the other way round
      // ("teir" → tier, not tear), then one that differs only in vowels, as a word is misspelt by
      // its sound ("coordinater" → coordinator, not coordinated), and then the one the corpus uses
      // more ("flexer" → flexor, not flexes).
      const tie =
        best && distance === best.distance
          ? Number(doublingSlip(word, candidate)) - Number(doublingSlip(word, best.to)) ||
            Number(swapSlip(word, candidate)) - Number(swapSlip(word, best.to)) ||
            Number(vowelSlip(word, candidate)) - Number(vowelSlip(word, best.to)) ||
            frequency(term) - frequency(best.term)
          : 0;
      if (!best || distance < best.distance || tie > 0) {
        best = { from: word, to: candidate, term, distance };
      }
    }
    if (this.cache.size < 10_000) this.cache.set(word, best);
    return best;
  }

  /** Words starting with a prefix, for completion. */
  complete(prefix: string, limit = 8): string[] {
    const out: string[] = [];
    for (const w of this.words) {
      if (w.startsWith(prefix)) out.push(w);
      if (out.length >= limit) break;
    }
    return out;
  }
}

/** Does one word differ from the other only by a doubled letter written once ("clases", "classes"; "begginers", "beginers")? */
function doublingSlip(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) {
    if (long[i] === short[i]) continue;
    // The first difference: the longer word's extra letter, which must double a neighbour.
    return (long[i] === long[i - 1] || long[i] === long[i + 1]) && long.slice(i + 1) === short.slice(i);
  }
  return false;
}

/** Do two words of one length differ only by two neighbouring letters swapped ("teir", "tier")? */
function swapSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return at >= 0 && at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/** Do two words of one length differ only where both have a vowel ("coordinater", "coordinator")? */
function vowelSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(VOWELS.has(a[i]) && VOWELS.has(b[i]))) return false;
  return true;
}
const VOWELS = new Set('aeiouy');

/** Optimal-string-alignment distance with an early exit once it exceeds `max`. */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}
