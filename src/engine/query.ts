import { MIN_PAGES, type Corpus } from './corpus';
import type { WeightedTerm } from './bm25-index';
import { LEXICON } from './lexicon';
import { statedFigures, figureWords, fractionUnitWords, quantities, type Quantity } from './numbers';
import type { AnswerType } from './lexicon-types';
import { containsRun, inTitleCase, normalize, STOPWORDS, termOf, words } from './text';
import { Vocabulary } from './vocabulary';

/**
 * Question analysis: every word is classified once, from data (the lexicon, WordNet, the
 * corpus's own index), and the same reading serves retrieval, abstention and composition.
 *
 * - `known`: the corpus has the word.
 * - `synonym`: a lay word the lexicon maps to corpus words ("butt" → glute).
 * - `expanded`: a real English word the corpus lacks; it is never "corrected", only expanded
 *   through WordNet to corpus words that share a sense with it, and it counts against coverage
 *   by how much it says in general English ("few" little, "shoe" much).
 * - `corrected`: a non-word within a typo's reach of a corpus word.
 * - `unknown`: a non-word nothing explains.
 * - `cue` / `qualifier`: words that say what kind of answer is wanted, or only qualify it.
 */

/** What a question asks for; `general` when nothing says. */
export type Intent = AnswerType | 'general';

export type TokenStatus = 'known' | 'corrected' | 'synonym' | 'expanded' | 'unknown' | 'stop' | 'cue' | 'qualifier' | 'number';

export interface QueryToken {
  surface: string;
  term: string;
  status: TokenStatus;
  /** For corrected words: what the user typed. */
  typed?: string;
  /** Corpus terms standing in for a synonym or expanded word. */
  alternatives?: string[];
  /**
   * The one word the sources write a verb and its particle as ("checkout" of "check out"), one of
   * the alternatives: the question's own words, so it weighs as the verb does, not as a synonym,
   * and it matches for the particle (the next word), as the verb's own word matches for the verb.
   */
  joined?: string;
  /**
   * For a word the corpus knows, in a question: the corpus terms that share one of its first
   * senses in general English ("novice" → beginner). Read by the abstention gate only, at an
   * expanded word's credit: a word known from one page is said in other words on another.
   */
  related?: string[];
  /**
   * For an expanded word: its alternatives are only what it is a kind of ("toddler" → child), so
   * a passage that says them speaks to the question's class of thing, not to the thing itself.
   */
  broader?: boolean;
  /** A question's noun that nothing leads to a word of the sources: a topic they lack (weighs more for the gate). */
  stranger?: boolean;
}

export interface EntityMatch {
  id: string;
  /** The phrase is this passage's own title (not only an alias shared with others). */
  primary: boolean;
  /** The words of the question that named it. */
  phrase: string;
  /** One ambiguous everyday word ("back", "core"): too weak to show the question is about the corpus. */
  weak?: boolean;
}

export interface AnalysedQuery {
  text: string;
  tokens: QueryToken[];
  terms: WeightedTerm[];
  entities: EntityMatch[];
  intent: Intent;
  /** For a figure question, the unit classes it names ("milliseconds" → ms); empty for any figure. */
  units: string[];
  /** For a figure question, the periods it asks a rate of ("per hour" → hours). */
  per?: string[];
  /** For a list question, the kinds of passage it lists, where it names one ("which muscles"). */
  listOf?: ReadonlySet<string>;
  corrections: { from: string; to: string }[];
  /**
   * Proper names the question uses that the sources never do ("the Premier League", "the Miller
   * method"): a question about something the sources do not know is outside them.
   */
  foreignNames?: string[];
  /** Asks for someone ("who is…?", the lexicon's nameQuestions): a passage that names someone the question does not answers it. */
  asksName?: boolean;
  /** The posts whose work a "who" question's words describe (lexicon `postDuties`), as terms the sources use. */
  posts?: ReadonlySet<string>;
  /** Does it ask what a rule allows or requires ("can I bring my dog?")? */
  asksRule?: boolean;
  /**
   * Single figures a question states ("an adult weighing 80 kg", "my 11 yr old"): the band or
   * limit they fall in answers it. (Only a question's: a claim's figures are what is checked.)
   */
  stated?: Quantity[];
}

/** Questions longer than this are cut: nobody's question is longer, and it bounds the work. */
export const MAX_QUERY_CHARS = 2_000;
const MAX_WORDS = 200;

/** Retrieval weight of each kind of word (BM25 multiplies it into the term's contribution). */
const WEIGHTS: Record<TokenStatus, number> = {
  known: 1,
  corrected: 0.9,
  synonym: 0,
  expanded: 0,
  unknown: 0,
  stop: 0,
  cue: 0.3,
  qualifier: 0.15,
  number: 0.5,
};
/** The unit class of a share ("10 per cent"). */
const PERCENT = LEXICON.units.get('%') ?? 'percent';
const SYNONYM_WEIGHT = 0.7;
const EXPANSION_WEIGHT = 0.5;

/** Single-word cues of each answer type, and multi-word cue phrases, from the lexicon. */
const CUE_WORDS = new Map<string, AnswerType[]>();
const CUE_PHRASES: { words: string[]; type: AnswerType }[] = [];
for (const t of LEXICON.answerTypes) {
  for (const cue of t.cues) {
    const ws = words(cue);
    if (ws.length === 1) CUE_WORDS.set(ws[0], [...(CUE_WORDS.get(ws[0]) ?? []), t.type]);
    else if (ws.length > 1) CUE_PHRASES.push({ words: ws, type: t.type });
  }
}
/** When a question holds cues of several types, the first of these wins. */
/** A kind's name, as a question says it, → the kinds a list of them holds (a muscle list holds groups too). */
const LISTED_KINDS = new Map<string, string[]>([
  [termOf('muscle'), ['muscle', 'group']],
  [termOf('tendon'), ['tendon']],
  [termOf('exercise'), ['exercise']],
  [termOf('condition'), ['condition']],
]);

const TYPE_ORDER: readonly AnswerType[] = ['exercise', 'list', 'anatomy', 'figure', 'condition', 'role'];

/** The last few texts analysed against each corpus: a claim is read by several rules in turn. */
const recent = new WeakMap<Corpus, Map<string, AnalysedQuery>>();
const RECENT = 16;

/**
 * The analysis of a text, remembered for the next few callers asking for the same text (a claim is
 * read by several rules in turn): read-only. A question asked in the chat is analysed afresh
 * (`analyseQuestion`), so a repeated question costs what the first did.
 */
export function analyse(question: string, corpus: Corpus): AnalysedQuery {
  let memo = recent.get(corpus);
  if (!memo) recent.set(corpus, (memo = new Map()));
  const hit = memo.get(question);
  if (hit) return hit;
  const q = analyseText(question, corpus);
  if (memo.size >= RECENT) memo.delete(memo.keys().next().value as string);
  memo.set(question, q);
  return q;
}

/**
 * A question's analysis, worked out afresh (nothing remembered). A word that names days a
 * handbook lists one by one ("weekend") is read as them too: it leads a question to "Saturday and
 * Sunday: 09:00 to 21:00". (A claim is read by its own words: "at weekends" is not said by
 * "Tuesday to Sunday".)
 */
export function analyseQuestion(question: string, corpus: Corpus): AnalysedQuery {
  return analyseText(question, corpus, true);
}

/**
 * A text's hyphenated words that the sources do not write, written whole where the dictionary
 * writes them whole and leads from them to words of the sources ("grown-ups": "grownups", said by
 * "adults"; "one-time" stays two words, since "onetime" is "former").
 */
function joinHyphenated(text: string, corpus: Corpus): string {
  return text.replace(HYPHENATED, (w) => {
    const joined = normalize(w).replace(/-/g, '');
    if (corpus.compoundParts(joined)) return w;
    return corpus.index.has(termOf(joined)) || LEXICON.expand(joined).some((x) => corpus.index.has(termOf(x))) ? joined : w;
  });
}
const HYPHENATED = /\p{L}+(?:-\p{L}+)+/gu;

