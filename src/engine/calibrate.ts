import { DEFAULT_CALIBRATION, MIN_PAGES, type Calibration, type Corpus } from './corpus';
import { LEXICON } from './lexicon';
import { analyseQuestion } from './query';
import { retrieve, type Retrieval } from './retrieve';
import type { Passage } from './types';
import { STOPWORDS, sentences, termOf, words } from './text';

/**
 * Fits the abstention thresholds for one corpus: how much of a question's content the best
 * passage must speak to before the coach answers, separately for questions that name something
 * in the corpus and questions that do not (a named muscle is strong evidence by itself; a question
 * of ordinary words needs more of them matched).
 *
 * In-domain questions are made from the corpus's own passages the way people paraphrase: a few of
 * a sentence's most specific words, an answer-type cue, and everyday words the corpus does not
 * use. Out-of-domain questions are the lexicon's bank of everyday topics and near misses. Each
 * threshold is the one that keeps the most in-domain questions while answering few out-of-domain
 * ones. Deterministic: the same corpus always gets the same thresholds.
 *
 * The thresholds are fitted on the coverage of the question's words. At ask time the gate also
 * counts the figure a question asks for as one of its words (`Retrieval.gate`). Fitted on that
 * reading instead, the bank's questions that ask figures the corpus does not give fell so low that
 * the curated threshold dropped from 0.50 to 0.45, and off-topic questions of every other kind
 * came through ("what muscles does cycling work?").
 */

/** Passages sampled for in-domain questions: enough to fit two numbers, cheap at 100k passages. */
const SAMPLE = 240;
/** Most times a passage is drawn on for the sample. */
const ROUNDS = 3;
const GRID = Array.from({ length: 17 }, (_, i) => 0.05 * (i + 1)); // 0.05 … 0.85
const FINE_GRID = Array.from({ length: 81 }, (_, i) => 0.05 + 0.01 * i); // 0.05 … 0.85
const SMOOTH = 0.05;
/**
 * Share of the off-topic bank the coach may answer: the product's target is to refuse at least
 * 95% of out-of-domain questions, so each threshold is the lowest that meets it on the bank.
 * (A trade-off against in-domain questions made from the passages was fitted before; those are
 * easier to cover than real questions, and the fit swung between 0.35 and 0.5 with the sample.)
 */
const MAX_FALSE_ANSWERS = 0.05;
/** Least share of the questions made from the passages a threshold must still answer. */
const MIN_ANSWERED = 0.5;
/** Least information of the noun a near miss asks about (see foreignNoun). */
const NEAR_MISS_INFORMATION = 0.6;
const BOUNDS = { named: [0.1, 0.5], unnamed: [0.3, 0.8] } as const;

interface Observation {
  named: boolean;
  coverage: number;
  answerable: boolean;
  /** Was the coverage measured on a page of a team's documents? */
  document: boolean;
}

