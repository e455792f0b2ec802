import type { Corpus } from './corpus';
import { clip } from './bounds';
import { LEXICON } from './lexicon';
import { linkNames } from './names';
import { agrees, boundsAlike, comparable, figureFix, frequencyPair, insideClaimedBound, insideStatedBound, inUnit, quantities, replacementText, roughlyApart, said, sameMeasure, timeOfDayWords, type Quantity } from './numbers';
import { analyse, contentTokens, type QueryToken } from './query';
import { retrieve } from './retrieve';
import { containsRun, contentTerms, deniesTheOneBefore, isListItem, lineLeads, listItemName, listItemText, listItems, listsAfterColon, modalityOf, normalize, openingOf, STOPWORDS, sentences, tableRowName, termOf, words } from './text';
import type { Passage } from './types';
import { shortName } from './wording';

/**
 * Typed claim checks on sentences, not passages: the claim is aligned to the source sentences
 * that share most of its (idf-weighted) content, and small rules compare the claim with the best
 * of them — a figure of the same unit, the group a muscle belongs to (schema), a name of the same
 * kind in the same statement, an opposite word, a negation, a statement the source calls a myth.
 * Each rule says what decided it and quotes the deciding sentence. Pure.
 */

export type ClaimRule = 'quotation' | 'membership' | 'figure' | 'comparison' | 'myth' | 'substitution' | 'opposite' | 'negation';

export interface RuleFinding {
  verdict: 'supported' | 'contradicted';
  rule: ClaimRule;
  /** For a person: what the rule found. */
  note: string;
  /** The passage and its sentence that decided it. */
  passage: Passage;
  sentence: string;
  /** A differing figure: the claim's words for it and the source's. */
  figure?: { claimed: string; source: string };
}

export interface AlignedSentence {
  passage: Passage;
  sentence: string;
  /** Share of the claim's content (idf-weighted) the sentence holds, 0..1. */
  alignment: number;
  /** The same, the claim's names left out: how much of what is said of them it holds. */
  predicate: number;
  /** What the sentence is said under (its headings, the sentence introducing its list). */
  context?: ReadonlySet<string>;
  /** A bare denial's ("It is not."): what the sentence before said, which it denies. */
  denies?: ReadonlySet<string>;
  /** Its terms, with what it says of the sentence before ("It…", "Yes, …"). */
  terms?: ReadonlySet<string>;
  /** A list item under a heading or a sentence that forbids what it lists. */
  forbidden?: true;
  /** Where it opens with "They" or "It": the sentence read with what that stands for in its place. */
  reading?: string;
}

/** A sentence must hold this share of the claim to be compared with it at all. */
const ALIGNED = 0.45;
/** The negation rule's note for a permission the source forbids. */
const ALLOWS_FORBIDDEN = 'The claim allows what the source forbids.';
/** A figure's sentence in a passage that speaks to the claim needs only this much of it. */
const FIGURE_ALIGNED = 0.1;
/** What the claim says of its names, the share a sentence must hold to be "the same statement". */
const SAID_OF = 0.7;
/** …in a sentence that holds at least this much of the whole claim. */
const SWAP_ALIGNED = 0.5;
/** Share of what a "Myth: …" heading states that a claim must repeat to state the myth. */
const MYTH_REPEATED = 0.5;
/** How much more of the statement the other thing's sentence must hold than the claim's own. */
const CLEARLY = 1.5;
/** Fewer content words than this and a text is a heading or a fragment, not a statement. */
const MIN_STATEMENT_WORDS = 4;
/** A passage whose whole text holds this share of the claim speaks to it. */
const PASSAGE_ALIGNED = 0.6;
/** A negation is judged only against a sentence that says most of the same thing (one added word such as "joint" still compares). */
const CLOSE = 0.7;
/** Share of a claim's words (by weight) a source sentence's denial must cover to contradict a claim it aligns with less closely. */
const MOSTLY_DENIED = 0.5;
/** A claim aligned this well is said nearly word for word by its sentence. */
const VERBATIM = 0.9;
/** A sentence this close to the best-aligned one (as a share of its alignment) competes with it. */
const NEARLY = 0.85;
/** Least share of what a figure is said of (figureTopic) that a sentence giving a figure must say. */
export const FIGURE_OF = 0.2;
/** …and the share a sentence must say to set a figure in another unit of the measure against it. */
const OTHER_UNIT_OF = 1 / 3;
/**
 * …and a date or time of day in a sentence that says this much of what the claim's is of (over
 * the sixteen tuning folders 0.3, 0.4 and 0.45 gave the same items; 0.5 missed "turned on on
 * 1 March" against "turned on on 1 April": the guards in the rule carry its safety).
 */
const POINT_TOPIC = 0.4;
/** What a sentence's headings or list introduction say counts for this much of what it says itself. */
const CONTEXT_CREDIT = 0.5;
/** A negation only against a sentence that says all but the same thing. */
const NEGATION_REACH = 3;
/** Negations this close to each other cancel. */
const DOUBLE_NEGATION = 6;

const ANATOMY = new Set(['muscle', 'group', 'tendon']);
/** The lexicon's words that give an age ("aged 14"): no adjective of being old. */
const AGE_WORDS = new Set(LEXICON.ageWords);
/** Kinds a claim is about (its names); the others are what it says of them. */
const SUBJECT_KINDS = new Set([...ANATOMY, 'exercise', 'condition', 'document']);

/** The claim's content terms with their weight (idf), its names' terms apart. */
function claimTerms(claim: string, corpus: Corpus) {
  // One claim is aligned, then its passages weighed, with the same terms: read it once.
  const last = lastTerms.get(corpus);
  if (last?.claim === claim) return last.value;
  const value = readClaimTerms(claim, corpus);
  lastTerms.set(corpus, { claim, value });
  return value;
}

/** The one-word phrases of the lexicon's permission (modality `allows`): "allowed", "permitted", "welcome". */
const PERMISSION_WORDS = new Set(LEXICON.modality.allows.filter((p) => p.length === 1).map((p) => p[0]));
/** …as terms, worked out once. */
const PERMISSION_TERMS = [...PERMISSION_WORDS].map(termOf);

/** The last claim read against each corpus (weakly held: a dropped corpus takes its entry). */
const lastTerms = new WeakMap<Corpus, { claim: string; value: ReturnType<typeof readClaimTerms> }>();

function readClaimTerms(claim: string, corpus: Corpus) {
  const q = analyse(claim, corpus);
  const weights = new Map<string, number>();
  // A claim asks nothing: a word that would cue an answer type in a question ("second", "muscle")
  // is part of what it says ("the second child from the same family"), unless it is a figure's
  // unit ("6 sets"), which the figure rule reads with its figure.
  const cues = q.tokens.filter((x, i) => x.status === 'cue' && q.tokens[i - 1]?.status !== 'number');
  /** A word the sources use, with its other forms that they use as well: one thing said, in either form ("lost", "lose"). */
  const alsoSaidAs = new Map<string, string[]>();
  for (const t of [...contentTokens(q), ...cues]) {
    if (corpus.index.has(t.term)) {
      weights.set(t.term, Math.max(weights.get(t.term) ?? 0, corpus.index.idf(t.term)));
      // (A word that grants a permission says what the others do: "allowed" is said by "welcome".)
      const granted = PERMISSION_WORDS.has(t.surface) ? PERMISSION_TERMS : [];
      const forms = [...(t.alternatives ?? []), ...granted].filter((a) => a !== t.term && corpus.index.has(a));
      if (forms.length) alsoSaidAs.set(t.term, [...new Set([...(alsoSaidAs.get(t.term) ?? []), ...forms])]);
    } else {
      for (const term of t.alternatives ?? []) if (corpus.index.has(term)) weights.set(term, Math.max(weights.get(term) ?? 0, corpus.index.idf(term) * 0.5));
    }
    // A real word no source uses, nor any word it expands to ("icing"), is part of what the claim
    // says that no sentence says: it counts against every alignment, as much as it informs.
    if (!corpus.index.has(t.term) && !t.alternatives?.some((a) => corpus.index.has(a)) && LEXICON.isWord(t.surface)) {
      weights.set(t.term, Math.max(weights.get(t.term) ?? 0, corpus.index.maxIdf() * LEXICON.information(t.surface)));
    }
  }
  // Only what names something: an aspect's alias that adds an attribute ("slow-twitch calf
  // muscle") describes, and its words are part of what the claim says.
  const nameTerms = new Set<string>();
  /** The anatomy the claim names → its name's terms: a sentence of that thing's own passage holds them even where it says "it". */
  const namedBy = new Map<string, Set<string>>();
  for (const e of subjectsOf(q.entities.map((x) => ({ ...x, ids: [x.id] })), corpus)) {
    const p = resolve(e.id, corpus);
    if (corpus.get(e.id)?.aspectOf ? !inOwnWords(e.phrase, p, corpus) : !specificWords(e.phrase, corpus).length) continue;
    // A concept or a phase ("straighten the knee", "mid-stance") is what a claim says, not what
    // it is about.
    if (p && !SUBJECT_KINDS.has(p.kind)) continue;
    const ts = new Set(words(e.phrase).filter((w) => !STOPWORDS.has(w)).map(termOf));
    for (const t of ts) nameTerms.add(t);
    if (p && ANATOMY.has(p.kind)) namedBy.set(p.id, new Set([...(namedBy.get(p.id) ?? []), ...ts]));
  }
  /** Does a set of terms say the claim's term `t`, in its own form or another? */
  const says = (terms: ReadonlySet<string>, t: string) => terms.has(t) || (alsoSaidAs.get(t)?.some((a) => terms.has(a)) ?? false);
  return { q, weights, nameTerms, namedBy, says };
}

/** Recent alignments per corpus: one claim's rules align its whole text and its clauses, often the same ones twice. */
const recentAlignments = new WeakMap<Corpus, Map<string, AlignedSentence[]>>();
const RECENT_ALIGNMENTS = 16;

/** The source sentences that say most of what the claim says, best first. */
export function alignSentences(claim: string, corpus: Corpus, limit = 24): AlignedSentence[] {
  let memo = recentAlignments.get(corpus);
  if (!memo) recentAlignments.set(corpus, (memo = new Map()));
  const key = `${limit} ${claim}`;
  let out = memo.get(key);
  if (!out) {
    if (memo.size >= RECENT_ALIGNMENTS) memo.delete(memo.keys().next().value!);
    memo.set(key, (out = align(claim, corpus, limit)));
  }
  // Callers filter and slice; none changes an entry, so the array is shared as is.
  return out;
}

function align(claim: string, corpus: Corpus, limit: number): AlignedSentence[] {
  const { q, weights, nameTerms, namedBy, says } = claimTerms(claim, corpus);
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const predTotal = [...weights].filter(([t]) => !nameTerms.has(t)).reduce((a, [, w]) => a + w, 0);
  if (!total) return [];
  const passages = new Map<string, Passage>();
  for (const r of retrieve(q, corpus, 8).ranked) passages.set(r.passage.id, r.passage);
  for (const e of q.entities) {
    const p = corpus.get(e.id);
    if (p) passages.set(p.id, p);
  }
  const out: AlignedSentence[] = [];
  for (const p of passages.values()) {
    const subject = namedBy.get(resolve(p.id, corpus)?.id ?? '');
    for (const { text: s, terms, context, denies, reading, forbidden } of sourceSentences(p, corpus)) {
      // The passage's subject counts as said in a sentence that names no other anatomy; read
      // through, not copied into the sentence's terms (this runs for every sentence checked).
      // (And on a team's page, "we" says the team's name: "We do not pre-cast" of the Players.)
      const withSubject = subject && !namedInSentence(s, corpus).some((x) => ANATOMY.has(x.kind)) ? subject : p.kind === 'document' && words(s).some((w) => LEXICON.selfReference.has(w)) ? corpus.teamTerms() : null;
      let got = 0;
      let pred = 0;
      for (const [t, w] of weights) {
        const credit = says(terms, t) || withSubject?.has(t) ? w : says(context, t) ? CONTEXT_CREDIT * w : 0;
        got += credit;
        if (!nameTerms.has(t)) pred += credit;
      }
      out.push({ passage: p, sentence: s, alignment: got / total, predicate: predTotal ? pred / predTotal : 0, context, terms, ...(denies ? { denies } : {}), ...(reading ? { reading } : {}), ...(forbidden ? { forbidden } : {}) });
    }
  }
  return out.sort((a, b) => b.alignment - a.alignment).slice(0, limit);
}

/**
 * The statement a heading calls a myth: the words after a singular cue ("Myth: buy ballet shoes a
 * size up" states one). A plural cue heads a list of topics ("Running myths: calf strength, heel
 * strike and midfoot loading"), and states none of them.
 */
function mythStated(heading: string): string | undefined {
  const ws = words(heading);
  const at = ws.findIndex((w) => LEXICON.mythCues.has(w));
  return at >= 0 && !ws[at].endsWith('s') && at + 1 < ws.length ? ws.slice(at + 1).join(' ') : undefined;
}

/**
 * Share of what a myth states (its content words, information-weighted) that a claim says.
 */
function mythRepeated(claim: string, myth: string, corpus: Corpus): number {
  const { weights, says } = claimTerms(claim, corpus);
  let total = 0;
  let got = 0;
  for (const w of new Set(words(myth).filter((x) => !STOPWORDS.has(x)))) {
    const h = termOf(w);
    const idf = corpus.index.has(h) ? corpus.index.idf(h) : 0;
    total += idf;
    const heading = new Set([h]);
    for (const t of weights.keys()) {
      if (!says(heading, t)) continue;
      got += idf;
      break;
    }
  }
  return total ? got / total : 0;
}

/** Does a sentence open with a denial that answers the question before it ("No, …", "No.")? */
function answersNo(sentence: string): boolean {
  const m = /^\W*(\p{L}+)\s*[,.!;:\u2013\u2014-]/u.exec(sentence.slice(0, MAX_ANSWER_OPENING));
  return !!m && LEXICON.negativeAnswers.has(m[1].toLowerCase());
}
/** How much of an answer's opening is read for its denial. */
const MAX_ANSWER_OPENING = 40;

/** Does a sentence correct a belief the one before reports: "In fact…", "This is a myth.", "It is not."? */
function correctsTheOneBefore(sentence: string): boolean {
  const ws = words(sentence);
  return LEXICON.corrections.some((c) => containsRun(ws, c)) || ws.some((w) => LEXICON.mythCues.has(w)) || deniesTheOneBefore(sentence);
}

/** Does a word report what people believe ("believe", "a common belief")? */
function reportsBelief(w: string): boolean {
  return LEXICON.beliefVerbs.has(w) || LEXICON.beliefNouns.has(w);
}

/** Passages of the claim's best-aligned sentences searched for a myth stated in their text. */
const MYTH_DEPTH = 5;
/** Share of a claim's own content (information-weighted) that a myth must say to be what the claim states. */
const MYTH_SAYS_CLAIM = 1 / 3;

/** Does a run of words hold one of the lexicon's negations (a myth's or a claim's polarity)? */
function negates(ws: readonly string[]): boolean {
  return ws.some((w) => LEXICON.negations.has(w));
}

/**
 * A claim that states a myth a page sets out in its text, not in a heading: a sentence labelled
 * as one ("Myth: \"The lifeboat is paid for by the government.\"", "A common myth is that…"), or
 * under a myth's heading the belief the section reports ("Many riders believe that a hat only
 * needs replacing if it is cracked or dented", then "That is wrong"), or under any heading a belief
 * the next sentence corrects ("A common belief is that…", then "The figures say otherwise"), or a
 * yes-or-no question answered "No" (its heading, or a sentence of its own). The claim must repeat at
 * least half of what the myth says (MYTH_REPEATED) with the same polarity ("a hat needs replacing
 * even if it is not cracked" restates the correction), and the myth must say a good part of the
 * claim (MYTH_SAYS_CLAIM): a short myth, "the lifeboat is paid for by the government", is half
 * said by any sentence about the lifeboat. (A claim that reports the belief itself, "many riders
 * believe…", or names the myth, states none.)
 */
export function mythRestated(claim: string, corpus: Corpus): { passage: Passage; sentence: string; correction?: string; deniedQuestion?: string } | undefined {
  const claimWords = words(claim);
  if (claimWords.some((w) => LEXICON.mythCues.has(w) || reportsBelief(w))) return undefined;
  const negated = negates(claimWords);
  const { weights, says } = claimTerms(claim, corpus);
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const restates = (myth: readonly string[]) => {
    if (negates(myth) !== negated || mythRepeated(claim, myth.join(' '), corpus) < MYTH_REPEATED) return false;
    const terms = new Set(myth.map(termOf));
    let said = 0;
    for (const [t, w] of weights) if (says(terms, t)) said += w;
    return total > 0 && said / total >= MYTH_SAYS_CLAIM;
  };
  for (const p of new Set(alignSentences(claim, corpus).slice(0, MYTH_DEPTH).map((a) => a.passage))) {
    const section = !!mythStated(p.title);
    const all = sentences(p.text);
    // A yes-or-no question answered "No" (a heading over its answer, or a sentence before it):
    // "## Is everything at a farmers' market organic?" then "No, and this is one of the commonest
    // misunderstandings we hear."
    if (all.length && p.title.trimEnd().endsWith('?') && answersNo(all[0]) && restates(words(p.title))) return { passage: p, sentence: all[0], deniedQuestion: p.title };
    for (const [i, sentence] of all.entries()) {
      if (i + 1 < all.length && sentence.trimEnd().endsWith('?') && answersNo(all[i + 1]) && restates(words(sentence))) return { passage: p, sentence: all[i + 1], deniedQuestion: sentence };
      const ws = words(sentence);
      const labelled = mythStated(sentence);
      if (labelled && restates(words(labelled))) return { passage: p, sentence };
      // (Under any heading, a belief the next sentence corrects: "A common belief is that cold
      // water is only dangerous in winter. The figures say otherwise.")
      const reported = ws.findIndex(reportsBelief);
      const corrected = reported >= 0 && !section && i + 1 < all.length && correctsTheOneBefore(all[i + 1]);
      const at = section || corrected ? reported : -1;
      if (at >= 0 && restates(ws.slice(at + (ws[at + 1] === 'that' ? 2 : 1)))) return { passage: p, sentence, ...(corrected ? { correction: all[i + 1] } : {}) };
    }
  }
  return undefined;
}

/**
 * A cited sentence that says much of a claim (ALIGNED) with a negation the claim lacks, over the
 * claim's own words: a passage that shares a claim's words but denies them ("We no longer offer
 * ear syringing", "Smoking and vaping are not allowed on any vehicle") does not state it, however
 * much of it the passage covers.
 */
export function saidDenied(claim: string, corpus: Corpus, among: ReadonlySet<string>): (AlignedSentence & { outranked: boolean }) | undefined {
  // (A claim that restricts or sets a condition, "only once you have done the course", denies in
  // its own way.)
  if (negatedTerms(claim).size || modalityOf(ruleWords(claim)).conditional) return undefined;
  // (What the negation reaches must be something the claim says: "…rather than a short burst of
  // power" denies nothing of "a steady base of support in mid-stance".)
  const said = new Set(words(claim).filter((w) => !STOPWORDS.has(w)).map(termOf));
  // (…and not what the claim denies itself by a verb: "helps stop the tubers becoming infected"
  // against "so that spores do not infect them".)
  for (const clause of claim.split(CLAUSE_SPLIT)) {
    const ws = words(clause);
    const at = ws.findIndex((w) => LEXICON.preventives.has(w));
    if (at >= 0) for (const w of ws.slice(at + 1)) said.delete(termOf(w));
  }
  // (Nor does a sentence whose numbers are all others than the claim's: "we do not stock 5 amp
  // fuses" denies nothing of a 13 amp fuse.)
  const numbers = (text: string) => new Set(text.match(DIGITS) ?? []);
  const claimed = numbers(claim);
  const ofOther = (sentence: string) => {
    const theirs = numbers(sentence);
    return claimed.size > 0 && theirs.size > 0 && ![...theirs].some((n) => claimed.has(n));
  };
  // (…nor one whose negation turns a figure's bound round: "no swimmer may race with less than 48
  // hours between galas" says at least 48 hours, which the figure rule reads.)
  const cited = alignSentences(claim, corpus).filter((a) => among.has(a.passage.id) && a.alignment >= ALIGNED);
  // (Each sentence's denied words read once: the sentences are compared with one another below.)
  const deniedIn = new Map(cited.map((a) => [a, ofOther(a.sentence) || quantities(a.sentence).some((q) => q.deniedBound) ? [] : [...(a.denies ?? negatedTerms(a.sentence))].filter((t) => said.has(t))]));
  const deniedOf = (a: AlignedSentence) => deniedIn.get(a) ?? [];
  const denial = cited.find((a) => deniedOf(a).length > 0);
  if (!denial) return undefined;
  // A sentence that says the denied words without denying them, and as much of the claim, states
  // it: "Drivers need an enhanced DBS check" beside "Warehouse volunteers do not need one".
  // (…of the same thing: every word of the claim the denial says, "Season tickets cannot be
  // shared" not affirmed by "Cards … can be shared within a household".)
  const denied = deniedOf(denial);
  const saysTerm = (a: AlignedSentence, t: string) => a.terms?.has(t) ?? words(a.sentence).some((w) => termOf(w) === t);
  const ofDenial = [...said].filter((t) => saysTerm(denial, t));
  const affirmed = cited.some((a) => a !== denial && a.alignment >= denial.alignment && !deniedOf(a).length && [...denied, ...ofDenial].every((t) => saysTerm(a, t)));
  if (affirmed) return undefined;
  // (A sentence that says more of the claim and denies nothing may state it in other words:
  // "Around 190 boys and girls play in our mini section" beside "Children never play down".)
  return { ...denial, outranked: cited.some((a) => a.alignment > denial.alignment && !deniedOf(a).length) };
}

const DIGITS = /\d+(?:[.,]\d+)*/g;

/**
 * A claim that gives something to someone or something named ("Bookings are handled by the
 * caretaker, Dev Sharma"; "Plover House is the block with a lift"), where the source sentence that
 * says the most of that thing names another of the same kind and not them ("Margaret Pennington
 * takes all bookings"; "Linnet House has … a passenger lift"), and no sentence naming them says
 * as much: the claim gives it to the wrong one. Names are runs of two or more capitalised words.
 * A person's ends in no English word ("Dev Sharma") and stands against any other person's; a
 * place's or a group's ends in what it is ("Birch Studio", "Plover House") and stands against
 * another of that word only ("Maple Studio", not "Plover Road").
 */
export function namedOther(claim: string, corpus: Corpus, peopleOnly = false): { at: AlignedSentence; mine: string; theirs: string } | undefined {
  const people = peopleNamed(claim);
  const things = people.length || peopleOnly ? [] : thingsNamed(claim);
  const mine = people.length ? people : things;
  if (!mine.length) return undefined;
  // (What the claim says the person is, beside their name, is theirs, not what is given to them:
  // "the caretaker, Dev Sharma", "Siân Morgan, who coordinates the volunteers,".)
  const nameTerms = new Set([...mine.flatMap((n) => words(n)), ...apposedTo(claim, mine)].map(termOf));
  const weight = (t: string) => (corpus.index.has(t) ? corpus.index.idf(t) : 0);
  // What the claim says of them: its other content words, as informative as the corpus makes them.
  // (Only in the clauses that name them, where others name no one: "The coordinator, Ruth Okonedo,
  // works from the office, and a caretaker covers safety checks" gives her no safety checks.)
  const clauses = claim.slice(0, MAX_CLAUSED_CHARS).split(COORDINATE_BREAK);
  const namingThem = clauses.filter((c) => mine.some((n) => c.includes(n)));
  const saidOfThem = namingThem.length && namingThem.length < clauses.length ? namingThem.join(' ') : claim;
  const duty = [...new Set(contentTerms(saidOfThem))].filter((t) => !nameTerms.has(t) && weight(t) > 0);
  const total = duty.reduce((n, t) => n + weight(t), 0);
  if (duty.length < OTHER_DUTY_WORDS || !total) return undefined;
  // (A post the claim says they hold, which the sources give them, is theirs: "Gary Pell has worked
  // as the co-op's caretaker" is not the co-op coordinator's. A post it names them by says only
  // whom it speaks of: "Bookings are handled by the caretaker, Dev Sharma" may still give the
  // bookings to the wrong one.)
  if (people.length && postsGiven(claim).some((given) => given.stated && postHolders(given, corpus)?.theirsToo)) return undefined;
  const aligned = alignSentences(claim, corpus);
  const termsOf = (a: AlignedSentence) => a.terms ?? new Set(words(a.sentence).map(termOf));
  const share = (a: AlignedSentence) => {
    const ts = termsOf(a);
    return duty.filter((t) => ts.has(t)).reduce((n, t) => n + weight(t), 0) / total;
  };
  // What the claim says in other words the sources may use: "in charge of" said by "Lead". (Read
  // only where a sentence names another: most claims never get so far.)
  let otherwise: QueryToken[] | undefined;
  const putOtherwise = () => (otherwise ??= contentTokens(analyse(saidOfThem, corpus)).filter((t) => t.alternatives?.length && !duty.includes(t.term)));
  const sayings = (a: AlignedSentence) => {
    const ts = termsOf(a);
    return duty.filter((t) => ts.has(t)).length + putOtherwise().filter((t) => t.alternatives!.some((x) => ts.has(x))).length;
  };
  const lower = (text: string) => text.toLowerCase();
  // (A sentence that opens with "She" or "They" names whom the sentence before opened with: "She
  // … is our Designated Safeguarding Lead" after "Bridget Fennimore is our manager".)
  const named = (a: AlignedSentence) => (pointsBack(a.sentence) ? `${sentenceBefore(a, corpus) ?? ''} ${a.sentence}` : a.sentence);
  const namesMine = (a: AlignedSentence) => mine.some((n) => lower(named(a)).includes(lower(n)));
  const most = Math.max(0, ...aligned.map(share));
  if (most < OTHER_DUTY_SHARE) return undefined;
  // (A claim whose words fell short of support, with a word for what it says of them that no source
  // uses, says what they never say of anyone: "Helen Okafor trained at a London dance
  // conservatoire" is unverified, though another teaches dance.)
  if (peopleOnly && contentTerms(saidOfThem).some((t) => !nameTerms.has(t) && !weight(t))) return undefined;
  const saying = aligned.filter((a) => share(a) >= most);
  // (Another of the same kind: a person for a person, a studio for a studio.)
  const heads = new Set(things.map(headOf));
  const others = (sentence: string) => (people.length ? peopleNamed(sentence, true) : thingsNamed(sentence).filter((n) => heads.has(headOf(n))));
  // (A sentence that names them and says as much gives it to them too, unless one clause of it,
  // naming another and not them, says all the sentence says of the claim: "Our Designated
  // Safeguarding Lead is Ruth Penhaligon, a retired head teacher, and her deputy is our
  // Principal, Helen Okafor" gives the post to Ruth Penhaligon.)
  if (saying.some(namesMine)) {
    const held = (text: string) => {
      const ts = new Set(words(text).map(termOf));
      return duty.filter((t) => ts.has(t));
    };
    for (const at of saying) {
      const all = held(at.sentence);
      const clauses = at.sentence.slice(0, MAX_CLAUSED_CHARS).split(COORDINATE_BREAK);
      if (clauses.length < 2 || all.length < OTHER_DUTY_WORDS) continue;
      // (…where another clause names them as a name of its own: the "Sir Ranulph Appeal" names
      // no Sir Ranulph.)
      const asTheirOwn = (clause: string) => others(clause).some((n) => mine.some((m) => lower(m) === lower(n)));
      if (!clauses.some(asTheirOwn)) continue;
      // (Only one clause may say it all: "Our welfare officer is Colin Faraday, and our deputy
      // welfare officer is Aisha Kendrick" says "welfare officer" of both.)
      const whole = clauses.filter((clause) => held(clause).length >= all.length);
      // (…and of itself: "and she is our deputy lead" speaks of whom the sentence before named.)
      if (whole.length !== 1 || pointsBack(whole[0]) || mine.some((n) => lower(whole[0]).includes(lower(n)))) continue;
      const theirs = others(whole[0]).find((n) => !lower(claim).includes(lower(n)));
      if (theirs) return { at, mine: people.length ? mine[0] : mine.find((n) => headOf(n) === headOf(theirs)) ?? mine[0], theirs };
    }
    return undefined;
  }
  // (Of three things or more said of them, one word in common, however rare, is no duty said:
  // "sits on the local pharmaceutical committee" against "registered with the General
  // Pharmaceutical Council". Of two, one is: "bookings are handled by…" against "… takes all
  // bookings".)
  const enough = () => Math.min(OTHER_DUTY_WORDS, duty.length + putOtherwise().length - 1);
  for (const at of saying) {
    const theirs = others(named(at)).find((n) => !lower(claim).includes(lower(n)));
    if (theirs && sayings(at) >= enough()) return { at, mine: people.length ? mine[0] : mine.find((n) => headOf(n) === headOf(theirs)) ?? mine[0], theirs };
  }
  return undefined;
}

/**
 * A claim of two statements, each of a different named thing, that gives each what the sources
 * say of the other: "Maud can manage six carriages, whereas Countess is held to four", where the
 * sentences about Countess say six and those about Maud four; "Dev Okafor runs the Minnows and
 * Hannah Pryce the Juniors", where Dev Okafor's sentence says Juniors and Hannah Pryce's Minnows.
 * Each side must be crossed: nothing of what the claim says of one is said of it, and most of
 * what it says of the other is. (A statement the sources word otherwise is not crossed, only
 * unsaid: it takes both crossings to call the pair swapped.)
 */
export function swappedPair(claim: string, corpus: Corpus): { passage: Passage; sentence: string; mine: string; theirs: string } | undefined {
  const pair = pairedStatements(claim);
  if (!pair) return undefined;
  const [first, second] = pair;
  if (first.name === second.name || first.terms.some((t) => second.terms.includes(t))) return undefined;
  const docs = new Set<number>();
  for (const { terms } of pair) {
    const rarest = [...terms].sort((a, b) => corpus.index.docsWith(a).length - corpus.index.docsWith(b).length)[0];
    if (!corpus.index.has(rarest)) return undefined;
    for (const d of corpus.index.docsWith(rarest)) if (terms.every((t) => corpus.index.contains(t, d))) docs.add(d);
  }
  // (As with a post: a name most passages say is read through the index, and not at all where too common.)
  if (!docs.size || docs.size > MAX_POST_PASSAGES) return undefined;
  const said = saidOfEach(pair.map((s) => s.name), [...docs].map((d) => corpus.passages[d]), corpus);
  // (Each name must be written inside a source sentence, not only where a sentence opens: a
  // common word opening a sentence, "Supper is…", is no name.)
  if (said.some((x) => !x.named)) return undefined;
  // What each statement says that the other does not: its figures where both give figures
  // ("six" and "four"), else its content words.
  const figures = pair.map((s) => figureKeys(s.text));
  const byFigure = figures.every((f) => f.size);
  const own = pair.map((s, i) => {
    const other = pair[1 - i];
    if (byFigure) return [...figures[i]].filter((f) => !figures[1 - i].has(f));
    const otherTerms = new Set([...other.content, ...other.terms]);
    return s.content.filter((t) => !otherTerms.has(t) && !s.terms.includes(t));
  });
  if (own.some((o) => !o.length)) return undefined;
  const weight = (t: string) => (byFigure ? 1 : corpus.index.has(t) ? corpus.index.idf(t) : 0);
  const share = (ts: readonly string[], among: ReadonlySet<string>) => {
    const total = ts.reduce((sum, t) => sum + weight(t), 0);
    return total ? ts.filter((t) => among.has(t)).reduce((sum, t) => sum + weight(t), 0) / total : 0;
  };
  for (let i = 0; i < 2; i++) {
    const of = byFigure ? said[i].figures : said[i].terms;
    if (own[i].some((t) => of.has(t)) || share(own[1 - i], of) < PAIR_CROSSED) return undefined;
  }
  const at = saysMostOf(said[0].units, own[1]);
  return at && { passage: at.passage, sentence: at.sentence, mine: first.name, theirs: second.name };
}

/** The share of what a claim says of one name (by idf) that the sources must say of the other, to cross them. */
const PAIR_CROSSED = 1 / 3;
/** Where a claim's two statements part ("…, whereas", "…, and", "; ", or "and" before a name). */
const PAIR_JOIN = /,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+|;\s+|\s+and\s+(?=(?:the\s+)?\p{Lu})/gu;
/** A name as written: capitalised words, with "of" or "the" between them ("Countess of Penmarsh", "Meet the Owls"). */
const PAIRED_NAME = /\p{Lu}[\p{L}'\u2019-]{0,40}(?:\s+(?:(?:of|the|for|de|la)\s+){0,2}\p{Lu}[\p{L}'\u2019-]{0,40}){0,4}/gu;

/**
 * A claim's two statements, each with the name it is about (the first name it writes, past an
 * opening "The") and its content words as terms; none unless the claim parts at exactly one place
 * into two statements that each name something.
 */
function pairedStatements(claim: string): { text: string; name: string; terms: string[]; content: string[] }[] | undefined {
  const text = claim.slice(0, MAX_CLAUSED_CHARS);
  const found = [...text.matchAll(PAIR_JOIN)]
    .map((m) => [text.slice(0, m.index), text.slice((m.index ?? 0) + m[0].length)])
    .map((sides) => sides.map(statementOf))
    .filter((sides): sides is NonNullable<ReturnType<typeof statementOf>>[] => sides.every(Boolean));
  return found.length === 1 ? found[0] : undefined;
}

/** A statement of a claim with the first thing it names; none where it names nothing. */
function statementOf(text: string): { text: string; name: string; terms: string[]; content: string[] } | undefined {
  for (const m of text.matchAll(PAIRED_NAME)) {
    const ws = m[0].split(/\s+/);
    while (ws.length && STOPWORDS.has(ws[0].toLowerCase())) ws.shift();
    const terms = ws.map((w) => w.toLowerCase()).filter((w) => !STOPWORDS.has(w) && !LEXICON.months.has(w) && !LEXICON.exclusiveSets.some((set) => set.has(w))).map(termOf);
    if (!terms.length) continue;
    const content = words(text).filter((w) => !STOPWORDS.has(w) && !/\d/.test(w) && !LEXICON.numberWords.has(w)).map(termOf);
    return { text, name: ws.join(' '), terms, content: [...new Set(content)] };
  }
  return undefined;
}

/**
 * A text's numbers, in digits or in words ("six" and "6" alike), whatever they count: a figure
 * may be given bare ("held to four") or of a noun no unit names ("six carriages").
 */
function figureKeys(text: string): Set<string> {
  const out = new Set<string>();
  // (Not a code of numbers: a "0-4-2 side tank" gives no four.)
  for (const m of text.slice(0, MAX_CLAUSED_CHARS).matchAll(/\d+(?:[.,]\d+)*(?:-\d+){0,8}/g)) {
    const parts = m[0].split('-');
    if (parts.length <= 2) for (const p of parts) out.add(`#${Number(p.replace(/,(?=\d{3}\b)/g, ''))}`);
  }
  for (const w of words(text)) {
    const n = LEXICON.numberWords.get(w);
    if (n !== undefined) out.add(`#${n}`);
  }
  return out;
}

/** A table row's column label as its sentence gives it ("Type: ", "; Price: "). */
const ROW_LABEL = /(?:^|;\s{1,3})[^:;]{1,40}:\s/g;

/** A sentence, or the part of one, that the sources say of a name. */
interface SaidOf {
  passage: Passage;
  sentence: string;
  unit: string;
}

/**
 * What the sources say of each of two names, as terms and figures: the sentences that name one of
 * them and not the other, each part of a sentence that names both (parted at its commas), and the
 * sentences after one that name neither but carry the one named by a pronoun ("Being smaller, she
 * is limited to four carriages"). `named` says a name was found written inside a sentence.
 */