/**
 * A digit chat types for a word ("do i need 2 book", "how much 4 a tent") written as the word,
 * where the words either side show it (knowledge/lexicon.yaml chatDigits): after a word that takes
 * "to" or "for", unless what follows makes a figure with it ("need 2 tickets", "2 hrs"), or before
 * a word that follows "to" or "for" and no number ("4 a tent").
 */
export function readChatDigits(text: string): string {
  const { words: digitWords, after, before } = LEXICON.chatDigits;
  if (!digitWords.size) return text;
  return text.replace(CHAT_DIGIT, (whole, prev: string, gap: string, digit: string, next: string) => {
    const word = digitWords.get(digit);
    if (!word) return whole;
    const [p, n] = [prev.toLowerCase(), next.toLowerCase()];
    const counts = quantities(`${digit} ${LEXICON.informal.get(n) ?? n}`).length > 0;
    return before.has(n) || (after.has(p) && !counts) ? `${prev}${gap}${word}` : whole;
  });
}
/** A lone digit between two words (the next one looked at, not taken, so that "need 2 get 2 kids" reads both). */
const CHAT_DIGIT = /(\p{L}+)([ \t]+)([0-9])(?=[ \t]+(\p{L}+))/gu;

function analyseText(question: string, corpus: Corpus, fromAsker = false): AnalysedQuery {
  const clipped = question.length > MAX_QUERY_CHARS ? question.slice(0, MAX_QUERY_CHARS) : question;
  // (Only what an asker types: a claim or a page says "2 sets", not "2 book".)
  const text = fromAsker ? readChatDigits(clipped) : clipped;
  // Chat spellings are read as the words they stand for before anything else ("hw shud u"), and
  // so is a dropped ending ("waitin"), unless the sources use the word as typed.
  // A lone "%" ("what % of injuries") is a word here: the tokenizer keeps "%" only after a number.
  // A hyphenated word of the sources typed whole ("wifi" for "Wi-Fi") is read as its parts, and a
  // hyphenated word the sources do not write is read whole where the dictionary has it so
  // ("grown-ups" is "grownups", said by "adults", not "grown" and "ups").
  const typed = words(joinHyphenated(text, corpus).replace(/(^|\s)%(?=\s|$)/g, '$1percent'))
    .slice(0, MAX_WORDS)
    .map((w) => LEXICON.informal.get(w) ?? LEXICON.restoredEnding(w, (x) => corpus.index.has(termOf(x))) ?? w)
    .flatMap((w) => (corpus.index.has(termOf(w)) ? w : (corpus.compoundParts(w) ?? w)));
  readClippedWeekdays(typed);
  // "per cent" is one sign, as numbers.ts reads it. (Joined before slips are mended, which are
  // remembered by position.)
  for (let i = typed.length - 2; i >= 0; i--) if (typed[i] === 'per' && typed[i + 1] === 'cent') typed.splice(i, 2, '%');
  // A question's slips are mended before it is read, so that what it asks is read from the words
  // meant ("what dstance sould i keep…" asks for a distance): a word of the sources, or a common
  // word where none of theirs lies as near ("sould" is "should", "weaher" "weather"). A name the
  // question capitalises is left as typed.
  const named = fromAsker ? new Set(capitalisedInside(text).map((m) => m[1].toLowerCase())) : undefined;
  const mended = new Map<number, string>();
  const raw = named ? typed.map((w, i) => {
    const to = named.has(w) ? undefined : slipRead(w, corpus);
    if (to) mended.set(i, w);
    return to ?? w;
  }) : typed;
  const tokens: QueryToken[] = [];
  const corrections: { from: string; to: string }[] = [...mended].map(([i, from]) => ({ from, to: raw[i] }));
  const types = new Set<AnswerType>();
  // A cue phrase ("which muscle", "how many") says more than a cue word ("exercises").
  const phraseTypes = new Set<AnswerType>();
  const known = (t: string) => corpus.index.has(t);

  for (const p of CUE_PHRASES) if (containsRun(raw, p.words) || askedWithGap(raw, p.words)) phraseTypes.add(p.type);

  // The words a time of day or a fraction is written in ("half past nine", "a quarter of an
  // hour") are the figure's.
  const inFigures = figureWords(text);
  // A fraction of a unit is written in the next smaller unit: "a quarter of an hour" is said by
  // a source's "15-minute break", "half a day" by "12 hours". (The figure rule compares the values.)
  const fractionUnits = fractionUnitWords(text);
  const numeric = (w: string | undefined) => w !== undefined && (/^\d/.test(w) || LEXICON.numberWords.has(w) || inFigures.has(w));
  // A capital letter standing alone names one of a set ("Studio C", "Zone B", "vitamin C"), where the
  // sources write it too. ("A" and "I" are words.)
  const letters = new Set((text.match(LONE_CAPITAL) ?? []).map((l) => l.toLowerCase()));
  // A word capitalised inside the question names something ("the Safeguarding Lead", "the Music
  // Panel"): where the sources know it, it is the question's topic, never a cue or a qualifier.
  const midCapitals = capitalisedInside(text);
  const capitalised = new Set(midCapitals.map((m) => m[1].toLowerCase()));
  // A qualifier the sources write as part of a name is that name's: "the main pool" is not any
  // pool, nor "the key holder" any holder. (A name recurs: written so in two passages at least,
  // where "set at the right height" is said once. Not one that opens what a figure question asks
  // for: "the minimum age" asks an age.)
  const opensAskedUnit = (at: number) => LEXICON.askedUnits.some(([phrase]) => phrase.length > 1 && phrase[0] === raw[at] && phrase.every((w, k) => raw[at + k] === w));
  const partOfName = (at: number) => at + 1 < raw.length && !opensAskedUnit(at) && corpus.writesSideBySide(raw[at], raw[at + 1], 2);
  for (const [at, surface] of raw.entries()) {
    for (const t of CUE_WORDS.get(surface) ?? []) types.add(t);
    const term = termOf(surface);
    // A lone letter ("e.g.", "vitamin D") says nothing the corpus could cover.
    if ((letters.has(surface) || (capitalised.has(surface) && !STOPWORDS.has(surface))) && known(term)) {
      tokens.push({ surface, term, status: 'known' });
    } else if (STOPWORDS.has(surface) || (surface.length === 1 && /\p{L}/u.test(surface))) {
      tokens.push({ surface, term, status: 'stop' });
    } else if (ageSaid(raw, at, numeric)) {
      // "my 11 yr old": a handbook says an age as "aged 14 or over", "the minimum age", never in
      // the asker's words, and its other years ("2 years' experience") answer nothing of it.
      const ages = [...new Set(LEXICON.ageWords.map(termOf))].filter(known);
      // (A claim's age is checked as a figure: its words are the figure's.)
      tokens.push(fromAsker && LEXICON.units.get(surface) === 'years' && ages.length ? { surface, term, status: 'synonym', alternatives: ages } : { surface, term, status: 'number' });
    } else if (numeric(surface) || surface === '%' || (LEXICON.units.has(surface) && (numeric(raw[at - 1]) || fractionUnits.has(surface)) && !known(termOf(surface)))) {
      // (A unit the sources never write, after its number, is part of the figure, "fifteen
      // pounds", not a topic they must speak to: a handbook writes "£15". So is one that closes
      // a fraction: "a quarter of an hour" where the handbook writes "15-minute".)
      tokens.push({ surface, term, status: 'number' });
    } else if (CUE_WORDS.has(surface)) {
      tokens.push({ surface, term, status: 'cue' });
    } else if (LEXICON.qualifiers.has(surface) && !headsNounPhrase(raw, at, known) && !partOfName(at)) {
      tokens.push({ surface, term, status: 'qualifier' });
    } else if (mended.has(at) && known(term)) {
      tokens.push({ surface, term, status: 'corrected', typed: mended.get(at)!, ...formsOf(surface, known) });
    } else if (known(term)) {
      // (A known word's alternatives are the days it names, "weekend", its irregular forms ("lost"
      // is said by "lose") and, in a claim, its everyday equivalents ("begin" by "start").)
      const days = fromAsker ? (LEXICON.calendar.get(surface) ?? []).map(termOf).filter((t) => t !== term && known(t)) : [];
      const forms = formsOf(surface, known, !fromAsker).alternatives ?? [];
      const scaled = fractionUnits.has(surface) ? unitsBelow(fractionUnits.get(surface)!).map(termOf).filter((t) => t !== term && known(t)) : [];
      const alternatives = [...new Set([...days, ...forms, ...scaled])];
      const related = fromAsker ? LEXICON.expand(surface).map(termOf).filter((t) => t !== term && known(t)) : [];
      tokens.push({ surface, term, status: 'known', ...(alternatives.length ? { alternatives } : {}), ...(related.length ? { related } : {}) });
    } else {
      // (A comparative before "than" compares: "cheaper than booking" is said in its own word.)
      const compares = raw[at + 1] === 'than';
      // (…and, in a question as in a claim, its everyday equivalents the sources write: "price" by
      // "cost". A known word keeps to itself in a question: its equivalents spread the ranking.)
      const syn = [...(compares ? [] : (LEXICON.synonyms.get(surface) ?? [])), ...(fromAsker ? (LEXICON.calendar.get(surface) ?? []) : []), ...LEXICON.inflectionsOf(surface), ...LEXICON.equivalentsOf(surface)].map(termOf).filter(known);
      if (syn.length) {
        tokens.push({ surface, term, status: 'synonym', alternatives: syn });
      } else if (LEXICON.isWord(surface) && confusedFor(surface, known)) {
        // …except its commonly confused partner: "if i loose my music" asks about losing it.
        const to = confusedFor(surface, known)!;
        tokens.push({ surface: to, term: termOf(to), status: 'corrected', typed: surface, ...formsOf(to, known) });
        corrections.push({ from: surface, to });
      } else if (LEXICON.isWord(surface)) {
        // A real word is never bent into another: "sleep" is not a typo of "step".
        // (A measure's name is said by its degrees: "the maximum depth" by "no deeper than 30 cm".)
        const expanded = [...new Set([...LEXICON.expand(surface), ...(LEXICON.degreesOf.get(surface) ?? [])].map(termOf))].filter(known);
        // (…or, where nothing it expands to is said, what derives from it: "what do I have to
        // sing?" is said by "a song".)
        // (…or, where nothing derives either, the two words a closed compound is made of, where the
        // sources say both: "thunderstorm" is said by "thunder" and "storm".)
        const derived = expanded.length ? expanded : [...new Set([...LEXICON.derivedFrom(surface), ...LEXICON.namedBy(surface)].map(termOf).filter(known))];
        const parts = derived.length ? derived : closedCompoundParts(surface, known);
        // (…or, failing all of those, what it is a kind of: "toddlers" are said by "children".)
        // (In a question only: a claim about toddlers is not borne out by a sentence about children.)
        const kinds = parts.length || !fromAsker ? [] : [...new Set(LEXICON.kindsOf(surface).flatMap((x) => [x, ...LEXICON.inflectionsOf(x)]).map(termOf).filter(known))];
        // (A noun of a question that nothing leads to a word of the sources names a topic they
        // lack: "which chess opening is best for a beginner?" asked of a beekeepers' handbook.)
        // (Not a word for a kind of person, "my nan": who asks, not what about.)
        // (Only beside pages numerous enough for a threshold of their own, fitted with the weight,
        // calibrate.ts: held to the curated threshold, fitted on plain words, a one-page folder
        // refused "which four illnesses should every dog be vaccinated against?".)
        const stranger = fromAsker && corpus.documentCount >= MIN_PAGES && !parts.length && !kinds.length && LEXICON.isNoun(surface) && !namesSomeoneKnown(surface, true);
        tokens.push({ surface, term, status: 'expanded', alternatives: parts.length ? parts : kinds, ...(kinds.length ? { broader: true } : {}), ...(stranger ? { stranger: true } : {}) });
      } else {
        // (…or, failing a slip, a clipped word: "binocs", "pyro". Not a real word clipped: "temp"
        // and "part" are words of their own.)
        const fix = corpus.vocabulary.correct(surface, known, (t) => corpus.index.df(t)) ?? corpus.vocabulary.completion(surface, known);
        if (fix) {
          tokens.push({ surface: fix.to, term: fix.term, status: 'corrected', typed: surface, ...formsOf(fix.to, known) });
          corrections.push({ from: surface, to: fix.to });
        } else {
          tokens.push({ surface, term, status: 'unknown' });
        }
      }
    }
  }

  readPhrasals(tokens, known, fromAsker);
  // "Where would I find the defibrillator?" asks where it is: the verb that frames it, before any
  // word of the topic, says nothing the answer must.
  if (fromAsker && raw[0] === 'where') {
    for (let i = 1; i < tokens.length && tokens[i].status === 'stop'; i++) {
      const next = tokens[i + 1];
      if (next && LEXICON.locatingVerbs.has(next.surface)) tokens[i + 1] = { ...next, status: 'stop', alternatives: undefined, related: undefined };
    }
  }
  correctInNames(tokens, corpus, corrections);
  // Cues are read as corrected too: "how oftn" asks how often.
  if (corrections.length) {
    const fixed = tokens.map((t) => t.surface);
    for (const p of CUE_PHRASES) if (containsRun(fixed, p.words) || askedWithGap(fixed, p.words)) phraseTypes.add(p.type);
    for (const t of tokens) if (t.status === 'corrected') for (const type of CUE_WORDS.get(t.surface) ?? []) types.add(type);
  }
  const entities = findEntities(tokens, corpus);
  // "What's the downside of leaving the soleus out of a training plan?" asks for a downside: the
  // noun asked for outranks cue words said elsewhere. Cue phrases still count ("which hip muscle").
  const asked = askedNoun(raw);
  if (asked && !CUE_WORDS.has(asked) && LEXICON.isNoun(asked) && !namesFigure(asked)) types.clear();
  let intent: Intent = TYPE_ORDER.find((t) => phraseTypes.has(t)) ?? TYPE_ORDER.find((t) => types.has(t)) ?? 'general';
  // "What does a full membership cost?", "what is the monthly cost of…": a measure asked for by
  // the question's verb or its asked noun makes it a figure question in that measure's units.
  // (…and, where nothing else was asked, a measure bounded: "is there a weight limit?", read as
  // corrected, "max wieght for riders". "Who decides the time limit?" asks for a person.)
  const measureAsked = askedMeasure(raw, asked) ?? (intent === 'general' && !LEXICON.nameQuestions.has(raw[0] ?? '') ? boundedMeasure(tokens.map((t) => t.surface)) : undefined);
  if (measureAsked) intent = 'figure';
  // …and so does a phrase that names what is asked in its units, where no cue said so: "what's
  // the age limit for going up ladders?", "is there a phone number for the office?". (Not a day
  // or a time asked, "what days is the shop open?", read as such without a figure asked.)
  if (intent === 'general' && LEXICON.askedUnits.some(([phrase, units]) => !units.every((u) => LEXICON.pointUnits.has(u)) && containsRun(raw, phrase))) intent = 'figure';
  // "What's the most nights we can stay moored?", "the fewest players a side can field": a count
  // cue before a plural noun asks for a count of that noun, whatever else the question says.
  const surfaces = tokens.map((t) => t.surface);
  if (intent === 'general' && surfaces.some((w, i) => i > 0 && endsCountCue(surfaces, i - 1) && (LEXICON.units.has(w) || !!countedNoun(w)))) intent = 'figure';
  // A noun asked for that names a figure ("what's the minimum age…") asks for one, whatever a
  // cue phrase said later reads as: "…for the person whose name the booking is in" lists nothing.
  // (Not a counted unit: "which muscles…" still lists muscles.)
  if (intent === 'list' && asked && !LEXICON.units.has(asked) && namesFigure(asked)) intent = 'figure';
  // "Which four illnesses…", "what are the three muscles…": a count of things asked for is a list.
  if (intent === 'general' && asksCountOf(raw)) intent = 'list';
  // What a list question lists, by the schema's kind names: "which muscles make up the core" lists
  // muscles (and groups of them). A list of exercises is what an exercise question asks for ("list
  // the exercises for the glutes").
  let listOf = intent === 'list' ? new Set(raw.flatMap((w) => LISTED_KINDS.get(termOf(w)) ?? [])) : undefined;
  if (listOf?.size === 1 && listOf.has('exercise')) [intent, listOf] = ['exercise', undefined];
  // The unit a figure question names ("how many milliseconds", "what %"): a figure of that unit
  // answers it, not any figure.
  // Only a unit asked for counts: right after the cue ("how many milliseconds") or a unit that is
  // itself a cue ("what percentage"); "runner" in "how much can a runner gain" asks no count of
  // runners.
  // Read as corrected: "how many musles" asks for a count of muscles.
  const read = tokens.map((t) => t.surface);
  // A figure asked for beside another answer type ("the number of sets and reps of Nordic curls")
  // still names its unit.
  const asksFigure = intent === 'figure' || phraseTypes.has('figure') || types.has('figure');
  // A measure word that ends an asked phrase read otherwise is read as the phrase ("what time"
  // asks for a time of day, though "time" alone measures a duration); the phrase is read below,
  // and the word is no cue for the words after it ("what time is the last order" asks no duration).
  const readAsPhrase = new Set<number>();
  const units = asksFigure ? [...new Set(read.flatMap((w, i) => {
    // A plural noun with no unit of its own is counted, as the quantity reader counts it: "how
    // many rehearsals" asks for a count of rehearsals ("three free rehearsals").
    const unit = LEXICON.units.get(w) ?? (endsCountCue(read, i - 1) ? countedNoun(w) : undefined);
    // A word that names a measure asked for says its units: "how much distance" asks for metres.
    // (A counted noun the sources say in other words is counted in theirs too: "how many kids" as
    // children, "how many grown-ups" as adults.)
    const theirs = unit && !LEXICON.units.has(w) && !known(termOf(w)) ? (tokens[i]?.alternatives ?? []).map((a) => countedNoun(a) ?? (LEXICON.isNoun(a) ? a : undefined)).filter((a): a is string => !!a) : [];
    const measured = unit ? [...new Set([unit, ...theirs])] : (LEXICON.unitsMeasuredBy.get(w) ?? []);
    if (!measured.length) return [];
    if (!unit && LEXICON.askedUnits.some(([phrase, implied]) => phrase.at(-1) === w && !implied.some((u) => measured.includes(u)) && containsRun(raw, phrase))) {
      readAsPhrase.add(i);
      return [];
    }
    // The cue may stand before linking words: "the number of sets".
    let j = i - 1;
    while (j > 0 && LEXICON.askedNounLinks.has(read[j]) && !CUE_WORDS.has(read[j])) j--;
    if (readAsPhrase.has(j)) return [];
    // A unit word in the singular after linking words, with a word after it, names a kind of
    // thing rather than the figure asked: "how much is a day pass?" asks a price.
    // (A counted noun is a plural already, "children" too.)
    if (unit && LEXICON.units.has(w) && j < i - 1 && /^\p{L}+$/u.test(w) && !w.endsWith('s') && i + 1 < read.length && !STOPWORDS.has(read[i + 1])) return [];
    const asked = CUE_WORDS.get(w)?.includes('figure') || (j >= 0 && (CUE_WORDS.get(read[j])?.includes('figure') || endsFigureCue(read, j) || endsCountCue(read, j)));
    // …and a second unit joined to an asked one ("sets and reps").
    const joined = i > 1 && read[i - 1] === 'and' && !!LEXICON.units.get(read[i - 2]);
    return asked || (joined && unit) ? measured : [];
  }))] : [];
  // "How long does it take?" names no unit but asks for a duration; a point in time asked for
  // ("on what dates…") is asked whatever else the question asks.
  if (!units.length) {
    const said = LEXICON.askedUnits.filter(([phrase, implied]) => (asksFigure || implied.every((u) => LEXICON.pointUnits.has(u))) && containsRun(raw, phrase));
    // A phrase inside a longer one said ("how far" in "how far ahead") gives way to it.
    for (const [phrase, implied] of said) {
      if (said.some(([other]) => other.length > phrase.length && containsRun(other, phrase))) continue;
      units.push(...implied.filter((u) => !units.includes(u)));
    }
  }
  // "Parking near the theatre, how much?": a figure phrase that closes the question, with nothing
  // after it to say what is measured (a price, for "how much").
  // (A point in time closing a question typed as a noun phrase, "breakfast times pls", is asked
  // without a cue: no function word before it but a determiner. Words that only close the
  // question politely, "pls", are no measured thing after it.)
  if (!units.length) {
    const end = closingEnd(read);
    const closes = (phrase: readonly string[], at: number) => phrase.length <= at && phrase.every((w, k) => read[at - phrase.length + k] === w);
    // (Only content words and determiners before `at`: a question typed as a noun phrase.)
    const nounPhraseTo = (at: number) => read.slice(0, at).every((w) => !STOPWORDS.has(w) || LEXICON.determiners.has(w));
    // (A figure phrase closes a figure question as written; a noun asked for, a point in time or
    // a price, only a noun phrase: "breakfast times pls", "coach outing price". The noun may stand
    // before a complement that says whom or what it is for: "frost card price for under 16s".)
    const complement = read.findIndex((w, i) => i > 0 && LEXICON.askedNounComplements.has(w));
    const endsNounPhrase = (phrase: readonly string[], at: number) => closes(phrase, at) && nounPhraseTo(at - phrase.length);
    const asksNoun = (phrase: readonly string[], implied: readonly string[]) => phrase.length === 1 || implied.every((u) => LEXICON.pointUnits.has(u));
    const closing = LEXICON.closingAskedUnits.find(([phrase, implied]) => (asksNoun(phrase, implied) ? endsNounPhrase(phrase, end) || endsNounPhrase(phrase, complement) : asksFigure && closes(phrase, read.length)));
    if (closing) units.push(...closing[1]);
  }
  // "How much does it cost?": a word that names a measure, after the cue and function words.
  if (asksFigure && !units.length) {
    for (let i = 1; i < read.length; i++) {
      const measured = LEXICON.unitsMeasuredBy.get(read[i]);
      if (!measured) continue;
      let j = i - 1;
      while (j > 0 && STOPWORDS.has(read[j]) && !endsFigureCue(read, j)) j--;
      if (endsFigureCue(read, j)) {
        units.push(...measured.filter((u) => !units.includes(u)));
        break;
      }
    }
  }
  if (measureAsked && !units.length) units.push(...measureAsked);
  // A price asked of a discount is as often a share ("member discount how much?": "10 per cent").
  if (units.some((u) => LEXICON.askedShares.prices.has(u)) && !units.includes(PERCENT) && raw.some((w) => LEXICON.askedShares.words.has(w))) units.push(PERCENT);
  // "When can I get in?" asks for a date or a time of day, whatever else it asks.
  if (!units.length && raw.some((w, i) => LEXICON.timeQuestions.words.has(w) && LEXICON.timeQuestions.before.has(raw[i + 1] ?? ''))) units.push(...LEXICON.timeQuestions.units);
  // The period a figure question asks a rate of: "how many grams of carbs per hour", "how often
  // a week", "the hourly charge" (as a table's heading gives one: rateLabels).
  const perPeriod = (w: string, i: number) => (i > 0 && LEXICON.rateWords.has(read[i - 1]) ? LEXICON.units.get(w) : undefined) ?? LEXICON.rateLabels.get(w);
  const per = asksFigure ? [...new Set(read.flatMap((w, i) => perPeriod(w, i) ?? []))] : [];
  // A word that named the measure asked for ("cost" in "what does it cost?", "distance") says
  // what kind of figure answers, as a cue does: the figure is weighed by its unit, not the word.
  if (units.length) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.status === 'known' && (readAsPhrase.has(i) || LEXICON.unitsMeasuredBy.get(t.surface)?.some((u) => units.includes(u)))) tokens[i] = { ...t, status: 'cue' };
    }
  }
  // "Which volunteer…?", "which committee member…?" pick a person or a post: they ask for someone
  // as "who" does. (The kind picked is the word after "which", or the one after that where the
  // first only qualifies it.)
  const picksSomeone = LEXICON.choiceQuestions.has(raw[0] ?? '') && [raw[1], raw[2]].some((w) => !!w && (LEXICON.namesPost(w) || LEXICON.askedPersonWords.has(w)));
  const asksName = LEXICON.nameQuestions.has(raw[0] ?? '') || picksSomeone;
  // ("Who is the person in overall charge?" asks for someone; "person" says only that.)
  if (asksName) for (let i = 0; i < tokens.length; i++) if (tokens[i].status === 'known' && LEXICON.askedPersonWords.has(tokens[i].surface)) tokens[i] = { ...tokens[i], status: 'cue' };
  // "Who looks after the money?" asks for the post whose work it describes: a word of what a post
  // looks after (the lexicon's `postDuties`) leads to the post's word where the sources use it.
  const posts = new Set<string>();
  if (asksName && fromAsker) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.status !== 'known' && t.status !== 'expanded' && t.status !== 'synonym' && t.status !== 'corrected') continue;
      const named = (LEXICON.postsLookingAfter.get(t.surface) ?? []).map(termOf).filter((p) => p !== t.term && known(p));
      for (const p of named) posts.add(p);
      const added = named.filter((p) => !t.alternatives?.includes(p));
      if (added.length) tokens[i] = { ...t, alternatives: [...(t.alternatives ?? []), ...added] };
    }
  }
  const terms = weightTerms(tokens);
  const foreign = [...foreignNames(midCapitals, corpus), ...foreignAcronyms(text, corpus)];
  const stated = fromAsker ? statedFigures(text) : [];
  return { text, tokens, terms, entities, intent, corrections, units, ...(per.length ? { per } : {}), ...(listOf?.size ? { listOf } : {}), ...(foreign.length ? { foreignNames: foreign } : {}), ...(asksName ? { asksName: true } : {}), ...(posts.size ? { posts } : {}), ...(fromAsker && asksRule(text) ? { asksRule: true } : {}), ...(stated.length ? { stated } : {}) };
}