export function calibrate(corpus: Corpus): Calibration {
  const passages = corpus.passages;
  if (!passages.length) return DEFAULT_CALIBRATION;
  const rng = mulberry32(passages.length);
  const curated = passages.filter((p) => p.kind !== 'document');
  const documents = passages.filter((p) => p.kind === 'document');
  const observe = (q: string, answerable: boolean, plain = false): Observation => {
    const analysed = analyseQuestion(q, corpus);
    const r = retrieve(plain ? { ...analysed, tokens: analysed.tokens.map(({ stranger: _, ...t }) => t) } : analysed, corpus, 3);
    return { named: r.named, coverage: r.contentCount && r.ranked.length ? r.coverage : -1, answerable, document: r.coveredBy?.kind === 'document' };
  };
  const bank = LEXICON.offTopic.map((q) => observe(q, false));
  // A folder of documents alone is fitted as before on its own pages; beside curated passages
  // the curated thresholds are fitted on those.
  const made = madeFrom(curated.length ? curated : documents, corpus, rng);
  // (Read as the gate reads them only where the pages' threshold is fitted on them: a folder of
  // documents alone. Beside curated passages the pages get questions of their own, below.)
  const fromCurated = curated.length ? undefined : made.map((q) => observe(q, true));
  // The curated thresholds are fitted on the questions' words read plainly: a noun of a question
  // that nothing leads to a word of the sources weighs more at ask time (query.ts), and fitted
  // with that weight they fell, 0.5 to 0.45, letting through near misses that have no such noun
  // ("best running shoes for flat feet"). There the weight only adds refusals. A team's pages are
  // fitted with it, on near misses made with such a noun: the very questions it marks.
  const plainBank = LEXICON.offTopic.map((q) => observe(q, false, true));
  const plainMade = made.map((q) => observe(q, true, true));
  // The curated thresholds are judged on what the curated passages answer; a team's pages get theirs.
  const mixed = curated.length > 0 && documents.length > 0;
  const obs = [...plainMade, ...(mixed ? plainBank.filter((o) => !o.document) : plainBank)];
  const calibration: Calibration = {
    named: fit(obs, true, BOUNDS.named, DEFAULT_CALIBRATION.named),
    unnamed: fit(obs, false, BOUNDS.unnamed, DEFAULT_CALIBRATION.unnamed),
    fittedOn: `${made.length} questions made from ${curated.length ? curated.length : documents.length} passages, ${LEXICON.offTopic.length} off-topic questions`,
    passages: passages.length,
  };
  // A handful of pages makes too few questions to fit a threshold on: they are held to the
  // curated one.
  if (documents.length >= MIN_PAGES) {
    // (Half the sample: one number to fit, and loading a large folder should not take twice as long.)
    const fromDocuments = fromCurated ?? madeFrom(documents, corpus, rng, SAMPLE / 2).map((q) => observe(q, true));
    const misses = madeFrom(documents, corpus, rng, SAMPLE / 2, stablePicker(LEXICON.wordsBetween(NEAR_MISS_INFORMATION, 1), foreignNoun(corpus))).map((q) => observe(q, false));
    calibration.documents = balanced(
      fromDocuments.filter((o) => !o.named && o.document),
      [...bank, ...misses].filter((o) => !o.named && o.document),
      LEXICON.offTopic.length + misses.length,
    );
    if (curated.length) calibration.fittedOn += `; pages: ${fromDocuments.length} questions made from ${documents.length} document chunks`;
  }
  return calibration;
}

/**
 * Questions made from passages the way people paraphrase: a few of a sentence's most specific
 * words, an answer-type cue, and one or two everyday words the passage does not use.
 */
function madeFrom(passages: readonly Passage[], corpus: Corpus, rng: () => number, sample = SAMPLE, foreignPick?: (r: number) => string): string[] {
  const filler = stablePicker(LEXICON.wordsBetween(0.3, 0.7));
  const cues = LEXICON.answerTypes.flatMap((t) => t.cues.filter((c) => c.includes(' ')));
  const made: string[] = [];
  const step = Math.max(1, Math.floor(passages.length / sample));
  // A small folder is read more than once (another sentence each time), so that its threshold
  // rests on as many questions as a large one's.
  for (let n = 0; n < ROUNDS * passages.length && made.length < sample; n += step) {
    const i = n % passages.length;
    const ss = sentences(passages[i].text);
    if (!ss.length) continue;
    const s = ss[Math.floor(rng() * ss.length)];
    const specific = [...new Set(words(s).filter((w) => w.length > 2 && !STOPWORDS.has(w) && !/\d/.test(w)))]
      .map((w) => ({ w, idf: corpus.index.idf(termOf(w)) }))
      .sort((a, b) => b.idf - a.idf)
      .slice(0, 2 + Math.floor(rng() * 2))
      .map((x) => x.w);
    if (!specific.length) continue;
    if (foreignPick) specific[0] = foreignPick(rng());
    const extra: string[] = [];
    for (let k = 1 + Math.floor(rng() * 2); k > 0 && filler; k--) extra.push(filler(rng()));
    const cue = cues.length ? cues[Math.floor(rng() * cues.length)] : 'what';
    made.push(`${cue} ${shuffle([...specific, ...extra], rng).join(' ')}?`);
  }
  return made;
}

/**
 * Is a word a noun the corpus never uses (of the lexicon's words that say much, information 0.6
 * and up: "music", "parking", "chess", not "thing")? What a near miss asks about instead.
 */
function foreignNoun(corpus: Corpus): (w: string) => boolean {
  return (w) => /^[a-z]{4,}$/.test(w) && LEXICON.isNoun(w) && !corpus.index.has(termOf(w));
}

