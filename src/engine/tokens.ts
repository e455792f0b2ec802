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
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
}

const WORD = /(?:\d{1,3}(?:,\d{3})+(?!\d)|[\p{L}\p{N}]+)(?:\.\d+)?%?/gu;

/**
 * Splits text into word tokens; numbers keep decimals, thousands separators (read as one
 * number: "1,000") and a trailing %.
 */
export function words(text: string): string[] {
  // The same sentences are read again and again (a claim by each rule, a source sentence for
  // each claim): each text is split once, and every caller gets its own copy.
  const known = seen.get(text);
  if (known) return known.slice();
  const out: string[] = [];
  for (const m of normalize(text).matchAll(WORD)) out.push(m[0].replace(/,/g, ''));
  if (text.length <= MEMO_TEXT) {
    if (seen.size >= MEMO_SIZE) seen.clear();
    seen.set(text, out.slice());
  }
  return out;
}

/** Texts split lately, and the bounds on what is remembered (memory stays flat in a long session). */
const seen = new Map<string, string[]>();
const MEMO_SIZE = 10_000;
const MEMO_TEXT = 1_000;