/** The terms a question says (each word, as read), to tell which names in a passage it does not. */
export function saidTerms(q: AnalysedQuery): ReadonlySet<string> {
  return new Set(q.tokens.map((t) => t.term));
}

/**
 * A real word can still be a slip when its neighbours say so: "planter flexion" is the corpus's
 * name "plantar flexion", one letter away. A real word the corpus lacks is read as the corpus word
 * one edit away only when, so read, it completes a name (title or alias) with the words beside it.
 */
function correctInNames(tokens: QueryToken[], corpus: Corpus, corrections: { from: string; to: string }[]): void {
  const content = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.status !== 'stop');
  for (let k = 0; k < content.length; k++) {
    const { t, i } = content[k];
    if (t.status !== 'expanded') continue;
    // Only beside a word of some long name can a fix complete one: the typo search is skipped
    // for the rest.
    if (![content[k - 2], content[k - 1], content[k + 1], content[k + 2]].some((x) => x && corpus.inLongName(x.t.term))) continue;
    const fix = corpus.vocabulary.correct(t.surface, (x) => corpus.index.has(x), (x) => corpus.index.df(x));
    if (!fix || fix.distance !== 1) continue;
    const completes = [-2, -1, 0].some((start) => {
      const run = content.slice(Math.max(0, k + start), k + start + 3).map((x) => (x.i === i ? fix.term : x.t.term));
      for (let a = 0; a < run.length; a++) for (let b = a + 2; b <= run.length; b++) if (run.slice(a, b).includes(fix.term) && corpus.named(run.slice(a, b).join(' '))) return true;
      return false;
    });
    if (!completes) continue;
    tokens[i] = { surface: fix.to, term: fix.term, status: 'corrected', typed: t.surface };
    corrections.push({ from: t.surface, to: fix.to });
  }
}

