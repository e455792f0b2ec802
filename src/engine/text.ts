import { stemmer } from 'stemmer';

/**
 * Text analysis shared by indexing and querying, so both sides agree on what a term is.
 * Pure: no Node or DOM APIs.
 */

/** Spelling variants folded to one form before stemming (British/American, plural quirks). */
// Null prototype: "constructor" is a word here, not Object.prototype.constructor.
const VARIANTS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  calves: 'calf',
  fiber: 'fibre',
  fibers: 'fibre',
  fibres: 'fibre',
  tendinitis: 'tendonitis',
  tendonitis: 'tendonitis',
  tendinopathies: 'tendinopathy',
  feet: 'foot',
  toes: 'toe',
  heels: 'heel',
  knees: 'knee',
  hips: 'hip',
  shins: 'shin',
  thighs: 'thigh',
  ankles: 'ankle',
  stabilise: 'stabilize',
  stabilises: 'stabilize',
  stabilising: 'stabilize',
  stabilisation: 'stabilization',
  metres: 'meter',
  metre: 'meter',
  meters: 'meter',
  millisecond: 'ms',
  milliseconds: 'ms',
  percent: '%',
  per: 'per',
  tibialis: 'tibialis',
  peroneus: 'peroneal',
  peroneals: 'peroneal',
  peroneal: 'peroneal',
  fibularis: 'peroneal',
  gluteus: 'glute',
  gluteal: 'glute',
  glutes: 'glute',
  quads: 'quadricep',
  quad: 'quadricep',
  quadriceps: 'quadricep',
  hamstring: 'hamstring',
  hamstrings: 'hamstring',
  hammies: 'hamstring',
});

/** Words that carry no topic in a question or claim. */
export const STOPWORDS = new Set(
  (
    'a an the and or but if then than so of in on at to for from by with without about into onto over under ' +
    'is are was were be been being am do does did doing done has have had having can could should would will shall may might must ' +
    'i me my mine we us our you your yours he him his she her it its they them their this that these those there here ' +
    'what which who whom whose when where why how whats hows whos ' +
    'not no yes very really just also too much many more most some any all each every both either neither ' +
    'tell explain describe show give list please help know want need like get got make made ' +
    'one ones thing things something anything way ways kind sort lot lots bit ' +
    'as up out off down again further once only own same such just now ever even still well ' +
    'im ive id youre dont doesnt didnt isnt arent cant wont' 
  ).split(/\s+/).filter(Boolean),
);

/**
 * Words of the running domain that almost every passage is about: they neither decide
 * which passage answers nor make a question "covered" on their own.
 */
export const DOMAIN_GENERIC = new Set(
  'run runs running runner runners jog jogging jogger marathon marathoner marathoners athlete athletes sport sports body bodies human people person muscle muscles muscular'.split(' '),
);

/** Lower-case, fold accents and compatibility forms, keep letters, digits and %. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
}

export interface Token {
  /** The word as it appears (normalized). */
  surface: string;
  /** Its index term (variant-folded, stemmed). */
  term: string;
  /** Position among the words of the text. */
  pos: number;
}

const WORD = /[\p{L}\p{N}]+(?:\.\d+)?%?/gu;

/** Splits text into word tokens; numbers keep decimals and a trailing %. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(WORD)) out.push(m[0]);
  return out;
}

const stemCache = new Map<string, string>();

/**
 * Words the stemmer would fold into a different corpus word: "cycling" is a sport the sources do
 * not cover, not the stretch-shortening "cycle".
 */
const KEEP_WHOLE = new Set(['cycling', 'cyclist', 'cyclists', 'cycled']);

/** Index term for one normalized word. */
export function termOf(word: string): string {
  let t = stemCache.get(word);
  if (t !== undefined) return t;
  const folded = VARIANTS[word] ?? word;
  // Numbers and very short words are kept as they are: stemming "20%" or "ms" helps nobody.
  t = /\d/.test(folded) || folded.length <= 3 || KEEP_WHOLE.has(folded) ? folded : stemmer(folded);
  if (stemCache.size < 200_000) stemCache.set(word, t);
  return t;
}

/** Tokens of a text, stopwords included (callers decide what to drop). */
export function tokenize(text: string): Token[] {
  return words(text).map((surface, pos) => ({ surface, term: termOf(surface), pos }));
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Index terms of a text without stopwords: what the inverted index stores. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOPWORDS.has(w)) out.push(termOf(w));
  return out;
}

/** Splits prose into sentences, keeping abbreviations like "e.g." and decimals intact. */
export function sentences(text: string): string[] {
  const parts = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z0-9“"(])/u);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev && /\b(e\.g|i\.e|etc|vs|approx|fig)\.$/i.test(prev)) out[out.length - 1] = `${prev} ${p}`;
    else if (p) out.push(p);
  }
  return out;
}