function saidOfEach(names: readonly string[], passages: readonly Passage[], corpus: Corpus) {
  const patterns = names.map((n) => new RegExp(String.raw`(?<![\p{L}\d])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\d])`, 'u'));
  const out = names.map(() => ({ terms: new Set<string>(), figures: new Set<string>(), named: false, units: [] as SaidOf[] }));
  const give = (i: number, said: string, passage: Passage, sentence: string) => {
    // (A table row's column labels are every row's: "Clay: Crank; Type: …" says no "clay" of Crank.)
    const unit = tableRowName(said) ? said.replace(ROW_LABEL, ' ') : said;
    for (const w of words(unit)) if (!STOPWORDS.has(w)) out[i].terms.add(termOf(w));
    for (const f of figureKeys(unit)) out[i].figures.add(f);
    out[i].units.push({ passage, sentence, unit });
  };
  for (const passage of passages) {
    let carried = -1;
    for (const { text } of sourceSentences(passage, corpus)) {
      const sentence = text.slice(0, MAX_CLAUSED_CHARS);
      const at = patterns.map((p) => p.exec(sentence));
      at.forEach((m, i) => {
        if (m && m.index > 0) out[i].named = true;
      });
      const naming = at.flatMap((m, i) => (m ? [i] : []));
      if (naming.length === 1) {
        give(naming[0], sentence, passage, text);
        carried = naming[0];
      } else if (naming.length === 2) {
        for (const part of sentence.split(/[,;]\s+/)) {
          const inPart = patterns.flatMap((p, i) => (p.test(part) ? [i] : []));
          if (inPart.length === 1) give(inPart[0], part, passage, text);
        }
        carried = -1;
      } else if (carried >= 0 && words(sentence).some((w) => LEXICON.carriedNames.has(w))) {
        give(carried, sentence, passage, text);
      } else carried = -1;
    }
  }
  return out;
}

/** Of what the sources say of a name, the part that says most of the given terms and figures. */
function saysMostOf(units: readonly SaidOf[], wanted: readonly string[]): SaidOf | undefined {
  let best: SaidOf | undefined;
  let most = 0;
  for (const u of units) {
    const has = new Set([...words(u.unit).map(termOf), ...figureKeys(u.unit)]);
    const n = wanted.filter((t) => has.has(t)).length;
    if (n > most) (best = u), (most = n);
  }
  return best;
}

/**
 * A claim that names someone by a post ("Head Coach Colin Ashdown", "its welfare officer, Aisha
 * Kendrick", "Colin Ashdown, the head coach,") where the sources give that post to one other
 * person, beside their name ("Our Head Coach is Tomasz Wierzbicki", "Tomasz Wierzbicki, Head
 * Coach"), and never to them: the claim gives the post to the wrong one. A post the sources give
 * to two people or more ("head coach" of two clubs) proves nothing.
 */
export function otherPostHolder(claim: string, corpus: Corpus): { passage: Passage; sentence: string; post: string; mine: string; theirs: string } | undefined {
  for (const given of postsGiven(claim)) {
    const found = postHolders(given, corpus);
    if (!found || found.theirsToo || found.holders.size !== 1) continue;
    const [[, at]] = [...found.holders];
    return { ...at, post: found.label, mine: given.person };
  }
  return undefined;
}

/**
 * Whom the sources name beside a post a claim gives someone, other than them, and whether they
 * name them too; undefined where no passage, or too many, name the post.
 */
function postHolders(given: { person: string; post: string[]; label: string }, corpus: Corpus) {
  const holders = new Map<string, { passage: Passage; sentence: string; theirs: string }>();
  let theirsToo = false;
  // (Only the passages that say every word of the post, through the index: a large corpus is
  // not read sentence by sentence, and a post most passages name is no one's in particular. A
  // post's first words are part of it: "deputy welfare officer" is no "welfare officer".)
  const { post } = given;
  const docs = passagesNaming(post, corpus);
  if (!docs.length || docs.length > MAX_POST_PASSAGES) return undefined;
  for (const passage of docs.map((d) => corpus.passages[d])) {
    for (const { text } of sourceSentences(passage, corpus)) {
      for (const holder of holdersOf(text, post)) {
        // (The same person with a title before the name: "Captain Ewan Sinclair" is "Ewan Sinclair".)
        if (samePerson(holder, given.person)) theirsToo = true;
        else if (!holders.has(holder.toLowerCase())) holders.set(holder.toLowerCase(), { passage, sentence: text, theirs: holder });
      }
    }
  }
  return { holders, theirsToo, label: given.label };
}

/** Do two names name one person, one of them with more words: "Captain Ewan Sinclair", "Ewan Sinclair"? */
function samePerson(a: string, b: string): boolean {
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length);
  return short.length > 0 && short.every((w) => long.includes(w));
}

/** The passages that say every word of a post, through the index. */
function passagesNaming(post: readonly string[], corpus: Corpus): number[] {
  const rarest = [...post].sort((a, b) => corpus.index.docsWith(a).length - corpus.index.docsWith(b).length)[0];
  return [...corpus.index.docsWith(rarest)].filter((d) => post.every((t) => corpus.index.contains(t, d)));
}

/** Most words between a post and the name of the one who holds it ("Our Head Coach is Tomasz", "Role: Peal Secretary; Name: Alan Fitch"). */
const POST_REACH = 3;
/** Most passages that may name a post before it is too common to be anyone's in particular. */
const MAX_POST_PASSAGES = 200;
/** Most words in a post's name ("Chief Mechanical Engineer", "Designated Safeguarding Lead"). */
const POST_WORDS = 4;

/** A word of a post as the lexicon knows it: lower case, hyphens dropped ("Co-ordinator" is "coordinator"). */
const plainWord = (w: string) => w.toLowerCase().replace(/-/g, '');

/** A text's words with their terms, as plain words; `spaced` where only spaces part a word from the one before. */
function postTokens(text: string): PostToken[] {
  let end = -1;
  return [...text.slice(0, MAX_PEOPLE_SCAN).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu)].map((m) => {
    const word = m[0].replace(/['\u2019]s?$/u, '');
    const at = m.index ?? 0;
    const spaced = end >= 0 && /^\s+$/.test(text.slice(end, at));
    end = at + m[0].length;
    return { word, term: termOf(plainWord(word)), possessive: word !== m[0], spaced, at, end };
  });
}

interface PostToken {
  word: string;
  term: string;
  possessive: boolean;
  spaced: boolean;
  /** Where the word starts and ends in the text. */
  at: number;
  end: number;
}

/** Does a word name a post ("Officer", "Co-ordinator", "Lead")? */
const namesPostWord = (w: string) => LEXICON.namesPost(plainWord(w));

/** A word that may be part of a post's name: a noun or a post, not a stopword ("welfare", "officer"). */
const postWord = (w: string) => {
  const plain = plainWord(w);
  return !STOPWORDS.has(plain) && (LEXICON.isNoun(plain) || LEXICON.namesPost(plain));
};

/** Does a title written in capitals run on from the word before token `i` to it ("Volunteer Coordinator", not "Dray, Volunteer")? */
function titleGoesOn(tokens: readonly { word: string; spaced: boolean }[], i: number): boolean {
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  return i > 0 && tokens[i].spaced && capital(tokens[i].word) && capital(tokens[i - 1].word) && !STOPWORDS.has(tokens[i - 1].word.toLowerCase());
}

/** Where a run of words (a name) starts among a text's tokens, or -1. */
function runAt(tokens: readonly { word: string }[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((w, k) => tokens[i + k].word === w)) return i;
  return -1;
}

/**
 * The posts a claim names people by, as terms: the nouns just before a name that end in a word
 * naming a post ("Site Warden Tom Adeyemi", "led by technician Marcus Fell", "its Chair, Dev
 * Mistry"), or the same set after it between commas ("Colin Ashdown, the head coach,"); and, marked
 * `stated`, the posts it says they hold (see statedPosts).
 */
function postsGiven(claim: string): { person: string; post: string[]; label: string; stated?: true }[] {
  const out: { person: string; post: string[]; label: string; stated?: true }[] = [];
  const tokens = postTokens(claim);
  for (const person of peopleTitled(claim)) {
    const run = person.split(' ');
    const at = runAt(tokens, run);
    if (at < 0) continue;
    const named = claim.indexOf(person);
    const before: { word: string; term: string }[] = [];
    // (A label is no title: a table row's "Captain: Priya Raman" is one team's, among others.)
    const labelled = /:\s*$/.test(claim.slice(0, named));
    // (A title written in capitals is read whole, "Peal Secretary", as the sources' are: see holdersOf.)
    for (let i = at - 1; i >= 0 && before.length < POST_WORDS && !labelled; i--) {
      if (tokens[i].possessive || !(postWord(tokens[i].word) || (before.length > 0 && titleGoesOn(tokens, i + 1)))) break;
      before.unshift(tokens[i]);
    }
    let after: { word: string; term: string }[] = [];
    const rest = claim.slice(named + person.length);
    const apposed = /^,\s+(?:(?:the|our|its|their|his|her)\s+)?([^,.;()]{2,60})[,.]/iu.exec(rest);
    if (apposed) {
      // (Set between commas after a name, a word with any sense as a noun is read as one: the
      // "volunteer" of "Gideon Fairweather, the volunteer coordinator,".)
      const ws = postTokens(apposed[1]);
      if (ws.length <= POST_WORDS && ws.every((t) => postWord(t.word) || (!STOPWORDS.has(plainWord(t.word)) && LEXICON.hasNounSense(plainWord(t.word))))) after = ws;
    }
    const stated = labelled ? [] : statedPosts(claim, tokens, at, run.length);
    const read: { post: readonly { word: string; term: string }[]; stated?: true }[] = [{ post: before }, { post: after }, ...stated.map((post) => ({ post, stated: true as const }))];
    for (const { post, stated } of read) {
      if (post.length && namesPostWord(post[post.length - 1].word)) {
        out.push({ person, post: post.map((t) => t.term), label: post.map((t) => t.word).join(' '), ...(stated ? { stated } : {}) });
      }
    }
  }
  return out;
}

/**
 * The posts a claim states the one named at `at` (a name of `length` words) holds, in so many
 * words: after a copula ("Gareth Pell is the Operations Manager", "Nell Carrow, who is the
 * company's Camp Marshal"), after a role word later in the clause ("… looks after the money as
 * its Treasurer"), or before a copula that names them ("The library's treasurer is Lowenna Pike").
 */
function statedPosts(claim: string, tokens: readonly PostToken[], at: number, length: number): PostToken[][] {
  const { copulas, roles } = LEXICON.postLinks;
  const lower = (k: number) => tokens[k]?.word.toLowerCase() ?? '';
  const between = (from: number, to: number) => claim.slice(tokens[from].end, tokens[to].at);
  const out: PostToken[][] = [];
  const last = at + length - 1;
  let k = last + 1;
  if (LEXICON.relativePronouns.has(lower(k)) && /^,\s*$/.test(between(last, k))) k++;
  if (k < tokens.length && copulas.has(lower(k)) && /^[\s,]*$/.test(between(k - 1, k))) out.push(postFrom(tokens, k + 1));
  // (A role word is the post's only in the clause that names them, and not where it compares:
  // "as well as the treasurer".)
  for (let r = last + 1; r < tokens.length && r <= last + ROLE_REACH && !/[.;:!?]/.test(between(r - 1, r)); r++) {
    if (roles.has(lower(r)) && !roles.has(lower(r - 2)) && !STOPWORDS.has(lower(r - 1))) {
      out.push(postFrom(tokens, r + 1));
      break;
    }
  }
  if (at >= 2 && copulas.has(lower(at - 1))) {
    const post: PostToken[] = [];
    let b = at - 2;
    for (; b >= 0 && post.length < POST_WORDS && !tokens[b].possessive && postWord(tokens[b].word); b--) post.unshift(tokens[b]);
    const opens = b < 0 || tokens[b].possessive || (LEXICON.determiners.has(lower(b)) && !LEXICON.postLinks.indefinite.has(lower(b)));
    if (post.length && opens && /^\s+$/.test(between(at - 2, at - 1))) out.push(post);
  }
  return out;
}

/** Most words from a name to the role word that gives their post ("Gareth Pryce looks after the club's money as its Treasurer"). */
const ROLE_REACH = 8;
/** Most words before a post that only qualify it ("main", "current"). */
const POST_QUALIFIERS = 2;
/** Most words of the one who owns a post ("the company's", "Kestrel Bay Rowing Club's"). */
const OWNER_WORDS = 4;

/**
 * The post a text names from token `i` on, after a copula or a role word: a determiner that is
 * not indefinite ("the", not "a": "is a coach" is one of several), an owner ("the company's"),
 * then the post's own words ("Camp Marshal"). None where the words run on past a post's length.
 */
function postFrom(tokens: readonly PostToken[], i: number): PostToken[] {
  const lower = (k: number) => tokens[k]?.word.toLowerCase() ?? '';
  if (LEXICON.postLinks.indefinite.has(lower(i))) return [];
  let k = LEXICON.determiners.has(lower(i)) ? i + 1 : i;
  const owner = tokens.slice(k, k + OWNER_WORDS).findIndex((t) => t.possessive);
  if (owner >= 0) k += owner + 1;
  // (Words that only qualify the post come before it: "the club's main welfare officer".)
  for (let q = 0; q < POST_QUALIFIERS && k < tokens.length && !postWord(tokens[k].word) && LEXICON.isWord(lower(k)) && !STOPWORDS.has(lower(k)); q++) k++;
  const post: PostToken[] = [];
  for (; k < tokens.length && !tokens[k].possessive && (postWord(tokens[k].word) || (post.length > 0 && titleGoesOn(tokens, k))); k++) {
    if (post.length === POST_WORDS) return [];
    post.push(tokens[k]);
  }
  return post;
}

/**
 * The people a claim names, with a title before the name split off: "Handicap Secretary Sandra
 * Whitlock" names Sandra Whitlock (the title is a post, read by postsGiven).
 */
function peopleTitled(claim: string): string[] {
  // (A name opens with no word of a post: "Head Chef Gareth Moyle" names Gareth Moyle, not "Chef
  // Gareth Moyle"; "Captain Ewan" is no name of its own.)
  const opens = (name: readonly string[]) => !namesPostWord(name[0]);
  const out = new Set(peopleNamed(claim).filter((p) => opens(p.split(' '))));
  for (const m of claim.slice(0, MAX_PEOPLE_SCAN).matchAll(PERSON_RUN)) {
    const ws = m[0].split(/\s+/);
    for (let k = 1; k + 2 <= ws.length; k++) {
      const name = ws.slice(k);
      if (opens(name) && namesPerson(name, name.slice(1, -1)) && namesPostWord(ws[k - 1])) {
        out.add(name.join(' '));
        break;
      }
    }
  }
  return [...out];
}

/** The people a text names beside a post, within a few words of it either side. */
function holdersOf(text: string, post: readonly string[]): string[] {
  const tokens = postTokens(text);
  const out: string[] = [];
  const starts: number[] = [];
  // (The whole post, not part of another: "our deputy welfare officer" holds no "welfare officer",
  // nor does a title written in capitals, "Volunteer Coordinator", hold "Coordinator".)
  const whole = (i: number) => i === 0 || tokens[i - 1].possessive || !(postWord(tokens[i - 1].word) || titleGoesOn(tokens, i));
  for (let i = 0; i + post.length <= tokens.length; i++) if (post.every((t, k) => tokens[i + k].term === t) && whole(i)) starts.push(i);
  if (!starts.length) return out;
  const placed = peopleNamed(text, true).map((person) => ({ person, run: person.split(' '), at: runAt(tokens, person.split(' ')) })).filter((x) => x.at >= 0);
  const before = (s: number) => placed.some(({ run, at }) => at + run.length <= s && s - (at + run.length) <= POST_REACH);
  // (A name after a post, past a clause's join, holds it only where none before does: "Graham
  // Fennimore is the Safety Officer and Colin Hathersage is the Deputy…" gives it to Graham.)
  const joined = (from: number, to: number) => /[;]|\b(?:and|but|while|whereas)\b/i.test(text.slice(tokens[from - 1].end, tokens[to].at));
  for (const { person, run, at } of placed) {
    const near = starts.some((s) => (s + post.length <= at && at - (s + post.length) <= POST_REACH && !(joined(s + post.length, at) && before(s))) || (at + run.length <= s && s - (at + run.length) <= POST_REACH));
    if (near) out.push(person);
  }
  return out;
}

/** The word a place's or a group's name ends in, what it is: "studio" of "Birch Studio". */
const headOf = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/**
 * The words set beside a name between commas: the clause after it ("Siân Morgan, who coordinates
 * the volunteers, is…") and the noun phrase before it ("…by the caretaker, Dev Sharma").
 */
function apposedTo(claim: string, names: readonly string[]): string[] {
  const out: string[] = [];
  const parts = claim.split(',');
  parts.forEach((part, i) => {
    if (!names.some((n) => part.includes(n))) return;
    if (i + 2 < parts.length) out.push(...words(parts[i + 1]));
    if (i > 0 && part.trimStart().startsWith(names.find((n) => part.includes(n)) ?? '')) {
      const before = words(parts[i - 1]);
      const opens = before.map((w, k) => (LEXICON.determiners.has(w) ? k : -1)).filter((k) => k >= 0);
      if (opens.length) out.push(...before.slice(opens[opens.length - 1] + 1));
    }
  });
  return out;
}

/** Where a sentence's coordinate clauses part: ", and", "; ", ", while", ", but", ", whereas". */
const COORDINATE_BREAK = /,\s+(?:and|while|but|whereas)\s+|;\s+/;
/** Most of a sentence read for its clauses (a table row read as one sentence may run long). */
const MAX_CLAUSED_CHARS = 1_000;

/** Content words a claim must say of someone beyond their name, and the share of them the other's sentence must say. */
const OTHER_DUTY_WORDS = 2;
const OTHER_DUTY_SHARE = 0.3;

/**
 * Runs of two or more capitalised words that name a person (see namesPerson): the last of them
 * no English word ("Dev Sharma", "Helen Okafor") or the first a given name ("Jodie Marsh"), and
 * none between the first and the last ("Forge Lane Makerspace" and "Castlebrook Repair Café" are
 * places, though a coined word ends them). A
 * sentence's first word opens the run only where it is such a word too; `anywhere` reads a source
 * sentence, whose first word may open a name ("Grace Obi runs…"), though not an instruction's
 * verb ("Tell Gareth…": an English word that is mostly no noun).
 */
export function peopleNamed(text: string, anywhere = false): string[] {
  const atStart = (ws: readonly string[], before: string) => {
    const first = ws[0].toLowerCase();
    return (!before || /[.!?:]$/.test(before)) && LEXICON.isWord(first) && !LEXICON.mayBeGivenName(first) && (!anywhere || !LEXICON.isNoun(first));
  };
  const out: string[] = [];
  for (const { words: run, dropped } of capitalisedRuns(text, atStart)) {
    // (A first word dropped as the sentence's own is inside the run all the same, unless it is a
    // word like "The": "Forge Lane Makerspace opened…" is no "Lane Makerspace".)
    const inside = dropped && !STOPWORDS.has(dropped.toLowerCase()) ? run.slice(0, -1) : run.slice(1, -1);
    if (namesPerson(run, inside)) out.push(run.join(' '));
  }
  return out;
}

/**
 * Does a run of two or more capitalised words name a person: its last word no English word, or
 * its first a given name ("Jodie Marsh", "Declan Moss"); no English word `inside` it; and no word
 * that opens a place's name first ("St Aldhelm's")?
 */
function namesPerson(run: readonly string[], inside: readonly string[]): boolean {
  const isWord = (w: string) => LEXICON.isWord(w.toLowerCase());
  const first = run[0]?.toLowerCase() ?? '';
  return run.length >= 2 && (!isWord(run[run.length - 1]) || LEXICON.isGivenName(first)) && !inside.some(isWord) && !LEXICON.placeNamePrefixes.has(first);
}
/**
 * Runs of two or more capitalised words that name a place, a room or a group: the last of them an
 * English word, what it is ("Birch Studio", "Plover House", "Garden Room"). A sentence's opening
 * determiner is no part of a name ("The Garden Room"); a run that is only a sentence's first
 * words is read as a name too, since a claim may open with one.
 */
function thingsNamed(text: string): string[] {
  const head = (ws: readonly string[]) => ws[ws.length - 1]?.toLowerCase() ?? '';
  return capitalisedRuns(text, (ws) => STOPWORDS.has(ws[0].toLowerCase()))
    .map((r) => r.words)
    .filter((ws) => ws.length >= 2 && LEXICON.isWord(head(ws)) && !STOPWORDS.has(head(ws)) && !LEXICON.isGivenName(ws[0].toLowerCase()))
    .map((ws) => ws.join(' '));
}
/**
 * A text's runs of capitalised words, as words: the first dropped where `dropFirst` says it opens
 * the sentence rather than the name, and months and members of exclusive sets ("Saturday") left out.
 */
function capitalisedRuns(text: string, dropFirst: (ws: readonly string[], before: string) => boolean): { words: string[]; dropped?: string }[] {
  const out: { words: string[]; dropped?: string }[] = [];
  for (const m of text.slice(0, MAX_PEOPLE_SCAN).matchAll(PERSON_RUN)) {
    const ws = m[0].split(/\s+/);
    const drop = dropFirst(ws, text.slice(0, m.index ?? 0).trimEnd());
    const kept = (drop ? ws.slice(1) : ws).filter((w) => !LEXICON.months.has(w.toLowerCase()) && !LEXICON.exclusiveSets.some((set) => set.has(w.toLowerCase())));
    out.push(drop ? { words: kept, dropped: ws[0] } : { words: kept });
  }
  return out;
}
// (Two letters at least after an apostrophe: "O'Brien" is a name, "Green's" the name "Green".)
const PERSON_RUN = /\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+|[\u2019']\p{Lu}?\p{Ll}{2,})?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+|[\u2019']\p{Lu}?\p{Ll}{2,})?){1,3}/gu;
const MAX_PEOPLE_SCAN = 2_000;

/** The anatomy a passage id speaks for (itself, or what it is an aspect of), with its kind. */
function resolve(id: string, corpus: Corpus): Passage | undefined {
  const p = corpus.get(id);
  return p?.aspectOf ? corpus.get(p.aspectOf) ?? p : p;
}

/** Each passage's sentences with their terms, per corpus: read for every claim checked. */
const sentencesOf = new WeakMap<Corpus, Map<string, SourceSentence[]>>();

export function sourceSentences(p: Passage, corpus: Corpus): SourceSentence[] {
  let cache = sentencesOf.get(corpus);
  if (!cache) sentencesOf.set(corpus, (cache = new Map()));
  let out = cache.get(p.id);
  if (!out) {
    // An exercise's dose is a sentence of its own ("Tip-toe walking: 3 sets of 10-15 feet.").
    const own = sentences(p.text);
    const texts = [...own, ...(p.dose ? [`${p.title}: ${p.dose}.`] : [])];
    const contentTerms = (text: string) => words(text).filter((w) => !STOPWORDS.has(w)).map(termOf);
    // A page of a team's documents is read under its headings: "1. First injection at 8 weeks of
    // age." is said of puppies ("## Puppies") and of vaccination (the page's title).
    const headings = p.kind === 'document' ? contentTerms(`${p.title} ${p.source.title ?? ''}`) : [];
    const leads = lineLeads(p.text, own.length);
    // A list under a heading that forbids or refuses what it lists ("## What we cannot accept":
    // "- home-cooked or home-baked food, including jam and cakes") forbids each item.
    const forbidsList = (text: string) => modalityOf(ruleWords(text), true).forbids;
    const headingForbids = p.kind === 'document' && forbidsList(p.title);
    // A sentence that opens with "They" or "It" says what it says of what the sentence before
    // named: "Any player with a suspected concussion is removed … They do not return to play that day".
    // (A run of such sentences all speak of what the first before them named: "…invite you to a
    // short voice placement. This is not a test. It takes about 10 minutes … before that
    // evening's rehearsal begins.")
    const carried: Set<string>[] = [];
    /** Sentences that only deny the one before ("It is not."). */
    const bare = new Set<number>();
    /** What a sentence that opens with "They" or "It" speaks of: the subject a sentence before opened with. */
    const subjects: (string | undefined)[] = [];
    out = texts.map((text, i) => {
      const ws = words(text);
      const terms = new Set(ws.map(termOf));
      carried[i] = new Set(contentTerms(text));
      // "…need an enhanced DBS check. Café volunteers do not need one.": a pronoun after a verb of
      // the sentence before stands for what that verb took there, and is said (or denied) here.
      const standIn = i > 0 ? standInFor(ws, texts[i - 1]) : undefined;
      let deniedStandIn: Set<string> | undefined;
      if (standIn) {
        for (const t of standIn.terms) {
          terms.add(t);
          carried[i].add(t);
        }
        const denied = negatedTerms(standIn.reading);
        if (standIn.terms.some((t) => denied.has(t))) deniedStandIn = denied;
      }
      // An answer that opens with "Yes" says what the question before it asked: "Do you offer
      // audio description? Yes, at the final Saturday matinee." offers audio description then.
      const affirms = i > 0 && LEXICON.affirmatives.has(ws[0] ?? '') && texts[i - 1].trimEnd().endsWith('?');
      let reading: string | undefined;
      // (Opening with "They", or with a word that is no noun and then "they": "Together they cost
      // us £1,450 a year" after "…two licences: one for the songwriters…".)
      const pronounFirst = LEXICON.anaphora.has(ws[0] ?? '');
      const pointsBack = pronounFirst || (LEXICON.subjectPronouns.has(ws[1] ?? '') && !LEXICON.isNoun(ws[0] ?? ''));
      if (i > 0 && (pointsBack || affirms)) {
        for (const t of carried[i - 1]) {
          terms.add(t);
          carried[i].add(t);
        }
        // (Read with what "They" stands for in its place, for the slot rules: "They complete a
        // Level 2 food hygiene certificate" after "Café volunteers (aged 14 and over) work…".)
        // (The subject as written, accents kept: "café volunteers".)
        if (!affirms) {
          const opening = openingOf(texts[i - 1])?.subject;
          subjects[i] = subjects[i - 1] ?? (opening ? asWritten(texts[i - 1], opening) : undefined);
          // (The pronoun's place: the first word, or the second after an opening word.)
          if (subjects[i]) reading = pronounFirst ? `${subjects[i]} ${text.replace(/^\W*\S+/, '').trim()}` : text.replace(/^(\W*\S+\s+)\S+/, (_, opening: string) => `${opening}${subjects[i]}`);
        }
      }
      const context = new Set(headings);
      // …and a list item under the sentence that introduces the list ("Our puppy course is:").
      const lead = leads[i];
      if (lead !== undefined && lead !== i) for (const t of contentTerms(texts[lead])) context.add(t);
      // (What an opening "It" stands for is said of the sentence's figures too: "It lasts about 45
      // minutes" is the handover lesson's length.)
      for (const t of terms) context.add(t);
      for (const w of ws) context.delete(termOf(w));
      // "Some listeners assume the station is funded by the council. It is not.": a short
      // sentence that opens by pointing back and denies, denies what the sentence before said.
      // So does a negation with a word or two at most: '"You have to be a member to volunteer."
      // Not true.', "Do companions pay? No."
      const denial = i > 0 && deniesTheOneBefore(text);
      if (denial) bare.add(i);
      // (…or under the sentence that introduces it: "We cannot accept:".)
      const forbidden = i < own.length && isListItem(text) && (headingForbids || (lead !== undefined && lead !== i && forbidsList(texts[lead])));
      return {
        text,
        terms,
        context,
        ...(denial ? { denies: new Set(contentTerms(texts[i - 1])) } : deniedStandIn ? { denies: deniedStandIn } : {}),
        ...(reading ? { reading } : {}),
        ...(forbidden ? { forbidden: true as const } : {}),
        ...(lead !== undefined && lead !== i ? { lead: texts[lead] } : {}),
      };
    });
    // …and the sentence it denies asserts nothing: "the station is not funded by the council" says
    // what the two say together.
    // (Not the sentence before one that denies it a pronoun's object: "…need a DBS check. Café
    // volunteers do not need one." denies the café volunteers alone.)
    for (let i = 1; i < out.length; i++) if (bare.has(i) && !out[i - 1].denies) out[i - 1] = { ...out[i - 1], denies: out[i].denies };
    cache.set(p.id, out);
  }
  return out;
}

/** Most words a pronoun stands for ("an enhanced DBS check"): an object, not the rest of a clause. */
const MAX_OBJECT_WORDS = 6;

/**
 * What a pronoun object stands for ("…do not need one"): the words the sentence before gave
 * after the same verb, in that verb's clause, up to a clause of their own ("which", "if"). With
 * the sentence read with them in the pronoun's place, for what it denies.
 */
function standInFor(ws: readonly string[], before: string): { terms: string[]; reading: string } | undefined {
  const k = ws.findIndex((w, j) => j > 0 && LEXICON.standIns.pronouns.has(w) && /^\p{L}+$/u.test(ws[j - 1]) && !LEXICON.standIns.notAfter.has(ws[j - 1]) && !LEXICON.negations.has(ws[j - 1]));
  if (k < 0) return undefined;
  const verb = termOf(ws[k - 1]);
  for (const clause of before.split(CLAUSE_SPLIT)) {
    const cw = words(clause);
    const at = cw.findIndex((w) => termOf(w) === verb);
    if (at < 0) continue;
    const object: string[] = [];
    for (const w of cw.slice(at + 1, at + 1 + MAX_OBJECT_WORDS)) {
      if (LEXICON.relativePronouns.has(w) || LEXICON.subordinators.has(w) || LEXICON.standIns.pronouns.has(w)) break;
      object.push(w);
    }
    const terms = object.filter((w) => !STOPWORDS.has(w) && /^\p{L}/u.test(w)).map(termOf);
    if (!terms.length) return undefined;
    return { terms, reading: [...ws.slice(0, k), ...object, ...ws.slice(k + 1)].join(' ') };
  }
  return undefined;
}

export interface SourceSentence {
  text: string;
  terms: ReadonlySet<string>;
  /** A bare denial's: the terms of the sentence before, which it denies. */
  denies?: ReadonlySet<string>;
  /** What the sentence is said under (its headings, the sentence introducing its list): half credit. */
  context: ReadonlySet<string>;
  /** Opening with "They" or "It": the sentence with what that stands for in its place. */
  reading?: string;
  /** A list item under a heading or a sentence that forbids what it lists ("## What we cannot accept"). */
  forbidden?: true;
  /** A later sentence of a list item: the item's first sentence, which names what it speaks of. */
  lead?: string;
}

/** What each source sentence names, per corpus: sentences are read for every claim checked. */
const namedInSource = new WeakMap<Corpus, Map<string, Passage[]>>();

/** The things a sentence of the corpus names (cached: the corpus's sentences are finite). */
function namedInSentence(sentence: string, corpus: Corpus): Passage[] {
  let cache = namedInSource.get(corpus);
  if (!cache) namedInSource.set(corpus, (cache = new Map()));
  let out = cache.get(sentence);
  if (!out) cache.set(sentence, (out = named(sentence, corpus)));
  return out;
}

/** The distinct things a text names, one passage per name (anatomy preferred). */
function named(text: string, corpus: Corpus): Passage[] {
  const out = new Map<string, Passage>();
  for (const m of subjectsOf(linkNames(text, corpus), corpus)) {
    // One everyday word with many senses ("hip", "back") names nothing for certain.
    if (!m.phrase.includes(' ') && LEXICON.isPolysemous(m.phrase)) continue;
    // An aspect's alias names its muscle only in that muscle's own words ("hamstring muscles"); one
    // that adds an attribute ("slow-twitch calf muscle") describes, and names nothing.
    if (m.ids.every((id) => corpus.get(id)?.aspectOf) && !m.ids.some((id) => inOwnWords(m.phrase, resolve(id, corpus), corpus))) continue;
    const ps = m.ids.map((id) => resolve(id, corpus)).filter((p): p is Passage => !!p);
    const p = ps.find((x) => ANATOMY.has(x.kind)) ?? ps[0];
    if (p) out.set(p.id, p);
  }
  return [...out.values()];
}

/** Plain words only: no word of a name this rare in general English ("soleus", "hamstrings"). */
const PLAIN_WORD = 0.7;

/**
 * Does a phrase that names something describe it by where or which way it is, in plain words
 * that can be turned round ("front of the thigh", "lower leg")? Beside a proper name in the same
 * claim it is what the claim says of that name ("the hamstrings are the muscles on the front of
 * the thigh"), not a second thing it is about. A passage's own title is always a name.
 */
function describesByPosition(phrase: string, ids: readonly string[], corpus: Corpus): boolean {
  const ws = words(phrase).filter((w) => !STOPWORDS.has(w));
  if (ws.length < 2 || ids.some((id) => corpus.nameKey(id) === ws.map(termOf).join(' '))) return false;
  return ws.every((w) => LEXICON.isWord(w) && LEXICON.information(w) <= PLAIN_WORD) && ws.some((w) => LEXICON.oppositesOf(w).size > 0);
}

/** The entities of a claim that name what it is about: a position phrase beside a proper name describes. */
function subjectsOf<T extends { phrase: string; ids: readonly string[] }>(found: readonly T[], corpus: Corpus): T[] {
  const plain = found.filter((m) => !describesByPosition(m.phrase, m.ids, corpus));
  return plain.length && plain.length < found.length ? plain : [...found];
}

/** Are a phrase's specific words all among a passage's own title and alias words? */
function inOwnWords(phrase: string, p: Passage | undefined, corpus: Corpus): boolean {
  if (!p) return false;
  const own = new Set(words([p.title, ...(p.aliases ?? [])].join(' ')).map(termOf));
  const specific = specificWords(phrase, corpus);
  // A phrase of common words only ("straighten the knee") names nothing.
  return specific.length > 0 && specific.every((t) => own.has(t));
}

/** A phrase's terms that few passages use (at most a fifth): what can name something. */
function specificWords(phrase: string, corpus: Corpus): string[] {
  return words(phrase)
    .map(termOf)
    .filter((t) => corpus.index.df(t) <= 0.2 * corpus.index.docCount);
}

/** A finding that the sources contradict the claim, decided by `rule` on one sentence. */
function contradicted(rule: ClaimRule, note: string, at: { passage: Passage; sentence: string }, figure?: RuleFinding['figure']): RuleFinding {
  return { verdict: 'contradicted', rule, note, passage: at.passage, sentence: at.sentence, ...(figure ? { figure } : {}) };
}

/** A passage's name inside a sentence: "the biceps femoris", "the TFL", "the Achilles tendon". */
function name(p: Passage): string {
  return shortName(p);
}