/** Does a word sequence hold this run of words, in order and adjacent? */
/** Words a question word may stand apart from its noun by: "which hip muscle", "what kind of exercise". */
const CUE_GAP = 2;

/**
 * A two-word cue that opens with a question word, with up to CUE_GAP words between them ("which
 * little muscle", "what hip flexor muscle"): the noun it asks for is the same.
 */
/**
 * The noun a question word asks for: the head of the words right after it, past linking words
 * ("what is the downside of", "which hip flexor muscle is"). None when a question word is followed
 * by any other word ("what does the ankle do" asks about the ankle, not for it).
 */
export function askedNoun(ws: readonly string[]): string | undefined {
  const i = ws.findIndex((w) => LEXICON.questionWords.has(w));
  if (i < 0) return undefined;
  let j = i + 1;
  while (j < ws.length && LEXICON.askedNounLinks.has(ws[j])) j++;
  if (j < ws.length && STOPWORDS.has(ws[j])) return undefined;
  // The head is the last noun of the run of describing words ("setup mistakes tend" → mistakes).
  // (A measure word after a determiner, and after no noun, is a noun there, whatever its commoner
  // use: "what is the charge per mile?", "what is the hourly charge for…?")
  const determined = j > i + 1 && LEXICON.determiners.has(ws[j - 1]);
  let head: string | undefined;
  for (let k = j; k < Math.min(ws.length, j + 1 + CUE_GAP) && !STOPWORDS.has(ws[k]); k++) {
    if (LEXICON.isNoun(ws[k]) || (!head && determined && LEXICON.unitsMeasuredBy.has(ws[k]))) head = ws[k];
    else if (head) break;
  }
  return head;
}

