import { stemmer } from 'stemmer';
import { LEXICON } from './lexicon';
import { normalize, rememberLists, words } from './tokens';

/**
 * Text analysis shared by indexing and querying, so both sides agree on what a term is.
 * Pure: no Node or DOM APIs.
 */

/** Words that carry no topic in a question or claim (knowledge/lexicon.yaml). */
export const STOPWORDS: ReadonlySet<string> = LEXICON.stopwords;

export { normalize, words };

export interface Token {
  /** The word as it appears (normalized). */
  surface: string;
  /** Its index term (variant-folded, stemmed). */
  term: string;
  /** Position among the words of the text. */
  pos: number;
}

const stemCache = new Map<string, string>();

/**
 * A number word's term is its digits: "a two-hour taster" finds "Length: 2 hours", and "the
 * twelve-week diploma" finds "12 weeks". (Not a number word that is a stopword: "one of the…".)
 */
const NUMBER_TERMS = new Map([...LEXICON.numberWords].filter(([w]) => !LEXICON.stopwords.has(w)).map(([w, n]) => [w, String(n)]));

/** Index term for one normalized word. */
export function termOf(word: string): string {
  let t = stemCache.get(word);
  if (t !== undefined) return t;
  const folded = LEXICON.variants.get(word) ?? NUMBER_TERMS.get(word) ?? word;
  // Numbers and two-letter words are kept as they are: stemming "20%" or "ms" helps nobody. A
  // three-letter word is stemmed like its inflections, or "age" would miss "aged".
  // A plural figure is its figure: the "under-15s" play in the "Under-15" row, the "under 5s" in
  // the "Under 5" row, the "U12s" in the "U12" one.
  t = /^[a-z]?\d+s$/.test(folded) ? folded.slice(0, -1) : /\d/.test(folded) || folded.length <= 2 || LEXICON.keepWhole.has(folded) ? folded : stemmer(folded);
  // (A stem of one letter is a short word read as an inflection, "aed" as "a" + "ed": an
  // abbreviation such as "AED" is kept whole, not made the article "a". A digit is a figure.)
  if (t.length === 1 && !/\d/.test(t)) t = folded;
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
  const ws = words(text);
  ws.forEach((w, i) => {
    // A time of day says its half of the day as a word of its own: "7am" and "7 am" are said by
    // "in the morning" (the lexicon's calendar: "morning" is "am"), though "am" is a stopword.
    const half = HALF_OF_DAY.exec(w)?.[1] ?? (w === 'am' && /^\d/.test(ws[i - 1] ?? '') ? 'am' : undefined);
    if (!STOPWORDS.has(w)) out.push(termOf(w));
    if (half) out.push(half);
  });
  return out;
}
/** A time of day written with its half of the day: "7am", "9.30pm". */
const HALF_OF_DAY = /^\d{1,2}(?:[.:]\d{2})?(am|pm)$/;

/**
 * The terms of a text's hyphenated words that end in a particle, joined ("check-out" → checkout,
 * "drop-off" → dropoff): such a word says what its first part alone does not ("check-out" is no
 * "check-in"), and a question's "check out" is said by it (see query.ts).
 */
export function particleCompounds(text: string): string[] {
  if (!text.includes('-')) return [];
  return joinedCompounds(text).filter(({ parts }) => parts.length === 2 && LEXICON.particles.has(parts[1])).map(({ joined }) => termOf(joined));
}

/** Terms of a text's content words: no stopwords, no numbers ("Youth club: Friday" → youth, club, friday). */
export function contentTerms(text: string): string[] {
  return words(text).filter((w) => !STOPWORDS.has(w) && /^\p{L}/u.test(w)).map(termOf);
}

const COMPOUND = /\p{L}+(?:-\p{L}+)+/gu;

/**
 * The hyphenated words of a text, each with its parts ("Wi-Fi": wifi, [wi, fi]): the words split
 * it, and a question may write it whole.
 */
export function joinedCompounds(text: string): { joined: string; parts: string[] }[] {
  const out: { joined: string; parts: string[] }[] = [];
  for (const m of normalize(text).matchAll(COMPOUND)) out.push({ joined: m[0].replace(/-/g, ''), parts: m[0].split('-') });
  return out;
}

/** Splits prose into sentences, keeping abbreviations like "e.g." and decimals intact; a line break always ends one. */
export const sentences = rememberLists(2_000, 5_000, splitSentences);