function fit(obs: readonly Observation[], named: boolean, [lo, hi]: readonly [number, number], fallback: number): number {
  const group = obs.filter((o) => o.named === named);
  const pos = group.filter((o) => o.answerable);
  const neg = group.filter((o) => !o.answerable);
  if (!pos.length) return fallback;
  // The lowest threshold (answering the most in-domain questions) that answers at most
  // MAX_FALSE_ANSWERS of the off-topic bank; the highest allowed when none does.
  const allowed = GRID.filter((t) => t >= lo - 1e-9 && t <= hi + 1e-9);
  const fpr = (t: number) => (neg.length ? neg.filter((o) => o.coverage >= t).length / neg.length : 0);
  const tpr = (t: number) => pos.filter((o) => o.coverage >= t).length / pos.length;
  let best = allowed.find((t) => fpr(t) <= MAX_FALSE_ANSWERS) ?? allowed[allowed.length - 1] ?? fallback;
  // A safety net for an odd corpus (very short passages): never refuse most of the questions
  // made from its own passages.
  while (best > lo + 1e-9 && tpr(best) < MIN_ANSWERED) best = allowed[allowed.indexOf(best) - 1] ?? lo;
  return Math.round(best * 100) / 100;
}

/**
 * The threshold for a team's pages. The bank's near misses were written against the curated
 * corpus; a handbook's everyday words (days, fees, times) cover some of them as well as they cover
 * real questions, so no threshold refuses 95% of the bank and still answers most questions made
 * from the pages. The pages' threshold is the balanced one instead: the most questions made from
 * them answered less the share of the negatives answered (Youden's J). The negatives are the bank
 * and near misses made from the pages themselves: a question made from a page as the answerable
 * ones are, whose most specific word is a noun no page uses ("what music is played during the
 * early shift"). The bank alone let most of the pages' own near misses through: on the tuning
 * folders, 6 more of their 130 out-of-scope questions are refused, and 5 of 585 answerable ones
 * are lost.
 */
function balanced(pos: readonly Observation[], neg: readonly Observation[], bankSize: number): number {
  const [lo, hi] = BOUNDS.unnamed;
  if (!pos.length) return DEFAULT_CALIBRATION.unnamed;
  let best: number = hi;
  let bestScore = -Infinity;
  const j = (t: number) => pos.filter((o) => o.coverage >= t).length / pos.length - neg.filter((o) => o.coverage >= t).length / bankSize;
  for (const t of FINE_GRID.filter((t) => t >= lo - 1e-9 && t <= hi + 1e-9)) {
    // J over a window around t: the curve is flat near its top, and a sample's noise would
    // otherwise pick either end of the flat.
    const score = (j(t - SMOOTH) + j(t) + j(t + SMOOTH)) / 3;
    if (score > bestScore + 1e-9) (bestScore = score), (best = t);
  }
  return Math.round(best * 100) / 100;
}

/** The coverage a question must reach before the coach answers it from a retrieval. */
export function thresholdFor(calibration: Calibration, r: Retrieval): number {
  if (r.named) return calibration.named;
  return r.gate.passage?.kind === 'document' && calibration.documents !== undefined ? calibration.documents : calibration.unnamed;
}

/**
 * Draws words from a list so that one word more or less in the lexicon moves few draws: each
 * word holds the stretch of [0, 1) up to its hash, and a draw takes the word whose stretch holds
 * it. (Drawn by place in the sorted list, the 91 adjective forms added to the lexicon moved every
 * draw after them, and the pages' thresholds by up to 0.03.) Undefined for an empty list.
 */
export function stablePicker(list: readonly string[], keep?: (w: string) => boolean): ((r: number) => string) | undefined {
  // (The lexicon's lists are made once: each is hashed and sorted once too, and a corpus's share
  // of one is kept in that order.)
  let hashed = pickerOrder.get(list);
  if (!hashed) pickerOrder.set(list, (hashed = list.map((w) => ({ w, h: hash01(w) })).sort((a, b) => a.h - b.h || (a.w < b.w ? -1 : 1))));
  const order = keep ? hashed.filter((x) => keep(x.w)) : hashed;
  if (!order.length) return undefined;
  return (r) => {
    let lo = 0;
    let hi = order.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[mid].h < r) lo = mid + 1;
      else hi = mid;
    }
    return order[order[lo].h >= r ? lo : 0].w;
  };
}
const pickerOrder = new WeakMap<readonly string[], { w: string; h: number }[]>();

/** FNV-1a of a word, scaled to [0, 1). */
function hash01(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 4294967296;
}

function shuffle<T>(xs: T[], rng: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/** A small seeded PRNG, so calibration is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