/**
 * The units of a measure a word beside it bounds: "weight limit", "max weight", "time limit". (A
 * measure word only: "age limit" is read as its phrase, "the limit on visitors" asks no measure.)
 */
function boundedMeasure(ws: readonly string[]): readonly string[] | undefined {
  const { boundWords } = LEXICON.measureQuestions;
  const at = ws.findIndex((w, i) => LEXICON.unitsMeasuredBy.has(w) && (boundWords.has(ws[i + 1] ?? '') || boundWords.has(ws[i - 1] ?? '')));
  return at < 0 ? undefined : LEXICON.unitsMeasuredBy.get(ws[at]);
}

/** Where a question's words end, less the function words that only close it ("… pls", "… for us"). */
function closingEnd(ws: readonly string[]): number {
  let end = ws.length;
  while (end > 1 && STOPWORDS.has(ws[end - 1])) end--;
  return end;
}

/**
 * The units of a measure a question asks for without a figure cue: its asked noun is a measure
 * word ("what's the monthly cost of…"), or a "what do/does/would …" question's verb is one of the
 * lexicon's measure verbs ("what would the insurance cost me?").
 */
function askedMeasure(ws: readonly string[], asked: string | undefined): readonly string[] | undefined {
  if (asked) {
    // (…or a noun for a kind of such a measure: "what's the yearly subscription?" asks a price, a
    // subscription being a payment in WordNet, as "what's the tuition?" does, tuition a fee.)
    const units = LEXICON.unitsMeasuredBy.get(asked) ?? LEXICON.kindsOf(asked).map((k) => LEXICON.unitsMeasuredBy.get(k)).find(Boolean);
    if (units) return units;
  }
  // "kitchen hire cost?", "pilates price?": a question of content words alone (no question word,
  // no verb of asking) asks for the measure its last word names. (Words that only close it
  // politely, "popcorn price pls", say nothing of what is measured.)
  const end = closingEnd(ws);
  const named = ws[end - 1] ?? '';
  if (!ws.slice(0, end).some((w) => STOPWORDS.has(w)) && LEXICON.isNoun(named) && LEXICON.unitsMeasuredBy.has(named)) return LEXICON.unitsMeasuredBy.get(named);
  const last = ws.at(-1) ?? '';
  // "Freezer temp should be what?": a question word that closes the question asks for the measure
  // a noun before it names.
  if (LEXICON.questionWords.has(last)) {
    for (const w of ws.slice(0, -1)) {
      const units = LEXICON.isNoun(w) ? LEXICON.unitsMeasuredBy.get(w) : undefined;
      if (units) return units;
    }
  }
  const { words, before, verbs, degreeWords } = LEXICON.measureQuestions;
  // "How hot must food be held?": the measure that the adjective after "how" is a degree of.
  const degree = ws.findIndex((w, i) => degreeWords.has(w) && LEXICON.unitsOfDegree.has(ws[i + 1] ?? ''));
  if (degree >= 0) return LEXICON.unitsOfDegree.get(ws[degree + 1]);
  const at = ws.findIndex((w, i) => words.has(w) && before.has(ws[i + 1] ?? ''));
  if (at < 0) return undefined;
  const verb = ws.slice(at + 2).find((w) => verbs.has(w));
  return verb ? LEXICON.unitsMeasuredBy.get(verb) : undefined;
}