function splitSentences(text: string): string[] {
  // A line break ends a sentence (a list item, a table row, a paragraph of a document).
  const parts = text
    .split(/\n+/)
    // (A closing quote or bracket after the stop ends the sentence with it: 'Myth: "The water
    // will be warm." Fact: …' is two.)
    .flatMap((line) => line.replace(/\s+/g, ' ').trim().split(/(?<=[.!?][\u201d"\u2019')\]]?)\s+(?=[\p{Lu}0-9\u201c"(\u2018])/u));
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    // …nor does a list item's number ("6. Purple: V6 to V8").
    if (prev && (/\b(e\.g|i\.e|etc|vs|approx|fig)\.$/i.test(prev) || /^\(?\d{1,3}[.)]$/.test(prev))) out[out.length - 1] = `${prev} ${p}`;
    else if (p) out.push(p);
  }
  return out;
}

/** A list item's line: "- …", "* …", "7. …", "(3) …". */
const LIST_ITEM = /^\s*(?:[-*+\u2022]|\(?\d{1,3}[.)])\s/;

/**
 * For each sentence of a text, the index of the first sentence of its list item, or of its
 * paragraph where paragraphs open alike, or the question its paragraph answers; none elsewhere,
 * or where the sentences cannot be matched to lines (read as `sentences` reads them).
 */
export function lineLeads(text: string, count: number): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  const lines = text.split(/\n+/);
  // (Each line's sentences are counted once: this runs for every passage an answer quotes.)
  const counts = lines.map((line) => sentences(line).length);
  const parallel = parallelParagraphs(lines, counts);
  // The sentence that introduces a list with a colon ("…set in seven colour circuits, marked
  // with coloured tags:") names what each of its items is: "6. Purple: V6 to V8".
  let intro: number | undefined;
  // A question that opens a paragraph ("Where can wheelchair users sit? The main house has four
  // wheelchair spaces…") is what the rest of the paragraph answers, and the paragraphs after it,
  // up to the next such question: a page of questions answered.
  let question: number | undefined;
  for (const [i, line] of lines.entries()) {
    const start = out.length;
    // A list item is about what its first words name; a paragraph moves on, unless it is one of
    // paragraphs that open alike ("Juniors (ages 8 to 11) meet on…", "Seniors (ages 15 to 18)
    // meet on…"): each speaks of what it opens with ("Sessions cost £7 each" is the Seniors').
    const item = LIST_ITEM.test(line);
    const led = item || parallel.has(i);
    const n = counts[i];
    if (!led && n && /\?[*_\s]*$/.test(sentences(line)[0])) question = start;
    for (let k = 0; k < n; k++) out.push(!led ? (question === start + k ? undefined : question) : k === 0 ? (item ? intro ?? start : undefined) : start);
    if (!item) intro = n && /:\s*$/.test(line) ? out.length - 1 : undefined;
  }
  return out.length === sentences(text).length ? out.concat(Array(Math.max(0, count - out.length)).fill(undefined)) : Array(count).fill(undefined);
}

/**
 * How a sentence or a paragraph opens: its subject (the content words before a bracket, up to
 * MAX_SUBJECT_WORDS, or else its first content word) and the content word that goes on from it
 * ("Cygnets (ages 8 to 11) sail…" → cygnets, ages). Texts that open alike with different subjects
 * say the same of things of one kind: the answers read each such paragraph as about its subject,
 * and the checker takes the subjects as names of one kind (Corpus.coordinated).
 */
export function openingOf(text: string): { subject: readonly string[]; next: string } | undefined {
  const content = (t: string) => words(t).filter((w) => !STOPWORDS.has(w) && !/\d/.test(w));
  const bracket = text.indexOf('(');
  const before = bracket > 0 ? content(text.slice(0, bracket)) : [];
  const bracketed = before.length >= 1 && before.length <= MAX_SUBJECT_WORDS;
  const all = bracketed ? [] : content(text);
  const subject = bracketed ? before : all.slice(0, 1);
  const next = bracketed ? content(text.slice(bracket))[0] : all[1];
  return subject.length && next ? { subject, next: termOf(next) } : undefined;
}

/** The paragraphs (not list items) that open alike: a different subject, then the same next word, in two or more of them. */
function parallelParagraphs(lines: readonly string[], counts: readonly number[]): Set<number> {
  const byNext = new Map<string, { line: number; subject: string }[]>();
  for (const [i, line] of lines.entries()) {
    if (LIST_ITEM.test(line) || counts[i] < 2) continue;
    const opening = openingOf(line);
    if (!opening) continue;
    byNext.set(opening.next, [...(byNext.get(opening.next) ?? []), { line: i, subject: opening.subject.join(' ') }]);
  }
  const out = new Set<number>();
  for (const group of byNext.values()) {
    if (new Set(group.map((g) => g.subject)).size >= 2) for (const g of group) out.add(g.line);
  }
  return out;
}
/** Most words before a bracket that open a text as its subject ("Welcome team volunteers (…)"). */
const MAX_SUBJECT_WORDS = 4;

