/**
 * The analyzer's first step, free of any language data: normalization and word splitting.
 * Everything that reads text (index, questions, claims, documents, the lexicon build) goes
 * through these two functions, so that all sides agree on what a word is.
 */

/** Lower-case, fold accents and compatibility forms, drop possessive 's and apostrophes. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`\u00b4]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
}

const WORD = /(?:\d{1,3}(?:,\d{3})+(?!\d)|[\p{L}\p{N}]+)(?:\.\d+)?%?/gu;

/**
 * Splits text into word tokens; numbers keep decimals, thousands separators (read as one
 * number: "1,000") and a trailing %.
 */
export const words = rememberLists(10_000, 1_000, (text) => {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(WORD)) out.push(m[0].replace(/,/g, ''));
  return out;
});

/**
 * A list worked out from a text, remembered for the next caller with the same text (the same
 * sentences are read again and again: a claim by each rule, a source sentence for each claim).
 * Bounded so memory stays flat in a long session: at most `size` texts of up to `longest`
 * characters, starting over when full. Every caller gets its own copy.
 */
export function rememberLists<T>(size: number, longest: number, compute: (text: string) => T[]): (text: string) => T[] {
  const memo = new Map<string, T[]>();
  return (text) => {
    const known = memo.get(text);
    if (known) return known.slice();
    const out = compute(text);
    if (text.length <= longest) {
      if (memo.size >= size) memo.clear();
      memo.set(text, out.slice());
    }
    return out;
  };
}