/** The partner of a commonly confused word that the corpus uses, where it lacks the word typed. */
function confusedFor(surface: string, known: (term: string) => boolean): string | undefined {
  return LEXICON.confusables.get(surface)?.find((w) => known(termOf(w)));
}

/** The thing a plural noun counts, where the lexicon gives it no unit ("rehearsals" → "rehearsal"). */
function countedNoun(w: string): string | undefined {
  if (STOPWORDS.has(w) || LEXICON.units.has(w)) return undefined;
  const noun = LEXICON.pluralNoun(w);
  return noun && !LEXICON.units.has(noun) ? noun : undefined;
}

/** Does a cue asking for a count ("how many", "the number of") end at word j, or before linking words there? */
function endsCountCue(read: readonly string[], j: number): boolean {
  while (j > 0 && LEXICON.askedNounLinks.has(read[j]) && !CUE_WORDS.has(read[j])) j--;
  return LEXICON.countCues.some((c) => c.at(-1) === read[j] && c.every((x, k) => read[j - c.length + 1 + k] === x));
}

/**
 * Is a qualifying word ("key", "lead", "role") the noun that ends a noun phrase here: after a word
 * of content and before none ("my observatory key", "the studio's safety lead?")? It then names
 * what the question is about, where the sources use it, rather than qualifying it ("the key
 * muscles", "what leads to shin splints"). (WordNet says whether the word is mostly a noun.)
 */
function headsNounPhrase(raw: readonly string[], at: number, known: (t: string) => boolean): boolean {
  const content = (w: string | undefined) => w !== undefined && /^\p{L}{3,}$/u.test(w) && !STOPWORDS.has(w) && !LEXICON.qualifiers.has(w) && !CUE_WORDS.has(w);
  return LEXICON.isNoun(raw[at]) && content(raw[at - 1]) && !content(raw[at + 1]) && known(termOf(raw[at]));
}

/** Shortest part of a closed compound read apart: "thunder|storm", not "car|pet". */
const MIN_CLOSED_PART = 4;

/**
 * A noun written as one word of two words ("thunderstorm", "lifeguard"), as their terms where the
 * sources use both. (A word that is no noun is no compound of this kind: "understand".)
 */
function closedCompoundParts(w: string, known: (t: string) => boolean): string[] {
  if (!LEXICON.isNoun(w) || w.length < 2 * MIN_CLOSED_PART || !/^[a-z]+$/.test(w)) return [];
  for (let i = MIN_CLOSED_PART; i <= w.length - MIN_CLOSED_PART; i++) {
    const [a, b] = [w.slice(0, i), w.slice(i)];
    if (LEXICON.isWord(a) && LEXICON.isWord(b) && !STOPWORDS.has(a) && !STOPWORDS.has(b) && known(termOf(a)) && known(termOf(b))) return [termOf(a), termOf(b)];
  }
  return [];
}

/** Does a figure cue phrase ("how much", "the number of") end at word j? */
function endsFigureCue(read: readonly string[], j: number): boolean {
  return CUE_PHRASES.some((p) => p.type === 'figure' && p.words.at(-1) === read[j] && p.words.every((x, k) => read[j - p.words.length + 1 + k] === x));
}

/**
 * Capitalised words inside a sentence ("… paid by a Premier League club?") that the sources never
 * use, nor any word they are a slip of: names of things the sources do not know. Not a sentence's
 * first word, a month, a weekday or a season, and not a word in capitals ("TFL") or lower case.
 */
function foreignNames(capitals: readonly RegExpMatchArray[], corpus: Corpus): string[] {
  const out: string[] = [];
  const known = (w: string) => sourcesKnow(w, corpus);
  for (const m of capitals) {
    const parts = m[1].replace(/['\u2019]s$/, '').toLowerCase().split(/[-'\u2019]/).filter(Boolean);
    // (The months are an exclusive set too; "may" is a stopword.)
    if (!parts.length || parts.some((w) => STOPWORDS.has(w) || LEXICON.exclusiveSets.some((set) => set.has(w)))) continue;
    if (parts.some(known)) continue;
    // ("Can Dad visit?", "Gran's room": a word for a kind of person, capitalised as a name, is
    // someone the asker knows, not a thing the sources lack. So is "Mum", which the lexicon's
    // synonyms read as "mother", though WordNet's first sense of it is the chrysanthemum.)
    if (parts.every((w) => namesSomeoneKnown(w))) continue;
    if (out.length < MAX_FOREIGN) out.push(m[1]);
  }
  return out;
}

/**
 * Does a word name a kind of person ("dad", "gran"), or lead to one through the lexicon's synonyms
 * ("mum": mother), though WordNet's first sense of it is something else (the chrysanthemum)? With
 * `wide`, through WordNet's shared senses and kinds too ("nan": grandmother, not the bread): a
 * question's word, not a capitalised one ("Premier" shares a sense with a head of government).
 */
function namesSomeoneKnown(w: string, wide = false): boolean {
  const leadsTo = [...(LEXICON.synonyms.get(w) ?? []), ...(wide ? [...LEXICON.expand(w), ...LEXICON.kindsOf(w)] : [])];
  return LEXICON.namesPerson(w) || leadsTo.some((x) => LEXICON.namesPerson(x));
}

/**
 * Acronyms ("USB", "VHF", "DAB") the sources never use, nor spell out through the lexicon's
 * synonyms ("AGM" is an annual general meeting): names of things the sources do not know, as a
 * capitalised name is. Not in a question written all in capitals (it shouts, it names nothing),
 * not a word the analysis reads otherwise ("OK", "IT band", chat spellings), and not two letters
 * ("DJ", "UK" are everyday words).
 */
function foreignAcronyms(text: string, corpus: Corpus): string[] {
  if (!/\p{Ll}/u.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(ACRONYM)) {
    const w = m[1].toLowerCase();
    if (STOPWORDS.has(w) || LEXICON.qualifiers.has(w) || LEXICON.informal.has(w) || sourcesKnow(w, corpus)) continue;
    if (out.length < MAX_FOREIGN) out.push(m[1]);
  }
  return out;
}
const ACRONYM = /(?<![\p{L}\d])(\p{Lu}{3,6})(?![\p{L}\d])/gu;

/**
 * Do the sources know a name's word: they use it, or a word the lexicon reads it as ("AGM": an
 * annual general meeting; "EpiPen": an adrenaline auto-injector), or it is a slip of one of theirs
 * ("PETGG"; a real word is never a slip of another, as in the analysis above)?
 */
function sourcesKnow(w: string, corpus: Corpus): boolean {
  return (
    corpus.index.has(termOf(w)) ||
    (LEXICON.synonyms.get(w) ?? []).some((x) => corpus.index.has(termOf(x))) ||
    (!LEXICON.isWord(w) && corpus.vocabulary.correct(w, (t) => corpus.index.has(t)) !== null)
  );
}

/** Common English words a slip is read as: the more frequent ones (information weight at most this). */
const COMMON_SLIP_INFORMATION = 0.67;
/** Shorter non-words are read as a common word only where it is a function word. */
const COMMON_SLIP_LENGTH = 5;
let commonWords: { words: Vocabulary; said: Map<string, number> } | undefined;