export function typedCheck(claim: string, corpus: Corpus): RuleFinding | undefined {
  const claimWords = words(claim);
  const mentions = named(claim, corpus);
  // Lay words the lexicon maps onto a name ("backside" → glutes) name it too.
  for (const e of subjectsOf(analyse(claim, corpus).entities.map((x) => ({ ...x, ids: [x.id] })), corpus)) {
    if (!e.primary || e.weak) continue;
    const p = resolve(e.id, corpus);
    if (p && ANATOMY.has(p.kind) && !mentions.some((m) => m.id === p.id)) mentions.push(p);
  }
  const aligned = alignSentences(claim, corpus);
  const best = aligned[0];
  // A sentence the sources say word for word is what they say, whatever else they say near it:
  // no rule sets another sentence against it (a list's "High-cadence intervals: …" is not
  // contradicted by the next item's "Low-cadence …").
  const quoted = best && best.alignment >= VERBATIM ? aligned.find((a) => sameWords(a.sentence, claimWords)) : undefined;
  if (quoted) return { verdict: 'supported', rule: 'quotation', note: 'The source says this word for word.', passage: quoted.passage, sentence: quoted.sentence };
  // …and so is a sentence that says every word of the claim in its order, close together, with
  // the same negations and the same rule ("So, guests must sign the visitors' book" of "Guests
  // must sign the visitors' book and wear safety glasses"): no less aligned sentence is set against it.
  const restated = best && best.alignment >= VERBATIM ? aligned.find((a) => a.alignment >= VERBATIM && saysInOrder(a, claim, claimWords)) : undefined;
  if (restated) return { verdict: 'supported', rule: 'quotation', note: 'The source says this in the same words.', passage: restated.passage, sentence: restated.sentence };

  // Membership, from the schema: "the rectus femoris is one of the hamstrings".
  if (LEXICON.membership.some((phrase) => containsRun(claimWords, words(phrase)))) {
    const groups = mentions.filter((p) => p.kind === 'group');
    const members = mentions.filter((p) => p.kind === 'muscle' && p.memberOf?.length);
    if (groups.length && members.length) {
      for (const m of members) {
        if (!groups.some((g) => m.memberOf!.includes(g.id))) {
          const where = m.memberOf!.map((id) => corpus.get(id)).filter((p): p is Passage => !!p);
          const group = where[0] ?? m;
          const sentence = sentences(group.text).find((s) => words(s).map(termOf).includes(termOf(words(name(m)).slice(-1)[0] ?? ''))) ?? sentences(group.text)[0] ?? '';
          return contradicted('membership', `The sources place the ${name(m)} among the ${where.map(name).join(' and ')}, not the ${groups.map(name).join(' or ')}.`, { passage: group, sentence });
        }
      }
      const g = groups[0];
      return {
        verdict: 'supported',
        rule: 'membership',
        note: `The sources count ${members.map((m) => `the ${name(m)}`).join(', ')} among the ${name(g)}.`,
        passage: g,
        sentence: sentences(g.text)[0] ?? '',
      };
    }
  }

  // Membership from the text, where no schema says it: a sentence that names the group and lists
  // its members ("the rotator cuff is a group of four small muscles: the supraspinatus, …").
  const listed = listedMembership(claim, aligned, corpus);
  if (listed) return listed;

  // A comparison of two things against the figures a sentence gives each, and of one row of a
  // table against all the others.
  const compared = comparison(claim, aligned, corpus) ?? superlative(claim, aligned, corpus);
  if (compared) return compared;

  // Two steps of a procedure put the other way round.
  const ordered = stepOrder(claim, aligned, corpus);
  if (ordered) return ordered;

  // Figures: the claim's figure against a figure of the same unit in an aligned sentence.
  // A figure the claim itself denies ("…, not 30 seconds") asserts nothing to compare.
  const claimed = quantities(claim).filter((q) => !q.denied);
  // Every figure found as the source gives it, in a sentence about what the claim is about:
  // support, unless a rule below finds the rest of the claim turned around.
  let agreed: RuleFinding | undefined;
  let agreeing = 0;
  // Calendar words no aligned sentence gives a rate for ("paying monthly" beside "Monthly fee:
  // £65"): the sources may say it otherwise, so they neither confirm nor hold back the rest.
  let silent = 0;
  /** Claimed figures that lie only inside a limit the source states: confirmed by nothing. */
  let withinLimitOnly = 0;
  let aboutClaim: Set<string> | undefined;
  // A table row is named by its first cell ("Parasite: Roundworm; Puppies and kittens: every 2 weeks
  // from 2 to 12 weeks old"): its figures are the roundworm's, nothing to a claim that never names it.
  // (A noun's irregular forms name the row too: "children" the "Child (5–16)" row.)
  const claimTermSet = new Set(claimWords.flatMap((w) => [w, ...(LEXICON.isNoun(w) ? LEXICON.inflectionsOf(w) : [])]).map(termOf));
  /** What the claim names by name ("General Skate", "Birch Studio"), lower-cased. */
  const claimThings = thingsNamed(claim).map((n) => n.toLowerCase());
  // (A row is named by the days a calendar word names too: "on weekdays" names the "Day: Monday to
  // Friday" row.)
  const namingTerms = new Set([...claimTermSet, ...calendarDays(claimWords)]);
  const nameTerms = rowNameTerms;
  // (A figure names no row by words, "Stage: 4", "Under 4", "Notice: 42 days or more", though a row
  // so named is still another row to a claim that says none of it.)
  const wordsNaming = (name: string) => {
    let rest = name;
    for (const q of quantities(name)) rest = rest.replace(q.text, ' ');
    return nameTerms(rest).filter((t) => /^\p{L}/u.test(t));
  };
  // (A row's name less its aside: "Student (with valid card)" is the students' row, named by a
  // claim that says "students" and nothing of the card; "Senior (65 and over)" the seniors'.)
  const rowTerms = (sentence: string) => {
    const name = tableRowName(sentence);
    if (!name) return [];
    const head = wordsNaming(name.replace(ASIDE, ' '));
    return head.length ? head : wordsNaming(name);
  };
  // (…but a claim that says only the aside, "aged 65 and over", still speaks of that row.)
  const otherRow = (sentence: string) => {
    const name = tableRowName(sentence);
    const named = name ? nameTerms(name) : [];
    return named.length > 0 && !named.some((t) => namingTerms.has(t));
  };
  // …and a row the claim names whole ("One-day class | 9:30 am to 4:30 pm | £145") is where its
  // figures come from, however few of the claim's other words the row says.
  // (Found once for the claim: every figure of it is looked up there.)
  // (…or by a limit or a band of it the claim states as the row does, whatever the claim calls it:
  // "those aged 65 and over pay £6" names "Ticket: Concession; Price: £5.00; Notes: aged 65 and
  // over, …", "children aged four to seventeen" the "Junior (4–17)" row. Not by a plain figure,
  // which any row may happen to give: "80 per cent of the items" is not the bikes' 80%.)
  const namesByFigure = (sentence: string) =>
    quantities(sentence).some((q) => !q.denied && (q.bound || q.low < q.high) && claimed.some((c) => agrees(c, q) && agrees(q, c) && (q.bound ? !!c.bound && boundsAlike(q.bound, c.bound) : !c.bound && c.low === q.low && c.high === q.high)));
  // (…only where the claim names no row by its name: "First Strikers sessions are for children aged
  // 8–10" names the First Strikers' row, not the Under-11s' "Ages: 8–10".)
  const byName = aligned.filter((a) => {
    const named = rowTerms(a.sentence);
    return named.length > 0 && named.every((t) => namingTerms.has(t));
  });
  const namedRows = byName.length ? byName : aligned.filter((a) => rowTerms(a.sentence).length > 0 && namesByFigure(a.sentence));
  for (const cq of claimed) {
    // The figure's own sentence may share few of the claim's words when another sentence of the
    // same passage carries the rest ("getting it wrong has an energy cost. … up to 15%").
    const about = (aboutClaim ??= passagesAbout(claim, corpus));
    for (const a of aligned) if (a.alignment >= ALIGNED * 0.8) about.add(a.passage.id);
    // What the claim says the figure is of: the content words just around it ("more energy").
    const topic = figureTopic(claim, cq, corpus);
    // (A limit and a band say different things of ages: "children under 8 must be accompanied" is
    // a rule, not the "Child (5–16)" ticket's ages. Of other measures they may clash: "every 10 to
    // 14 days" against "at least once a week".)
    const limitAgainstBand = (q: Quantity) => cq.unit === 'age' && q.unit === 'age' && ((!!cq.bound && !q.bound && q.low < q.high) || (!!q.bound && !cq.bound && cq.low < cq.high));
    // In a claim that gives several figures of this one's unit, each clause with its own ("a pot
    // of tea costs £2.40 and a filter coffee £2.20"), a row is the figure's only where the
    // figure's own clause names it: the coffee's row giving £2.40 says nothing of the tea's price.
    const ownClause = clauseOf(claim, cq);
    const several = !!ownClause && claimed.filter((o) => o.unit === cq.unit).length >= 2;
    const clauseTerms = several ? new Set(words(ownClause).map(termOf)) : claimTermSet;
    // (So, too, in a claim of several clauses whose figure's own clause says what it is of: the
    // "Yellow group" of "while teenagers in the Yellow group train for 90 minutes" names no row
    // of the £6 the youngest players' clause gives.)
    const rowClause = several || (!!ownClause && ownClause !== claim && saysBesideFigures(ownClause) >= CLAUSE_SAYS) ? new Set([...words(ownClause).map(termOf), ...calendarDays(words(ownClause))]) : undefined;
    const ownRows = rowClause ? namedRows.filter((a) => rowTerms(a.sentence).every((t) => rowClause.has(t))) : namedRows;
    // The claim's figure as the row it names gives it confirms it.
    const fromRow = ownRows.find((a) => [...quantities(a.sentence), ...cellsOf(a.sentence).flatMap((c) => countedInCell(c, cq))].some((q) => !q.denied && agrees(cq, q) && agrees(q, cq)));
    // …in the column the claim names: "local residents pay £26" where the row gives "Local: £18;
    // Standard: £26" is the standard rate said of local residents.
    const column = fromRow && otherColumn(fromRow.sentence, cq, claimTermSet, claimed);
    if (fromRow && column) return contradicted('figure', `The source gives "${said(column.theirs)}" under ${column.key}; "${said(cq)}" is the figure under ${column.other}.`, fromRow, figureFix(cq, column.theirs));
    if (fromRow) {
      agreeing++;
      agreed ??= sameFigure(cq, fromRow);
      continue;
    }
    // A claimed range whose ends are the least and the most a table column the claim names gives
    // over its rows ("Deposits range from £10 to £80" of a Deposit column of £40, £60, £50, £80 and
    // £10) states that column's range.
    // (…and where one end is the column's and the other is not, the claim misstates it: "from £10
    // to £90" where the most is £80.)
    const span = cq.low < cq.high && !cq.bound ? columnSpan(cq, claimTermSet, aligned, corpus) : undefined;
    if (span && span.least.low === cq.low && span.most.high === cq.high) {
      agreeing++;
      agreed ??= sameFigure(cq, span.at);
      continue;
    }
    if (span) {
      const range = `${replacementText(span.least)} to ${replacementText(span.most)}`;
      return contradicted('figure', `The claim says "${said(cq)}" where the source's figures run from "${said(span.least)}" to "${said(span.most)}".`, span.at, { claimed: cq.text, source: range });
    }
    // (…and where the row gives the one figure of the claim's unit and the claim gives one, that
    // figure is what the claim's is set against: "the main house, all 210 seats of it" against
    // "Main house | … | 186 seats".)
    // (A number of people is set against the row's one count whatever it counts: "seats around
    // three hundred people" against "Capacity: 186 seats". Not a count of other things: "two fire
    // exits" are no seats.)
    const sameKind = (q: Quantity) => q.unit === cq.unit || (cq.unit === PEOPLE && countLike(q));
    // (Only where the claim names one row: "£48 a year, with reduced rates for families and
    // concessions" names two rows its figure may be of neither of.)
    // (…or where the row gives several, the one in the column the claim names: "a single swim".)
    const rowFigures = (sentence: string) => {
      const qs = quantities(sentence).filter((q) => !q.denied && sameKind(q));
      return qs.length > 1 ? namedColumnFigures(sentence, clauseTerms, sameKind) : qs;
    };
    const rowFigure = (several ? quantities(ownClause).filter(sameKind) : claimed.filter(sameKind)).length === 1 && ownRows.length === 1 ? ownRows.map((a) => ({ a, qs: rowFigures(a.sentence) })).find((x) => x.qs.length === 1) : undefined;
    // (Unless a sentence that says more of the claim than the row gives a figure of its kind: the
    // figure is then judged there. "Associate members can rent a small locker for £3 a month" is not
    // the Associate row's £20 membership.)
    // (…or, however loosely the claim as a whole is said, a sentence that says more of it than the
    // row and gives its very figure: "anyone under 12 … must be accompanied by an adult" is the
    // rule for children under 12, not the Adult row's "aged 18 or over".)
    const saidCloser = (row: AlignedSentence) =>
      aligned.some((a) => a.alignment > row.alignment && quantities(a.sentence).some((q) => !q.denied && sameKind(q) && (a.alignment >= ALIGNED || (agrees(cq, q) && agrees(q, cq)))));
    // (Of a claim of several figures, only where another row the claim names gives the claimed
    // figure: the two are crossed. "£250 for a full day" beside a "Full day" row of £25 may be
    // another thing's full day.)
    const crossedRows = (row: AlignedSentence) => namedRows.some((a) => a !== row && quantities(a.sentence).some((q) => !q.denied && agrees(cq, q) && agrees(q, cq)));
    if (rowFigure && !agrees(cq, { ...rowFigure.qs[0], unit: cq.unit }, true) && !limitAgainstBand(rowFigure.qs[0]) && !saidCloser(rowFigure.a) && (!several || crossedRows(rowFigure.a))) {
      const source = rowFigure.qs[0];
      return contradicted('figure', `The claim says "${said(cq)}" where the source says "${said(source)}".`, rowFigure.a, figureFix(cq, source));
    }
    // An age is a point in a life and a span of years or months a while: "children under 14" is
    // never set against "if you have not belayed for six months or more". (A span that is an
    // age, "12 years old", is read as one.)
    const ageAndSpan = (q: Quantity, c: Quantity) => (q.unit === 'age') !== (c.unit === 'age');
    // A figure in another unit of the same measure ("1-2 inches" for "10–15 feet") is compared
    // only in a sentence that says nearly all the claim: a sentence about the heel's height says
    // nothing of the distance walked.
    // In a claim of several clauses, the figure's own clause must be that close to it too.
    let clauseAligned: AlignedSentence[] | undefined;
    const alignedToClause = () => (clauseAligned ??= ownClause ? alignSentences(ownClause, corpus) : []);
    const clauseClose = (a: AlignedSentence) => !ownClause || alignedToClause().some((x) => x.sentence === a.sentence && x.alignment >= CLOSE);
    // So is a date or a time of day: a handbook gives many ("07:00 to 22:30 on weekdays", "after
    // 17:00 at weekends"), and only a sentence about the same thing says which.
    // (…and so are the days a calendar names: "on Saturdays" is when, not how often.)
    const point = LEXICON.pointUnits.has(cq.unit) || typeof cq.calendar === 'string';
    // …or in a sentence that says most of what the claim's time is of, with a time of its own left
    // over: "deliveries on Fridays between 10am and 1pm" against "between 2pm and 5pm". Not a time
    // the claim also gives (the other day's hours of "10am to 2pm Tuesday to Friday and 9am to 1pm
    // on Saturdays"), a limit, or a time at the other edge of a period ("until 21:00" is no "after
    // 17:00"); and only in a claim of one period at most: "07:00 to 22:30 on weekdays and until
    // 21:00 at weekends" is a timetable of two cases, which only a sentence that says nearly all of
    // it tells apart.
    const oneSpan = claimed.filter((o) => o.unit === cq.unit).length <= 2;
    const pointAgainst = (q: Quantity) => oneSpan && !q.bound === !cq.bound && q.edge === cq.edge && !claimed.some((o) => agrees(o, q));
    // Another unit of the measure ("48 hours" for "one day") is set against the claim's in a
    // sentence that says much of what the figure is of, or nearly all of the claim.
    // (A length of time placed before or after something, "the final four weeks before a tour",
    // is no length of the thing a claim's plain "tours last four weeks" measures, nor the reverse.)
    const placed = placesTime(claim, cq);
    // (A figure the source writes with no number, "reviews every year", "a minute's walk", is a
    // figure of the claim's unit only in a sentence that says much of what the figure is of: "the
    // market runs eleven times a year" is no figure of the committee's yearly review.)
    const measures = (a: AlignedSentence) =>
      quantities(a.sentence).some(
        (q) => sameMeasure(q, cq) && placedAlike(placesTime(a.sentence, q), placed) && !ageAndSpan(q, cq) && ((q.unit === cq.unit && !point && !(numberless(q) && !numberless(cq) && topic(a.sentence, a.context, a.terms) < OTHER_UNIT_OF)) || (a.alignment >= CLOSE && clauseClose(a)) || (point && q.unit === cq.unit && (pointAgainst(q) || (!q.denied && agrees(cq, q) && agrees(q, cq))) && topic(a.sentence, a.context, a.terms) >= POINT_TOPIC) || (!point && q.unit !== cq.unit && topic(a.sentence, a.context, a.terms) >= OTHER_UNIT_OF)),
      );
    // A count's describing words say what is counted: "nine elected members" are not the "two
    // committee members" who walk the site, unless the sentence speaks of elected members too.
    const describing = cq.counted ? words(cq.text).slice(0, -1).filter((w) => /^\p{L}/u.test(w) && !LEXICON.numberWords.has(w) && !STOPWORDS.has(w)).map(termOf) : [];
    const countsTheSame = (a: AlignedSentence) => {
      if (!describing.length) return true;
      const ts = new Set(words(a.sentence).map(termOf));
      return describing.every((t) => ts.has(t) || a.context?.has(t));
    };
    // (A sentence about another case, another month or season than the claim's, says nothing of it.)
    const saysOf = (a: AlignedSentence) => topic(a.sentence, a.context, a.terms) >= FIGURE_OF && countsTheSame(a) && !otherCase(claim, a, cq) && (!otherRow(a.sentence) || namesByFigure(a.sentence));
    // (Either way the sentence must say something of what the figure is of: "over 12 to 18
    // months of regular training" says nothing of shoes resoled every six months.)
    let withUnit = aligned.filter((a) => measures(a) && saysOf(a) && (a.alignment >= ALIGNED || (about.has(a.passage.id) && a.alignment >= FIGURE_ALIGNED)));
    // A long claim of several clauses: the figure's own clause ("…, and running can cost up to
    // 25 percent more energy") is aligned on its own.
    // (Only a sentence that says what the figure is of: a short clause, "one week in every four is
    // a recovery week", is said in part by many sentences.)
    if (ownClause && words(ownClause).filter((w) => !STOPWORDS.has(w)).length >= MIN_STATEMENT_WORDS) {
      const fromClause = alignedToClause().filter((a) => a.alignment >= ALIGNED && measures(a) && saysOf(a) && !withUnit.some((b) => b.sentence === a.sentence));
      withUnit = [...withUnit, ...fromClause];
    }
    // A row keyed by another figure of the claim's clause: "the 150 mm Dobsonian needs a £60
    // deposit" against the row "Aperture: 150 mm; … Deposit: £40", where the £60 is the 200 mm
    // row's. The row that gives the key gives the figure for it. (Rows the claim does not name by
    // their first cell, "Telescope: Loan 1", are read too: the key names the row.)
    const keyed = keyedRow(claim, cq, claimed, aligned);
    if (keyed) return contradicted('figure', `The source gives "${said(keyed.figure)}" with "${said(keyed.key)}", not "${said(cq)}".`, keyed.at, figureFix(cq, keyed.figure));
    // Months against weeks or days, which no exact scale joins, where the two are clearly apart
    // whatever a month's length ("kept for three months" against "kept … for six weeks"), in a
    // sentence that says much of the claim and of what the figure is of.
    // (The figures are looked at first: few sentences give one so apart, and only those are read for
    // what they say of the claim.)
    const apart = aligned
      .filter((a) => a.alignment >= ALIGNED)
      .flatMap((a) => quantities(a.sentence).filter((q) => !q.denied && roughlyApart(cq, q) && !ageAndSpan(q, cq) && placedAlike(placesTime(a.sentence, q), placed)).map((q) => ({ a, q })))
      .find(({ a }) => saysOf(a) && topic(a.sentence, a.context, a.terms) >= OTHER_UNIT_OF);
    if (!withUnit.length) {
      // The source's number in another unit of the dimension, with no exact scale between the
      // two: "250 square feet" for "about 250 square metres" is the wrong unit.
      const dimension = LEXICON.dimensionOf.get(cq.unit);
      const wrongUnit = dimension
        ? aligned
            .filter((a) => a.alignment >= ALIGNED && saysOf(a))
            .flatMap((a) => quantities(a.sentence).filter((q) => q.unit !== cq.unit && LEXICON.dimensionOf.get(q.unit) === dimension && !comparable(q.unit, cq.unit) && q.low === cq.low && q.high === cq.high).map((q) => ({ a, q })))[0]
        : undefined;
      if (wrongUnit) return contradicted('figure', `The claim gives the source's number in another unit: "${said(cq)}" where the source says "${said(wrongUnit.q)}".`, wrongUnit.a, { claimed: cq.text, source: replacementText(wrongUnit.q) });
      if (apart && !aligned.some((a) => a.alignment >= apart.a.alignment && quantities(a.sentence).some((q) => !q.denied && agrees(cq, q)))) {
        return contradicted('figure', `The claim says "${said(cq)}" where the source says "${said(apart.q)}".`, apart.a, figureFix(cq, apart.q));
      }
      // The very figure, in a sentence that says much of the claim and some of what the figure
      // is of, confirms it: "a course only goes ahead if at least four people sign up" by "each
      // course needs at least 4 people to run". (Only to confirm: a different figure there may be
      // of something else.)
      const stated = aligned.find((a) => a.alignment >= ALIGNED && measures(a) && countsTheSame(a) && !otherCase(claim, a) && topic(a.sentence, a.context, a.terms) >= FIGURE_OF / 2 && quantities(a.sentence).some((q) => !q.denied && agrees(cq, q)));
      if (stated) {
        agreeing++;
        agreed ??= sameFigure(cq, stated);
      } else if (cq.calendar) silent++;
      // (A year that the heading over an aligned sentence gives dates what it says: "fixed 169
      // items in 2024" of a table under "2024 in Numbers". It neither confirms nor holds back.)
      else if (cq.unit === 'calendar-year' && aligned.some((a) => a.alignment >= ALIGNED && a.context?.has(termOf(cq.text)))) silent++;
      continue;
    }
    // Where a sentence nearly as well aligned as the best states the claimed figure, that is the
    // sentence the claim was drawn from: "hang for 10 seconds on the 20 mm edge" beside the
    // repeaters' "hang for 7 seconds".
    // (A bound states no plain figure: "10–15 mm" lies within "150 mm of the blade" without being
    // drawn from it.)
    // (Stated as the claim says it: "six weeks" is not drawn from "from 2 to 12 weeks old".)
    // (…and of what the claim's figure measures, where a noun after it says: "two weeks' notice" is
    // not drawn from "a deposit equal to two weeks' fees".)
    const says = (a: AlignedSentence, t: string | undefined) => !t || words(a.sentence).some((w) => termOf(w) === t) || !!a.context?.has(t);
    const namesAnotherThing = (sentence: string) => {
      if (!claimThings.length) return false;
      const lower = sentence.toLowerCase();
      return !claimThings.some((n) => lower.includes(n)) && thingsNamed(sentence).length > 0;
    };
    const measuredRight = measuredNoun(claim, cq, true);
    const states = (a: AlignedSentence) => says(a, measuredRight) && quantities(a.sentence).some((q) => agrees(cq, q) && (q.bound ? !!cq.bound && boundsAlike(q.bound, cq.bound) : cq.bound || agrees(q, cq)));
    // (…and the very figure, in the claim's unit and bound: "more than a year" is not stated by
    // "aged 8 to 11", which lies above it.)
    const statesAsGiven = (a: AlignedSentence) =>
      says(a, measuredRight) && quantities(a.sentence).some((q) => !q.denied && q.unit === cq.unit && q.low === cq.low && q.high === cq.high && !q.bound === !cq.bound && (!q.bound || boundsAlike(q.bound, cq.bound!)));
    // A figure given at the claim's own rate ("£14 a session" for "£14 per session") is the more
    // specific sign: of the sentences that give one, the one that says most of what the figure is
    // of is where the claim's figure is judged, whatever "It costs £150" of the summer camp aligns.
    const atRate = cq.per ? withUnit.filter((a) => quantities(a.sentence).some((q) => q.per === cq.per && sameMeasure(q, cq))) : [];
    const mostAbout = (list: readonly AlignedSentence[]) => list.reduce((best, a) => (topic(a.sentence, a.context, a.terms) > topic(best.sentence, best.context, best.terms) + 1e-9 ? a : best), list[0]);
    const rated = atRate.length ? mostAbout(atRate) : undefined;
    // (Not a sentence that names another thing where the claim names one: "The Ice Disco lasts
    // two hours" gives no General Skate's two hours, beside "A General Skate lasts 90 minutes".)
    const stating = withUnit.find((a) => a.alignment >= NEARLY * withUnit[0].alignment && states(a) && !namesAnotherThing(a.sentence)) ?? (rated && states(rated) ? rated : undefined);
    // Otherwise the figure is set against the sentence that says most of what it is of: "a full
    // plot costs £96" against "Full plot: £92 a year", not the starter plot's line the rest of
    // the claim aligns with.
    const mostOf = mostAbout(withUnit);
    const top = stating ?? rated ?? mostOf;
    // (…and so are they where the sentence that gives the claim's figure says less of the claim,
    // and less of what the figure is of, than one that gives it in months or days clearly apart:
    // "controlled drugs stay valid for six months" against "a standard prescription is valid for
    // six months" beside "prescriptions for controlled drugs are valid for only 28 days".)
    if (apart && apart.a.alignment > top.alignment && topic(apart.a.sentence, apart.a.context, apart.a.terms) > topic(top.sentence, top.context, top.terms)) {
      return contradicted('figure', `The claim says "${said(cq)}" where the source says "${said(apart.q)}".`, apart.a, figureFix(cq, apart.q));
    }
    const all = quantities(top.sentence).filter((q) => sameMeasure(q, cq) && placedAlike(placesTime(top.sentence, q), placed));
    // The claim's own unit first, where the sentence gives it.
    const qs = all.some((q) => q.unit === cq.unit) ? all.filter((q) => q.unit === cq.unit) : all;
    // Either plain figure inside the other's range; bounds are read one way only (the claim's).
    // A claimed bound is read against the source's bound the same way where it gives one: "up to
    // 5,000 grams" is no "no more than 2 kg", though the same sentence's "500 g plates" lie under it.
    const sameWay = cq.bound ? all.filter((q) => q.bound && boundsAlike(q.bound, cq.bound!)) : [];
    // (A claimed limit is held to the source's figure for it only in a sentence that says nearly all
    // the claim: "up to 28 days in advance" against "bookings open 21 days in advance".)
    const loose = top.alignment < CLOSE;
    // (A single figure the source gives may lie inside the claim's range, "10 to 15 minutes" for
    // "12 minutes"; a range it gives must hold the claim's: "£25 to £2,000" is not "£25 to £1,000".)
    // (A claimed range inside a wider one that such a sentence gives neither confirms nor
    // contradicts: "open to youngsters aged 10–16" is no "aged 8–17", and the sentence may give the
    // band of something else, "sizes from age 5–6" beside members "aged four to eighteen".)
    const inside = (q: Quantity) => loose && !cq.bound && !q.bound && cq.low < cq.high && q.low < q.high && !agrees(cq, q) && agrees(cq, q, true);
    // (…and so is a source's figure only within the claim's limit, read loosely: "up to two hours"
    // against "a time limit of 90 minutes".)
    const insideBound = (q: Quantity) => insideStatedBound(cq, q, loose) || insideClaimedBound(cq, q);
    const figuresOfMeasure = sameWay.length ? sameWay : qs;
    const gives = (q: Quantity) => !q.denied && !inside(q) && (agrees(cq, q, loose) || (!cq.bound && !q.bound && q.low === q.high && agrees(q, cq)));
    // (The source's own figure first; else one whose limit the claim's lies inside, still read for
    // a figure given to the wrong case below, but confirming nothing.)
    const same = figuresOfMeasure.find((q) => gives(q) && !insideBound(q)) ?? figuresOfMeasure.find(gives);
    if (!same && qs.some((q) => !q.denied && inside(q))) {
      silent++;
      continue;
    }
    // The right number for the wrong case: "50 ms in elite runners" where the sentence gives 30 ms
    // for elite runners and 50 ms for fatigued ones.
    // The source's figure, but the difference the other way: "a quarter more calories" against
    // "roughly 25 per cent fewer".
    if (same && cq.direction && same.direction && cq.direction !== same.direction) {
      return contradicted('figure', `The claim says "${said(cq)} ${cq.comparative}" where the source says "${said(same)} ${same.comparative}".`, top, { claimed: `${cq.text} ${cq.comparative}`, source: `${replacementText(same)} ${same.comparative}` });
    }
    const swapped = same && swappedFigure(claim, cq, top.sentence, same);
    if (swapped) {
      return contradicted('figure', `The claim gives "${said(cq)}" for what the source gives as "${said(swapped.other)}" (${swapped.context}).`, top, { claimed: cq.text, source: replacementText(swapped.other) });
    }
    // The figure is the source's, but given there to the thing the claim pairs with its other
    // figure: "Heron boats are 58 feet long, while Kingfisher boats are 68 feet" against the list
    // items "Kingfisher: 58 feet long" and "Heron: 68 feet long".
    const crossed = same && crossedFigure(claim, cq, claimed, top.sentence, aligned, corpus);
    if (crossed) {
      return contradicted('figure', `The source gives "${said(same)}" for “${crossed.theirs}” and "${said(crossed.fix)}" for “${crossed.mine}”.`, crossed.at, { claimed: cq.text, source: replacementText(crossed.fix) });
    }
    // (…in a row, under the column the claim names: "a non-member can hire it for a whole day for
    // £110" against "Booking: Full day; Members: £110; Non-members: £160".)
    const sameColumn = same && tableRowName(top.sentence) ? otherColumn(top.sentence, cq, claimTermSet, claimed) : undefined;
    if (sameColumn) return contradicted('figure', `The source gives "${said(sameColumn.theirs)}" under ${sameColumn.key}; "${said(cq)}" is the figure under ${sameColumn.other}.`, top, figureFix(cq, sameColumn.theirs));
    // (…or in a list of bands, where the claim gives its figure the outcome another band's item
    // names: "cancelling ten days beforehand gets you a full refund" against "7 to 13 days before,
    // you receive a credit note", beside "14 days or more before the workshop, you receive a full refund".)
    const band = same && otherBand(claim, cq, top, corpus);
    if (band) return contradicted('figure', bandNote(cq, same, band.item), top, figureFix(cq, band.theirs));
    if (same && insideBound(same)) {
      withinLimitOnly++;
      continue;
    }
    if (same) {
      agreeing++;
      agreed ??= {
        verdict: 'supported',
        rule: 'figure',
        note: `The source gives the same figure (${frequencyPair(cq, same) ? figureFix(cq, same).source : said(same)}).`,
        passage: top.passage,
        sentence: top.sentence,
      };
      continue;
    }
    // The figure said bare where the sentence's unit is plain from its other figures: "the winner
    // gets 1,000 points, … if you take twice as long as the winner you score 500".
    const bare = figuresWithElidedUnits(top.sentence, cq.unit).find((q) => !all.some((x) => x.index === q.index) && agrees(cq, q) && agrees(q, cq));
    // (…unless it is another clause's, as a figure read with its unit may be: "Adults … at least 21
    // days …; under-19s … at least 23 days" gives no adult 23 days.)
    // (The clauses' subjects only: a figure read apart from its place gives no other sign.)
    const bareSwapped = bare && subjectOfClause(claim, cq, top.sentence, [bare, ...quantities(top.sentence).filter((q) => q.unit === cq.unit && q.index !== bare.index)]);
    if (bareSwapped && bareSwapped.figure !== bare && !agrees(cq, bareSwapped.figure)) {
      return contradicted('figure', `The claim gives "${said(cq)}" for what the source gives as "${said(bareSwapped.figure)}" (${bareSwapped.word}).`, top, { claimed: cq.text, source: replacementText(bareSwapped.figure) });
    }
    if (bare) {
      agreeing++;
      agreed ??= sameFigure(cq, top);
      continue;
    }
    // The figure given in the sentence before, which this one points back to: "…pays a membership
    // fee of £48 a year. The group keeps none of it: £39 goes to headquarters…" (the claim joins
    // the two: "the group keeps none of the £48 fee").
    // (…or in the first sentence of its list item, which names what the item speaks of: "1. Rider
    // membership costs £45 a year. Members pay half price for Open Sessions (£3)…" gives the £45
    // of "the £45 Rider plan pays £3 for an Open Session".)
    // (Where it says what the claim's figure is of: "we charge £15 for that copy and deduct it
    // from your deposit" points back to no deposit of the claimed £10.)
    const before = pointsBack(top.sentence) ? sentenceBefore(top, corpus) : itemLead(top, corpus);
    if (before && topic(before, top.context) >= FIGURE_OF && quantities(before).some((q) => !q.denied && q.unit === cq.unit && agrees(cq, q) && agrees(q, cq))) {
      agreeing++;
      agreed ??= sameFigure(cq, { passage: top.passage, sentence: before });
      continue;
    }
    // Every figure of the claim given together by a sentence that says the claim closely, and
    // better than the one this figure would be judged in: the claim was drawn from it, whatever
    // row it is ("Entry stays at £8 for seniors and £3 for juniors" from the row "Level: C; …;
    // Typical entry: £8 senior, £3 junior", not the café's "£1,500 a year for the junior squad").
    // (Three figures or more given together are a sign in themselves: a sentence that says as much
    // of the claim as the one this figure would be judged in will do. "The evening package, from
    // 6 pm to midnight, costs local hirers £110" is the list item "Evening (6 pm to midnight): £110
    // local", not the kitchen's row.)
    // (Two figures given together are the sign where the sentence is aligned and says as much of
    // the claim as any: "those aged 65 and over pay £4.50" is the row "Concession; £4.50; aged 65
    // and over", not the volunteers' "aged from 16 to 91", which shares as many words.)
    const togetherAligned = (a: AlignedSentence) => (claimed.length >= 3 ? a.alignment >= ALIGNED / 2 && a.alignment >= NEARLY * top.alignment : (a.alignment >= CLOSE && a.alignment > top.alignment) || (a.alignment >= ALIGNED && a.alignment >= top.alignment));
    const together = claimed.length >= 2 ? aligned.find((a) => togetherAligned(a) && claimed.every((c) => quantities(a.sentence).some((q) => !q.denied && agrees(c, q) && agrees(q, c)))) : undefined;
    if (together) {
      agreeing++;
      agreed ??= sameFigure(cq, together);
      continue;
    }
    // The claim's figure is the one the source names only to deny: "every 6 months rather than
    // once a year". The fix is the figure the source gives instead, where it is of the same measure.
    const deniedSame = qs.find((q) => q.denied && agrees(cq, q));
    if (deniedSame) {
      const instead = all.filter((q) => !q.denied);
      const fix = instead.length ? closest(instead, cq) : undefined;
      return contradicted('figure', `The source names "${said(deniedSame)}" only to deny it.`, top, fix ? { claimed: cq.text, source: replacementText(fix) } : undefined);
    }
    // The figure's own clause said by a sentence that states it: "…, and you rest three minutes
    // before the next one" beside "five hangs with three minutes of rest between each". (Of the
    // same thing: a short clause, "with at least 24 hours between them", is half said by any
    // "24 hours", the drying time of washed holds included.)
    // (Only a sentence nearly as close to the clause as the closest that gives such a figure: "there
    // is a deposit of £15 for the term's scores" is said by "pay a deposit of £10 for the term's
    // set of music", not by "if a score is lost … we charge £15 … from your deposit".)
    // (A sentence that gives another of the claim's own figures is that figure's source: "…at 9
    // and 12 weeks and should stay indoors until a week after the second one".)
    const givesOther = (x: AlignedSentence) => quantities(x.sentence).some((q) => claimed.some((o) => o !== cq && agrees(o, q)));
    const clauseBest = Math.max(0, ...alignedToClause().filter((x) => saysOf(x) && !givesOther(x) && quantities(x.sentence).some((q) => q.unit === cq.unit)).map((x) => x.alignment));
    if (alignedToClause().some((x) => x.alignment >= ALIGNED && x.alignment >= NEARLY * clauseBest && saysOf(x) && quantities(x.sentence).some((q) => q.unit === cq.unit && agrees(cq, q)))) {
      agreeing++;
      continue;
    }
    // A measure written before its noun measures that noun: "0.4 mm nozzles" are not contradicted
    // by "a 6 mm blade", a sentence that says nothing of nozzles.
    // (…unless the noun right after it is all the prose sentence lacks of a claim it says nearly
    // all of: "a 20% reduction for the second and any further family member" against "15 per cent
    // off the monthly fee for the second and every further member". A table row is aligned with
    // another row by their shared headings, which is no sign of the same thing.)
    const measured = measuredNoun(claim, cq);
    const saysAllBut = top.alignment >= CLOSE && measured === measuredNoun(claim, cq, true) && !tableRowName(top.sentence);
    if (!says(top, measured) && !saysAllBut) continue;
    // The source's figure said in the clause that says most of what the claim's figure is of
    // ("under-15s … build up to 3 sets of 8", not the under-13s' "3 sets of 5 reps"), then the nearest.
    const inClause = (q: Quantity) => topic(top.sentence.slice(...clauseSpan(top.sentence, q.index)));
    // (A claimed total is set against the source's total: "adds up to twenty hours" against "12
    // hours in total", not the "3 hours each" of its parts.)
    const totals = cq.total ? qs.filter((q) => q.total) : [];
    // (…and a start against a start: "starts on 1 January" against "from 1 September to 31 August".)
    const edged = cq.edge ? qs.filter((q) => q.edge === cq.edge) : [];
    const pool = totals.length ? totals : edged.length ? edged : qs;
    const best = Math.max(...pool.map(inClause));
    // (Times of day said in the same number by both are paired in order: "between 2pm and 5pm"
    // against "between 10am and 1pm" puts 2pm against 10am, not against the nearer 1pm.)
    const byIndex = (list: readonly Quantity[]) => [...list].sort((a, b) => a.index - b.index);
    const mineInOrder = point ? byIndex(claimed.filter((o) => o.unit === cq.unit)) : [];
    const inOrder = point && pool.length === mineInOrder.length ? byIndex(pool)[mineInOrder.indexOf(cq)] : undefined;
    // (A sentence whose figures of the unit are all the claim's other figures, as the claim gives
    // them, and that says more of what the claim says of those than of this one, is their source
    // and says nothing of this one: "…18th birthday parties carry the higher deposit of £250"
    // against "a damage deposit of £100 is normal, rising to £250 for 18th birthdays". Where it
    // says more of this one's, the two are swapped: "hires can run until 10.30pm, but amplified
    // music must stop by 11pm" against "hires must end by 11pm".)
    // (Where the sentence says as much of both, the figure is the one that states it as the
    // source does, bound and all: "children under 8 … and the inflatable … for children aged 8 and
    // over" against "kept for children under 8" is the claim's "under 8", not its "8 and over".)
    const statesAsWritten = (o: Quantity, q: Quantity) => !!o.bound === !!q.bound && (!q.bound || boundsAlike(q.bound, o.bound!)) && !(cq.bound && q.bound && boundsAlike(q.bound, cq.bound));
    const othersSource = (q: Quantity) =>
      claimed.some((o) => {
        if (o === cq || !agrees(o, q) || !agrees(q, o)) return false;
        const theirs = figureTopic(claim, o, corpus)(top.sentence, top.context, top.terms);
        const mine = topic(top.sentence, top.context, top.terms);
        return theirs > mine || (theirs >= mine - 1e-9 && statesAsWritten(o, q));
      });
    if (claimed.length >= 2 && pool.every(othersSource)) continue;
    const source = inOrder ?? closest(pool.filter((q) => inClause(q) >= best - 1e-9), cq);
    // Days the source names among others ("on Sunday afternoons" against "on Saturday and Sunday
    // afternoons") leave the claim short, not wrong: it may be said of another group's Sunday.
    if (typeof cq.calendar === 'string' && typeof source.calendar === 'string' && cq.calendar.split(' ').every((d) => (source.calendar as string).split(' ').includes(d))) {
      silent++;
      continue;
    }
    // The claim's number counted in other words ("190 children" of "around 190 boys and girls
    // play in our mini section") by a sentence aligned better than this one: that sentence is where
    // the claim's figure comes from, and a less aligned one's count ("roughly 900 children" at the
    // festival) is of something else.
    if (cq.counted && aligned.some((a) => a.alignment > top.alignment && a.alignment >= ALIGNED && quantities(a.sentence).some((q) => !q.denied && q.counted && q.low === cq.low && q.high === cq.high))) continue;
    // …and a count the sentence gives as a part of its whole is said by it: "eighteen stables are
    // let to owners" by "eighteen of our forty stables are let to private owners", whose forty is
    // the whole, no other count of the same stables.
    // (…of a unit the lexicon declares too: "62 sessions" by "needed at 62 of the 192 sessions".)
    if (quantities(top.sentence).some((q) => !q.denied && q.unit === `of:${cq.unit}` && q.low === cq.low && q.high === cq.high)) {
      agreeing++;
      agreed ??= sameFigure(cq, top);
      continue;
    }
    // A year dates an event: only a sentence that says nearly all of the claim's clause tells of
    // the same one ("the Corn Hall was built in 1864" is not set against "re-roofed in 2021").
    if (cq.unit === 'calendar-year' && !(top.alignment >= CLOSE && clauseClose(top))) continue;
    if (limitAgainstBand(source)) continue;
    // A sentence that states the claim's very figure, as written, and is both better aligned with
    // the claim and says more of what the figure is of, is where the figure comes from: "for £20 a
    // year, two adults sharing an address can join" is the row "Household; Yearly fee: £20; up to
    // two adults living at the same address", not the "£1 share" that one year's fee includes.
    const topTopic = topic(top.sentence, top.context, top.terms);
    const statesBetter = aligned.find((a) => a.alignment > top.alignment && statesAsGiven(a) && topic(a.sentence, a.context, a.terms) > topTopic);
    if (statesBetter) {
      agreeing++;
      agreed ??= sameFigure(cq, statesBetter);
      continue;
    }
    // (…and where such a sentence says more of what the figure is of, or is as well aligned, the
    // claim may have been drawn from it in words the closer one happens to share: "a pensioner
    // member's yearly subscription comes to fourteen pounds" beside the row "Senior; aged 65 and
    // over; £14" and a list item on the "£5 reinstatement fee … on top of the subscription". The
    // figure then neither confirms nor contradicts. Not a day or a time of day, which many
    // sentences name.)
    const statesElsewhere =
      !point &&
      aligned.find((a) => {
        if (a === top || !statesAsGiven(a) || namesAnotherThing(a.sentence)) return false;
        const said = topic(a.sentence, a.context, a.terms);
        return said >= FIGURE_OF && (a.alignment >= top.alignment || said > topTopic);
      });
    if (statesElsewhere) {
      silent++;
      continue;
    }
    const fix = figureFix(cq, source);
    // (How often, said two ways — "twice an hour", "once every 30 minutes" — is quoted whole.)
    const [mine, theirs] = frequencyPair(cq, source) ? [fix.claimed, fix.source] : [said(cq), said(source)];
    return contradicted('figure', `The claim says "${mine}" where the source says "${theirs}".`, top, fix);
  }

  const figuresAgree = agreeing > 0 && agreeing + silent === claimed.length && !withinLimitOnly && !(agreed && deniesBesideFigures(claim, agreed.sentence)) ? agreed : undefined;
  // A rule turned round: a claim that makes optional what the source obliges ("helmets are
  // optional" against "a helmet, worn at all times"), allows what it forbids, or the reverse.
  const claimStems = new Set(claimWords.map(termOf));
  // (A claim written as a table row states its rule as a row does: "Allowed?: No" forbids.)
  const claimModal = answeredRules(claim).length ? ruleSaidOf(claim, new Set()) : modalityOf(ruleWords(claim));
  // A claim of two rules ("tracks must be cut to 30 seconds, and no episode may run longer than
  // 60 minutes") states each in its own clause, read against the sentences closest to that clause.
  const ruleClauses = clausesOf(claim).map((c) => ({ text: c, modal: modalityOf(ruleWords(c)) })).filter((c) => c.modal.obliges || c.modal.forbids || c.modal.optional || c.modal.allows);
  const ruleReadings = ruleClauses.length >= 2 ? ruleClauses.map((c) => ({ text: c.text, modal: c.modal, stems: new Set(words(c.text).map(termOf)), against: alignSentences(c.text, corpus).filter((x) => x.alignment >= ALIGNED).slice(0, 3) })) : undefined;
  // (What the claim itself denies, read once if a rule needs it.)
  let claimDenies: Set<string> | undefined;
  for (const reading of ruleReadings ?? (claimModal.obliges || claimModal.forbids || claimModal.optional || claimModal.allows ? [{ text: claim, modal: claimModal, stems: claimStems, against: undefined }] : [])) {
    const claimModal = reading.modal;
    // What a rule forbids of a figure is a bound ("no episode may run longer than 60 minutes" is
    // at most 60 minutes): the figure rule reads it against the source's bound.
    if (claimModal.forbids && quantities(reading.text).some((q) => q.deniedBound)) continue;
    // A rule's sentence may leave its subject to the sentence before ("There are no exceptions"):
    // in a passage that holds most of the claim, a sentence a little less aligned counts too.
    const wholly = (aboutClaim ??= passagesAbout(claim, corpus));
    // (A permission granted on a condition, "alcohol may be drunk in the halls as long as it is in
    // plastic cups", is read without the condition too: a source that forbids it outright says
    // nothing of plastic cups, and the condition's words would keep it from aligning.)
    const granted = !reading.against && claimModal.allows && claimModal.conditional ? beforeCondition(claim) : undefined;
    const nearest = aligned.filter((x) => x.alignment >= ALIGNED || (x.alignment >= ALIGNED * 0.8 && wholly.has(x.passage.id))).slice(0, 3);
    const unconditioned = granted ? alignSentences(granted, corpus, 3).filter((x) => x.alignment >= ALIGNED && !nearest.some((n) => n.sentence === x.sentence && n.passage.id === x.passage.id)) : [];
    for (const a of reading.against ?? [...nearest, ...unconditioned]) {
      // (A sentence the next one denies states no rule: the myth '"You have to be a member to
      // volunteer." Not true.')
      if (a.denies) continue;
      // Said of what the claim names (a muscle's rule is not another's).
      const there = [...namedInSentence(a.sentence, corpus).map((p) => p.id), resolve(a.passage.id, corpus)?.id];
      if (!mentions.filter((m) => ANATOMY.has(m.kind)).every((m) => there.includes(m.id))) continue;
      // …and of more of it than its subject: "never bonfires at weekends" says nothing of
      // "bonfires are allowed in December".
      const sentenceStems = new Set(words(a.sentence).map(termOf));
      const shared = new Set(words(reading.text).filter((w) => !STOPWORDS.has(w) && !RULE_WORDS.has(w) && sentenceStems.has(termOf(w))).map(termOf));
      if (shared.size < 2) continue;
      const src = a.forbidden ? { obliges: false, forbids: true, optional: false, allows: false, conditional: false } : ruleSaidOf(a.sentence, reading.stems);
      // (A source that denies only what the claim denies as well forbids nothing the claim allows:
      // "interest may be paid, … never guaranteed" against "interest … is never guaranteed".)
      const deniesAsClaim = () => {
        const theirs = negatedTerms(a.sentence);
        return theirs.size > 0 && [...theirs].every((t) => (claimDenies ??= negatedTerms(claim)).has(t));
      };
      // (What a source requires only on a condition, "alcohol may be served only with the
      // committee's permission", it does not require outright: a claim that forbids it for some
      // ("volunteers under 18 may not serve alcohol") is no denial of it.)
      const note =
        claimModal.optional && src.obliges ? 'The claim makes optional what the source requires.'
        : (claimModal.optional || claimModal.allows) && src.forbids && !(claimModal.conditional && src.conditional) && !deniesAsClaim() ? ALLOWS_FORBIDDEN
        : claimModal.obliges && src.optional ? 'The claim requires what the source leaves optional.'
        : claimModal.forbids && ((src.obliges && !src.conditional) || src.optional) ? 'The claim forbids what the source allows.'
        : undefined;
      // (…and said in the clause that states the source's rule: "Dogs are never allowed on Thursday
      // afternoon strolls or on coach trips, and a leader may ask an owner to leave" forbids only
      // what its first clause names, and shares only "dogs" with "dog owners are welcome on the
      // walks marked D".)
      if (note === ALLOWS_FORBIDDEN && !forbiddingClausesShare(a.sentence, reading.text)) continue;
      if (note) return contradicted('negation', note, a);
    }
  }
  // "You can leave the laser for a few minutes" against "never leave a running laser": the act a
  // modal verb allows is the act the source forbids by name.
  // (The act and what it is done to: a sentence that forbids leaving a running laser says little
  // else of the claim's "few minutes" and "lid".)
  const act = allowedAct(claimWords);
  if (act && !claimModal.forbids && !claimModal.obliges) {
    for (const a of aligned.filter((x) => x.alignment >= ALIGNED / 2)) {
      const ws = words(a.sentence);
      if (forbidsAct(ws, act.verb) && ws.some((w) => termOf(w) === act.object)) return contradicted('negation', ALLOWS_FORBIDDEN, a);
    }
  }

  /**
   * An opposite of a claim's word in a source sentence, said of the same words: the sentence,
   * and then its one statement that says most of the claim ("switch the extractor on before you
   * start any machine, and leave it running … after the machine stops" says "before" of
   * switching on, whatever its second statement says "after" of).
   */
  const opposedIn = (text: string, sentence: string): { claimed: string; source: string } | undefined => {
    const textWords = words(text);
    const verbs = afterModal(textWords);
    const textStems = new Set(textWords.map(termOf));
    const closest = closestClause(sentence, textStems);
    for (const part of closest ? [sentence, closest] : [sentence]) {
      const sw = new Set(words(part));
      const stems = new Set([...sw].map(termOf));
      // (An opposite the source denies says what the claim says: "none of them is paid" is unpaid.)
      const denied = negatedTerms(part);
      const deniedInClaim = negatedTerms(text);
      for (const w of new Set(textWords)) {
        // The sentence says the claim's word of the same things: no opposite. Said of other words
        // ("straighten the hip and bend the knee" against "straighten the knee"), it may still be.
        if (STOPWORDS.has(w) || (stems.has(termOf(w)) && sharesNeighbour(text, w, part, w))) continue;
        // A word used as a verb ("may not present live") has no adjective's opposites, nor a word
        // that gives an age ("members aged eight to fifteen" are not old, "young" no opposite).
        if (verbs.has(w) || AGE_WORDS.has(w)) continue;
        for (const x of LEXICON.oppositesOf(w)) {
          if (AGE_WORDS.has(x)) continue;
          // Said of the same words: "pain at the front of the knee" against "pain at the back of the
          // knee", not "one foot ahead of the other … the back leg".
          if (denied.has(termOf(x)) !== deniedInClaim.has(termOf(w))) continue;
          if (sw.has(x) && !textStems.has(termOf(x)) && !claimStems.has(termOf(x)) && sharesNeighbour(text, w, part, x, corpus, OPPOSITE_REACH, true) && !exceptsClaim(part, x, text)) return { claimed: w, source: x };
        }
      }
    }
    return undefined;
  };
  // Figures that agree pin the sentence they agree in, however little else of a long claim it
  // says: an opposite said there of the same words is still said of the claim's statement
  // ("scenes with performers under 16 are rehearsed last" against "…under 16 must leave by 9pm,
  // so their scenes are usually rehearsed first").
  if (figuresAgree && (!best || best.alignment < ALIGNED)) {
    const found = opposedIn(claim, figuresAgree.sentence);
    if (found) return contradicted('opposite', `The claim says "${found.claimed}" where the source says "${found.source}".`, figuresAgree);
  }
  // A day (or another case of an exclusive set) said of a table row the claim names by its first
  // cell, where the row gives another: the row is about what the claim is about, however little
  // else of the claim it says. ("Puppy Foundation classes are held on Sunday mornings" against
  // "Course: Puppy Foundation; Day and start time: Saturday, 9.30am".)
  // (Read in the clause that names the row: "…completed the Glaze Chemistry course, and only
  // during supervised sessions on Thursday afternoons" gives the sessions' day, not the course's.)
  const claimClauses = clausesIn(claim);
  for (const row of namedRows.slice(0, ROWS_READ)) {
    const named = rowTerms(row.sentence);
    // (…where the row's name is what the clause is about, its opening words: "Short mat bowls is
    // played on…", not "…volunteers attend an induction at the Old Chapel on…", which says of a
    // place's row what happens there besides.)
    const opens = (c: string) => {
      const ws = words(c);
      const at = ws.findIndex((w) => named.includes(termOf(w)));
      // (Only determiners before it: "at the Old Chapel" places something else there.)
      return at >= 0 && ws.slice(0, at).every((w) => LEXICON.determiners.has(w)) && named.every((t) => ws.slice(at, at + named.length + 2).map(termOf).includes(t));
    };
    const clause = (claimClauses.length ? claimClauses : [claim]).find(opens);
    const swap = clause && caseSwap(words(clause), row, aligned, corpus, true);
    if (swap) return contradicted('substitution', `The claim says "${swap.claimed}" where the source says "${swap.source}".`, row);
  }
  // A sentence of a passage about a muscle is about that muscle even where it says "it".
  const about = (x: AlignedSentence) => {
    const out = [...namedInSentence(x.sentence, corpus)];
    const subject = resolve(x.passage.id, corpus);
    if (subject && ANATOMY.has(subject.kind) && !out.some((p) => p.id === subject.id)) out.push(subject);
    // …and so is a sentence of a passage whose title names one ("Tight, weak glutes from sitting").
    for (const p of subject && ANATOMY.has(subject.kind) ? [] : named(x.passage.title, corpus)) if (!out.some((o) => o.id === p.id)) out.push(p);
    return out;
  };
  // About exactly what the claim is about: in "the slow soleus and the fast gastrocnemius" each
  // word belongs to one of them.
  const anatomyIds = mentions.filter((p) => ANATOMY.has(p.kind)).map((p) => p.id);
  const aboutTheSame = (a: AlignedSentence) => {
    const there = about(a).map((p) => p.id);
    return anatomyIds.every((id) => there.includes(id)) && !there.some((id) => ANATOMY.has(corpus.get(id)?.kind ?? '') && !anatomyIds.includes(id));
  };
  // One case of an exclusive set said where the source names another, in any word order: "raw
  // meat goes on blue boards" against "red for raw meat and poultry", "the class runs on Sundays"
  // against "…runs every Saturday". Each side names one member of the set (a sentence naming two,
  // "Monday to Friday", gives a range), the sentence says the claim's other words or most of them,
  // and no aligned sentence says those words with the claim's member ("blue for raw fish" lacks
  // "meat").
  // (A claim of two statements is read clause by clause too: "raw fish on red boards and raw
  // meat on blue ones".)
  const caseClauses = [...new Set([...clausesOf(claim), ...splitCases(claim)])].filter((c) => c !== claim);
  const caseSwapped = (texts: readonly (readonly [string, readonly AlignedSentence[]])[]) => {
    for (const [text, against] of texts) {
      for (const a of against.filter((x) => x.alignment >= ALIGNED).slice(0, 3)) {
        if (!aboutTheSame(a)) continue;
        const swap = caseSwap(words(text), a, against, corpus);
        if (swap) return contradicted('substitution', `The claim says "${swap.claimed}" where the source says "${swap.source}".`, a);
      }
    }
    return undefined;
  };
  const clauseReadings = () => caseClauses.map((c) => [c, alignSentences(c, corpus)] as const);
  // (A long sentence of several statements, an article's "…at the Annual General Meeting, held on
  // the third Wednesday in October at 7pm, when the Treasurer presents the accounts", may say little
  // of any one source sentence as a whole, while one of its clauses says nearly all of one.)
  // (Against a sentence that says nearly as much of the whole claim as an aligned one would: a
  // clause "held on the second Tuesday of the month" says too little on its own of what is held.)
  const nearlyAligned = new Set(aligned.filter((a) => a.alignment >= NEARLY * ALIGNED).map((a) => a.sentence));
  const ofTheClaim = (readings: ReturnType<typeof clauseReadings>) => readings.map(([c, against]) => [c, against.filter((a) => nearlyAligned.has(a.sentence))] as const);
  // (Clauses are aligned only where some sentence says that much of the whole: a sentence of an
  // article the sources say nothing of costs no more to check than before.)
  if (!best || best.alignment < ALIGNED) return (caseClauses.length && nearlyAligned.size ? caseSwapped(ofTheClaim(clauseReadings())) : undefined) ?? figuresAgree;
  // A heading or a fragment ("Smooth muscles") states nothing to compare word by word; a
  // negation makes a statement of few words ("the hamstrings do not cross the knee").
  if (words(claim).filter((w) => !STOPWORDS.has(w) || LEXICON.negations.has(w)).length < MIN_STATEMENT_WORDS) return figuresAgree;

  // A statement the source calls a myth, stated as fact: the claim must say at least half of
  // what the myth says ("icing an injured pulley speeds recovery" is not the myth that an injured
  // pulley should be stretched to speed healing, though it shares a third of its words).
  const claimMyth = claimWords.some((w) => LEXICON.mythCues.has(w));
  // (A myth labelled as one is stated only with its own polarity: "Myth: money in a credit union
  // isn't protected" is corrected, not restated, by "savings are protected up to £85,000".)
  const claimNegated = negates(claimWords);
  const restatesLabelled = (sentence: string) => {
    const labelled = mythStated(sentence);
    return !labelled || negates(words(labelled)) === claimNegated;
  };
  const myth = aligned.find((a) => a.alignment >= SWAP_ALIGNED && words(a.sentence).some((w) => LEXICON.mythCues.has(w)) && restatesLabelled(a.sentence));
  if (myth && !claimMyth) {
    return contradicted('myth', 'The sources call this a myth.', myth);
  }
  // …or a section whose heading states the myth ("Myth: buy ballet shoes a size up so they last
  // longer"), the claim repeating at least half of what the heading says (MYTH_REPEATED): the
  // section's sentences correct it, and the one that says most of the claim is quoted. (A claim
  // that restates the correction, "ballet shoes should fit closely", repeats too little of it.)
  if (!claimMyth) {
    for (const p of new Set(aligned.filter((a) => a.alignment >= ALIGNED).map((a) => a.passage))) {
      const myth = mythStated(p.title);
      if (!myth || mythRepeated(claim, myth, corpus) < MYTH_REPEATED) continue;
      // (Aligned is sorted: the first of the section's sentences says most of the claim.)
      const best = aligned.find((a) => a.passage === p);
      if (best) return contradicted('myth', `The sources call this a myth ("${clip(p.title, 120)}").`, best);
    }
  }

  // The same statement said of another thing of the same kind: "the gastrocnemius is the deep,
  // slow-twitch calf muscle" where the source says it of the soleus.
  // Only a sentence that says the same of something else: most of the claim's own words beyond
  // its names, and a claim about one or two things (a sentence listing many names is no swap).
  const anatomyMentions = mentions.filter((p) => ANATOMY.has(p.kind));
  for (const said of anatomyMentions.length <= 2 ? aligned.filter((x) => x.alignment >= SWAP_ALIGNED && x.predicate >= SAID_OF).slice(0, 3) : []) {
    const inSentence = about(said);
    // A sentence that goes through several muscles ("the hamstrings bend the knee, the shin
    // muscles raise the toes, the hip muscles…") pins no statement on one of them.
    if (inSentence.filter((p) => ANATOMY.has(p.kind)).length > 2) continue;
    for (const a of mentions) {
      if (!ANATOMY.has(a.kind) || inSentence.some((p) => p.id === a.id)) continue;
      const b = inSentence.find((x) => x.kind === a.kind && !mentions.some((m) => m.id === x.id));
      if (!b) continue;
      // Unless the sources say much the same of the claim's own thing: the statement must be
      // clearly more the other's (its share of the claim's words half again as large).
      const ownBest = Math.max(0, ...aligned.filter((x) => x !== said).filter((x) => {
        const there = about(x);
        return there.some((p) => p.id === a.id) && !there.some((p) => p.id === b.id);
      }).map((x) => x.predicate));
      if (ownBest * CLEARLY > said.predicate) continue;
      if (aligned.some((x) => x.alignment >= ALIGNED && about(x).some((p) => p.id === a.id) && !about(x).some((p) => p.id === b.id))) continue;
      return contradicted('substitution', `The sources say this of the ${name(b)}, not the ${name(a)}.`, said);
    }
  }

  // An opposite word where the aligned sentence has the other one.
  // Opposites from the lexicon and WordNet, said of the same words (a neighbour in common), so
  // that WordNet's many antonyms ("lower" and "raise", "front" and "back") do not fire on any
  // word of a long sentence.
  // The sentence must be about what the claim is about: the same word said of another muscle is
  // a substitution, not an opposite.
  // A claim of several clauses is also read clause by clause, against the sentences that say
  // nearly all of one clause: "Climber's elbow is pain on the outside of the elbow, the condition
  // called tennis elbow" puts its first clause against "…pain on the inside of the elbow".
  const readings: { text: string; against: AlignedSentence[] }[] = [
    { text: claim, against: aligned.filter((x) => x.alignment >= ALIGNED && aboutTheSame(x)).slice(0, 3) },
    // (A claim a source sentence says nearly word for word needs no second reading.)
    ...(best.alignment >= VERBATIM ? [] : clausesOf(claim)).map((c) => ({ text: c, against: alignSentences(c, corpus).filter((x) => x.alignment >= SWAP_ALIGNED && aboutTheSame(x)).slice(0, 3) })),
  ];
  // (A sentence that gives none of the claim's figures, where a sentence aligned as well states them
  // all, is not where the claim comes from: "the second phase of the appeal is aiming for £210,000"
  // is "Phase two aims to raise £210,000", not the heat pump's "paid for by the appeal's first phase".)
  const drawnFrom = figuresAgree && aligned.find((x) => x.sentence === figuresAgree.sentence);
  const elsewhere = (a: AlignedSentence) => !!drawnFrom && a.sentence !== drawnFrom.sentence && a.alignment <= drawnFrom.alignment && !quantities(a.sentence).some((q) => claimed.some((c) => agrees(c, q)));
  for (const { text, against } of readings) {
    for (const a of against) {
      if (!aboutTheSame(a) || otherCase(text, a) || elsewhere(a)) continue;
      const found = opposedIn(text, a.sentence);
      if (found) return contradicted('opposite', `The claim says "${found.claimed}" where the source says "${found.source}".`, a);
    }
  }

  // The same statement with one slot filled differently: "attaches near the head of the tibia"
  // where the source says "…of the fibula". The words either side of the slot match in order;
  // what fills it is of one kind on both sides (opposites, sister nouns, names of one kind).
  const subject = anatomyIds[0];
  // (A claim of two statements is read statement by statement too: "Cygnets sail RS Fevas on the
  // main reservoir, while the Kestrels stay in Heron Bay" puts each group in the other's place.)
  const slotReadings: { text: string; against: AlignedSentence[]; all: AlignedSentence[] }[] = [
    { text: claim, against: aligned.filter((x) => x.alignment >= ALIGNED).slice(0, 3), all: aligned },
    ...(best.alignment >= VERBATIM ? [] : clausesOf(claim)).map((c) => {
      const all = alignSentences(c, corpus);
      return { text: c, against: all.filter((x) => x.alignment >= SWAP_ALIGNED).slice(0, 3), all };
    }),
  ];
  for (const { text, against, all } of slotReadings) {
    const textWords = words(text);
    for (const a of against) {
      if (subject && !about(a).some((p) => p.id === subject)) continue;
      const slot = differingSlot(text, a.reading ?? a.sentence, corpus);
      if (!slot) continue;
      // Unless another sentence about the same thing fills the slot the claim's way.
      const anchor = slot.anchor;
      // (And says more of the claim than the slot and its anchor: "Kestrels (ages 12 to 15) sail RS
      // Fevas on the main reservoir" does not fill "Kestrels sail Toppers in the sheltered water of
      // Heron Bay" the claim's way.)
      const filledAsClaimed = all.some((x) => {
        if (x === a || (subject && !about(x).some((p) => p.id === subject))) return false;
        const ts = new Set(words(x.sentence).map(termOf));
        const more = textWords.some((w) => !STOPWORDS.has(w) && termOf(w) !== anchor && !slot.claimed.includes(termOf(w)) && ts.has(termOf(w)));
        return more && ts.has(anchor) && slot.claimed.every((t) => ts.has(t));
      });
      if (filledAsClaimed) continue;
      return contradicted('substitution', `The claim says "${slot.claimedText}" where the source says "${slot.sourceText}".`, a);
    }
  }

  // A row the claim names, given another row's value in one of its columns: "the course suggested
  // for M/W14 runners is Yellow" where the M/W14 row's "Suggested course" is Orange and Yellow is
  // the M/W12 row's.
  const cell = cellSwap(claim, claimed, aligned, corpus);
  if (cell) return contradicted('substitution', `The source gives "${cell.source}" for ${cell.row}, not "${cell.claimed}".`, cell.at);

  // A person or place named where the source names another for the same thing: "Priya Ramsden
  // is the club's welfare officer" against "our junior coordinator is Priya Ramsden and our
  // welfare officer is Tom Achebe".
  const renamed = nameSwap(claim, aligned, corpus);
  if (renamed) return contradicted('substitution', `The sources name ${renamed.source} for this, not ${renamed.claimed}.`, renamed.at);

  // What a passage says of one case, said of another: "The Seniors meet in the Studio on Wednesday
  // evenings", where the Seniors' own sentence says "on the main stage" and the Studio is where the
  // Juniors meet.
  const crossed = crossedAttribute(claim, aligned, corpus);
  if (crossed) return contradicted('substitution', `The sources say "${crossed.claimed}" of another case: “${clip(crossed.other, 160)}”.`, crossed.at);

  // One case of an exclusive set said where the source names another (see caseSwapped).
  const swappedCase = caseSwapped([[claim, aligned], ...clauseReadings()]);
  if (swappedCase) return swappedCase;

  // What one row of a table says, said of another row: "the Northfield Hub gives out parcels on
  // Saturday mornings" where the Eastbrook Library's row has "Parcel collection: Saturday 10am to
  // 12 noon" and the Northfield Hub's has Tuesday and Thursday. (Each statement of a claim of two
  // is read on its own: "the Studio is on the first floor, while the Loft Room is on the ground
  // floor".)
  // (Statements split at punctuation only: "two adults and up to three juniors costs £85" is one
  // row's, though a figure splits it.)
  // (A claim of two parts is read part by part however short the other part: "the Studio is on
  // the first floor, while the Loft Room is on the ground floor at the rear".)
  const parts = claim.split(CLAUSE_SPLIT).map((c) => c.trim()).filter(Boolean);
  const statements = parts.length >= 2 ? parts.filter((c) => words(c).filter((w) => !STOPWORDS.has(w)).length >= MIN_STATEMENT_WORDS) : [];
  for (const [text, against] of [[claim, aligned] as const, ...statements.map((c) => [c, alignSentences(c, corpus)] as const)]) {
    // (A row that lacks the claim's name holds less of the claim: half the usual alignment.)
    const row = rowSwap(text, against.filter((x) => x.alignment >= ALIGNED / 2 && rowCells(x.sentence)).slice(0, 3), against, corpus);
    if (row) return contradicted('substitution', `The sources say this of ${row.source}, not ${row.claimed}.`, row.at);
  }

  // A negation one side has and the other lacks, over the same words: the content words within
  // a few words after "not" on one side and un-negated on the other ("the hamstrings do not cross
  // the knee" against "the hamstrings cross the hip and the knee").
  const negationCandidates = aligned.filter((x) => x.alignment >= SWAP_ALIGNED).slice(0, 2);
  for (const [k, cand] of negationCandidates.entries()) {
    const best = cand;
    // A sentence that says the claim closely, and better aligned, outranks one that denies part
    // of it: "Welcome team volunteers need a DBS check" is said by "Welcome team volunteers and
    // drivers need…", whatever "Warehouse volunteers do not need one" denies.
    if (k > 0 && negationCandidates[0].alignment >= CLOSE && negationCandidates[0].alignment > cand.alignment && !negationCandidates[0].denies && !negatedTerms(negationCandidates[0].sentence).size && !negatedTerms(claim).size) continue;
    // A sentence about another muscle denies nothing of this one.
    if (!aboutTheSame(best)) continue;
    // A negation that turned a figure's bound round is read with the figure: "no player may play
    // two matches with less than 48 hours between them" says "at least 48 hours".
    if (quantities(best.sentence).some((q) => q.deniedBound && claimed.some((cq) => agrees(cq, q)))) continue;
    // (A table row that answers a rule's heading yes or no is the rule reading's to judge:
    // "Allowed at the club?: No" denies in its answer, not its words.)
    if (answeredRules(best.sentence).length) continue;
    const claimNeg = negatedTerms(claim);
    const sentWords = words(best.sentence);
    // A need denied ("You do not have to be a member, although members get a discount") makes a
    // thing optional: it denies only a claim that the thing is required, not one that it happens
    // ("members pay £30 for the season ticket"). That is the rule reading's to judge.
    if (!claimNeg.size && !claimModal.obliges && modalityOf(sentWords, true).optional) continue;
    const sentNeg = best.denies ?? negatedTerms(best.sentence);
    const sentTerms = new Set(sentWords.filter((w) => !STOPWORDS.has(w)).map(termOf));
    const claimContent = new Set(claimWords.filter((w) => !STOPWORDS.has(w)).map(termOf));
    // (A claim's word is denied in the words the aligner reads it as too: "the subscription
    // includes kit hire" is denied by "it does not cover course fees, kit hire…". Not where the
    // claim denies something itself: "without a permit it costs £2" against "with a permit, at no
    // charge" is two cases, not one statement turned round.)
    const saidAlike = new Set(claimNeg.size ? [] : claimWords.filter((w) => !STOPWORDS.has(w)).flatMap((w) => LEXICON.equivalentsOf(w)).map(termOf));
    const claimSays = (t: string) => claimContent.has(t) || saidAlike.has(t);
    // What the claim says beyond its figures ("half past eight" and "15" say no statement).
    const inFigures = timeOfDayWords(claim);
    const statementTerms = new Set(claimWords.filter((w) => statementWord(w, inFigures)).map(termOf));
    // (What the claim says after the first word the source denies is what the denial is of, and
    // the source must say most of it too, or deny the act outright: "it does not cover course
    // fees, kit hire…" denies nothing of "the subscription covers pool hire". See saysWhatFollows.)
    const deniedHere = [...sentNeg].filter((t) => claimSays(t) && !claimNeg.has(t));
    const firstHere = claimWords.findIndex((w) => deniedHere.includes(termOf(w)) || LEXICON.equivalentsOf(w).some((x) => deniedHere.includes(termOf(x))));
    const actsDenied = firstDenied(best.sentence);
    const deniedBySource = deniedHere.length > 0 && (claimNeg.size > 0 || deniedHere.some((t) => actsDenied.has(t) && deniedOutright(best.sentence, t)) || saysWhatFollows(claimWords, firstHere, new Set([...sentTerms, ...sentNeg]), inFigures));
    // (The same the other way, read by the first word after the one the claim denies: "the number
    // 47 bus does not run on Sundays" denies nothing that "runs … Monday to Saturday" states; "do
    // not cross the knee joint" denies "cross the hip and the knee".)
    const claimDeniesHere = [...claimNeg].filter((t) => sentTerms.has(t) && !sentNeg.has(t));
    const firstClaimDenied = claimWords.findIndex((w) => claimDeniesHere.includes(termOf(w)));
    const deniedOf = claimWords.slice(firstClaimDenied + 1).find((w) => statementWord(w, inFigures));
    const deniedByClaim = claimDeniesHere.length > 0 && (sentNeg.size > 0 || !deniedOf || sentTerms.has(termOf(deniedOf)));
    // Both sides negated say the same thing two ways ("not allowed" and "do not use") unless each
    // denies what the other asserts: "the full crimp rather than the half crimp" against "the half
    // crimp rather than the full crimp".
    // (A one-sided denial is judged only against a sentence that says nearly all the claim; each
    // side denying the other's words is itself the sign of one statement turned round.)
    // A sentence listed under a prohibition ("## Banned materials": "- PVC, vinyl …") is itself
    // denied: a claim that denies it ("never put PVC in it") says the same.
    if (claimNeg.size && !sentNeg.size && [...(best.context ?? [])].some((t) => FORBIDDING.has(t))) continue;
    // What a sentence sets aside after ", not" is denied only as what the sentence says it is not:
    // "the aim is a light bag, not a heavy kit bag that would slow you down" does not deny that a
    // heavy kit bag slows you down.
    if (!claimNeg.size && setAside(best.sentence).some((x) => x.after.some((w) => claimContent.has(termOf(w))))) continue;
    const swapped = claimNeg.size > 0 && sentNeg.size > 0 && deniedByClaim && deniedBySource;
    // (Or where what the source denies is most of what the claim says: "We cannot accept student
    // cards, bus passes or expired passports" against "a student card is acceptable photo ID".)
    const idf = (t: string) => (corpus.index.has(t) ? corpus.index.idf(t) : 0);
    const claimWeight = [...claimContent].reduce((sum, t) => sum + idf(t), 0);
    const deniedTerms = [...sentNeg].filter((t) => claimSays(t) && !claimNeg.has(t));
    const deniedWeight = deniedTerms.reduce((sum, t) => sum + idf(t), 0);
    // (A statement, not a word or two: "there is a break at half past eight" says one thing of
    // "break", which no sentence that denies a break somewhere contradicts.)
    const mostlyDenied = !claimNeg.size && deniedBySource && best.alignment >= SWAP_ALIGNED && statementTerms.size >= MIN_STATEMENT_WORDS && deniedTerms.length >= 2 && claimWeight > 0 && deniedWeight / claimWeight >= MOSTLY_DENIED;
    // (One word in common is no statement denied: "there is a break at half past eight" is not
    // denied by a sentence that says a bruise does not break the skin.)
    const denied = (!claimNeg.size || !sentNeg.size) && statementTerms.size >= 2 ? ((deniedByClaim || deniedBySource) && best.alignment >= CLOSE) || mostlyDenied : false;
    if (swapped || denied) {
      return contradicted('negation', deniedByClaim ? 'The claim denies what the source states.' : 'The source denies what the claim states.', best);
    }
  }
  // A word the source names only to set it aside, after ", not": "Requests go to the independent
  // member, not the director" contradicts "ask the director for feedback". (Said of what the claim
  // speaks of: the sentence is aligned with the claim, and says the word nowhere else.)
  {
    const claimNeg = negatedTerms(claim);
    const claimContent = new Set(claimWords.filter((w) => !STOPWORDS.has(w)).map(termOf).filter((t) => !claimNeg.has(t)));
    // (As above, a sentence that says the claim closely, and better aligned, outranks one that
    // sets part of it aside: the price list's "Popcorn, regular tub; Price: £2.50; Member price:
    // £2.25" against a membership page's "…pay the under-18 price, not the member price".)
    const closest = aligned[0];
    const saidClosely = !!closest && closest.alignment >= CLOSE && !closest.denies && !negatedTerms(closest.sentence).size && !setAside(closest.sentence).length;
    for (const a of aligned.filter((x) => x.alignment >= ALIGNED)) {
      if (!aboutTheSame(a)) continue;
      if (saidClosely && a !== closest && a.alignment < closest.alignment) continue;
      // (Not where the claim says what the source goes on to say of it: "not a bulky upper body
      // that would slow you down" is what "a bulky upper body will only slow you down" says too.)
      const set = setAside(a.sentence)
        .filter((x) => !x.after.some((w) => claimContent.has(termOf(w))))
        .flatMap((x) => x.words)
        .filter((w) => claimContent.has(termOf(w)));
      const elsewhere = new Set(words(a.sentence.replace(SET_ASIDE, ' ')).map(termOf));
      const word = set.find((w) => !elsewhere.has(termOf(w)));
      // (…and only where the claim says what the sentence denies of it, not merely the words set
      // aside: "but not at children's sessions", of young volunteers, says nothing of how many
      // children a session takes.)
      const saysTheRest = !setAside(a.sentence).some((x) => x.reached) || [...claimContent].filter((t) => elsewhere.has(t)).length >= SET_ASIDE_CONTEXT;
      if (word && saysTheRest) return contradicted('negation', `The source sets "${word}" aside.`, a);
    }
  }
  // A thing the sources name only to deny it ("We do not have a lift."), said by the claim to be
  // there: "guests who cannot manage stairs can use the lift to reach the upper floors".
  const denial = onlyDenied(claim, claimWords, aligned, corpus);
  if (denial && !claimModal.conditional && !claimModal.forbids) return contradicted('negation', `The sources name "${denial.word}" only to deny it.`, denial.at);
  // …and the other way round: a thing the claim says is not there ("There is no defibrillator at
  // the shop") that every source sentence naming it says is ("A public defibrillator is mounted on
  // the outside wall").
  const present = onlyAffirmed(claim, aligned, corpus);
  if (present) return contradicted('negation', `The claim says there is no "${present.word}"; the source says there is.`, present.at);
  // A rule said the same way in other words: "mains-fed sprinklers are not permitted at any
  // time" against "sprinklers fed from the mains are banned at all times". The rule's own words
  // aside, the sentence must say nearly all the claim (and its figures must agree).
  if ((claimModal.forbids || claimModal.obliges) && (!claimed.length || figuresAgree)) {
    const rest = claimWords.filter((w) => !STOPWORDS.has(w) && !RULE_WORDS.has(w) && !LEXICON.negations.has(w)).map(termOf);
    const weight = (t: string) => (corpus.index.has(t) ? corpus.index.idf(t) : corpus.index.maxIdf());
    const total = [...new Set(rest)].reduce((sum, t) => sum + weight(t), 0);
    for (const a of aligned.filter((x) => x.alignment >= ALIGNED).slice(0, 3)) {
      if (!total || !aboutTheSame(a)) continue;
      const src = ruleSaidOf(a.sentence, claimStems);
      if (!((claimModal.forbids && src.forbids) || (claimModal.obliges && src.obliges))) continue;
      const ts = new Set(words(a.sentence).map(termOf));
      const got = [...new Set(rest)].reduce((sum, t) => sum + (ts.has(t) ? weight(t) : a.context?.has(t) ? CONTEXT_CREDIT * weight(t) : 0), 0);
      if (got / total >= CLOSE) {
        return { verdict: 'supported', rule: 'negation', note: claimModal.forbids ? 'The source forbids it too.' : 'The source requires it too.', passage: a.passage, sentence: a.sentence };
      }
    }
  }
  return figuresAgree;
}