/** A table row as the document reader writes it, "Header: value; Header: value", and its first value. */
const TABLE_ROW = /^[^:;]{1,40}:\s{0,3}([^:;]{1,60});[^;]{1,200}:/;

/** The value that names a table row ("Site: Eastbrook Library; Address: …" → "Eastbrook Library"), or undefined for any other sentence. */
export function tableRowName(sentence: string): string | undefined {
  return TABLE_ROW.exec(sentence)?.[1]?.trim();
}

/** A sentence that lists after a colon: "four core diseases: distemper, parvovirus, hepatitis and leptospirosis". */
export function listsAfterColon(sentence: string): boolean {
  const colon = sentence.indexOf(':');
  if (colon < 0) return false;
  const rest = sentence.slice(colon + 1);
  return (rest.match(/,/g)?.length ?? 0) >= 2 || /,[^,]*\band\b/.test(rest);
}

/** Does a line (or a sentence) open as a list item ("- PVC …", "2. Second injection …")? */
export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** The lines of a text that are list items ("- PVC, vinyl …", "2. Second injection …"). */
export function listItems(text: string): string[] {
  return text.split('\n').filter(isListItem);
}

/** A list item's text without its marker: "Cats: from 4 months" of "- Cats: from 4 months". */
export function listItemText(line: string): string {
  return line.replace(LIST_ITEM, '').trimStart();
}

/** What a list item names, as written: "Chrome-tanned leather" of "- Chrome-tanned leather, which …". */
export function listItemName(line: string): string {
  return listItemText(line).split(/[,;:(]/)[0].replace(/[*_]/g, '').trim();
}

/**
 * A short sentence that only denies the one before it: "It is not.", "This is not the case.",
 * "Not true.", "No." (Not a question: "Can't make it?" asks, and denies nothing.)
 */
export function deniesTheOneBefore(sentence: string): boolean {
  if (sentence.trimEnd().endsWith('?')) return false;
  const ws = words(sentence);
  return (ws.length <= BARE_DENIAL && LEXICON.anaphora.has(ws[0] ?? '') && ws.some((w) => LEXICON.negations.has(w))) || (ws.length <= BARE_NEGATION && LEXICON.negations.has(ws[0] ?? ''));
}
/** Most words of a sentence that only denies the one before ("It is not.", "This is not the case."). */
const BARE_DENIAL = 5;
/** …where it opens with the negation ("No.", "Not true.", "Not at all."). */
const BARE_NEGATION = 3;

/** A text that writes a list: a sentence listing after a colon, or three list items (remembered: passages are read for every list question). */
export function writesList(text: string): boolean {
  let answer = writtenLists.get(text);
  if (answer === undefined) {
    answer = listItems(text).length >= 3 || sentences(text).some(listsAfterColon);
    if (writtenLists.size >= 10_000) writtenLists.clear();
    writtenLists.set(text, answer);
  }
  return answer;
}
const writtenLists = new Map<string, boolean>();

/**
 * Is a text written in Title Case ("What Is The Best Way To Recover Quickly?")? Such a text
 * capitalises words, not names: most of its words start with a capital, and only function words
 * ("and", "of", "the") are left in lower case. "Who wrote Pride and Prejudice?" leaves "wrote" in
 * lower case: its capitals are names.
 */
export function inTitleCase(text: string): boolean {
  const all = text.match(/\p{L}+/gu) ?? [];
  const capitalised = all.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  return capitalised * 2 > all.length && !all.some((w) => /^\p{Ll}/u.test(w) && !STOPWORDS.has(w));
}

/**
 * Does a text name someone the question does not: a run of capitalised words past a sentence's
 * first word ("… is Priya Nandakumar") that holds a word no English word or opens with a given
 * name? `asked` holds the question's terms.
 */
export function namesSomeone(text: string, asked: ReadonlySet<string>): boolean {
  // (A month or a day of the week names no one; a table cell's capital after "; " opens a cell.)
  const dated = (w: string) => LEXICON.months.has(w) || LEXICON.exclusiveSets.some((set) => set.has(w));
  // (A run of English words only, such as "Deputy Safety Officer" or "Main Hall", is a post or a
  // place, unless it opens with a given name: "Declan Marsh", and "Jenny Marsh" before a second
  // word, where "Lane" alone, an English word first, is no one.)
  const person = (ws: readonly string[]) => (ws.length > 1 ? LEXICON.mayBeGivenName(ws[0]) : LEXICON.isGivenName(ws[0])) || ws.some((w) => !LEXICON.isWord(w));
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const ws = words(m[0]);
    // (A name's first word may stand where no run starts, after a dash: "Treasurer – Nadia Quill"
    // runs from "Quill", and "Nadia" is read with it.)
    const opening = NAME_OPENING.exec(text.slice(Math.max(0, (m.index ?? 0) - NAME_OPENING_REACH), m.index ?? 0))?.[1];
    if (ws.some((w) => !asked.has(termOf(w)) && !dated(w)) && person(opening ? [...words(opening), ...ws] : ws)) return true;
  }
  return false;
}
const CAPITALISED_RUN = /(?<=[\p{L}\d,]\s{1,3})[A-Z][a-z]+(?:\s{1,3}[A-Z][a-z]+){0,3}/gu;
/** A capitalised word right before a run, that no run took in; and how far back it is looked for. */
const NAME_OPENING = /(?:^|[^\p{L}\d,]\s{0,3})([A-Z][a-z]+)\s{1,3}$/u;
const NAME_OPENING_REACH = 30;