/**
 * What a non-word in a question was meant as: the nearest word of the sources, or a common English
 * word (or function word) nearer than any of theirs, or as near and a function word ("sould" is
 * "should", not "sound"); failing both, the one word of the sources a clipped word opens ("binocs").
 * Undefined for a real word, a word of the sources, a lexicon synonym, or nothing near.
 */
function slipRead(w: string, corpus: Corpus): string | undefined {
  if (!/^\p{L}+$/u.test(w) || STOPWORDS.has(w) || corpus.index.has(termOf(w)) || LEXICON.isWord(w) || LEXICON.synonyms.has(w)) return undefined;
  const known = (t: string) => corpus.index.has(t);
  if (!commonWords) {
    // (Between equally near common words, a function word first, then the one said most.)
    const common = LEXICON.wordsBetween(0, COMMON_SLIP_INFORMATION);
    const said = new Map<string, number>();
    for (const x of common) said.set(termOf(x), Math.max(said.get(termOf(x)) ?? 0, 1 - LEXICON.information(x)));
    for (const x of STOPWORDS) said.set(termOf(x), 2);
    commonWords = { words: Vocabulary.build([...STOPWORDS, ...common]), said };
  }
  const { words: vocabulary, said } = commonWords;
  const found = vocabulary.correct(w, () => true, (t) => said.get(t) ?? 0);
  // (A short word is one slip from many common words: only a function word is read there, "ther".)
  const common = found && (w.length >= COMMON_SLIP_LENGTH || STOPWORDS.has(found.to)) ? found : undefined;
  const own = corpus.vocabulary.correct(w, known, (t) => corpus.index.df(t));
  if (common && (!own || common.distance < own.distance || (common.distance === own.distance && STOPWORDS.has(common.to)))) return common.to;
  return (own ?? corpus.vocabulary.completion(w, known))?.to;
}

/**
 * Capitalised words inside a sentence of a question (not its first word), read once for the
 * analysis and the foreign-name finder. None in a question written in Title Case ("What Is The
 * Best Way To Recover Quickly?"): it capitalises words, not names.
 */