/** The unit class of people counted ("40 people", "12 volunteers"). */
const PEOPLE = 'subjects';

/** A figure that counts things or people ("186 seats", "40 people"), whatever it counts. */
function countLike(q: Quantity): boolean {
  return !!q.counted || q.unit === PEOPLE;
}

/** Least number of a claim's words that a sentence setting something aside past a "but" or a preposition must say besides it. */
const SET_ASIDE_CONTEXT = 3;

/**
 * ", not the director", ", but not on the observing field": what a sentence sets aside, up to two
 * content words after the words that lead to them (a preposition, a determiner).
 */
const SET_ASIDE = /,\s{1,3}(?:but\s{1,3})?not\s{1,3}((?:[\p{L}'\u2019-]{1,40}\s{0,3}){1,5})/gu;

/** The terms of the days the calendar words among some words name ("weekdays": Monday to Friday; lexicon `calendar`). */
function calendarDays(ws: readonly string[]): string[] {
  return ws.flatMap((w) => LEXICON.calendar.get(w) ?? []).map(termOf);
}

/** The content words a sentence sets aside after ", not" (or ", but not"), with those the rest of its clause says. */
function setAside(sentence: string): { words: string[]; after: string[]; reached: boolean }[] {
  const content = (text: string) => words(text).filter((w) => !STOPWORDS.has(w) && !LEXICON.negations.has(w));
  return [...sentence.matchAll(SET_ASIDE)].map((m) => {
    const ws = words(m[1]);
    let from = 0;
    while (from < ws.length && STOPWORDS.has(ws[from])) from++;
    let to = from;
    while (to < ws.length && to < from + 2 && !STOPWORDS.has(ws[to]) && !LEXICON.negations.has(ws[to])) to++;
    const aside = ws.slice(from, to);
    // (The clause goes on after the words set aside: "not a bulky upper body that would slow you down".)
    const rest = ws.slice(to).join(' ') + sentence.slice((m.index ?? 0) + m[0].length);
    // (Reached past a "but" or a preposition: a looser reading, held to more of the claim above.)
    const reached = /^,\s*but/.test(m[0]) || ws.slice(0, from).some((w) => !LEXICON.determiners.has(w));
    return { words: aside, after: content(rest.split(CLAUSE_BREAK)[0]), reached };
  });
}

/**
 * Does a sentence take the claim's case out of what its word says: "We are open all year except
 * from 23 to 27 December" says nothing of being open on the claim's 23 to 27 December. The
 * claim's figures all follow the word, after one of the lexicon's exceptions.
 */
function exceptsClaim(sentence: string, word: string, claim: string): boolean {
  const figures = quantities(claim);
  if (!figures.length) return false;
  const ws = wordsAt(normalize(sentence));
  const at = ws.findIndex((x) => x.word === word);
  if (at < 0) return false;
  const cut = ws.findIndex((_, i) => i > at && LEXICON.exceptions.some((p) => p.every((e, k) => ws[i + k]?.word === e)));
  if (cut < 0) return false;
  const after = quantities(sentence).filter((q) => q.index >= ws[cut].at);
  return figures.every((c) => after.some((q) => agrees(c, q) && agrees(q, c)));
}

/** The figure rule's finding where a source sentence gives the claim's figure as it is. */
function sameFigure(cq: Quantity, at: { passage: Passage; sentence: string }): RuleFinding {
  return { verdict: 'supported', rule: 'figure', note: `The source gives the same figure (${said(cq)}).`, passage: at.passage, sentence: at.sentence };
}

/** Does a sentence point back to what the sentence before it named ("The group keeps none of it")? */
function pointsBack(sentence: string): boolean {
  return words(sentence).some((w) => LEXICON.anaphora.has(w));
}

/** A figure written with no number ("every year", "a minute's walk"): one only by its article or its "every". */
function numberless(q: Quantity): boolean {
  return !/\d/.test(q.text) && !words(q.text).some((w) => (LEXICON.numberWords.has(w) && w !== 'a' && w !== 'an') || LEXICON.multiples.has(w));
}

/** The first sentence of the list item an aligned sentence is a later sentence of, if it is one. */
function itemLead(a: AlignedSentence, corpus: Corpus): string | undefined {
  return sourceSentences(a.passage, corpus).find((x) => x.text === a.sentence)?.lead;
}

/** The sentence before an aligned sentence in its passage, if any. */
function sentenceBefore(a: AlignedSentence, corpus: Corpus): string | undefined {
  const all = sourceSentences(a.passage, corpus);
  const at = all.findIndex((x) => x.text === a.sentence);
  return at > 0 ? all[at - 1].text : undefined;
}

/** Least share of a claim's other words (by weight) a row must hold to have the claim said of it. */
const ROW_SAID = 0.5;

/** A table row's first column and the value that names the row ("Site: Eastbrook Library; …"). */
function rowCells(sentence: string): { key: string; name: string } | undefined {
  const name = tableRowName(sentence);
  return name ? { key: sentence.slice(0, sentence.indexOf(':')).trim().toLowerCase(), name } : undefined;
}

/**
 * A claim that says what one row of a table says, of another row it names: the aligned row does
 * not name what the claim names, a row of the same table does, and the claim's other words are
 * clearly more the aligned row's than its own row's (the column names, in every row, count alike).
 */
function rowSwap(text: string, against: readonly AlignedSentence[], all: readonly AlignedSentence[], corpus: Corpus): { claimed: string; source: string; at: AlignedSentence } | undefined {
  const content = (t: string) => new Set(words(t).filter((w) => !STOPWORDS.has(w)).map(termOf));
  const said = content(text);
  // (The days a calendar word names name their row: "on weekdays" the "Monday to Friday" row. They
  // name it only: they are no more of what the claim says of it.)
  const naming = new Set([...said, ...calendarDays(words(text))]);
  const saidWords = words(text).map(termOf);
  // A row named by figures alone ("Under 5") is named where its words are said together: a claim
  // of several figures says "5" of another row ("children aged 5 to 16").
  const names = (name: string, terms: ReadonlySet<string>) =>
    terms.size > 0 && [...terms].every((t) => naming.has(t)) && ([...terms].some((t) => !/^\d/.test(t)) || containsRun(saidWords, words(name).map(termOf)));
  const weight = (t: string) => (corpus.index.has(t) ? corpus.index.idf(t) : 0);
  for (const a of against) {
    const cells = rowCells(a.sentence);
    if (!cells) continue;
    const nameTerms = content(cells.name);
    if (!nameTerms.size || names(cells.name, nameTerms)) continue;
    const own = sourceSentences(a.passage, corpus).find((s) => {
      const other = rowCells(s.text);
      if (!other || other.key !== cells.key || other.name === cells.name) return false;
      return names(other.name, content(other.name));
    });
    if (!own) continue;
    const ownName = rowCells(own.text)!.name;
    const ownTerms = content(ownName);
    const rest = [...said].filter((t) => !ownTerms.has(t) && !nameTerms.has(t));
    const score = (sentence: string) => {
      const terms = content(sentence);
      return rest.reduce((sum, t) => sum + (terms.has(t) ? weight(t) : 0), 0);
    };
    // (And most of them: "a welcome evening, held at 7pm on the first Monday … in the Green Room,
    // where you can meet the committee" shares "first" and "meet" with the Loft Room's row.)
    const here = score(a.sentence);
    const total = rest.reduce((sum, t) => sum + weight(t), 0);
    // A sentence outside the table that says as much of the claim as the row, of the claim's own
    // row name, is where the claim comes from: "Associate members can rent a small locker for £3 a
    // month" beside the Full row's "Storage: One small locker".
    if (all.some((x) => !rowCells(x.sentence) && [...ownTerms].every((t) => content(x.sentence).has(t)) && score(x.sentence) >= here)) continue;
    if (here > 0 && here >= ROW_SAID * total && here >= CLEARLY * score(own.text)) return { claimed: ownName, source: cells.name, at: a };
  }
  return undefined;
}

/** Bound phrases that hold a negation ("no more than", "not less than"): they bound a figure and deny nothing. */
const NEGATED_BOUNDS = new RegExp(
  String.raw`\b(?:${LEXICON.figureBounds.map(([p]) => p).filter((p) => p.split(' ').some((w) => LEXICON.negations.has(w))).map((p) => p.replace(/ /g, String.raw`\s+`)).join('|') || '(?!)'})\b`,
  'gi',
);

/**
 * A text's words as a rule reads them: a bound that holds a negation ("never more than 10
 * children", "no more than two") bounds a figure and forbids nothing.
 */
function ruleWords(text: string): string[] {
  return words(text.replace(NEGATED_BOUNDS, ' '));
}

/** One-word prohibitions ("banned", "never") and negations, as terms: a heading that holds one forbids what it lists. */
const FORBIDDING = new Set([...LEXICON.modality.forbids.filter((p) => p.length === 1).map((p) => termOf(p[0])), ...[...LEXICON.negations].map(termOf)]);

/** The verb a claim's modal of permission governs and what it is done to ("you can leave the laser…" → leave, laser), unless it is denied. */
function allowedAct(ws: readonly string[]): { verb: string; object: string } | undefined {
  const at = ws.findIndex((w) => LEXICON.modality.allowsAct.some((p) => p.length === 1 && p[0] === w));
  const verb = at >= 0 ? ws[at + 1] : undefined;
  if (!verb || STOPWORDS.has(verb) || LEXICON.negations.has(verb)) return undefined;
  const object = ws.slice(at + 2, at + 2 + ACT_REACH + 1).find((w) => !STOPWORDS.has(w));
  return object ? { verb: termOf(verb), object: termOf(object) } : undefined;
}

/** Does a sentence forbid an act by name ("never leave a running laser", "do not leave it")? */
function forbidsAct(ws: readonly string[], act: string): boolean {
  for (const p of LEXICON.modality.forbids) {
    for (let i = 0; i + p.length < ws.length; i++) {
      if (!p.every((w, k) => ws[i + k] === w)) continue;
      if (ws.slice(i + p.length, i + p.length + ACT_REACH).some((w) => termOf(w) === act)) return true;
    }
  }
  return false;
}
/** How far past a forbidding phrase its act is named ("must not ever leave"). */
const ACT_REACH = 2;

/** The words of the lexicon's rule phrases ("must", "not", "permitted"…): what a rule says beside its subject. */
const RULE_WORDS = new Set(Object.values(LEXICON.modality).flatMap((phrases) => phrases.flat()));

/**
 * What a source sentence obliges, forbids, leaves optional or allows, read only in its clauses
 * that say something of the claim: in "If you have not belayed here for six months, you must
 * take the check again" the obligation is the check's, not belaying's.
 */
function ruleSaidOf(sentence: string, claimStems: ReadonlySet<string>): ReturnType<typeof modalityOf> {
  const out = { obliges: false, forbids: false, optional: false, allows: false, conditional: false };
  // A table row's yes-or-no column answers the rule its heading asks: "Allowed at the club?: No"
  // forbids, "Required?: No" leaves it optional, "Yes, after a check" allows on a condition.
  const answered = answeredRules(sentence);
  for (const { c, answer, m } of answered) {
    if (answer === 'no') {
      out.forbids ||= m.allows;
      out.optional ||= m.obliges;
    } else {
      out.allows ||= m.allows;
      out.obliges ||= m.obliges;
      out.conditional ||= (m.allows || m.obliges) && words(c.value).length > 1;
    }
  }
  if (answered.length) return out;
  // A row's cell under a heading that states a rule states it of what the cell lists: "What we
  // cannot take: microwave ovens, fridges…" forbids microwave ovens.
  const cells = rowCells(sentence) ? cellsOf(sentence) : [];
  for (const c of cells) {
    if (!words(c.value).some((w) => !STOPWORDS.has(w) && claimStems.has(termOf(w)))) continue;
    const m = modalityOf(ruleWords(c.key), true);
    out.obliges ||= m.obliges;
    out.forbids ||= m.forbids;
    out.optional ||= m.optional;
    out.allows ||= m.allows;
  }
  for (const clause of sentence.split(CLAUSE_SPLIT)) {
    const ws = words(clause);
    if (!ws.some((w) => !STOPWORDS.has(w) && claimStems.has(termOf(w)))) continue;
    const m = modalityOf(ruleWords(clause), true);
    out.obliges ||= m.obliges;
    out.forbids ||= m.forbids;
    out.optional ||= m.optional;
    out.allows ||= m.allows;
    out.conditional ||= m.conditional;
  }
  return out;
}

/** A table row's cells that answer a rule its column heading states, yes or no ("Allowed at the club?: No"). */
function answeredRules(sentence: string): { c: { key: string; value: string }; answer: string; m: ReturnType<typeof modalityOf> }[] {
  if (!rowCells(sentence)) return [];
  return cellsOf(sentence)
    .map((c) => ({ c, answer: words(c.value)[0] ?? '', m: modalityOf(ruleWords(c.key), true) }))
    .filter((x) => (x.answer === 'yes' || x.answer === 'no') && (x.m.allows || x.m.obliges));
}

/** The words of a text before the first condition it sets ("as long as", "provided"), or undefined where it sets none. */
function beforeCondition(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  const ws = wordsAt(lower);
  for (let i = 1; i < ws.length; i++) {
    if (LEXICON.modality.conditional.some((p) => p.every((w, k) => ws[i + k]?.word === w))) return text.slice(0, ws[i].at);
  }
  return undefined;
}

/** Does a text allow something ("may", "allowed", "free to"), unrestricted? */
export function grantsPermission(text: string): boolean {
  return modalityOf(ruleWords(text)).allows;
}

/** Members a claim names that a list could hold: a short noun phrase. */
const MAX_MEMBER_WORDS = 4;

/**
 * "X is one of the Y" against a sentence that names Y and lists its members after a colon:
 * supported when X is in the list, contradicted when the sentence does not name X at all.
 */
function listedMembership(claim: string, aligned: readonly AlignedSentence[], corpus: Corpus): RuleFinding | undefined {
  // Each word with the clause it stands in: "In the four-year rotation, the brassica bed includes
  // …" names the group in the clause of "includes", not in the framing phrase before it.
  const placed = claim.split(CLAUSE_SPLIT).flatMap((clause, c) => words(clause).map((w) => ({ w, c })));
  const claimWords = placed.map((x) => x.w);
  for (const phrase of LEXICON.membership) {
    const run = words(phrase);
    const at = claimWords.findIndex((_, i) => run.every((w, k) => claimWords[i + k] === w));
    if (at < 0) continue;
    const clause = placed[at].c;
    const groupFirst = LEXICON.membershipGroupFirst.has(phrase);
    const before = placed.slice(0, at).filter((x) => x.c === clause).map((x) => x.w);
    // A list of members runs on past its commas ("includes cabbage, kale and leeks").
    const after = placed.slice(at + run.length).filter((x) => groupFirst || x.c === clause).map((x) => x.w);
    const content = (ws: readonly string[]) => [...new Set(ws.filter((w) => !STOPWORDS.has(w) && !LEXICON.numberWords.has(w) && !/\d/.test(w)).map(termOf))];
    const memberWords = groupFirst ? after : before;
    const members = content(memberWords);
    const group = content(groupFirst ? before : after);
    if (!members.length || members.length > MAX_MEMBER_WORDS || !group.length) return undefined;
    // The group is named by its most specific word ("brassica", not "bed").
    const key = group.reduce((a, b) => (corpus.index.idf(b) > corpus.index.idf(a) ? b : a));
    const said = (ws: readonly string[]) => ws.filter((w) => !STOPWORDS.has(w) && !LEXICON.numberWords.has(w)).join(' ');
    const [member, of] = groupFirst ? [said(after), said(before)] : [said(before), said(after)];
    const lists = aligned.flatMap((a) => {
      // A list: at least three items after a colon ("a, b and c").
      if (!listsAfterColon(a.sentence)) return [];
      const colon = a.sentence.indexOf(':');
      const list = a.sentence.slice(colon + 1);
      return [{ a, head: new Set(words(a.sentence.slice(0, colon)).map(termOf)), items: new Set(words(list).map(termOf)) }];
    });
    // A page's lists under headings ("## Allowed materials", "## Banned materials"): the member
    // listed under the heading that names the claim's group best is listed in it; listed only
    // under another, it is the wrong member.
    const headed = headedLists(aligned, corpus);
    const groupTerms = group.filter((t) => corpus.index.has(t));
    const overlap = (l: HeadedList) => groupTerms.filter((t) => l.head.has(t)).length;
    const holding = headed.filter((l) => l.items.some((item) => members.every((t) => item.terms.has(t))));
    const best = Math.max(0, ...headed.map(overlap));
    const bestLists = headed.filter((l) => overlap(l) === best);
    if (holding.length && best > 0) {
      const within = holding.find((l) => overlap(l) === best);
      const item = (l: HeadedList) => l.items.find((x) => members.every((t) => x.terms.has(t)))!.line;
      if (within && bestLists.length === 1) {
        return { verdict: 'supported', rule: 'membership', note: `The source lists “${listItemName(item(within))}” under "${within.title}".`, passage: within.passage, sentence: item(within) };
      }
      if (!within && bestLists.length === 1) {
        const l = holding[0];
        return contradicted('membership', `The source lists “${listItemName(item(l))}” under "${l.title}", not under "${bestLists[0].title}".`, { passage: l.passage, sentence: item(l) });
      }
    }
    // A group the claim counts ("one of the 14 major allergens"), listed whole under the heading
    // that names it, with as many items, and the member not among them: the list is closed.
    const counted = (groupFirst ? before : after).map((w) => LEXICON.numberWords.get(w) ?? (/^\d+$/.test(w) ? Number(w) : undefined)).find((n) => n !== undefined);
    // (Each member the claim names is looked for on its own: "sesame and mustard are both among
    // the 14 allergens" are two items.)
    const missing = members.filter((t) => !bestLists[0]?.items.some((x) => x.terms.has(t)));
    if (!holding.length && best > 0 && bestLists.length === 1 && counted !== undefined && bestLists[0].items.length === counted && missing.length) {
      const l = bestLists[0];
      // (Quoted by the sentence that opens the list, or its heading.)
      const opens = sentences(l.passage.text).find((x) => !isListItem(x)) ?? l.title;
      const absent = memberWords.filter((w) => missing.includes(termOf(w))).join(' ');
      return contradicted('membership', `The source lists the ${counted} ${l.title.replace(/^(?:the\s+)?\d+\s+/i, '')} without ${absent}.`, { passage: l.passage, sentence: opens });
    }
    for (const { a, head, items } of lists) {
      if (!head.has(key) || !group.filter((t) => corpus.index.has(t)).some((t) => head.has(t))) continue;
      if (members.every((t) => items.has(t))) {
        return { verdict: 'supported', rule: 'membership', note: `The source lists the ${member} among the ${of}.`, passage: a.passage, sentence: a.sentence };
      }
      const inSentence = new Set(words(a.sentence).map(termOf));
      if (!members.some((t) => inSentence.has(t))) return contradicted('membership', `The source lists the ${of} without the ${member}.`, a);
      // Some of the claim's members listed, and another listed under another group: the wrong
      // member ("cabbage, kale and leeks" where leeks are listed with the onions).
      const strays = members.filter((t) => !items.has(t));
      const elsewhere = lists.find((l) => l.a.sentence !== a.sentence && strays.every((t) => l.items.has(t)));
      if (elsewhere) {
        const stray = memberWords.filter((w) => strays.includes(termOf(w))).join(' and ');
        return contradicted('membership', `The source lists the ${stray} elsewhere, not among the ${of}.`, a);
      }
    }
    return undefined;
  }
  return undefined;
}

interface HeadedList {
  passage: Passage;
  title: string;
  head: ReadonlySet<string>;
  items: { line: string; terms: ReadonlySet<string> }[];
}

/** Most list sections of one page read for a claim (a page has a handful of headings). */
const MAX_HEADED_LISTS = 24;

/**
 * The list sections of the pages the aligned sentences come from: a chunk under its own heading
 * whose lines are list items, with the heading's words.
 */
function headedLists(aligned: readonly AlignedSentence[], corpus: Corpus): HeadedList[] {
  const out: HeadedList[] = [];
  const seen = new Set<string>();
  for (const a of aligned) {
    if (a.passage.kind !== 'document') continue;
    const page = a.passage.id.slice(0, a.passage.id.lastIndexOf('#'));
    if (seen.has(page)) continue;
    seen.add(page);
    const at = corpus.position(a.passage.id) ?? 0;
    // The page's chunks stand together in the corpus.
    let first = at;
    while (first > 0 && corpus.passages[first - 1].id.startsWith(`${page}#`)) first--;
    for (let i = first; i < corpus.passages.length && out.length < MAX_HEADED_LISTS && corpus.passages[i].id.startsWith(`${page}#`); i++) {
      const p = corpus.passages[i];
      const lines = listItems(p.text);
      if (lines.length < 2) continue;
      out.push({ passage: p, title: p.title, head: new Set(words(p.title).map(termOf)), items: lines.map((line) => ({ line: line.trim(), terms: new Set(words(line).map(termOf)) })) });
    }
  }
  return out;
}

/** Passages whose whole text holds most of the claim (a fact may span two of its sentences). */
function passagesAbout(claim: string, corpus: Corpus): Set<string> {
  const { q, weights, says } = claimTerms(claim, corpus);
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const out = new Set<string>();
  if (!total) return out;
  for (const r of retrieve(q, corpus, 8).ranked) {
    const ts = new Set(words(r.passage.text).map(termOf));
    let got = 0;
    for (const [t, w] of weights) if (says(ts, t)) got += w;
    if (got / total >= PASSAGE_ALIGNED) out.add(r.passage.id);
  }
  return out;
}

/** The clauses of a claim of several clauses; none for a one-clause claim. */
function clausesIn(claim: string): string[] {
  const parts = claim.split(CLAUSE_SPLIT).map((c) => c.trim()).filter(Boolean);
  // A relative clause ("…their handover lesson, which lasted about 25 minutes") is read with the
  // clause it speaks of.
  // …and so is a condition with the clause it sets the terms of ("If you lose a borrowed score,
  // the choir charges you £10").
  const joined: string[] = [];
  let pending = '';
  for (const p of parts) {
    const first = words(p)[0] ?? '';
    if (joined.length && !pending && LEXICON.relativePronouns.has(first)) joined[joined.length - 1] += `, ${p}`;
    else if (LEXICON.subordinators.has(first)) pending += `${p}, `;
    else (joined.push(pending + p), (pending = ''));
  }
  if (pending) joined.push(pending.replace(/, $/, ''));
  const clauses = joined.flatMap(splitFigures).map((c) => c.trim()).filter(Boolean);
  return clauses.length < 2 ? [] : clauses;
}

/** Does a claim make more than one statement (a clause break, or a conjunction that may join two)? */
export function saysSeveral(claim: string): boolean {
  return CLAUSE_SPLIT.test(claim) || JOINED.test(claim);
}

/** A conjunction that may join two statements. */
/** Words that join one statement to another. */
const JOIN_WORDS = new Set(['and', 'but', 'whereas', 'while', 'although']);
const JOINS = new RegExp(String.raw`\s(?:${[...JOIN_WORDS].join('|')})\s`, 'g');
/** The same, for a test (a global regex keeps its place between tests). */
const JOINED = new RegExp(JOINS.source);

/**
 * A clause joined to another by "and" or "but", each with its own figure, is two statements:
 * "dogs stay on the lead for 10 days and cats stay indoors for 5 days". (Without a figure on
 * both sides the "and" may join two nouns: "the calves and hamstrings".)
 */
function splitFigures(clause: string): string[] {
  for (const m of clause.matchAll(JOINS)) {
    const left = clause.slice(0, m.index);
    const right = clause.slice((m.index ?? 0) + m[0].length);
    if (quantities(left).length && quantities(right).length && !/^\s*\d/.test(right)) return [left, ...splitFigures(right)];
  }
  return [clause];
}

/** The one statement of a sentence of several that shares most content words with a claim (none on a tie). */
function closestClause(sentence: string, claimStems: ReadonlySet<string>): string | undefined {
  const shared = clausesOf(sentence).map((c) => ({ c, n: new Set(words(c).filter((w) => !STOPWORDS.has(w)).map(termOf).filter((t) => claimStems.has(t))).size }));
  shared.sort((x, y) => y.n - x.n);
  return shared.length >= 2 && shared[0].n > shared[1].n ? shared[0].c : undefined;
}

/**
 * The noun a figure of a unit stands before and so measures ("0.4 mm nozzles": nozzle), as a
 * term; none where a word of another kind follows ("10 minutes after", "£38 a month").
 */
function measuredNoun(claim: string, q: Quantity, right = false): string | undefined {
  if (q.counted) return undefined;
  // (With `right`, only the word right after it, or after a possessive's mark: "two weeks'
  // notice", not past a comma. Otherwise the next word, wherever it is: a claim's figure followed
  // by no word of the sentence it is set against is left unjudged.)
  const after = normalize(claim).slice(q.index + q.text.length, q.index + q.text.length + 60);
  const next = right ? /^['\u2019]?s?\s{1,3}(\p{L}[\p{L}'-]*)/u.exec(after)?.[1] : words(after)[0];
  if (!next || STOPWORDS.has(next) || LEXICON.units.has(next) || !/^\p{L}/u.test(next) || !LEXICON.isWord(next) || !LEXICON.isNoun(next)) return undefined;
  return termOf(next);
}

/**
 * Is a source sentence about another case than the claim: does it name another member of a set
 * of exclusive cases (a month, a season, a weekday; lexicon exclusiveSets), and not the claim's?
 * "April to May: treat if … more than 5 mites" says nothing of June to August.
 */
function otherCase(claim: string, a: { sentence: string; context?: ReadonlySet<string> }, figure?: Quantity): boolean {
  // (A date's month is its figure, not its case: "starts on 1 January" is set against "from 1 September".)
  // (Not a day of the week, which is the case: "Thursday mornings" for fruit is no "Friday mornings" for drivers.)
  const own = new Set(figure && (figure.unit === 'date' || figure.unit === 'month') ? words(figure.text) : []);
  const mine = new Set(words(claim).filter((w) => !own.has(w)).map(caseWord));
  // (A sentence's context is held as terms, "octob" for October: read back to its case.)
  const theirs = new Set([...words(a.sentence).map(caseWord), ...[...(a.context ?? [])].map((t) => CASE_OF_TERM.get(t) ?? t)]);
  for (const members of EXCLUSIVE_CASES) {
    const claimed = members.filter((m) => mine.has(m));
    if (claimed.length && !claimed.some((m) => theirs.has(m)) && members.some((m) => theirs.has(m))) return true;
  }
  return false;
}

const MIN_CASE_STATEMENT_WORDS = 3;

/** The two statements a conjunction joins when each names its own case of one set ("raw fish on red boards and raw meat on blue ones"). */
function splitCases(claim: string): string[] {
  const cases = (text: string) => new Set(words(text).flatMap((w) => EXCLUSIVE_CASES.flatMap((members, k) => (members.includes(caseWord(w)) || members.includes(caseWord(w.replace(/s$/, ''))) ? [k] : []))));
  for (const m of claim.matchAll(JOINS)) {
    const left = claim.slice(0, m.index);
    const right = claim.slice((m.index ?? 0) + m[0].length);
    const mine = cases(left);
    // Each side a statement of its own, its case and two words of what it is about: "between
    // June and August" is one range.
    const statement = (text: string) => words(text).filter((w) => !STOPWORDS.has(w)).length >= MIN_CASE_STATEMENT_WORDS;
    if (statement(left) && statement(right) && [...cases(right)].some((k) => mine.has(k))) return [left, right];
  }
  return [];
}

const RANGE_JOINS = [' to ', ' until ', ' through ', '-', '\u2013', ' - ', ' \u2013 '];
/** Does a text join two of these words as a range ("Monday to Friday", "March–October")? */
function joinedAsRange(text: string, cases: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return cases.some((x) => cases.some((y) => x !== y && RANGE_JOINS.some((join) => lower.includes(`${x}${join}${y}`))));
}
/** Least share of a claim's other content words (by weight) the sentence must say for a case swap. */
const CASE_SWAP_SAID = 0.5;

/** The claim's member of an exclusive set and the other member the aligned sentence names instead, if any. */
function caseSwap(claimWords: readonly string[], a: AlignedSentence, aligned: readonly AlignedSentence[], corpus: Corpus, namedRow = false): { claimed: string; source: string } | undefined {
  const sentenceWords = words(a.sentence);
  for (const members of EXCLUSIVE_CASES) {
    // (A weekday in the plural is the same case: "on Sundays"; so is a plural the set lists too,
    // "weekends" of "every bank holiday weekend".)
    const member = (w: string) => {
      const found = [caseWord(w), caseWord(w.replace(/s$/, ''))].find((x) => members.includes(x));
      return found === undefined ? undefined : members.find((m) => termOf(m) === termOf(found));
    };
    const mine = [...new Set(claimWords.map(member).filter((w) => w !== undefined))];
    const theirs = [...new Set(sentenceWords.map(member).filter((w) => w !== undefined))];
    // (A row the claim names may list its cases, "Monday and Thursday": the claim's, none of
    // them, is another case. Not a range: "Monday to Friday" holds Tuesday.)
    const listed = namedRow && mine.length >= 1 && theirs.length >= 1 && !mine.some((m) => theirs.includes(m)) && !joinedAsRange(a.sentence, sentenceWords.filter((w) => member(w) !== undefined));
    if (!listed && (mine.length !== 1 || theirs.length !== 1 || mine[0] === theirs[0])) continue;
    // What else the claim says: its content words that are no member of the set.
    const setWords = new Set(claimWords.filter((w) => member(w) !== undefined));
    const rest = [...new Set(claimWords.filter((w) => !STOPWORDS.has(w) && !setWords.has(w) && !/\d/.test(w)).map(termOf))];
    const weight = (t: string) => (corpus.index.has(t) ? corpus.index.idf(t) : 0);
    const total = rest.reduce((sum, t) => sum + weight(t), 0);
    // (What a sentence says of the one before counts as its own: "Yes, at the final Saturday
    // matinee" offers what the question asked.)
    const says = (x: AlignedSentence) => {
      const ts = x.terms ?? new Set(words(x.sentence).map(termOf));
      return rest.filter((t) => ts.has(t) || x.context?.has(t));
    };
    const said = says(a);
    // Two of the claim's words at least, in the sentence itself (not only its heading).
    const inSentence = a.terms ?? new Set(sentenceWords.map(termOf));
    // (A table row the claim names by its first cell is about what the claim is about, however
    // few of its other words the row says: "Puppy Foundation classes are held on Sunday mornings"
    // against "Course: Puppy Foundation; Day and start time: Saturday, 9.30am".)
    if (!namedRow && (!total || said.filter((t) => inSentence.has(t)).length < 2 || said.reduce((sum, t) => sum + weight(t), 0) / total < CASE_SWAP_SAID)) continue;
    // The claim's own member named beside the same words elsewhere (in the sentence's context too) is the claim's case.
    if ([...(a.context ?? [])].some((t) => t === termOf(mine[0]))) continue;
    const filledAsClaimed = aligned.some((x) => x !== a && words(x.sentence).map(member).includes(mine[0]) && said.every((t) => says(x).includes(t)));
    if (filledAsClaimed) continue;
    return { claimed: asWritten(claimWords.join(' '), [claimWords.find((w) => member(w) === mine[0]) ?? mine[0]]), source: asWritten(a.sentence, [sentenceWords.find((w) => member(w) === theirs[0]) ?? theirs[0]]) };
  }
  return undefined;
}

/**
 * The claim's best sentence says all of the claim but one word, which a parallel sentence of the
 * same passage says instead: one that shares the claim's frame with it (a word of the claim both
 * say, "meet") but not the words that set the claim's case apart ("Seniors", "Wednesday evenings").
 * No aligned sentence may say the word with those words. Only a name the source writes with a
 * capital ("the Studio", "Hollins Farm"): a common word missing from one sentence is as likely
 * said in other words there.
 */
function crossedAttribute(claim: string, aligned: readonly AlignedSentence[], corpus: Corpus): { claimed: string; other: string; at: AlignedSentence } | undefined {
  const a = aligned[0];
  if (!a || a.alignment < ALIGNED) return undefined;
  const { weights } = claimTerms(claim, corpus);
  const termsOf = (x: { sentence: string; terms?: ReadonlySet<string> }) => x.terms ?? new Set(words(x.sentence).map(termOf));
  const own = termsOf(a);
  const missing = [...weights.keys()].filter((t) => !own.has(t) && !a.context?.has(t) && corpus.index.has(t));
  if (missing.length !== 1) return undefined;
  const [m] = missing;
  // (A day, a month or another member of an exclusive set is the case swap's to judge, and a list
  // under a sentence, "- Tuesday to Friday: 10am to 2pm", is no other case of it.)
  // (Looked up by term: a month is held as its number, "month 1", which no term is.)
  const inSet = (t: string) => CASE_OF_TERM.has(t);
  if (inSet(m)) return undefined;
  const held = [...weights.keys()].filter((t) => t !== m && own.has(t) && !inSet(t));
  if (held.length < MIN_CASE_STATEMENT_WORDS) return undefined;
  for (const b of sourceSentences(a.passage, corpus)) {
    if (b.text === a.sentence || !b.terms.has(m)) continue;
    const frame = held.filter((t) => b.terms.has(t));
    const caseTerms = held.filter((t) => !b.terms.has(t));
    if (!frame.length || !caseTerms.length) continue;
    const written = nameRunsIn(b.text).find((w) => termOf(w.toLowerCase()) === m);
    if (!written) continue;
    if (aligned.some((x) => termsOf(x).has(m) && caseTerms.every((t) => termsOf(x).has(t) || x.context?.has(t)))) return undefined;
    return { claimed: written, other: b.text, at: a };
  }
  return undefined;
}

/** Words a text writes with a capital inside a sentence (not its first word). */
function nameRunsIn(text: string): string[] {
  return [...text.slice(0, MAX_NAME_TEXT).matchAll(/(?<=[\p{L}\d,;)]\s{1,3})\p{Lu}\p{Ll}+/gu)].map((m) => m[0]);
}

/** A month by its number, so that "Sept" is September; any other word as it is. */
function caseWord(w: string): string {
  return LEXICON.months.has(w) && !STOPWORDS.has(w) ? `month ${LEXICON.months.get(w)}` : w;
}
/** The lexicon's exclusive sets in that form, once. */
const EXCLUSIVE_CASES = LEXICON.exclusiveSets.map((set) => [...new Set([...set].map(caseWord))]);
/** An exclusive case by its term ("octob" → "month 10"), for what is held as terms. */
const CASE_OF_TERM = new Map(LEXICON.exclusiveSets.flatMap((set) => [...set].filter((w) => !STOPWORDS.has(w)).map((w) => [termOf(w), caseWord(w)] as const)));

/** The clauses of a claim of several clauses that each make a statement. */
function clausesOf(claim: string): string[] {
  return clausesIn(claim).filter((c) => words(c).filter((w) => !STOPWORDS.has(w)).length >= MIN_STATEMENT_WORDS);
}

/**
 * Does a forbidding source sentence share two words or more with a claim, beyond the rules' own
 * words, once its clauses that state another kind of rule are set aside? "Dogs are never allowed
 * on evening strolls, and a leader may ask an owner to leave" forbids only what its first clause
 * names: the owner a leader may ask to leave is no word of what it forbids. (A list's items, "Never
 * use pen, biro or highlighter", and a clause that states no rule stay with the rule.)
 */
function forbiddingClausesShare(sentence: string, claim: string): boolean {
  const clauses = clausesIn(sentence);
  const otherRule = (c: string) => {
    const m = modalityOf(ruleWords(c));
    return !m.forbids && (m.obliges || m.optional || m.allows);
  };
  const kept = clauses.filter((c) => !otherRule(c));
  if (kept.length === clauses.length) return true;
  const claimed = new Set(words(claim).filter((w) => !STOPWORDS.has(w) && !RULE_WORDS.has(w)).map(termOf));
  return new Set(kept.flatMap((c) => words(c)).filter((w) => !STOPWORDS.has(w) && !RULE_WORDS.has(w) && claimed.has(termOf(w))).map(termOf)).size >= 2;
}

/**
 * The clause of a claim of several clauses that holds a figure, up to a second predicate joined
 * after the figure (see startsPredicate).
 */
function clauseOf(claim: string, q: Quantity): string | undefined {
  for (const clause of clausesIn(claim)) {
    // (Once a week on Mondays is not once a week on Wednesdays.)
    const figure = quantities(clause).find((x) => x.unit === q.unit && x.low === q.low && x.high === q.high && x.per === q.per && x.calendar === q.calendar);
    if (!figure) continue;
    // (The figure as written, found in the clause as written.)
    const at = clause.indexOf(figure.text);
    const from = (at >= 0 ? at : figure.index) + figure.text.length;
    for (const m of clause.slice(from).matchAll(JOINED_PREDICATE)) {
      if (startsPredicate([m[1].toLowerCase(), m[2].toLowerCase()], 0)) return clause.slice(0, from + (m.index ?? 0)).trim();
    }
    return clause;
  }
  return undefined;
}
/**
 * The row of a table that gives another figure of the claim's clause (its key, in another unit)
 * and a different figure of the claimed one's measure, where no row with the key gives the claimed
 * figure. Only rows (a sentence of "Column: value" cells) aligned with the claim.
 */
function keyedRow(claim: string, cq: Quantity, claimed: readonly Quantity[], candidates: readonly AlignedSentence[]): { key: Quantity; figure: Quantity; at: AlignedSentence } | undefined {
  if (cq.calendar) return undefined;
  const clause = clauseOf(claim, cq);
  if (!clause) return undefined;
  // (The key comes first, as a row's name does: "the 150 mm Dobsonian needs a £60 deposit" asks
  // what the 150 mm row gives, not which row gives £60.)
  const inClause = quantities(clause);
  const own = inClause.find((x) => x.unit === cq.unit && x.low === cq.low && x.high === cq.high);
  if (!own) return undefined;
  const keys = inClause.filter((k) => !k.calendar && !k.bound && k.index < own.index && k.unit !== cq.unit && !comparable(k.unit, cq.unit) && claimed.some((c) => c.unit === k.unit && c.low === k.low && c.high === k.high));
  if (keys.length !== 1) return undefined;
  const [key] = keys;
  const rows = candidates.filter((a) => a.alignment >= ALIGNED && rowCells(a.sentence) && quantities(a.sentence).some((q) => q.unit === key.unit && agrees(key, q) && agrees(q, key)));
  if (rows.length !== 1) return undefined;
  const figures = quantities(rows[0].sentence).filter((q) => !q.denied && sameMeasure(q, cq));
  if (figures.length !== 1 || agrees(cq, figures[0])) return undefined;
  return { key, figure: figures[0], at: rows[0] };
}

/** A joining word and the word after it. */
const JOINED_PREDICATE = new RegExp(String.raw`\b(${[...JOIN_WORDS].join('|')})\s+(\p{L}[\p{L}'-]*)`, 'giu');

/**
 * Does a second predicate start at word i: a joining word before a word that is no noun ("…lasted
 * about 25 minutes and finished with a trip through the lock")? What it says is another thing of
 * the subject, not what the figure before it is of.
 */
function startsPredicate(ws: readonly string[], i: number): boolean {
  const next = ws[i + 1];
  return JOIN_WORDS.has(ws[i]) && !!next && !STOPWORDS.has(next) && LEXICON.isWord(next) && !LEXICON.isNoun(next);
}

/** A word as a term, a period's adverb as its period ("monthly" as "month"): what a figure is of, read either way. */
function periodTerm(w: string): string {
  return termOf(LEXICON.calendarRates.adverbs.get(w) ?? w);
}
const PERIOD_TERMS = new Set([...LEXICON.calendarRates.adverbs.values()].map((w) => termOf(w)));

/**
 * Whether a length of time is said before or after something (lexicon relativeTimes: "four weeks
 * before a tour", "48 hours in advance"), placing a point in time rather than measuring a thing.
 */
function placesTime(text: string, q: Quantity): { from: string[]; either?: true } | undefined {
  const { cues, units } = LEXICON.relativeTimes;
  if (!units.has(q.unit)) return undefined;
  // (Up to the clause's end: "Between 7 and 13 days before, we refund half" places it from what
  // the sentence before named.)
  let after = words(text.slice(q.index + q.text.length, q.index + q.text.length + RELATIVE_REACH).split(/[,;:.!?()]/)[0]).slice(0, RELATIVE_WORDS);
  // (A length said to go on, "valid for six months after it is bought", measures a thing; a limit
  // said "within" so long "of" something places it from that: "within 7 days of the round" is said
  // of the time after the round, as "up to fourteen days after the round" is.)
  // (Either way: a plain "within a week" may say the same of the same thing.)
  if (q.span) return q.bound && after[0] === 'of' ? { from: after.slice(1).filter((w) => !STOPWORDS.has(w)).slice(0, RELATIVE_ANCHOR_WORDS), either: true } : undefined;
  // (Past a trailing bound: "14 days or more before the course".)
  const bound = LEXICON.trailingBounds.find(([p]) => p.split(' ').every((x, k) => after[k] === x));
  if (bound) after = after.slice(bound[0].split(' ').length);
  const cue = cues.find((c) => c.every((x, k) => after[k] === x));
  if (!cue) return undefined;
  // What it is placed from: the words after the cue ("the due date", "the tenancy ends"); not
  // said where a pronoun stands for it ("before it starts").
  const from = after.slice(cue.length);
  return { from: LEXICON.anaphora.has(from[0] ?? '') ? [] : from.filter((w) => !STOPWORDS.has(w)).slice(0, RELATIVE_ANCHOR_WORDS) };
}
/** Words after "before" or "after" that say what a length of time is placed from. */
const RELATIVE_ANCHOR_WORDS = 2;
/**
 * Two lengths of time alike in kind: both plain, or both placed from the same thing where each
 * says what ("60 days after the due date" is not "30 days after the tenancy ends").
 */
function placedAlike(a: ReturnType<typeof placesTime>, b: ReturnType<typeof placesTime>): boolean {
  if (!a || !b) return !a === !b || !!(a?.either || b?.either);
  return !a.from.length || !b.from.length || a.from.some((x) => b.from.some((y) => nameAlike(x, y)));
}

/**
 * Two words that can name the same thing: one term, or a sense the lexicon gives one of them (its
 * expansions and equivalents, from any of its forms) that is a form of the other: "departure" for
 * "the ferry leaves" ("departure" shares a sense with "leaving", a form of "leaves").
 */
function nameAlike(x: string, y: string): boolean {
  if (termOf(x) === termOf(y)) return true;
  // (Forms are compared as terms, as the index reads them: "leaves" and "leaving" are one.)
  const forms = (w: string) => new Set([w, ...LEXICON.inflectionsOf(w)].map(termOf));
  const senses = (w: string) => [w, ...LEXICON.inflectionsOf(w)].flatMap((f) => [...LEXICON.expand(f), ...LEXICON.equivalentsOf(f)]).map(termOf);
  const [fx, fy] = [forms(x), forms(y)];
  return senses(x).some((s) => fy.has(s)) || senses(y).some((s) => fx.has(s));
}
/** How far after a length of time its "before" or "in advance" and what follows are read (whole words are kept). */
const RELATIVE_REACH = 200;
const RELATIVE_WORDS = 8;

/** Weekday names and parts of the day, singular and plural. */
const DAY_NAME_WORDS = [...LEXICON.dayNames, ...LEXICON.calendarRates.partsOfDay].flatMap((w) => [w, `${w}s`]);

/** Content words a text says besides its figures' own words: "which works out at roughly 125 square metres" says one. */
function saysBesideFigures(text: string, figureWords: ReadonlySet<string> = new Set(quantities(text).flatMap((q) => words(q.text)))): number {
  return words(text).filter((w) => /^\p{L}/u.test(w) && !STOPWORDS.has(w) && !figureWords.has(w) && !LEXICON.qualifiers.has(w) && !LEXICON.numberWords.has(w)).length;
}
/** Least content words a figure's own clause says for it to say what the figure is of. */
const CLAUSE_SAYS = 2;

/**
 * How much of what a claimed figure is said of a sentence says: the share of the content words
 * of the figure's own clause (the whole claim when it has one) that the sentence holds, each
 * weighed by how specific it is (idf: "moderate", "sprain" over "player") and how near the figure
 * it stands (the nearest say what it is of; "would rather see you hold" further off says less).
 * The figure's own words ("25 percent") and its bound's ("up to") say how much, not of what.
 */
export function figureTopic(claim: string, q: Quantity, corpus: Corpus, withModifiers = false): (sentence: string, context?: ReadonlySet<string>, said?: ReadonlySet<string>) => number {
  // The figure's words, and the words that only say what kind of figure it is ("costs £3").
  // (A ratio's two sides are what it is of: "greens" and "browns" of "one part greens to two parts browns".)
  // (A rate's period is the figure's too: the "day" of "£12 a day" is no topic a sentence's "7
  // days" speaks to.)
  // (…and what a share counts: the "outing" of "one outing in ten" is what "0.15% of outings" is of.)
  const figure = new Set([...words(q.text), ...words(q.boundText ?? ''), ...(q.per ? (LEXICON.unitWords.get(q.per) ?? []) : [])].filter((w) => !q.sides?.includes(termOf(w)) && w !== q.shareOf));
  // (The days a calendar names say when, as its own words do: "on Saturdays" beside "from Tuesday
  // to Friday" is not about what a sentence on "Friday mornings" is about.)
  // (So do the verbs that make a time an edge, as "from" and "until" do: "starts on 1 January".)
  // (…and so do the words the claim's times of day are written in: the "half past" and "o'clock"
  // of "from half past six until eight o'clock" say when, for either time, not what. Not the part
  // of the day said beside them, "Friday mornings", which tells one session from another, nor
  // other figures' words: the "January" of "from 18 December until 6 January", the "feet" of "6
  // sets of 10-15 feet".)
  const otherFigures = quantities(claim).filter((o) => o.unit === 'clock').flatMap((o) => words(o.text));
  const skip = new Set([...figure, ...otherFigures, ...(LEXICON.measureWords.get(q.unit) ?? []), ...(typeof q.calendar === 'string' ? DAY_NAME_WORDS : []), ...(q.edge ? [...LEXICON.timeEdges.startVerbs, ...LEXICON.timeEdges.endVerbs] : [])]);
  // A clause that says little beside its figure ("which works out at roughly 125 square metres")
  // speaks of what the rest of the claim names.
  const own = clauseOf(claim, q);
  const ws = words(own && saysBesideFigures(own, figure) >= CLAUSE_SAYS ? own : claim);
  const at = Math.max(0, ws.findIndex((w) => figure.has(w)));
  // (A question's qualifier is part of a name where the sources write the two words together, in
  // two passages at least, as a name recurs: the "main" of "the 50-metre main pool" is what tells
  // it from "Learner pool: 15 metres".)
  const named = (i: number) => i + 1 < ws.length && corpus.writesSideBySide(ws[i], ws[i + 1], 2);
  // (A hedge, and the "between" that opens a range read as one figure, say how the figure is given,
  // not what it is of: "somewhere between 30 and 35 places". Two times "between 3pm and 6pm" are
  // two figures, each an edge of the period.)
  const hedges = (w: string, i: number) => LEXICON.figureHedges.has(w) || (w === 'between' && i === at - 1 && q.low < q.high);
  const content = ws.map((w, i) => ({ w, i })).filter(({ w, i }) => /^\p{L}/u.test(w) && !STOPWORDS.has(w) && !skip.has(w) && !hedges(w, i) && !LEXICON.numberWords.has(w) && (!LEXICON.qualifiers.has(w) || named(i)));
  const before = content.filter((x) => x.i < at).reverse();
  // A second predicate joined after the figure ("which lasted about 25 minutes and finished with a
  // trip through the lock") says another thing of the subject, not what the figure is of.
  const joinedAt = ws.findIndex((_, i) => i > at && startsPredicate(ws, i));
  const after = content.filter((x) => x.i > at && (joinedAt < 0 || x.i < joinedAt));
  const terms = new Map<string, number>();
  // (With `withModifiers`, a count's own modifiers say what it counts, as its neighbours do: the
  // "parking" of "32 parking spaces" is what "the car park has 32 spaces" is about. Read so only
  // for a sentence that gives the same count: "three committee members" needed for one thing is
  // no other count of committee members for another.)
  const modifiers = withModifiers && q.counted ? words(q.text).filter((w) => /^\p{L}/u.test(w) && !STOPWORDS.has(w) && termOf(w) !== termOf(q.unit) && !LEXICON.numberWords.has(w) && !LEXICON.qualifiers.has(w)) : [];
  for (const w of modifiers) {
    const t = periodTerm(w);
    if (corpus.index.has(t)) terms.set(t, corpus.index.idf(t));
  }
  // (A word that places a length of time is said by any word of its side: "two days ahead" says
  // the "in advance" of "three days in advance".)
  const placing = LEXICON.relativeTimes.units.has(q.unit);
  const sideTerm = (w: string) => (placing && LEXICON.relativeTimes.sideOf.has(w) ? `side:${LEXICON.relativeTimes.sideOf.get(w)}` : undefined);
  for (const side of [before, after]) {
    side.forEach(({ w }, k) => {
      const t = sideTerm(w) ?? periodTerm(w);
      // A real word no source uses ("resoled") is what the figure may be of, and no sentence says it.
      const idf = corpus.index.has(t) ? corpus.index.idf(t) : LEXICON.isWord(w) ? corpus.index.maxIdf() * LEXICON.information(w) : 0;
      if (idf) terms.set(t, Math.max(terms.get(t) ?? 0, idf / (1 + k / 2)));
    });
  }
  const total = [...terms.values()].reduce((a, b) => a + b, 0);
  const periodic = [...terms.keys()].some((t) => PERIOD_TERMS.has(t));
  // (`said`: the sentence's terms as read, what an opening "They" stands for included.)
  return (sentence, context, said) => {
    if (!total) return 1;
    let got = 0;
    const own = said ?? new Set(words(sentence).map(termOf));
    for (const t of own) got += terms.get(t) ?? 0;
    if (placing) for (const t of new Set(words(sentence).map(sideTerm))) if (t) got += terms.get(t) ?? 0;
    // (A period said as its adverb on one side, "a monthly ceiling" against "in any month".)
    if (periodic) for (const w of words(sentence)) if (LEXICON.calendarRates.adverbs.has(w) && !own.has(periodTerm(w))) got += terms.get(periodTerm(w)) ?? 0;
    // What its headings say the sentence says at part credit, as in alignment.
    for (const t of context ?? []) if (!own.has(t)) got += CONTEXT_CREDIT * (terms.get(t) ?? 0);
    return got / total;
  };
}

/**
 * Does a sentence deny what it says around its figures, where the claim denies nothing? "They do
 * not return to play that day, even if they seem fine ten minutes later" confirms no claim that
 * a player goes back on when fine ten minutes later, whatever its figure. (A figure it denies,
 * "3 minutes rather than 30 seconds", is the figure rule's; a bound's own words deny nothing:
 * "takes no more than 8".)
 */
export function deniesBesideFigures(claim: string, sentence: string): boolean {
  if (negatedTerms(claim).size) return false;
  const figureTerms = new Set(quantities(sentence).flatMap((q) => words(q.text).map(termOf)));
  return [...negatedTerms(sentence)].some((t) => !figureTerms.has(t));
}

/** Content terms a negation reaches: the few words after "not", idioms ("not only") aside. A
 * negation reaches no further than its clause: "isn't isolated — it's distributed" denies only
 * "isolated". */
function negatedTerms(text: string): Set<string> {
  const denied = new Set<string>();
  const stated = new Set<string>();
  // A bound that holds a negation ("no more than two of the last eight rehearsals") bounds a
  // figure and denies nothing.
  for (const clause of text.replace(NEGATED_BOUNDS, ' ').split(CLAUSE_BREAK)) {
    const { negated, asserted } = negatedInClause(words(clause));
    for (const t of negated) denied.add(t);
    for (const t of asserted) stated.add(t);
  }
  // A word the text also states outside any negation ("stop riding … rather than riding through
  // it") is not denied.
  for (const t of stated) denied.delete(t);
  return denied;
}

/**
 * Punctuation that ends a clause, and a negation's reach with it. Between two digits a comma, a
 * colon or an en dash is part of a figure ("£1,000", "9:30", "10–15 feet"), not a break.
 */
const CLAUSE_BREAK = /[;()\u2014]|(?<!\d)[,:\u2013]|[,:\u2013](?!\d)|\s-\s/;
/** Clause ends in a claim (figures kept whole, as for CLAUSE_BREAK). */
const CLAUSE_SPLIT = /[;\u2014]|(?<!\d)[,:\u2013]|[,:\u2013](?!\d)|\s-\s/;
/** Stands for a negation phrase of several words ("rather than") once it is found. */
const NEGATION_MARK = '\u0000not';

function negatedInClause(ws: readonly string[]): { negated: Set<string>; asserted: Set<string> } {
  let rest = [...ws];
  for (const idiom of LEXICON.notNegating) rest = replaceRuns(rest, words(idiom), []);
  for (const phrase of LEXICON.negationPhrases) rest = replaceRuns(rest, phrase, [NEGATION_MARK]);
  const negated = new Set<string>();
  const reached = new Set<number>();
  const negations = rest.map((w) => w === NEGATION_MARK || LEXICON.negations.has(w));
  rest.forEach((_, i) => {
    if (!negations[i]) return;
    // Two negations close together cancel ("can't sit down without groaning"), unless a join
    // stands between them: "not before 2026 and never guaranteed" denies twice.
    const cancels = (j: number) => negations[j] && !rest.slice(Math.min(i, j) + 1, Math.max(i, j)).some((w) => JOIN_WORDS.has(w));
    if (range(Math.max(0, i - DOUBLE_NEGATION), Math.min(rest.length, i + 1 + DOUBLE_NEGATION)).some((j) => j !== i && cancels(j))) return;
    // …and a rule that opens its clause with a negation cancels with a later one however far:
    // "don't run a competition with a prize worth more than £50 without approval" asks for
    // approval; it denies no competition.
    const opens = (k: number) => rest.slice(0, k).every((w, j) => STOPWORDS.has(w) && !negations[j]);
    if ((opens(i) && negations.slice(i + 1).some(Boolean)) || negations.slice(0, i).some((n, k) => n && opens(k))) return;
    // The reach starts at the first word with content: "unable to withstand the load" and
    // "cannot withstand the load" deny the same words.
    let from = i + 1;
    while (from < rest.length && STOPWORDS.has(rest[from])) from++;
    // A negation in a relative clause ("a member who cannot manage one pays a levy") denies the
    // clause's own verb, which picks out whom the sentence speaks of; the sentence's predicate
    // after it ("pays a levy") is asserted.
    let opener = i - 1;
    while (opener >= 0 && STOPWORDS.has(rest[opener]) && !LEXICON.relativePronouns.has(rest[opener])) opener--;
    const reach = opener >= 0 && LEXICON.relativePronouns.has(rest[opener]) ? 1 : NEGATION_REACH;
    for (let k = from; k < Math.min(rest.length, from + reach); k++) {
      if (STOPWORDS.has(rest[k])) continue;
      negated.add(termOf(rest[k]));
      reached.add(k);
    }
  });
  const asserted = new Set<string>();
  rest.forEach((w, k) => {
    if (!reached.has(k) && !negations[k] && !STOPWORDS.has(w)) asserted.add(termOf(w));
  });
  return { negated, asserted };
}

/** Words either side of a slot looked at: a slot is a word or two next to its anchor. */
const SLOT_WIDTH = 2;

interface Slot {
  /** The claim's terms in the slot, and its words and the source's as written. */
  claimed: string[];
  claimedText: string;
  sourceText: string;
  /** The matching term next to the slot. */
  anchor: string;
}

/** A word as a text writes it: letters with their accents, digits, an apostrophe inside ("don't"). */
const WRITTEN_WORD = /[\p{L}\p{M}\p{N}]{1,60}(?:['\u2019][\p{L}]{1,10})?/gu;

/** Words read from `text`, as the text writes them (lower-cased, accents kept): "café", not "cafe". */
function asWritten(text: string, ws: readonly string[]): string {
  const written = new Map<string, string>();
  for (const token of text.match(WRITTEN_WORD) ?? []) {
    const [w, ...more] = words(token);
    if (w && !more.length && !written.has(w)) written.set(w, token.toLowerCase());
  }
  return ws.map((w) => written.get(w) ?? w).join(' ');
}

/** A bracketed aside ("(ages 12 to 17)"), bounded. */
const ASIDE = /\([^()]{0,120}\)/g;

/**
 * The one place where a claim and an aligned sentence say the same words around different
 * fillers of one kind. The content words of both are matched in order (longest common
 * subsequence of stems); each gap next to a match is a slot; its fillers must be opposites
 * (lexicon and WordNet), WordNet sister nouns, or names of the same kind in the corpus.
 */
export function differingSlot(claim: string, sentence: string, corpus: Corpus): Slot | null {
  // (Nor the words of an age, "a 15-year-old", whose "old" describes nothing: it is no opposite of
  // the "young" in "young people aged 14 and 15".)
  const content = (text: string) => words(text).filter((w, i, ws) => !STOPWORDS.has(w) && !/\d/.test(w) && !(LEXICON.units.get(ws[i - 1] ?? '') === 'years' && LEXICON.ageLimits.old.includes(w)));
  const cw = content(claim).slice(0, 40);
  const sw = content(sentence).slice(0, 80);
  let asides: Set<string> | undefined;
  /** The sentence's words outside brackets. */
  const outsideAsides = () => (asides ??= new Set(content(sentence.replace(ASIDE, ' '))));
  const ct = cw.map(termOf);
  const st = sw.map(termOf);
  // Longest common subsequence of terms, then the matched pairs in order.
  const n = ct.length;
  const m = st.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = ct[i] === st[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (ct[i] === st[j]) pairs.push([i++, j++]);
    else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  // Too little in common for "the same words around" anything.
  if (pairs.length < 2) return null;
  // (`subject`: a short gap before the first words both say, where a claim names what it is about.)
  const gaps: { c: number[]; s: number[]; anchor: number; whole: { c: Set<string>; s: Set<string> }; subject: boolean }[] = [];
  const bounds: [number, number][] = [[-1, -1], ...pairs, [n, m]];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [ci, sj] = bounds[k];
    const [cn, sn] = bounds[k + 1];
    const c = range(ci + 1, cn);
    const sGap = range(sj + 1, sn);
    if (!c.length || !sGap.length) continue;
    // Next to a left anchor: the first words after it; next to a right anchor: the last before it.
    const whole = { c: new Set(c.map((i) => ct[i])), s: new Set(sGap.map((j) => st[j])) };
    if (k > 0) gaps.push({ c: c.slice(0, SLOT_WIDTH), s: sGap.slice(0, SLOT_WIDTH), anchor: ci, whole, subject: false });
    if (k + 1 < bounds.length - 1) gaps.push({ c: c.slice(-SLOT_WIDTH), s: sGap.slice(-SLOT_WIDTH), anchor: cn, whole, subject: k === 0 && c.length <= SLOT_WIDTH });
  }
  for (const g of gaps) {
    // A filler the other side also has in the same gap is no substitution ("medial and lateral").
    const cs = g.c.filter((i) => !g.whole.s.has(ct[i]));
    const ss = g.s.filter((j) => !g.whole.c.has(st[j]));
    for (const i of cs) {
      for (const j of ss) {
        // Things the sources list side by side ("rabbits and guinea pigs") are alternatives of one
        // kind, but only as what the statement is about: "hip and knee" are listed together, and
        // a joint named later in a sentence is often one of the two by another route.
        // (So are two people named by the one job they do, where each is the whole of what the
        // statement is about: "the organiser is the independent check" where the source says "the
        // controller is"; not "the Players' meeting" against "members vote at the meeting", nor
        // groups of people, for what "newcomers may" do "juniors" may do too.)
        const role = (w: string) => LEXICON.namesPerson(w) && !LEXICON.pluralNoun(w);
        const people = g.subject && g.whole.s.size === 1 && g.c[0] === i && role(cw[i]) && role(sw[j]);
        if (LEXICON.areOpposites(cw[i], sw[j]) || LEXICON.areSisters(cw[i], sw[j]) || (g.subject && corpus.coordinated(ct[i], st[j])) || people) {
          // A subject's name runs on to the words both say: "guinea pigs", not "guinea".
          const to = (gap: number[], from: number) => (g.subject ? gap.slice(gap.indexOf(from)) : [from]);
          // (…but not into an aside: "Kestrels (ages 12 to 17) sail" names the Kestrels.)
          const source = to(g.s, j).map((x) => sw[x]).filter((w, k) => k === 0 || outsideAsides().has(w));
          return { claimed: [ct[i]], claimedText: asWritten(claim, to(g.c, i).map((x) => cw[x])), sourceText: asWritten(sentence, source), anchor: ct[g.anchor] };
        }
      }
    }
    // Names of one kind: the slot's words name one thing in the claim and another in the source.
    const claimNames = named(g.c.map((i) => cw[i]).join(' '), corpus);
    const sourceNames = named(g.s.map((j) => sw[j]).join(' '), corpus);
    for (const a of claimNames) {
      const b = sourceNames.find((x) => x.id !== a.id && x.kind === a.kind);
      if (b && !sourceNames.some((x) => x.id === a.id) && ANATOMY.has(a.kind)) {
        return { claimed: g.c.map((i) => ct[i]), claimedText: asWritten(claim, g.c.map((i) => cw[i])), sourceText: asWritten(sentence, g.s.map((j) => sw[j])), anchor: ct[g.anchor] };
      }
    }
  }
  return null;
}

/** Content words this close to a word are its neighbours. */
const NEIGHBOURHOOD = 2;
/**
 * …and this close for an opposite said of the same words, where a phrase may sit between ("are
 * common in runners" against "caused by running are rare").
 */
const OPPOSITE_REACH = 3;

/**
 * Does a word of the claim have a content neighbour in common with a word of the sentence, and
 * is it said of the same thing? "the fast-twitch gastrocnemius" and "the slow-twitch soleus"
 * share "twitch" but name different muscles beside it.
 */
export function sharesNeighbour(claim: string, w: string, sentence: string, x: string, corpus?: Corpus, reach = NEIGHBOURHOOD, inClause = false): boolean {
  if (corpus) {
    const namesBeside = (text: string, word: string) => {
      const ws = words(text).filter((y) => !STOPWORDS.has(y));
      const out = new Set<string>();
      ws.forEach((y, i) => {
        if (y !== word) return;
        const near = ws.slice(Math.max(0, i - NEIGHBOURHOOD), i + NEIGHBOURHOOD + 1).join(' ');
        for (const p of named(near, corpus)) if (ANATOMY.has(p.kind)) out.add(p.id);
      });
      return out;
    };
    const mine = namesBeside(claim, w);
    const theirs = namesBeside(sentence, x);
    if (mine.size && theirs.size && ![...mine].some((id) => theirs.has(id))) return false;
  }
  // (With `inClause`, only the words of the claim's word's own clause: an opposite is said of those.
  // "Founded the salon in 2009, starting out with three chairs" says "starting" of no salon,
  // whatever "a closing salon" says. A source's clause may be said of the words before it: "open
  // all year except from 23 to 27 December, when the building is closed".)
  const around = (text: string, word: string, clauses: boolean) => {
    const out = new Set<string>();
    for (const clause of clauses ? text.split(CLAUSE_SPLIT) : [text]) {
      const ws = words(clause).filter((y) => !STOPWORDS.has(y));
      ws.forEach((y, i) => {
        if (y !== word) return;
        for (let k = Math.max(0, i - reach); k <= Math.min(ws.length - 1, i + reach); k++) if (k !== i) out.add(termOf(ws[k]));
      });
    }
    return out;
  };
  const mine = around(claim, w, inClause);
  return [...around(sentence, x, false)].some((t) => mine.has(t));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** A list of words with every run of `run` replaced by `by`. */
function replaceRuns(ws: string[], run: readonly string[], by: string[]): string[] {
  if (!run.length) return ws;
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    if (run.every((w, j) => ws[i + j] === w)) {
      out.push(...by);
      i += run.length;
    } else out.push(ws[i++]);
  }
  return out;
}

function closest(qs: readonly Quantity[], to: Quantity): Quantity {
  const gap = (q: Quantity) => Math.abs(inUnit(q, to.unit).low - to.low);
  return [...qs].sort((a, b) => gap(a) - gap(b))[0];
}

/**
 * Is a figure the claim gives one context for given another in the source sentence? Each
 * content word near the figure in the claim votes for the same-unit figure it sits nearest to
 * in the source sentence; the claim's figure is swapped when most votes go to another figure.
 */
export function swappedFigure(claim: string, cq: Quantity, sentence: string, eq: Quantity): { other: Quantity; context: string } | null {
  // A figure the claim states too, in its own place, is no swap: "£540 upfront comes to £45 a
  // month" gives both figures as the source does (but "50 ms in elite runners, 30 ms when
  // fatigued" swaps both).
  // (Years are left to a sentence that says the claim's event: the words near a year in a history
  // sentence, "built in 1862 and converted into a hostel in 1987", tell little of which is which.)
  if (cq.unit === 'calendar-year') return null;
  const stated = quantities(claim).filter((x) => x.index !== cq.index);
  const sameUnit = quantities(sentence).filter((x) => x.unit === eq.unit);
  const text = normalize(sentence);
  // In its own place: no other figure of the sentence draws as many of its words. ("Under-18s pay
  // £12 …, while concession tickets cost £5" against "Concession tickets are £12, tickets for
  // under-18s are £5": "under-18s" draws the claim's £12 to the £5 as much as "ticket" keeps it.)
  const sameOwned = ownedFrom(text, sameUnit);
  const inPlace = (c: Quantity, x: Quantity) => {
    const votes = figureVotes(claim, c, sentence, [x, ...sameUnit.filter((y) => y !== x)], sameOwned);
    const own = votes.get(x)?.length ?? 0;
    return [...votes].every(([f, v]) => f === x || v.length < own || !v.length);
  };
  const statedInPlace = (x: Quantity) => stated.some((c) => agrees(c, x) && inPlace(c, x));
  // The other end of the source's range ("arrive between 2pm and 4pm") is no other thing's figure.
  const rangedWith = (x: Quantity) => {
    const [a, b] = x.index < eq.index ? [x, eq] : [eq, x];
    return RANGE_LINK.test(text.slice(a.index + a.text.length, b.index));
  };
  // (Nor is a figure written with no number, "a minute's walk" beside "every 30 minutes".)
  const others = sameUnit.filter((x) => (x.low !== eq.low || x.high !== eq.high) && !statedInPlace(x) && !rangedWith(x) && !numberless(x));
  if (!others.length) return null;
  // Parallel clauses, each opening with whom or what its figure is of ("Volunteers receive a 15%
  // discount and Friends of the museum get 10% off"): the claim's figure is judged in the clause
  // that opens with the claim's own subject, whatever bound both say.
  const bySubject = subjectOfClause(claim, cq, sentence, [eq, ...others]);
  if (bySubject && bySubject.figure !== eq) return { other: bySubject.figure, context: bySubject.word };
  // The same bound said the same way ("more than 50 ms" and "over 50 ms") ties the two figures,
  // and so does a total said as the source's total ("adds up to twelve hours": "12 hours in total").
  if ((cq.bound && eq.bound) || (cq.total && eq.total)) return null;
  const figures = [eq, ...others];
  // A case the claim names beside its figure ("the third child"), where the source's clause of the
  // same figure names another case of the set ("the second child … 15%") and another figure's
  // clause names the claim's ("the third … 25 per cent"): that figure is the claim's case's.
  const byCase = caseOfClause(claim, cq, sentence, figures);
  if (byCase && byCase.figure !== eq) return { other: byCase.figure, context: byCase.word };
  // A sentence that gives each figure with whom or what it is for after it ("tickets cost £12
  // for adults and £6 for children") says its opening words of every figure: they vote for none,
  // and the word after a figure names its thing alone, so one such vote is enough.
  const owned = ownedFrom(text, figures);
  // (A table row gives each figure under its own column: "Per hour: £45; …; Charity and community
  // rate: £30 per hour" gives charities the £30.)
  const row = tableRowName(sentence) !== undefined;
  const each = owned !== undefined || row;
  const votes = figureVotes(claim, cq, sentence, figures, owned, row);
  const own = votes.get(eq)?.length ?? 0;
  for (const o of others) {
    const v = votes.get(o) ?? [];
    // Clearly more: words the claim says beside its figure that the source says beside its own
    // figure too ("members … £60") keep it its own, against a phrase both may share ("members pay
    // £60 instead of £120 for a full fitting").
    if ((v.length >= 2 || (each && v.length >= 1)) && v.length > 2 * own) return { other: o, context: v.slice(0, 3).join(', ') };
  }
  return null;
}

/** Sets of words of which a statement names one case: the lexicon's exclusive sets and the ordinals. */
const CASE_SETS: readonly (readonly string[])[] = [...EXCLUSIVE_CASES, LEXICON.calendarRates.ordinals.filter((w) => /^[a-z]+$/.test(w))];

/**
 * The figure of a source sentence whose clause names the case the claim names beside its figure,
 * where the clause of no other figure does and the claim names no other case of that set.
 */
function caseOfClause(claim: string, cq: Quantity, sentence: string, figures: readonly Quantity[]): { figure: Quantity; word: string } | undefined {
  const casesIn = (text: string, at: number) => {
    const [from, to] = clauseSpan(text, at);
    return new Set(words(text.slice(from, to)).map(caseWord));
  };
  const mine = casesIn(normalize(claim), cq.index);
  const text = normalize(sentence);
  const theirs = figures.map((f) => casesIn(text, f.index));
  for (const set of CASE_SETS) {
    const named = set.filter((m) => mine.has(m));
    if (named.length !== 1) continue;
    const holding = figures.filter((_, i) => theirs[i].has(named[0]));
    // (Every other figure's clause names another case of the set: each figure has its own.)
    if (holding.length === 1 && figures.every((f, i) => f === holding[0] || set.some((m) => m !== named[0] && theirs[i].has(m)))) return { figure: holding[0], word: named[0] };
  }
  return undefined;
}

/** Words that join two parallel clauses of a sentence, each with its own subject and figure. */
const CLAUSE_JOINS = new Set([...LEXICON.coordinators].filter((w) => w !== 'or'));

/**
 * The figure of a source sentence whose clause opens with the claim's subject, where the sentence
 * falls into parallel clauses (joined by "and", "but", "while", "whereas" or a semicolon), each
 * holding one of its figures and opening with its own subject, and the clause of the figure the
 * claim gives opens with a word the claim does not say ("under-19s must wait at least 23 days"
 * against "an adult … at least 23 days"). An aside in brackets is no clause.
 */
function subjectOfClause(claim: string, cq: Quantity, sentence: string, figures: readonly Quantity[]): { figure: Quantity; word: string } | undefined {
  const text = normalize(sentence).replace(ASIDE, (m) => ' '.repeat(m.length));
  const inFigure = (at: number, of: readonly Quantity[]) => of.some((f) => at >= f.index && at < f.index + f.text.length);
  const subjectFrom = (ws: readonly { word: string; at: number }[], of: readonly Quantity[]) => ws.find((w) => !STOPWORDS.has(w.word) && !/^\d/.test(w.word) && !inFigure(w.at, of))?.word;
  // The clauses: cut at a semicolon or a joining word.
  const all = wordsAt(text);
  const cuts = [0, ...all.filter((w) => CLAUSE_JOINS.has(w.word)).map((w) => w.at), ...[...text.matchAll(/;/g)].map((m) => m.index ?? 0), text.length].sort((a, b) => a - b);
  const clauses: { subject?: string; figures: Quantity[] }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const held = figures.filter((f) => f.index >= cuts[i] && f.index < cuts[i + 1]);
    if (!held.length) continue;
    const ws = all.filter((w) => w.at >= cuts[i] && w.at < cuts[i + 1] && !CLAUSE_JOINS.has(w.word));
    // (A clause with a subject of its own says it and a verb before its figure: "and closes on 31
    // July" shares the offer that "opens on 1 May".)
    const before = ws.filter((w) => w.at < held[0].index && !STOPWORDS.has(w.word) && !/^\d/.test(w.word) && !inFigure(w.at, figures));
    clauses.push({ subject: before.length >= 2 ? before[0].word : undefined, figures: held });
  }
  if (clauses.length < 2 || clauses.some((c) => c.figures.length !== 1 || !c.subject)) return undefined;
  const subjects = clauses.map((c) => termOf(c.subject!));
  if (new Set(subjects).size !== subjects.length) return undefined;
  const claimText = normalize(claim);
  const [from, to] = clauseSpan(claimText, cq.index);
  const claimWords = wordsAt(claimText);
  const mine = subjectFrom(claimWords.filter((w) => w.at >= from && w.at < to), quantities(claim));
  if (!mine) return undefined;
  const at = subjects.indexOf(termOf(mine));
  const given = clauses.findIndex((c, i) => i !== at && agrees(cq, c.figures[0]));
  if (at < 0 || given < 0 || agrees(cq, clauses[at].figures[0])) return undefined;
  const claimSays = new Set(claimWords.map((w) => termOf(w.word)));
  return claimSays.has(subjects[given]) ? undefined : { figure: clauses[at].figures[0], word: mine };
}

/**
 * Where each figure comes with what it is for right after it ("£12 for adults and £6 for
 * children"), the position of the first: the words before it are said of them all.
 */
function ownedFrom(text: string, figures: readonly Quantity[]): number | undefined {
  const owned = figures.length >= 2 && figures.every((f) => OWNED_AFTER.test(text.slice(f.index + f.text.length, f.index + f.text.length + 40)));
  return owned ? Math.min(...figures.map((f) => f.index)) : undefined;
}
// (A bound may come between: "seven years or more for a house".)
const OWNED_AFTER = new RegExp(
  String.raw`^\s{0,3}(?:(?:${LEXICON.trailingBounds.map(([p]) => p.replace(/ /g, String.raw`\s{1,3}`)).join('|') || '(?!)'})\s{1,3})?(?:${LEXICON.figureOwners.join('|') || '(?!)'})\s{1,3}(?:the\s{1,3})?[a-z]`,
);

/** What joins the two ends of a range: "2pm and 4pm" (after "between"), "9am to 9pm", "8am–8pm". */
const RANGE_LINK = /^\s{0,3}(?:and|to|until|till|through|-|\u2013|\u2014)\s{0,3}$/;

/**
 * The claim's words beside its figure, each voting for the figure of the source sentence it
 * sits nearest to there (the first of the figures given wins a tie). With `owned` (see
 * `ownedFrom`), the sentence's words before it vote for none, and a word after a figure is that
 * figure's.
 */
function figureVotes(claim: string, cq: Quantity, sentence: string, figures: readonly Quantity[], owned?: number, row = false): Map<Quantity, string[]> {
  const claimText = normalize(claim);
  // The words of the figure's own clause: in "…before foot strike, shifting to 30 ms when
  // fatigued" the foot strike belongs to the other figure.
  const [from, to] = clauseSpan(claimText, cq.index);
  const claimWords = wordsAt(claimText);
  const near = claimWords.filter((w) => w.at >= from && w.at < to && Math.abs(w.at - cq.index) <= 45 && !STOPWORDS.has(w.word) && !/^\d/.test(w.word));
  const sentenceText = normalize(sentence);
  const sentenceWords = wordsAt(sentenceText);
  const votes = new Map<Quantity, string[]>();
  // In a table row a word speaks of the figures of its own cell; the row's name and the cells
  // without a figure are said of every figure, and vote for none.
  const cellFigures = (at: number) => {
    const from = sentenceText.lastIndexOf(';', at - 1) + 1;
    const end = sentenceText.indexOf(';', at);
    return figures.filter((f) => f.index >= from && (end < 0 || f.index < end));
  };
  for (const w of near) {
    const term = termOf(w.word);
    if (cq.text.includes(w.word)) continue;
    // The word's neighbours in the claim: where the source says the word more than once, the
    // place that shares them is the one meant ("last year" of "this year's target is £12,000;
    // last year we raised £9,400").
    const k = claimWords.findIndex((x) => x.at === w.at);
    // (Content words only: "a bed, and one teacher" shares no "and" with "Bed and breakfast".)
    const mine = new Set([claimWords[k - 1]?.word, claimWords[k + 1]?.word].filter((x): x is string => !!x && !STOPWORDS.has(x)).map(termOf));
    let beside = new Set<Quantity>();
    let bestShared = -1;
    sentenceWords.forEach((sw, j) => {
      if ((owned !== undefined && sw.at < owned) || termOf(sw.word) !== term || figures.some((f) => f.text.includes(sw.word))) return;
      const inCell = row ? cellFigures(sw.at) : [];
      if (row && !inCell.length) return;
      const shared = [sentenceWords[j - 1]?.word, sentenceWords[j + 1]?.word].filter((x) => x && mine.has(termOf(x))).length;
      if (shared < bestShared) return;
      if (shared > bestShared) (beside = new Set()), (bestShared = shared);
      // A word speaks of a figure of its own clause where it has one ("in fatigued subjects this
      // timing shifts to over 50 ms").
      const [cFrom, cTo] = clauseSpan(sentenceText, sw.at);
      const inClause = figures.filter((f) => f.index >= cFrom && f.index < cTo);
      // (Where each figure's thing comes after it, a word is the figure's before it.)
      const before = owned !== undefined ? figures.filter((f) => f.index < sw.at) : [];
      beside.add(
        inCell.length
          ? inCell.reduce((a, b) => (Math.abs(b.index - sw.at) < Math.abs(a.index - sw.at) ? b : a))
          : before.length
          ? before.reduce((a, b) => (b.index > a.index ? b : a))
          : (sideOf(sentenceWords, figures, sw.at) ?? (inClause.length ? inClause : figures).reduce((a, b) => (Math.abs(b.index - sw.at) < Math.abs(a.index - sw.at) ? b : a))),
      );
    });
    // A word the source says as fittingly beside two of its figures speaks for neither.
    if (beside.size !== 1) continue;
    const [nearest] = beside;
    votes.set(nearest, [...(votes.get(nearest) ?? []), w.word]);
  }
  return votes;
}

/**
 * The figure a word between two figures speaks of, where a coordinating word stands between
 * them: its own side of that word ("an £18,500 grant from the Town Trust and £6,200 raised by
 * members" gives the Trust the £18,500, "adults pay £12 and children £6" gives children the £6).
 */
function sideOf(sentenceWords: readonly { word: string; at: number }[], figures: readonly Quantity[], at: number): Quantity | undefined {
  let before: Quantity | undefined;
  let after: Quantity | undefined;
  for (const f of figures) {
    if (f.index + f.text.length <= at && (!before || f.index > before.index)) before = f;
    if (f.index > at && (!after || f.index < after.index)) after = f;
  }
  if (!before || !after) return undefined;
  const join = sentenceWords.find((w) => w.at >= before!.index + before!.text.length && w.at < after!.index && LEXICON.coordinators.has(w.word));
  return join ? (at < join.at ? before : after) : undefined;
}

/**
 * Is the claim's figure given by the source sentence to what the claim pairs with another of its
 * figures? The claim's words go each to its nearest figure in their clause; the words only one
 * figure has name its thing ("heron", "kingfisher"). Crossed where the stating sentence names the
 * other figure's thing and not this one's, and another sentence gives this one's thing a different
 * figure of the same unit (the fix).
 */
function crossedFigure(
  claim: string,
  cq: Quantity,
  claimed: readonly Quantity[],
  sentence: string,
  aligned: readonly AlignedSentence[],
  corpus: Corpus,
): { theirs: string; mine: string; fix: Quantity; at: AlignedSentence } | null {
  const others = claimed.filter((q) => q !== cq && q.unit === cq.unit && (q.low !== cq.low || q.high !== cq.high));
  if (!others.length) return null;
  const text = normalize(claim);
  const figures = [cq, ...others];
  const near = new Map<Quantity, Set<string>>(figures.map((f) => [f, new Set<string>()]));
  for (const w of wordsAt(text)) {
    if (STOPWORDS.has(w.word) || figures.some((f) => w.at >= f.index && w.at < f.index + f.text.length)) continue;
    const [from, to] = clauseSpan(text, w.at);
    const inClause = figures.filter((f) => f.index >= from && f.index < to);
    if (!inClause.length) continue;
    const side = near.get(inClause.reduce((x, y) => (Math.abs(y.index - w.at) < Math.abs(x.index - w.at) ? y : x)))!;
    // (A hyphened word is indexed by its parts: "warm-up" is said by "warm".)
    for (const part of [w.word, ...(w.word.includes('-') ? w.word.split('-') : [])]) if (part && !STOPWORDS.has(part)) side.add(termOf(part));
  }
  // Words one figure's side alone says, that the corpus knows.
  const own = (f: Quantity) => [...near.get(f)!].filter((t) => corpus.index.has(t) && figures.every((g) => g === f || !near.get(g)!.has(t)));
  const mine = own(cq);
  if (!mine.length) return null;
  const termsOf = (s: string) => new Set(words(s).map(termOf));
  const stating = termsOf(sentence);
  if (mine.some((t) => stating.has(t))) return null;
  for (const o of others) {
    const theirs = own(o).filter((t) => stating.has(t));
    if (!theirs.length) continue;
    // Another sentence gives this side's thing a figure of the unit, not the claim's.
    for (const a of aligned) {
      // (A sentence that says little of the claim gives its word another sense: "when there is no
      // show, the bar opens from 7pm" gives no show a time.)
      if (a.sentence === sentence || a.alignment < ALIGNED / 2) continue;
      const ts = termsOf(a.sentence);
      if (!mine.some((t) => ts.has(t)) || theirs.some((t) => ts.has(t))) continue;
      // (Nor a sentence about a third thing the claim gives a figure: "…for a 7.30pm show, and the
      // briefing is at 6.45pm" is not crossed by the briefing's sentence, which gives no show a time.)
      if (others.some((x) => x !== o && own(x).some((t) => ts.has(t)))) continue;
      const fix = quantities(a.sentence).find((q) => q.unit === cq.unit && !q.denied && !agrees(cq, q));
      // (Quoted as the claim writes them: "Kingfisher", not "kingfisher".)
      const asWritten = (t: string) => claim.match(/[\p{L}][\p{L}'\u2019-]*/gu)?.find((w) => termOf(w.toLowerCase()) === t) ?? t;
      if (fix) return { theirs: asWritten(theirs[0]), mine: asWritten(mine[0]), fix, at: a };
    }
  }
  return null;
}

/** Words used as verbs: right after a modal verb, past a negation ("may not present"). */
function afterModal(ws: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    if (!LEXICON.modalVerbs.has(ws[i])) continue;
    let j = i + 1;
    while (j < ws.length && LEXICON.negations.has(ws[j])) j++;
    if (j < ws.length) out.add(ws[j]);
  }
  return out;
}

/** How far before "than" a comparative may stand ("take more people at once than"). */
const COMPARE_REACH = 4;

/**
 * A comparison the claim draws between two things ("buying on the door is cheaper than booking in
 * advance") against a sentence that gives a figure for each ("£14 in advance or £16 on the
 * door"). Each word of the sentence belongs to the figure nearest it in its clause; each side of
 * the claim goes with the figure whose words it shares, weighed by how much they say, and only
 * where the other pairing is clearly worse. A claim that gives its own figures ("£30 cheaper",
 * "more than 50 ms") is the figure rule's.
 */
function comparison(claim: string, aligned: readonly AlignedSentence[], corpus: Corpus): RuleFinding | undefined {
  const ws = words(claim);
  const than = ws.indexOf('than');
  if (than < 1 || quantities(claim).length) return undefined;
  // "No more than three staff" bounds a number, whatever the quantity reader made of it.
  if (/^\d/.test(ws[than + 1] ?? '') || LEXICON.numberWords.has(ws[than + 1] ?? '')) return undefined;
  let at = -1;
  for (let i = than - 1; i >= Math.max(0, than - COMPARE_REACH) && at < 0; i--) if (LEXICON.comparatives.has(ws[i])) at = i;
  if (at < 0) return undefined;
  const direction = LEXICON.comparatives.get(ws[at])!;
  const compares = LEXICON.comparedUnits.get(ws[at]);
  const side = (xs: readonly string[]) => new Set(xs.filter((w) => /^\p{L}/u.test(w) && !STOPWORDS.has(w) && !LEXICON.comparatives.has(w)).map(termOf));
  const first = side(ws.slice(0, at));
  const second = side(ws.slice(than + 1));
  // Words both sides say name neither thing.
  for (const t of [...first]) if (second.delete(t)) first.delete(t);
  if (!first.size || !second.size) return undefined;
  const weight = (t: string) => (corpus.index.has(t) ? corpus.index.idf(t) : 0);
  // A sentence, or it and the sentence next to it in its passage: a handbook often gives one
  // thing's figure a sentence after the other's ("Junior Cooks … costs £40 per session. Teen
  // Kitchen … costs £48 per session.").
  // (Two aligned neighbours make the same pair: it is read once.)
  const readings: AlignedSentence[] = [];
  const seen = new Set<string>();
  for (const a of aligned.filter((x) => x.alignment >= ALIGNED).slice(0, 3)) {
    const all = sourceSentences(a.passage, corpus).map((x) => x.text);
    const k = all.indexOf(a.sentence);
    const pairs = k < 0 ? [] : [k > 0 ? `${all[k - 1]} ${a.sentence}` : '', k + 1 < all.length ? `${a.sentence} ${all[k + 1]}` : ''].filter(Boolean);
    for (const x of [a, ...pairs.map((sentence) => ({ ...a, sentence }))]) {
      const key = `${x.passage.id}\u0000${x.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      readings.push(x);
    }
  }
  for (const a of readings) {
    const figures = figuresWithElidedUnits(a.sentence);
    const text = normalize(a.sentence);
    // The words of the sentence by the figure nearest them in their clause, among the figures of
    // one unit: "Teen Kitchen runs from 1:30 pm to 4:30 pm and costs £48" is the £48's, set
    // against another price.
    const near = new Map<Quantity, Set<string>>(figures.map((f) => [f, new Set<string>()]));
    // (Then in its sentence, when the reading joins two: "Teen Kitchen runs … and costs £48".)
    const ends = [...text.matchAll(/[.!?]\s+(?=\S)/g)].map((m) => (m.index ?? 0) + 1);
    const sentenceOf = (at: number) => ends.filter((e) => e <= at).length;
    for (const unit of new Set(figures.map((f) => f.unit))) {
      const ofUnit = figures.filter((f) => f.unit === unit);
      for (const w of wordsAt(text)) {
        const [from, to] = clauseSpan(text, w.at);
        const inSentence = ofUnit.filter((f) => sentenceOf(f.index) === sentenceOf(w.at));
        const inClause = inSentence.filter((f) => f.index >= from && f.index < to);
        const pool = inClause.length ? inClause : inSentence.length ? inSentence : ofUnit;
        near.get(pool.reduce((x, y) => (Math.abs(y.index - w.at) < Math.abs(x.index - w.at) ? y : x)))!.add(termOf(w.word));
      }
    }
    const score = (terms: ReadonlySet<string>, f: Quantity) => [...terms].reduce((sum, t) => sum + (near.get(f)!.has(t) ? weight(t) : 0), 0);
    for (const fx of figures) {
      for (const fy of figures) {
        if (fx === fy || !sameMeasure(fx, fy) || fx.unit !== fy.unit) continue;
        // "Cheaper" compares prices, not the times the same sentences give.
        if (compares && !compares.has(fx.unit)) continue;
        const mine = score(first, fx) + score(second, fy);
        const crossed = score(first, fy) + score(second, fx);
        if (!score(first, fx) || !score(second, fy) || mine <= CLEARLY * crossed) continue;
        const [x, y] = [(fx.low + fx.high) / 2, (fy.low + fy.high) / 2];
        if (x === y) return undefined;
        const holds = direction > 0 ? x > y : x < y;
        // Each side by its most telling word the source says beside its figure ("door", "advance").
        const telling = (xs: readonly string[], f: Quantity) =>
          xs.filter((w) => near.get(f)!.has(termOf(w)) && !STOPWORDS.has(w)).sort((p, q) => weight(termOf(q)) - weight(termOf(p)))[0] ?? '';
        const note = `The source gives ${said(fx)} for “${telling(ws.slice(0, at), fx)}” and ${said(fy)} for “${telling(ws.slice(than + 1), fy)}”`;
        return holds
          ? { verdict: 'supported', rule: 'comparison', note: `${note}, as the claim says.`, passage: a.passage, sentence: a.sentence }
          : contradicted('comparison', `${note}: the claim has them the other way round.`, a);
      }
    }
  }
  return undefined;
}

/** Words of the lexicon's phrases for a total ("in total", "overall"), which name a table's total row. */
const TOTAL_WORDS = new Set([...LEXICON.totals.before, ...LEXICON.totals.after].flatMap((p) => words(p)).filter((w) => !STOPWORDS.has(w)));
/** Rows a table must have, beside the claim's, for one of them to be the most or the least. */
const MIN_OTHER_ROWS = 2;

/**
 * "Bikes had the best repair rate of any category": a superlative, the table row the claim names
 * (its first cell) and a column it names whose cells give figures. The row is the most (or the
 * least) where its figure is the largest (smallest) of every row of that table in the passage.
 */
function superlative(claim: string, aligned: readonly AlignedSentence[], corpus: Corpus): RuleFinding | undefined {
  const ws = words(claim);
  const at = ws.findIndex((w) => LEXICON.superlatives.has(w));
  if (at < 0) return undefined;
  const direction = LEXICON.superlatives.get(ws[at])!;
  const claimTerms = new Set(contentTerms(claim));
  const figureIn = (value: string) => {
    const q = quantities(value).find((x) => !x.denied);
    if (q) return { value: (q.low + q.high) / 2, text: q.text };
    const bare = BARE_CELL.test(value.trim()) ? Number(value.trim()) : undefined;
    return bare === undefined ? undefined : { value: bare, text: value.trim() };
  };
  for (const a of aligned.filter((x) => x.alignment >= ALIGNED * 0.8).slice(0, 6)) {
    const own = cellsOf(a.sentence);
    const name = own[0] ? contentTerms(own[0].value) : [];
    if (own.length < 2 || !name.length || !name.every((t) => claimTerms.has(t))) continue;
    const column = own.slice(1).find((c) => contentTerms(c.key).length > 0 && contentTerms(c.key).every((t) => claimTerms.has(t)) && figureIn(c.value));
    if (!column) continue;
    // (A table's total row is no row of it: "Total: 803".)
    const rows = sourceSentences(a.passage, corpus)
      .map((x) => ({ sentence: x.text, cells: cellsOf(x.text) }))
      .filter((r) => r.cells[0]?.key === own[0].key && !words(r.cells[0].value).some((w) => TOTAL_WORDS.has(w)))
      .map((r) => ({ ...r, figure: figureIn(r.cells.find((c) => c.key === column.key)?.value ?? '') }))
      .filter((r): r is typeof r & { figure: NonNullable<typeof r.figure> } => !!r.figure);
    const mine = rows.find((r) => r.sentence === a.sentence);
    if (!mine || rows.length < MIN_OTHER_ROWS + 1) continue;
    const top = rows.reduce((b, r) => (direction * (r.figure.value - b.figure.value) > 0 ? r : b));
    const said = `${ws[at]} ${column.key}`;
    if (direction * (top.figure.value - mine.figure.value) <= 0) {
      return { verdict: 'supported', rule: 'comparison', note: `The source gives ${own[0].value} the ${said} of its table (${mine.figure.text}).`, passage: a.passage, sentence: a.sentence };
    }
    return contradicted('comparison', `The source gives ${top.cells[0].value} the ${said} (${top.figure.text}); ${own[0].value} has ${mine.figure.text}.`, { passage: a.passage, sentence: top.sentence });
  }
  return undefined;
}

/** Content words each side of an ordering word that name the two things ordered. */
const ORDER_REACH = 3;
/** A numbered step of a procedure: "4. Open the ground paddles at the top end first". */
const STEP = /^\s*\(?(\d{1,3})[.)]\s+(.+)$/;

/** Where one clause of a text ends and the next begins, for the adverbs that order clauses (figures kept whole, as in CLAUSE_SPLIT). */
const ORDERED_CLAUSES = new RegExp(`${CLAUSE_SPLIT.source}|\\s(?:and|but)\\s`);

/**
 * What a text puts first and what second, as content terms, each side nearest the ordering word
 * first: "A before B" and "B after A" put A first (B read to the end of its clause; `byWord`), and
 * so does a pair of adverbs in two clauses, "first A, and afterwards B" or "A first, then B" (each
 * side its clause, read whole). A time beside the ordering word orders nothing ("after 9pm",
 * "never before 10 weeks of age", "21 days before your course"), nor a text with two ordering words.
 */
function orderOf(text: string): { earlier: string[]; later: string[]; byWord?: true } | undefined {
  const terms = (xs: readonly string[]) => [...new Set(xs.filter((w) => /^\p{L}/u.test(w) && !STOPWORDS.has(w) && !LEXICON.sequenceAdverbs.opens.has(w) && !LEXICON.sequenceAdverbs.follows.has(w)).map(termOf))];
  const ws = words(text);
  const at = ws.findIndex((w) => LEXICON.sequence.has(w));
  if (at >= 0) {
    if (at < 1 || ws.slice(at + 1).some((w) => LEXICON.sequence.has(w))) return undefined;
    // A time beside the word orders no second thing: "after 9pm" is a time, and "at least 21 days
    // before your course" or "a week after the second one" a time the other thing sets.
    const numeric = (w: string) => /^\d/.test(w) || LEXICON.numberWords.has(w);
    if (ws.slice(at + 1, at + 3).some(numeric) || ws.slice(Math.max(0, at - 2), at).some(numeric) || LEXICON.units.has(ws[at - 1])) return undefined;
    const before = terms(ws.slice(0, at).reverse());
    // (The side after the word ends with its clause: "…, before that evening's rehearsal begins".)
    let after: string[] = [];
    let seen = 0;
    for (const clause of text.split(CLAUSE_SPLIT).map((c) => words(c))) {
      if (at < seen + clause.length) {
        after = terms(clause.slice(at - seen + 1));
        break;
      }
      seen += clause.length;
    }
    return LEXICON.sequence.get(ws[at])! > 0 ? { earlier: before, later: after, byWord: true } : { earlier: after, later: before, byWord: true };
  }
  const clauses = text.split(ORDERED_CLAUSES).map((c) => words(c)).filter((c) => c.length);
  // ("the first round" is a first of something, not an order.)
  const opens = (c: readonly string[]) => c.some((w, i) => LEXICON.sequenceAdverbs.opens.has(w) && !LEXICON.determiners.has(c[i - 1] ?? ''));
  for (let i = 1; i < clauses.length; i++) {
    if (!opens(clauses[i - 1]) || !clauses[i].some((w) => LEXICON.sequenceAdverbs.follows.has(w))) continue;
    if (clauses.slice(i + 1).some((c) => c.some((w) => LEXICON.sequenceAdverbs.follows.has(w)))) return undefined;
    const [earlier, later] = [terms(clauses[i - 1]), terms(clauses[i])];
    return earlier.length && later.length ? { earlier, later } : undefined;
  }
  return undefined;
}

/**
 * A claim that one thing comes before another ("open the top gate paddles before the ground
 * paddles", "volunteers first probe an item and afterwards wipe the thermometer") against the
 * numbered steps of the passage the claim aligns with: the step that says most of what only one
 * side names is that side's. The other way round there is contradicted. Without steps, against a
 * source sentence that orders the same two things (see sentenceOrder).
 * (Only contradiction: a step's number confirms no more than the order.)
 */
function stepOrder(claim: string, aligned: readonly AlignedSentence[], corpus: Corpus): RuleFinding | undefined {
  const order = orderOf(claim);
  if (!order) return undefined;
  // (Beside an ordering word, the words nearest it; ordered clauses are read whole.)
  const reach = order.byWord ? ORDER_REACH : undefined;
  const before = order.earlier.slice(0, reach);
  const after = order.later.slice(0, reach);
  const first = new Set(before.filter((t) => !after.includes(t)));
  const second = new Set(after.filter((t) => !before.includes(t)));
  if (!first.size || !second.size) return undefined;
  const weight = (t: string) => (corpus.index.has(t) ? corpus.index.idf(t) : 0);
  const top = aligned.find((a) => a.alignment >= ALIGNED);
  if (!top) return sentenceOrder(first, second, aligned);
  const stepsOf = (p: Passage) =>
    p.text.split(/\n+/).flatMap((line) => {
      const m = STEP.exec(line);
      if (!m) return [];
      const all = words(m[2]);
      const pairs = new Set(all.slice(1).flatMap((w, i) => (STOPWORDS.has(w) || STOPWORDS.has(all[i]) ? [] : [`${termOf(all[i])} ${termOf(w)}`])));
      return [{ n: Number(m[1]), line: m[2], terms: new Set(all.map(termOf)), pairs, passage: p }];
    });
  const steps = stepsOf(top.passage);
  // A long procedure is cut into chunks: the chunks of its page either side that carry its
  // numbering on ("5." after "4.") hold the rest of its steps.
  const at = corpus.position(top.passage.id);
  const samePage = (p: Passage | undefined): p is Passage => !!p && !!top.passage.source && p.source?.file === top.passage.source.file;
  for (let i = (at ?? -1) + 1, next = corpus.passages[i]; steps.length && samePage(next); next = corpus.passages[++i]) {
    const more = stepsOf(next);
    if (more[0]?.n !== steps[steps.length - 1].n + 1) break;
    steps.push(...more);
  }
  for (let i = (at ?? 0) - 1, prev = corpus.passages[i]; steps.length && i >= 0 && samePage(prev); prev = corpus.passages[--i]) {
    const more = stepsOf(prev);
    if (!more.length || more[more.length - 1].n !== steps[0].n - 1) break;
    steps.unshift(...more);
  }
  if (steps.length < 2) return sentenceOrder(first, second, aligned);
  // (Two of a side's words said side by side there count once more: "top gate paddles" is step 5's,
  // not step 6's "open the top gates … close the gates and paddles".)
  const says = (s: (typeof steps)[number], of: readonly string[] | ReadonlySet<string>) => {
    const xs = [...of];
    const pairs = xs.slice(1).reduce((sum, t, i) => sum + (s.pairs.has(`${xs[i]} ${t}`) ? Math.min(weight(xs[i]), weight(t)) : 0), 0);
    return xs.reduce((sum, t) => sum + (s.terms.has(t) ? weight(t) : 0), 0) + pairs;
  };
  // Each side's steps: those that say most of that side (its shared words too: "paddles") and
  // least of what only the other side names. Several steps may say it equally ("recalls" in the
  // step that holds them and the one after): the order holds or fails for all of them, or is not read.
  const best = (all: readonly string[], mine: ReadonlySet<string>, theirs: ReadonlySet<string>) => {
    const scored = steps.filter((s) => says(s, mine) > 0).map((s) => ({ s, margin: says(s, all) - says(s, theirs) }));
    const top = Math.max(0, ...scored.map((x) => x.margin));
    return top > 0 ? scored.filter((x) => x.margin > top - 1e-9).map((x) => x.s) : [];
  };
  const [a, b] = [best(before, first, second), best(after, second, first)];
  if (!a.length || !b.length || a.some((s) => b.includes(s))) return undefined;
  // The claim puts each of its first side's steps after each of its second side's.
  if (!a.every((x) => b.every((y) => x.n > y.n))) return undefined;
  const [earlier, later] = [b[b.length - 1], a[0]];
  return contradicted('opposite', `The source's steps put "${clip(earlier.line, 80)}" (${earlier.n}) before "${clip(later.line, 80)}" (${later.n}).`, { passage: later.passage, sentence: later.line });
}

/** Aligned sentences read for the order they give two things… */
const ORDERING_SENTENCES = 3;
/** …aligned this closely: a sentence whose two sides each say one side of the claim is about what it is about. */
const ORDER_ALIGNED = ALIGNED * 0.8;

/**
 * A claim's two ordered sides (`first`, `second`: the terms only that side names) against a source
 * sentence that orders them the other way: "Voice placements are done after the Tuesday
 * rehearsal" against "It … happens at 7:10 pm … before that evening's rehearsal begins". The
 * claim's first side is said on the sentence's second side and not its first, its second side on
 * the sentence's first side (or, where the sentence opens with a pronoun, by the heading it stands
 * for) and not its second.
 */
function sentenceOrder(first: ReadonlySet<string>, second: ReadonlySet<string>, aligned: readonly AlignedSentence[]): RuleFinding | undefined {
  for (const a of aligned.filter((x) => x.alignment >= ORDER_ALIGNED).slice(0, ORDERING_SENTENCES)) {
    const said = orderOf(a.sentence);
    if (!said) continue;
    const [earlier, later] = [new Set(said.earlier), new Set(said.later)];
    const standsFor = LEXICON.anaphora.has(words(a.sentence)[0] ?? '') ? a.context : undefined;
    const some = (xs: ReadonlySet<string>, ys: ReadonlySet<string> | undefined) => !!ys && [...xs].some((t) => ys.has(t));
    const firstIsLater = some(first, later) && !some(first, earlier);
    const secondIsEarlier = (some(second, earlier) || some(second, standsFor)) && !some(second, later);
    if (firstIsLater && secondIsEarlier) return contradicted('opposite', `The source puts them the other way round: "${clip(a.sentence, 160)}"`, a);
  }
  return undefined;
}

/**
 * A sentence's figures, with a bare number that leaves its unit to another figure of the sentence
 * ("Amber inductions take up to four people at once; red inductions take no more than two")
 * read in that unit, where the sentence's figures have one unit.
 */
function figuresWithElidedUnits(sentence: string, of?: string): Quantity[] {
  const qs = quantities(sentence);
  const units = new Set(qs.map((q) => q.unit));
  // (Asked of one unit, the sentence need only give that one among others: "1,000 points … twice
  // as long … you score 500".)
  if (of ? !units.has(of) : units.size !== 1) return [...qs];
  const unit = of ?? [...units][0];
  const text = normalize(sentence);
  const taken = (i: number) => qs.some((q) => i >= q.index && i < q.index + q.text.length);
  // (A bare number counts what the sentence's figures of its unit count.)
  const counted = qs.find((x) => x.unit === unit)?.counted ? { counted: true as const } : {};
  const out = [...qs];
  for (const m of text.matchAll(BARE_NUMBER)) {
    const i = m.index ?? 0;
    if (taken(i)) continue;
    // (Not a long run of digits with no separators, which names something rather than counts it:
    // "a registered charity (number 1092238)".)
    if (m[0].length >= IDENTIFIER_DIGITS && /^\d+$/.test(m[0])) continue;
    const v = /^\d/.test(m[0]) ? Number(m[0]) : LEXICON.numberWords.get(m[0]);
    if (v === undefined || !Number.isFinite(v)) continue;
    const q: Quantity = { low: v, high: v, unit, text: m[0], index: i, ...counted };
    out.push(q);
  }
  // (…and one its bound says is a figure, whatever follows: "at least four lifeguards during
  // general swim, and at least two during early bird sessions".)
  for (const m of text.matchAll(BOUNDED_BARE_NUMBER)) {
    const i = (m.index ?? 0) + m[0].length - m[2].length;
    if (taken(i)) continue;
    // (Not one that counts the noun after it: "families with more than one child" is no "more
    // than one per cent" beside "a discount of 10 per cent".)
    const next = /^\s+([a-z]+)/.exec(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30))?.[1];
    if (next && !STOPWORDS.has(next) && LEXICON.isNoun(next)) continue;
    const v = /^\d/.test(m[2]) ? Number(m[2]) : LEXICON.numberWords.get(m[2]);
    const bound = LEXICON.figureBounds.find(([p]) => p === m[1].toLowerCase().replace(/\s+/g, ' '))?.[1];
    if (v === undefined || !Number.isFinite(v) || !bound) continue;
    out.push({ low: v, high: v, unit, text: m[2], index: i, bound, boundText: m[1], ...counted });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Digits in a row, unseparated, from which a bare number is a reference rather than a figure (a count past 9,999 is written with a separator). */
const IDENTIFIER_DIGITS = 5;

/** A bare number after a bound phrase of the lexicon's ("at least two during…"). */
const BOUNDED_BARE_NUMBER = new RegExp(
  String.raw`\b(${LEXICON.figureBounds.map(([p]) => p).sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, String.raw`\s{1,3}`)).join('|') || '(?!)'})\s{1,3}(\d+(?:\.\d+)?|${[...LEXICON.numberWords.keys()].sort((a, b) => b.length - a.length).join('|')})\b(?![.,]\d)`,
  'gi',
);
/** A number standing alone, with no unit after it (the clause ends or another word follows). */
const BARE_NUMBER = new RegExp(String.raw`\b(?:\d+(?:\.\d+)?|${[...LEXICON.numberWords.keys()].sort((a, b) => b.length - a.length).join('|')})\b(?=\s*(?:[.,;:)]|$))`, 'g');

/** Start and end of the clause around a position (CLAUSE_BREAK marks clause ends). */
function clauseSpan(text: string, at: number): [number, number] {
  let from = 0;
  // (Read one character at a time, so the pattern's own look-arounds see nothing: a comma, a
  // colon or an en dash between two digits is part of a figure, "£18,500", "9:30", "10–15".)
  const breaks = (i: number) => CLAUSE_BREAK.test(text[i]) && !(/[,:\u2013]/.test(text[i]) && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  for (let i = Math.min(at, text.length) - 1; i >= 0; i--) if (breaks(i)) { from = i + 1; break; }
  let to = text.length;
  for (let i = at; i < text.length; i++) if (breaks(i)) { to = i; break; }
  return [from, to];
}

function wordsAt(text: string): { word: string; at: number }[] {
  // ("under-18s" is one word: the age group, not "under-" and "s".)
  return [...text.matchAll(/[a-z][a-z0-9-]*/g)].map((m) => ({ word: m[0], at: m.index ?? 0 }));
}

/**
 * A name is a run of two to four capitalised words ("Tom Achebe", "Harrowdale Forest"), past the
 * function words a sentence may open with ("Our", "The"). Months and days name no one.
 */
function nameRuns(text: string): { text: string; words: Set<string> }[] {
  const runs: { text: string; words: Set<string> }[] = [];
  for (const m of text.slice(0, MAX_NAME_TEXT).matchAll(NAME_RUN)) {
    const ws = m[0].split(/\s+/);
    while (ws.length && STOPWORDS.has(ws[0].toLowerCase())) ws.shift();
    // (Its words as the analyzer writes them, accents folded: "Wójcik" is the claim's "wojcik".)
    const lower = words(ws.join(' '));
    if (ws.length < 2 || lower.some((w) => LEXICON.months.has(w) || LEXICON.exclusiveSets.some((set) => set.has(w)))) continue;
    runs.push({ text: ws.join(' '), words: new Set(lower) });
  }
  return runs;
}
/** Aligned table rows read for the row a claim names. */
const ROWS_READ = 5;
/** A list item of two sides across a dash: "Name – what they do", "Post – Name". */
const NAME_RECORD = /^\s*(?:[-*\u2022]\s+)?([^\u2013\u2014]{2,60}?)\s[\u2013\u2014-]\s(.{2,300})$/u;
const NAME_RUN = /(?<![\p{L}\d])\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)?){1,3}/gu;
const MAX_NAME_TEXT = 2000;
/** What a claim says of its one name: the share of it a source clause must say to be the same statement of another name. */
const SAID_OF_NAME = 2 / 3;
/** A clause that opens with an article, set after a name: an apposition that describes it. */
const APPOSITION = /^(?:a|an|the)\s/i;
/** Does a clause of a sentence follow a comma there? */
function afterComma(sentence: string, clause: string): boolean {
  const at = sentence.indexOf(clause);
  return at > 0 && /,\s*$/.test(sentence.slice(Math.max(0, at - 3), at));
}
/** A sentence's last part after a colon, where it may be a name alone. */
const NAME_AFTER_COLON = /:\s{1,3}([^:]{2,80}?)\.?\s*$/u;

/** Clauses a sentence pairs names with: at its punctuation, and at a conjunction between two of three words or more. */
function nameClauses(sentence: string): string[] {
  // A list item that pairs a name with what it is, across a dash ("Tom Reddaway – human first aid,
  // at most Tuesday and Thursday classes", "Treasurer – Colin Barraclough"), is one record.
  const dash = sentence.match(NAME_RECORD);
  if (dash && [dash[1], dash[2]].some((side) => nameRuns(side).some((r) => r.text === side.trim()))) return [sentence.trim()];
  // …and so is one that ends in a name after a colon ("2. Group bookings, school trips and sole
  // use of the building: Callum Reid."): the name is who all of it goes to.
  const colon = sentence.match(NAME_AFTER_COLON);
  if (colon && nameRuns(colon[1]).some((r) => r.text === colon[1])) return [sentence.trim()];
  return sentence
    .split(CLAUSE_SPLIT)
    .flatMap((part) => {
      const pieces = part.split(/\s(?:and|but|while|whereas)\s/);
      return pieces.every((x) => words(x).length >= 3) ? pieces : [part];
    })
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * The claim names one thing (a person, a place) and says something of it; an aligned sentence
 * has a clause that says most of the same thing of another name, and no clause that says it of
 * the claim's. (Names share no word: "Tom" may be Tom Achebe.)
 */
function nameSwap(claim: string, aligned: readonly AlignedSentence[], corpus: Corpus): { claimed: string; source: string; at: AlignedSentence } | undefined {
  // (Of two runs or more, one that ends in a post's title names the post the claim gives: "Bernie
  // Okafor is the Housekeeping Lead" names one person. A lone run is kept: "Tom Cook" is someone.)
  const given = appositives(claim, nameRuns(claim));
  const people = given.length > 1 ? given.filter((r) => !namesPost(r)) : given;
  const claimed = people.length === 1 ? people : given;
  if (claimed.length !== 1) return undefined;
  const own = claimed[0];
  // (Not the words that only say someone answers for it, "the person responsible for", which a
  // source says with a post or a colon: lexicon `responsibilityWords`.)
  const restWords = words(claim).filter((w) => !STOPWORDS.has(w) && !own.words.has(w) && /^\p{L}/u.test(w) && !LEXICON.negations.has(w) && !LEXICON.responsibilityWords.has(w));
  const rest = new Set(restWords.map(termOf));
  // (A post the claim gives the name, "…is the club's treasurer", is enough on its own: one
  // person holds it.)
  const posts = new Set(restWords.filter((w) => LEXICON.namesPerson(w) && !LEXICON.pluralNoun(w)).map(termOf));
  if (rest.size < 2 && !posts.size) return undefined;
  const sameName = (r: { words: Set<string> }) => [...r.words].some((w) => own.words.has(w));
  // What the claim says of its name is looked for apart from the name too: the name's own words
  // lead the alignment to what the sources say of that person ("the Loans Officer, Tom Adeyemi"
  // runs the loan scheme), not to who inducts new key holders.
  const unnamed = alignSentences(claim.replace(own.text, ' '), corpus).filter((x) => x.alignment >= ALIGNED);
  const named = aligned.filter((x) => x.alignment >= ALIGNED);
  const against = [...named.slice(0, 3), ...unnamed.slice(0, 3)];
  let found: { claimed: string; source: string; at: AlignedSentence } | undefined;
  // (What the heading says the clause says too: "Inductions are run by the Site Warden" under
  // "Becoming a key holder" is about inducting key holders.)
  const says = (text: string, a: AlignedSentence) => {
    const ts = new Set(words(text).map(termOf));
    const held = [...rest].filter((t) => ts.has(t) || a.context?.has(t)).length;
    return (posts.size > 0 && [...posts].every((t) => ts.has(t))) || (held >= 2 && held >= SAID_OF_NAME * rest.size);
  };
  // How much of it the words themselves say, the heading aside: a clause that names the claim's
  // person says it of them only as strongly as it says it ("all mixed in the studio by Oliver
  // Trent" under "Glaze safety" says less of health and safety at the studio than "Our Health
  // and Safety Officer is Bernadette Walsh").
  const ownWords = (text: string) => {
    const ts = new Set(words(text).map(termOf));
    return [...rest].filter((t) => ts.has(t)).length;
  };
  let ownSaid = -1;
  let otherSaid = -1;
  for (const a of [...named, ...unnamed]) {
    // A table row is one record: a row that names the claim's name and says what the claim says
    // says it of that name ("Role: Studio Manager; Name: Harriet Okonkwo" is no other name for
    // the studio's manager). A row that names the person for something else says nothing here.
    if (rowCells(a.sentence) && nameRuns(a.sentence).some(sameName) && says(a.sentence, a)) ownSaid = Math.max(ownSaid, ownWords(a.sentence));
    const clauses = nameClauses(a.sentence);
    for (const [i, clause] of clauses.entries()) {
      if (!says(clause, a)) continue;
      // (A clause set after a name with an article is said of that name: "founded in 1962 by
      // Walter Grice, a retired railway signalman who had played at the old Tarrow Valley
      // Institute" tells of Walter Grice, whatever other name it holds.)
      // (Set off by a comma: "in Wendle Bridge and the villages on our delivery round" holds no
      // apposition, though the join splits it there.)
      const apposed = i > 0 && APPOSITION.test(clause) && afterComma(a.sentence, clause) ? nameRuns(clauses[i - 1]).find((r) => clauses[i - 1].trimEnd().replace(/[.,;:]$/, '').endsWith(r.text)) : undefined;
      const runs = apposed ? [apposed, ...nameRuns(clause)] : nameRuns(clause);
      // Said of the claim's own name somewhere: no swap, unless another name's clause says it more.
      if (runs.some(sameName)) {
        ownSaid = Math.max(ownSaid, ownWords(clause));
        continue;
      }
      // (The person, where the clause names the post too: "Housekeeping Lead – Siân Pritchard".)
      const other = runs.find((r) => !sameName(r) && !namesPost(r)) ?? runs.find((r) => !sameName(r));
      // (Named in full where the sentence gives a post and a name: "the Site Warden, Gareth Lowe".)
      const full = other && appositives(a.sentence, nameRuns(a.sentence)).find((r) => [...other.words].every((w) => r.words.has(w)));
      if (!other || !against.includes(a)) continue;
      // (A post the clause names with no holder beside it names no one else: "…to the Practice
      // Manager" is no other person than the claim's "Practice Manager – Gillian Pryce".)
      if (namesPost(other) && (!full || full.text === other.text) && !namesPost(own)) continue;
      const held = ownWords(clause);
      // (A post whose holder the sentence names beside it is theirs: "handled by our Bookings
      // Coordinator, Niamh Castell" says it of Niamh Castell.)
      if (full && sameName(full)) {
        ownSaid = Math.max(ownSaid, held);
        continue;
      }
      if (held > otherSaid) (otherSaid = held), (found = { claimed: own.text, source: (full ?? other).text, at: a });
    }
  }
  return found && otherSaid > ownSaid ? found : undefined;
}

/** A word that says something beyond stopwords and figures ("half past eight" and "15" say no statement). */
function statementWord(w: string, figureWords: ReadonlySet<string>): boolean {
  return !STOPWORDS.has(w) && !/\d/.test(w) && !LEXICON.numberWords.has(w) && !figureWords.has(w);
}

/**
 * Does a sentence say most of what a claim says after its word at `at`: what an act is done to
 * ("covers hall hire")? A denial of the act is a denial of that: "it does not cover racket hire"
 * denies nothing of "the fee covers hall hire", where half of it is another thing. (More than half
 * of the words: "do not contact juniors privately by message" says enough of "contact junior
 * players directly through private messages". Figures aside: the figure rules read those.)
 */
function saysWhatFollows(claimWords: readonly string[], at: number, terms: ReadonlySet<string>, figureWords: ReadonlySet<string>): boolean {
  // (Up to a clause the claim goes on to: "need a DBS check before they start" does it to a check.)
  const rest = claimWords.slice(at + 1);
  const end = rest.findIndex((w) => LEXICON.subordinators.has(w) || LEXICON.conditions.has(w) || LEXICON.sequence.has(w));
  const after = (end < 0 ? rest : rest.slice(0, end)).filter((w) => statementWord(w, figureWords));
  return after.filter((w) => terms.has(termOf(w))).length * 2 > after.length || !after.length;
}

/**
 * Is a word denied outright in a sentence: nothing said after it in its clause ("We do not
 * pre-cast, and…")? Such a denial of an act (the first word a negation reaches) holds whatever a
 * claim does it to.
 */
function deniedOutright(sentence: string, t: string): boolean {
  for (const clause of sentence.split(CLAUSE_SPLIT)) {
    // (Read by what is written between spaces: "pre-cast" is one act, not "pre" before "cast".)
    const written = clause.split(/\s+/).map((x) => words(x));
    const at = written.findIndex((ws) => ws.some((w) => termOf(w) === t));
    if (at >= 0) return written.slice(at + 1).every((ws) => ws.every((w) => STOPWORDS.has(w)));
  }
  return false;
}

/** Pages a word may be on for the sources to name it only in denials: a word of a few pages. */
const DENIED_PAGES = 3;

/**
 * A word of the claim that every source sentence naming it denies, on a page the claim speaks of
 * (one of its aligned sentences'): a thing said not to be there ("We do not have a lift."), or an
 * act denied in a sentence that says the claim ("Do not rub the casualty's arms or legs").
 */
function onlyDenied(claim: string, claimWords: readonly string[], aligned: readonly AlignedSentence[], corpus: Corpus): { word: string; at: { passage: Passage; sentence: string } } | undefined {
  if (claimWords.filter((w) => !STOPWORDS.has(w)).length < MIN_STATEMENT_WORDS) return undefined;
  const said = aligned.filter((a) => a.alignment >= ALIGNED);
  const pages = new Set(said.map((a) => a.passage.id));
  const saidAligned = new Set(said.map((a) => a.sentence));
  const content = new Set(claimWords.filter((w) => !STOPWORDS.has(w) && /^\p{L}/u.test(w)).map(termOf));
  // (The claim's own denial is the denial rules' to judge: "there is no lift" says what the source does.)
  const claimDenies = negatedTerms(claim);
  const inFigures = timeOfDayWords(claim);
  const documents = said.some((a) => a.passage.kind === 'document');
  for (const w of new Set(claimWords)) {
    if (STOPWORDS.has(w) || !/^\p{L}+$/u.test(w)) continue;
    const t = termOf(w);
    if (claimDenies.has(t)) continue;
    // (Among the pages of the claim's own kind: a team's documents are read apart from the
    // curated passages, whose "lift the knee" says nothing of a hostel's lift.)
    const docs = fewPagesWith(t, documents, corpus);
    if (!docs.length) continue;
    let at: { passage: Passage; sentence: string } | undefined;
    let affirmed = false;
    for (const d of docs) {
      const p = corpus.passages[d];
      for (const s of sourceSentences(p, corpus)) {
        if (!s.terms.has(t)) continue;
        // (Denied as an act, "Do not rub the casualty's limbs", in a sentence that says the claim;
        // denied as a thing, "We do not have a lift", anywhere on the page.)
        // (The act itself, the first word the negation reaches: "is not a condition of joining"
        // denies no joining. Not a thing set aside, "a light bag, not a heavy kit bag". And of what
        // the claim does it to: see saysWhatFollows.)
        const denied =
          saysAbsent(s.text, t) ||
          (saidAligned.has(s.text) && negatedTerms(s.text).has(t) && firstDenied(s.text).has(t) && !setAside(s.text).length && [...content].filter((x) => x !== t && s.terms.has(x)).length >= 2 && (deniedOutright(s.text, t) || saysWhatFollows(claimWords, claimWords.indexOf(w), new Set(words(s.text).map(termOf)), inFigures)));
        if (!denied) affirmed = true;
        else if (!at || (pages.has(p.id) && !pages.has(at.passage.id))) at = { passage: p, sentence: s.text };
      }
      // (Named in a title or an alias, it is a thing the sources speak of.)
      if (!affirmed && words(p.title).some((x) => termOf(x) === t)) affirmed = true;
    }
    if (!affirmed && at && pages.has(at.passage.id)) return { word: w, at };
  }
  return undefined;
}

/**
 * The first content word after each negation of a sentence: what it denies itself ("Do not rub
 * the casualty's arms": rub). Not after a negation that is a determiner: "No swimmer may race…"
 * forbids the race, and denies no swimmer.
 */
function firstDenied(sentence: string): Set<string> {
  const ws = words(sentence);
  const out = new Set<string>();
  ws.forEach((w, i) => {
    if (!LEXICON.negations.has(w) || LEXICON.determiners.has(w)) return;
    let j = i + 1;
    while (j < ws.length && STOPWORDS.has(ws[j])) j++;
    if (j < ws.length) out.add(termOf(ws[j]));
  });
  return out;
}

/**
 * A thing the claim says is not there (an absence cue, a determiner at most, then the thing: "There
 * is no defibrillator"), on a few pages of the claim's kind at most, where no source sentence
 * naming it says it is absent or denies it, and one of the claim's aligned sentences names it.
 */
function onlyAffirmed(claim: string, aligned: readonly AlignedSentence[], corpus: Corpus): { word: string; at: { passage: Passage; sentence: string } } | undefined {
  const said = aligned.filter((a) => a.alignment >= ALIGNED);
  if (!said.length) return undefined;
  const documents = said.some((a) => a.passage.kind === 'document');
  for (const w of absentThings(words(claim))) {
    if (STOPWORDS.has(w) || !/^\p{L}+$/u.test(w)) continue;
    const t = termOf(w);
    const docs = fewPagesWith(t, documents, corpus);
    if (!docs.length) continue;
    const naming = docs.flatMap((d) => sourceSentences(corpus.passages[d], corpus).filter((x) => x.terms.has(t)));
    if (!naming.length || naming.some((x) => saysAbsent(x.text, t) || negatedTerms(x.text).has(t) || x.denies?.has(t))) continue;
    const at = said.find((a) => a.terms?.has(t) ?? words(a.sentence).some((x) => termOf(x) === t));
    if (at) return { word: w, at: { passage: at.passage, sentence: at.sentence } };
  }
  return undefined;
}

/**
 * The passages of the claim's kind (a team's documents, or the curated passages) that use a term,
 * where they are a few (DENIED_PAGES at most); none where it is on more, or on none.
 */
function fewPagesWith(t: string, documents: boolean, corpus: Corpus): number[] {
  const docs: number[] = [];
  if (!corpus.index.has(t)) return docs;
  for (const d of corpus.index.docsWith(t)) {
    if ((corpus.passages[d].kind === 'document') !== documents) continue;
    docs.push(d);
    if (docs.length > DENIED_PAGES) return [];
  }
  return docs;
}

/** The words a text says are not there: each right after an absence cue and a determiner at most ("We do not have a lift": lift). */
function absentThings(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (const cue of LEXICON.absenceCues) {
    for (let i = 0; i + cue.length < ws.length; i++) {
      if (!cue.every((w, k) => ws[i + k] === w)) continue;
      let j = i + cue.length;
      while (j < ws.length && LEXICON.determiners.has(ws[j])) j++;
      if (j < ws.length) out.push(ws[j]);
    }
  }
  return out;
}

/** Does a sentence say the thing is not there: an absence cue, a determiner at most, then the thing ("We do not have a lift")? */
function saysAbsent(sentence: string, t: string): boolean {
  return absentThings(words(sentence)).some((w) => termOf(w) === t);
}

/** Does a run of capitalised words end in the title of a post ("Safeguarding Lead")? */
function namesPost(run: { text: string }): boolean {
  return LEXICON.namesPost(run.text.slice(run.text.lastIndexOf(' ') + 1).toLowerCase());
}

/** Name runs one person is named by, as one: a post and the name after it ("the Loans Officer, Tom Adeyemi"), or before it. */
function appositives(text: string, runs: { text: string; words: Set<string> }[]): { text: string; words: Set<string> }[] {
  const out: { text: string; words: Set<string> }[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && text.includes(`${last.text}, ${r.text}`)) out[out.length - 1] = { text: `${last.text}, ${r.text}`, words: new Set([...last.words, ...r.words]) };
    else out.push(r);
  }
  return out;
}

/** Most words that say something a source may put between two of the claim's words it says in order. */
const ORDER_GAP = 5;

/**
 * Does a source sentence say the claim's content words, every one, in the claim's order and each
 * within a few words of the one before, with the same negation and modal words over that stretch?
 * Not a sentence the next one denies, a myth, or an item under a heading that forbids it.
 */
function saysInOrder(a: AlignedSentence, claim: string, claimWords: readonly string[]): boolean {
  if (a.denies || a.forbidden) return false;
  // (Figures are compared as figures: every one the claim gives, given by the sentence, not denied.)
  const content = claimWords.filter((w) => !STOPWORDS.has(w) && !/\d/.test(w) && !LEXICON.numberWords.has(w));
  if (content.length < MIN_STATEMENT_WORDS) return false;
  const theirs = words(a.sentence);
  if (theirs.some((w) => LEXICON.mythCues.has(w))) return false;
  const figures = quantities(a.sentence).filter((q) => !q.denied);
  if (!quantities(claim).every((cq) => cq.denied || figures.some((q) => agrees(cq, q) && agrees(q, cq)))) return false;
  const stems = theirs.map(termOf);
  // (The gap is counted in words that say something: figures and function words between are free.)
  const says = theirs.map((w) => !STOPWORDS.has(w) && !/\d/.test(w) && !LEXICON.numberWords.has(w));
  let at = -1;
  let first = -1;
  for (const w of content) {
    const t = termOf(w);
    let k = -1;
    for (let i = at + 1, gap = 0; i < stems.length && k < 0 && (at < 0 || gap <= ORDER_GAP); i++) {
      if (stems[i] === t) k = i;
      else if (says[i]) gap++;
    }
    if (k < 0) return false;
    if (first < 0) first = k;
    at = k;
  }
  // The stretch read from the start of its clause: "Don't run a competition … without approval"
  // forbids what "you can run a competition … without approval" allows.
  let start = 0;
  let seen = 0;
  for (const clause of a.sentence.split(CLAUSE_SPLIT)) {
    const n = words(clause).length;
    if (seen + n > first) break;
    seen += n;
    start = seen;
  }
  const span = theirs.slice(start, at + 1);
  const claimTerms = new Set(content.map(termOf));
  const denied = (text: string) => [...negatedTerms(text)].filter((t) => claimTerms.has(t)).sort().join(' ');
  // (Read in the sentence as written: its commas end a negation's reach, as the claim's do.)
  if (denied(a.sentence) !== denied(claim)) return false;
  const negations = (ws: readonly string[]) => ws.filter((w) => LEXICON.negations.has(w)).length;
  if (negations(span) !== negations(claimWords)) return false;
  const mine = modalityOf(claimWords, true);
  const said = modalityOf(span, true);
  return mine.obliges === said.obliges && mine.forbids === said.forbids && mine.optional === said.optional && mine.allows === said.allows;
}

/** Does a sentence say exactly these words (a list item's number or bullet aside)? */
function sameWords(sentence: string, ws: readonly string[]): boolean {
  const theirs = words(sentence);
  const from = theirs.length === ws.length + 1 && /^\d+$/.test(theirs[0]) ? 1 : 0;
  return theirs.length - from === ws.length && ws.length >= MIN_STATEMENT_WORDS && ws.every((w, i) => theirs[i + from] === w);
}

/** What joins two cases in a column's heading: "Charity and community rate", "Members / guests". */
const KEY_JOIN = /\s(?:and|or|&)\s|\s?\/\s?/;

/**
 * A table row's figure the claim gives under a column it does not name, where it names another
 * column of the row that gives a figure of the same unit: the other column's figure, with the
 * column names. (Both columns named, or neither, or the claim giving the other column's figure too: nothing.)
 */
function otherColumn(sentence: string, cq: Quantity, claimTerms: ReadonlySet<string>, claimed: readonly Quantity[]): { key: string; other: string; theirs: Quantity } | undefined {
  const cells = cellsOf(sentence).slice(1);
  const named = (key: string) => columnNamed(key, claimTerms);
  const figures = (c: { key: string; value: string }) => [...quantities(c.value), ...countedInCell(c, cq)];
  const holding = cells.find((c) => figures(c).some((q) => !q.denied && agrees(cq, q) && agrees(q, cq)));
  if (!holding) return undefined;
  // (Where the claim names the holding column too, only a column it names more fully, every word of
  // it, is another: "a non-member … £110" names "Non-members" as well as "Members"; "£19 a night for
  // a bed" names "Bed only", not "Bed and breakfast".)
  const fuller = (c: { key: string }) => {
    const mine = new Set(columnKeyTerms(holding.key));
    const theirs = columnKeyTerms(c.key);
    return theirs.length > mine.size && [...mine].every((t) => theirs.includes(t)) && theirs.every((t) => claimTerms.has(t));
  };
  const holdingNamed = named(holding.key);
  for (const c of cells) {
    if (c === holding || !named(c.key) || (holdingNamed && !fuller(c))) continue;
    const theirs = figures(c).find((q) => !q.denied && q.unit === cq.unit);
    // (The claim gives that column's figure too: "music must stop at 11.30 pm and everyone must be
    // out by midnight" gives each column its own.)
    if (theirs && !agrees(cq, theirs) && !claimed.some((o) => o !== cq && agrees(o, theirs))) return { key: `"${c.key}"`, other: `"${holding.key}"`, theirs };
  }
  return undefined;
}

/**
 * The words of a column heading that name a case. (A column named by its measure, "Price" or
 * "Hours", names no case: a claim says "price" or "hours" of any column's figure.)
 */
function columnKeyTerms(key: string): string[] {
  return words(key).filter((w) => !STOPWORDS.has(w) && /^\p{L}/u.test(w) && !LEXICON.units.has(w) && !LEXICON.unitsMeasuredBy.has(w)).map(termOf);
}

/** Does a claim name a column, every word of its heading? (A heading that joins two cases names either: "Charity and community rate" is the charities'.) */
/**
 * The terms of a table row's name. (A number word in it is part of what it sells, not what names it:
 * "Pot of tea for one".) (Nor does a name that is one letter, a code, name it to a claim: "Zone: B"
 * says no more than the "A" of the row above, a stopword. Such a row is found by its other cells.)
 */
function rowNameTerms(name: string): string[] {
  if (/^\s*\p{L}\s*$/u.test(name)) return [];
  return words(name).filter((w) => !STOPWORDS.has(w) && !LEXICON.numberWords.has(w)).map(termOf);
}

/**
 * The range a table column the claim names gives over all the table's rows (its least and its
 * most figure of the claim's unit), where the claimed range shares an end with it and the claim
 * names no one row: the column's range, as the claim means to state it. Quoted by a row that
 * gives an end, where one is aligned.
 */
function columnSpan(cq: Quantity, claimTerms: ReadonlySet<string>, aligned: readonly AlignedSentence[], corpus: Corpus): { at: AlignedSentence; least: Quantity; most: Quantity } | undefined {
  const seen = new Set<string>();
  for (const a of aligned) {
    if (a.alignment < FIGURE_ALIGNED || !tableRowName(a.sentence) || seen.has(a.passage.id)) continue;
    seen.add(a.passage.id);
    const rows = sourceSentences(a.passage, corpus).filter((x) => tableRowName(x.text));
    // (A claim that names a row speaks of that row, not of the column: "adult tickets range …".)
    const named = (name: string) => {
      const ts = rowNameTerms(name).filter((t) => /^\p{L}/u.test(t));
      return ts.length > 0 && ts.every((t) => claimTerms.has(t));
    };
    if (rows.some((x) => named(tableRowName(x.text)!))) continue;
    const figures = rows.flatMap((x) => cellsOf(x.text).filter((c) => columnNamed(c.key, claimTerms)).flatMap((c) => quantities(c.value).filter((q) => !q.denied && q.unit === cq.unit)));
    if (figures.length < 2) continue;
    const least = figures.reduce((m, q) => (q.low < m.low ? q : m));
    const most = figures.reduce((m, q) => (q.high > m.high ? q : m));
    if (least.low !== cq.low && most.high !== cq.high) continue;
    const end = (x: AlignedSentence) => cellsOf(x.sentence).some((c) => columnNamed(c.key, claimTerms) && quantities(c.value).some((q) => q.unit === cq.unit && (q.low === least.low || q.high === most.high)));
    return { at: aligned.find((x) => x.passage.id === a.passage.id && tableRowName(x.sentence) && end(x)) ?? a, least, most };
  }
  return undefined;
}

function columnNamed(key: string, claimTerms: ReadonlySet<string>): boolean {
  return key.split(KEY_JOIN).some((part) => {
    const ts = columnKeyTerms(part);
    return ts.length > 0 && ts.every((t) => claimTerms.has(t));
  });
}

/**
 * The figures of `kind` a table row gives in the one column the claim names among those that give
 * one: "a single swim" names "Single swim: £4.10" of "Junior (4–17); Single swim: £4.10; 10-swim
 * card: £37; Season ticket: £130". Nothing where the claim names none of them, or several.
 */
function namedColumnFigures(sentence: string, claimTerms: ReadonlySet<string>, kind: (q: Quantity) => boolean): Quantity[] {
  const cells = cellsOf(sentence)
    .slice(1)
    .map((c) => ({ c, qs: quantities(c.value).filter((q) => !q.denied && kind(q)) }))
    .filter((x) => x.qs.length > 0);
  const namedCells = cells.filter((x) => columnNamed(x.c.key, claimTerms));
  return namedCells.length === 1 ? namedCells[0].qs : [];
}

/**
 * A cell's bare number, read as a count of what the claim's figure counts where the column's
 * heading names it: "Items fixed: 169" is 169 items.
 */
function countedInCell(cell: { key: string; value: string }, cq: Quantity): Quantity[] {
  const value = cell.value.trim();
  if (!cq.counted || !BARE_CELL.test(value) || !words(cell.key).some((w) => termOf(w) === termOf(cq.unit))) return [];
  const v = Number(value);
  return [{ low: v, high: v, unit: cq.unit, text: value, index: 0, counted: true }];
}

/** A table cell that is a number alone ("169", "4.5"). */
const BARE_CELL = /^\d{1,7}(?:\.\d+)?$/;

/** Least of a claim's words, said only by another band's item, that make the claim that item's. */
const BAND_WORDS = 2;
/** Most characters before a list item's band (its bound aside): the item opens with it. */
const BAND_LEADS = 2;

/**
 * The item of a list of bands whose outcome a claim gives to a figure that falls under another
 * item: the aligned item gives the claim's figure, its sibling items figures of the same measure
 * that the claim's is not, and the claim says at least BAND_WORDS words that only a sibling says
 * and none that only the aligned item says. The sibling's figure, and its item as written.
 */
export function otherBand(claim: string, cq: Quantity, top: { passage: Passage; sentence: string }, corpus: Corpus): { theirs: Quantity; item: string } | undefined {
  const all = sourceSentences(top.passage, corpus);
  const at = all.findIndex((x) => x.text === top.sentence);
  if (at < 0) return undefined;
  const leads = lineLeads(top.passage.text, all.length);
  const lead = leads[at];
  if (lead === undefined || lead === at) return undefined;
  // (Words only: a number word is the figure, read as such.)
  const termsOf = (text: string) => new Set(contentTerms(text).filter((t) => /^\p{L}/u.test(t) && !LEXICON.numberWords.has(t)));
  // (A list of bands leads each item with its band, "14 days or more before…": a list of things
  // each given a figure, "blood tests: three to five working days", is no list of bands.)
  const leading = (text: string) => {
    const offset = text.length - listItemText(text).length;
    return quantities(text).filter((q) => {
      if (q.denied || !sameMeasure(q, cq)) return false;
      // (Where the bound before it opens the item: "fewer than 7 days before…".)
      const before = text.slice(offset, q.index).trimEnd().toLowerCase();
      const opening = q.boundText && before.endsWith(q.boundText) ? before.slice(0, -q.boundText.length) : before;
      return opening.trim().length <= BAND_LEADS;
    });
  };
  if (!leading(top.sentence).some((q) => agrees(cq, q))) return undefined;
  const siblings = all
    .map((x, i) => ({ x, i }))
    .filter(({ i }) => i !== at && i !== lead && leads[i] === lead)
    .map(({ x }) => ({ text: listItemText(x.text).replace(/[;,.]\s*$/, ''), terms: termsOf(x.text), figure: leading(x.text).find((q) => !agrees(cq, q)) }))
    .filter((x): x is { text: string; terms: Set<string>; figure: Quantity } => !!x.figure);
  if (!siblings.length) return undefined;
  const own = termsOf(top.sentence);
  const said = [...termsOf(claim)];
  // (A word the claim says that only this item says gives this item's outcome; a word of the list's
  // lead or headings, "If you withdraw from a course:", says what every item is of.)
  const context = new Set([...all[at].context, ...termsOf(all[lead].text), ...termsOf(`${top.passage.title} ${top.passage.source.title ?? ''}`)]);
  if (said.some((t) => own.has(t) && !context.has(t) && !siblings.some((x) => x.terms.has(t)))) return undefined;
  // (A claim that gives the other band's figure too gives each band its own: "£100 is normal,
  // rising to £250 for parties with alcohol".)
  const alsoClaimed = quantities(claim).filter((q) => q.index !== cq.index);
  for (const sibling of siblings) {
    if (alsoClaimed.some((q) => agrees(q, sibling.figure) && agrees(sibling.figure, q))) continue;
    const theirs = said.filter((t) => sibling.terms.has(t) && !own.has(t));
    if (theirs.length < BAND_WORDS) continue;
    return { theirs: sibling.figure, item: sibling.text };
  }
  return undefined;
}

/** What the band rule says: where the claim's figure falls, and the item whose outcome it gave. */
export function bandNote(cq: Quantity, own: Quantity, item: string, ref = ''): string {
  return `"${said(cq)}" comes under "${said(own)}" in the source; what the claim says of it is said of another case: "${clip(item, MAX_ITEM_TEXT)}"${ref}.`;
}
/** Longest list item quoted in the band rule's note. */
const MAX_ITEM_TEXT = 160;

/**
 * Does a claim name a table row by the figure of its first cell? Every figure of that cell is one
 * the claim gives, read both ways ("aged 12 to 15" names "Age: 12 to 15", not "Age: 12 to 17").
 */
function namedByFigure(sentence: string, claimed: readonly Quantity[]): boolean {
  const end = sentence.indexOf('; ');
  if (end < 0) return false;
  const own = quantities(sentence).filter((q) => q.index < end && !q.denied);
  return own.length > 0 && own.every((q) => claimed.some((c) => agrees(c, q) && agrees(q, c)));
}

/** A table row's cells as read ("Class: M/W14; Ages: 13–14; Suggested course: Orange."). */
function cellsOf(sentence: string): { key: string; value: string }[] {
  return sentence
    .replace(/\.$/, '')
    .split('; ')
    .map((c) => {
      const at = c.indexOf(': ');
      return at > 0 ? { key: c.slice(0, at).trim().toLowerCase(), value: c.slice(at + 2).trim() } : undefined;
    })
    .filter((c): c is { key: string; value: string } => !!c);
}

/**
 * The claim names one row of a table (its first cell) and says a word that, in a column the claim
 * speaks of, is another row's value and not its own row's.
 */
function cellSwap(claim: string, claimed: readonly Quantity[], aligned: readonly AlignedSentence[], corpus: Corpus): { row: string; claimed: string; source: string; at: AlignedSentence } | undefined {
  const claimTerms = new Set(contentTerms(claim));
  for (const a of aligned.filter((x) => x.alignment >= ALIGNED).slice(0, 3)) {
    const cells = cellsOf(a.sentence);
    const own = rowCells(a.sentence);
    if (!own || cells.length < 2) continue;
    const nameTerms = contentTerms(own.name);
    // (A row named by a figure, "Age: 12 to 15", is named by a claim that gives that figure:
    // "children aged 12 to 15".)
    if (!(nameTerms.length && nameTerms.every((t) => claimTerms.has(t))) && !namedByFigure(a.sentence, claimed)) continue;
    // What the claim says of the row is said in the clause that names it: "Full members can come
    // in whenever the studio is open, while Weekday members come in before 5 pm" says "open" of
    // Full, not of Weekday.
    const naming = clausesOf(claim).filter((c) => {
      const ts = new Set(contentTerms(c));
      return nameTerms.every((t) => ts.has(t));
    });
    const saidOfRow = naming.length ? new Set(naming.flatMap((c) => contentTerms(c))) : claimTerms;
    const rowTerms = new Set(cells.flatMap((c) => contentTerms(c.value)));
    // The same table's other rows: sentences of the passage (or aligned with the claim: a long
    // table is read in more than one chunk) whose first cell has the same key.
    const others = [...new Set([...sourceSentences(a.passage, corpus).map((x) => x.text), ...aligned.map((x) => x.sentence)])].filter((t) => t !== a.sentence && rowCells(t)?.key === own.key);
    // A row the claim names as what another row it names holds is no subject of the claim: "to
    // attempt Gold a dog has to hold Silver" is about Gold, whose row gives "Must already hold: Silver".
    const held = others.some((o) => {
      const other = rowCells(o);
      const otherName = other ? contentTerms(other.name) : [];
      return otherName.length > 0 && otherName.every((t) => claimTerms.has(t)) && cellsOf(o).slice(1).some((x) => contentTerms(x.value).join(' ') === nameTerms.join(' '));
    });
    if (held) continue;
    // Each column's values in those rows, as terms (read once for the row).
    const columns = new Map<string, Set<string>>();
    for (const o of others) for (const x of cellsOf(o)) for (const t of contentTerms(x.value)) (columns.get(x.key) ?? columns.set(x.key, new Set()).get(x.key)!).add(t);
    for (const c of cells.slice(1)) {
      // A column the claim speaks of ("suggested course"), where the row gives a value.
      const keyTerms = contentTerms(c.key);
      if (!keyTerms.some((t) => saidOfRow.has(t)) || !contentTerms(c.value).length) continue;
      const theirs = columns.get(c.key);
      const t = [...saidOfRow].find((x) => theirs?.has(x) && !rowTerms.has(x) && !nameTerms.includes(x) && !keyTerms.includes(x));
      if (t) {
        // (As the claim writes it: "Yellow".)
        const written = claim.slice(0, MAX_NAME_TEXT).match(WRITTEN_WORD)?.find((token) => termOf(words(token)[0] ?? '') === t) ?? t;
        return { row: own.name, claimed: written, source: c.value, at: a };
      }
    }
  }
  return undefined;
}