/** What a text obliges, forbids, leaves optional or allows, by the lexicon's modal phrases ("must not" forbids, not obliges); a `source` sentence also forbids by command ("Do not sand …"). */
export function modalityOf(ws: readonly string[], source = false): { obliges: boolean; forbids: boolean; optional: boolean; allows: boolean; conditional: boolean } {
  const has = (kind: keyof typeof LEXICON.modality) => LEXICON.modality[kind].some((p) => containsRun(ws, p));
  // "Nobody under 18 may use it": a denying subject a few words before the permission.
  const deniedPermission = LEXICON.modality.noneMay.some((p) =>
    ws.some((_, i) => p.every((w, k) => ws[i + k] === w) && ws.slice(i + p.length, i + p.length + NONE_MAY_REACH).some((w) => LEXICON.modality.allows.some((a) => a.length === 1 && a[0] === w))),
  );
  // (A source's command only: a claim's "do not go back inside" asks whether the sources
  // forbid it, and its act is too short to align a rule on.)
  const commands = source && LEXICON.modality.forbidsOpening.some((p) => p.every((w, k) => ws[k] === w));
  const forbids = has('forbids') || deniedPermission || commands;
  const optional = has('optional');
  // "Only adults who have had the induction may use it" restricts what it allows; "allowed as
  // long as …" allows on a condition.
  return {
    obliges: has('obliges') && !forbids && !optional,
    forbids,
    optional,
    allows: has('allows') && !forbids && !optional && !has('restricts'),
    conditional: has('conditional') || has('restricts'),
  };
}
/** How far a denying subject ("nobody under 18") reaches to the permission it denies. */
const NONE_MAY_REACH = 4;

/** Does a sentence (its words) state a rule: oblige, forbid, allow or leave something open? */
export function statesRule(ws: readonly string[]): boolean {
  return LEXICON.rulePhrases.some((p) => containsRun(ws, p));
}

/** Does a word sequence hold this run of words, in order and together? */
export function containsRun(ws: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= ws.length; i++) {
    for (let j = 0; j < run.length; j++) if (ws[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

/** The unit class a question asks for with "which night", "what day": a day of the week named. */
export const WEEKDAY = 'weekday';
/** The unit class "which month", "during which months" ask for: a month named. */
export const MONTH = 'month';

/**
 * The names that answer a question asking for a point named rather than a figure: the days of
 * the week, and the months by their full names ("may" is left out, a verb far more often).
 */
const NAMED_POINTS: readonly (readonly [string, ReadonlySet<string>])[] = [
  [WEEKDAY, LEXICON.dayNames],
  [MONTH, new Set(LEXICON.monthNames.filter((m) => !LEXICON.stopwords.has(m)))],
];

/** The named points a text gives: "weekday" for "on Thursdays", "month" for "each February". */
export function pointsNamed(text: string): string[] {
  const ws = words(text);
  const named = NAMED_POINTS.filter(([, names]) => names.size > 0 && ws.some((w) => names.has(w) || (w.endsWith('s') && names.has(w.slice(0, -1))))).map(([unit]) => unit);
  // A length of time before or after something places a point in time: "15 minutes before the
  // last start" answers "what time…" as "12.15pm" does.
  const { cues, units, answers } = LEXICON.relativeTimes;
  // (A number before it: "at least a week before" is a notice period.)
  const placed = ws.some((w, i) => i > 0 && (/^\d/.test(ws[i - 1]) || LEXICON.numberWords.has(ws[i - 1]) || LEXICON.fractions.has(ws[i - 1])) && units.has(LEXICON.units.get(w) ?? '') && cues.some((c) => c.every((x, k) => ws[i + 1 + k] === x)));
  return placed ? [...named, ...answers] : named;
}