function capitalisedInside(text: string): RegExpMatchArray[] {
  if (inTitleCase(text)) return [];
  return [...text.matchAll(TITLE_CASE)].filter((m) => {
    const before = text.slice(0, m.index ?? 0).trimEnd();
    return !!before && !/[.!?:;"\u201c(\n]$/.test(before);
  });
}
const LONE_CAPITAL = /(?<![\p{L}\d'\u2019.-])[B-HJ-Z](?![\p{L}\d'\u2019.-])/gu;
// (A word with capitals inside it is a name too, a brand's or a product's: "JavaScript", "YouTube".)
const TITLE_CASE = /(?<=\s)([A-Z][a-z]+(?:[A-Z][a-z]+)*(?:[-'\u2019][A-Za-z]+)*)\b/g;
const MAX_FOREIGN = 8;

/** A question word, then a plural noun, counted or not ("which four illnesses", "what are the three muscles", "which machines"). */
function asksCountOf(ws: readonly string[]): boolean {
  const i = ws.findIndex((w) => LEXICON.questionWords.has(w));
  if (i < 0) return false;
  let j = i + 1;
  while (j < ws.length && LEXICON.askedNounLinks.has(ws[j])) j++;
  // "Which kinds of photo ID…", "what types of business…": kinds in the plural ask for several.
  // (A link in the plural is one whose singular is a link too: "kinds", "types", "sorts".)
  if (ws.slice(i + 1, j).some((w) => w.endsWith('s') && LEXICON.askedNounLinks.has(w.slice(0, -1)))) return true;
  // "Which four illnesses…", and without a count, "which machines…", "what materials…".
  const counts = ws[j] !== undefined && (/^\d+$/.test(ws[j]) || LEXICON.numberWords.has(ws[j]));
  const noun = counts ? ws[j + 1] : ws[j];
  if (noun === undefined || (!LEXICON.units.has(noun) && namesFigure(noun))) return false;
  const unit = LEXICON.units.get(noun);
  // A count of things ("three muscles") lists them; an amount of a measure ("two hours") does not.
  if (unit !== undefined && MEASURES.has(unit)) return false;
  return !STOPWORDS.has(noun) && (unit !== undefined || LEXICON.pluralNoun(noun) !== undefined);
}

/**
 * Does a noun name a kind of figure (a unit, a measure, the last word of a phrase that asks for
 * units: "what dates", "what times")? Asked for, it asks for a figure, not a list of things.
 */
function namesFigure(noun: string): boolean {
  return LEXICON.units.has(noun) || LEXICON.unitsMeasuredBy.has(noun) || LEXICON.askedUnits.some(([phrase]) => phrase.at(-1) === noun);
}

/** Unit classes that measure (time, distance, a share, a plan's sets and reps), not count things. */
const MEASURES = new Set([
  ...LEXICON.askedUnits.flatMap(([, units]) => units),
  ...LEXICON.dimensionOf.keys(),
  ...LEXICON.byNotation,
  'percent',
  'times',
]);

function askedWithGap(ws: readonly string[], run: readonly string[]): boolean {
  if (run.length !== 2 || !LEXICON.questionWords.has(run[0])) return false;
  for (let i = 0; i < ws.length; i++) {
    if (ws[i] !== run[0]) continue;
    for (let j = i + 1; j <= Math.min(ws.length - 1, i + 1 + CUE_GAP); j++) {
      if (ws[j] === run[1]) return j > i + 1;
      // The gap holds describing words only: "which of the muscles" is no gap of that kind.
      if (STOPWORDS.has(ws[j])) break;
    }
  }
  return false;
}

function isAnatomy(kind: string | undefined): boolean {
  return kind === 'muscle' || kind === 'group' || kind === 'tendon';
}

/**
 * Passages the question names: the longest contiguous runs of its words that are a passage's
 * title or alias (stopwords inside a name count: "back of the knee"), then lay words the lexicon
 * maps onto a name.
 */
function findEntities(tokens: QueryToken[], corpus: Corpus): EntityMatch[] {
  const found: EntityMatch[] = [];
  const seen = new Set<string>();
  const add = (ids: readonly string[], phrase: string, primary: Set<string>, weak: boolean) => {
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      found.push({ id, primary: primary.has(id), phrase, ...(weak ? { weak: true } : {}) });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    // Every key tried from here starts with this token's term.
    if (!corpus.startsName(tokens[i].term)) continue;
    // A name may start with a stopword ("IT band") only when keyed with it.
    const atStop = tokens[i].status === 'stop';
    let matched = 0;
    for (let n = Math.min(corpus.longestName + 3, tokens.length - i); n >= 1 && !matched; n--) {
      const run = tokens.slice(i, i + n);
      if (run[run.length - 1].status === 'stop' || (atStop && n < 2)) continue;
      const key = run
        .filter((t) => t.status !== 'stop')
        .map((t) => t.term)
        .join(' ');
      // A short name with a stopword in it ("IT band", "pull-ups") is keyed with all its words.
      const ids = (atStop ? undefined : corpus.named(key)) ?? (run.length > 1 ? corpus.named(run.map((t) => t.term).join(' ')) : undefined);
      if (!ids) continue;
      // Several passages may share an alias; the one the phrase is the title of is the primary.
      const titled = ids.filter((id) => corpus.nameKey(id) === key);
      const anatomy = ids.filter((id) => isAnatomy(corpus.get(id)?.kind));
      const primary = new Set(titled.length ? titled : anatomy.length ? anatomy.slice(0, 1) : ids.slice(0, 1));
      const content = run.filter((t) => t.status !== 'stop');
      const weak = content.length === 1 && LEXICON.isPolysemous(content[0].surface);
      add(ids, run.map((t) => t.surface).join(' '), primary, weak);
      matched = n;
    }
    if (matched) i += matched - 1;
  }
  for (const t of tokens) {
    if (t.status !== 'synonym') continue;
    for (const alt of t.alternatives ?? []) {
      const ids = corpus.named(alt);
      if (ids) add(ids, t.surface, new Set(ids), false);
    }
  }
  return found;
}

/** A word's irregular forms the sources use, as alternatives ("loose" read as "lose" is said by "lost"); with `withEquivalents`, its everyday equivalents too. */
function formsOf(word: string, known: (t: string) => boolean, withEquivalents = false): { alternatives?: string[] } {
  // (Most words have none: nothing is made for them, on every word of every question.)
  // …and, in a claim, its everyday equivalents ("begin" is said by "start"), with their own forms.
  const equivalents = withEquivalents ? LEXICON.equivalentsOf(word) : [];
  const inflections = equivalents.length ? [...LEXICON.inflectionsOf(word), ...equivalents, ...equivalents.flatMap((e) => LEXICON.inflectionsOf(e))] : LEXICON.inflectionsOf(word);
  if (!inflections.length) return {};
  const term = termOf(word);
  const forms = [...new Set(inflections.map(termOf))].filter((t) => t !== term && known(t));
  return forms.length ? { alternatives: forms } : {};
}

function weightTerms(tokens: QueryToken[]): WeightedTerm[] {
  // A term stands for the question word it weighs most for; the words a word is read as (its
  // synonyms and expansions) are one group, so "son" read as child, children and junior counts
  // once however many of them a passage says.
  const weights = new Map<string, { weight: number; group: number }>();
  const add = (term: string, w: number, group: number) => {
    if (w > (weights.get(term)?.weight ?? 0)) weights.set(term, { weight: w, group });
  };
  tokens.forEach((t, group) => {
    add(t.term, WEIGHTS[t.status], group);
    const alt = t.status === 'synonym' || t.status === 'known' || t.status === 'corrected' ? SYNONYM_WEIGHT : t.status === 'expanded' ? EXPANSION_WEIGHT : 0;
    // (The hyphenated word says the particle too: it is the particle's match, beside the verb's.)
    for (const a of t.alternatives ?? []) add(a, a === t.joined ? WEIGHTS[t.status] : alt, a === t.joined ? group + 1 : group);
  });
  return [...weights].filter(([, x]) => x.weight > 0).map(([term, x]) => ({ term, weight: x.weight, group: x.group }));
}

/** The words that decide whether the corpus covers a question: its topic, not its request. */
export function contentTokens(q: AnalysedQuery): QueryToken[] {
  return q.tokens.filter(
    (t) => t.status === 'known' || t.status === 'corrected' || t.status === 'synonym' || t.status === 'expanded' || t.status === 'unknown',
  );
}

/**
 * A weekday clipped to a word of its own ("sat", "sun") is the weekday where the words around it
 * say a day: "on sat", "on a sat", "sat mornings" (the lexicon's clippedWeekdays). In place.
 */
function readClippedWeekdays(ws: string[]): void {
  const { days, before, between, after } = LEXICON.clippedWeekdays;
  for (let i = 0; i < ws.length; i++) {
    const day = days.get(ws[i]);
    if (!day) continue;
    const opened = before.has(ws[i - 1] ?? '') || (between.has(ws[i - 1] ?? '') && before.has(ws[i - 2] ?? ''));
    if (opened || after.has(ws[i + 1] ?? '')) ws[i] = day;
  }
}

/** Does a question, or a clause of it after a comma or a dash, open with a rule question ("can I…", "is it ok…")? */
function asksRule(text: string): boolean {
  return text.split(CLAUSE_OPENING).some((clause) => {
    const ws = words(clause).map((w) => LEXICON.informal.get(w) ?? w);
    return LEXICON.ruleOpeners.some((p) => p.every((w, k) => ws[k] === w));
  });
}
const CLAUSE_OPENING = /[,;:\u2013\u2014]|\s-\s/;

/**
 * A verb and its particle said as one ("broke down", "cut back", "find out") are read through what
 * the phrasal verb says, where the sources use those words: the verb gains them as alternatives
 * (a stopword verb, "get", becomes their stand-in), and the particle says nothing of its own ("pay
 * back" is about no back).
 */
function readPhrasals(tokens: QueryToken[], known: (t: string) => boolean, fromAsker: boolean): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const verb = tokens[i];
    if (verb.status === 'number' || verb.status === 'cue' || verb.status === 'qualifier' || verb.status === 'unknown') continue;
    const at = particleOf(tokens, i);
    const particle = tokens[at];
    // (A phrase that only frames a question, "when does it take place?", says nothing of its own there.)
    if (fromAsker && LEXICON.framesQuestion(verb.surface, particle.surface)) {
      tokens[i] = { ...verb, status: 'stop', alternatives: undefined };
      tokens[at] = { ...particle, status: 'stop', alternatives: undefined };
      continue;
    }
    // (…and a team's hyphenated word of it, "check-out" for "check out": see particleCompounds.)
    const joinedTerm = at === i + 1 && LEXICON.particles.has(particle.surface) && verb.status !== 'stop' ? termOf(`${verb.surface}${particle.surface}`) : undefined;
    const joined = joinedTerm !== undefined && known(joinedTerm) && joinedTerm !== verb.term ? joinedTerm : undefined;
    const said = [...LEXICON.phrasal(verb.surface, particle.surface).map(termOf), ...(joined ? [joined] : [])].filter((t) => known(t) && t !== verb.term);
    if (!said.length) continue;
    const alternatives = [...new Set([...(verb.alternatives ?? []), ...said])];
    // (A stopword verb, or a word the sources lack, is said by the phrase's words as a synonym is:
    // "money off" is a discount, not a word near "money".)
    const read = verb.status === 'stop' || verb.status === 'expanded' ? { ...verb, status: 'synonym' as const, alternatives } : { ...verb, alternatives };
    tokens[i] = joined ? { ...read, joined } : read;
    if (particle.status !== 'stop') tokens[at] = { ...particle, status: 'stop', alternatives: undefined };
    if (at === i + 1) i++;
  }
}

/** Words a verb's object may run to between the verb and its particle: "hand a borrowed telescope back". */
const OBJECT_REACH = 4;

/**
 * Where a verb's particle is: the word after it, or past its object where the particle is one
 * that follows an object ("hand it back", "hand a borrowed telescope back", "pick the kids up"):
 * an object pronoun, or a noun phrase its determiner opens, and no more than OBJECT_REACH words.
 */
function particleOf(tokens: readonly QueryToken[], verb: number): number {
  const next = tokens[verb + 1]?.surface ?? '';
  if (!LEXICON.determiners.has(next) && !LEXICON.anaphora.has(next)) return verb + 1;
  for (let j = verb + 2; j < tokens.length && j <= verb + OBJECT_REACH + 1; j++) {
    const w = tokens[j].surface;
    if (LEXICON.particles.has(w)) return j;
    // (The object ends where the clause goes on: "pay the fee on time".)
    if (tokens[j].status === 'stop' || tokens[j].status === 'number' || tokens[j].status === 'cue') break;
  }
  return verb + 1;
}

/** Unit class → its words ("hours" → hour, hours), from the lexicon's units. */
const UNIT_WORDS = (() => {
  const m = new Map<string, string[]>();
  for (const [w, unit] of LEXICON.units) m.set(unit, [...(m.get(unit) ?? []), w]);
  return m;
})();

/** The words of the unit class one exact scale below `unit` (lexicon unitScales): "hours" → min, mins, minute, minutes. */
function unitsBelow(unit: string): string[] {
  return LEXICON.unitScales.flatMap(([big, small]) => (big === unit ? UNIT_WORDS.get(small) ?? [] : []));
}

/** Is the word at `at` one of an age's words after its number ("11 years old", "a 10 yr old")? */
function ageSaid(raw: readonly string[], at: number, numeric: (w: string | undefined) => boolean): boolean {
  const old = (w: string | undefined) => w !== undefined && LEXICON.ageLimits.old.includes(w);
  const years = (w: string | undefined) => w !== undefined && LEXICON.units.get(w) === 'years';
  return (years(raw[at]) && numeric(raw[at - 1]) && old(raw[at + 1])) || (old(raw[at]) && years(raw[at - 1]) && numeric(raw[at - 2]));
}
