import data from './generated/lexicon.json';
import type { AnswerType, AnswerTypeSpec, CompiledLexicon } from './lexicon-types';

/**
 * The analyzer's language knowledge, read once from the compiled lexicon (knowledge/lexicon.yaml
 * and WordNet, see src/build/build-lexicon.ts). Every lookup is a Map or a Set: words typed by a
 * user ("constructor", "__proto__") are only ever keys.
 */
/** Least topic weight of a word that is mostly a noun (7 of 9). */
const TOPIC_NOUN = 7 / 9;

/** Most words read for a common word through the words that name it. */
const MAX_NAMED_BY = 6;

export class Lexicon {
  readonly stopwords: ReadonlySet<string>;
  readonly variants: ReadonlyMap<string, string>;
  /** Chat spellings read as the word they stand for ("u" → you). */
  readonly informal: ReadonlyMap<string, string>;
  /** Word → the real words commonly typed for it or it for them ("loose" ↔ "lose"). */
  readonly confusables: ReadonlyMap<string, readonly string[]>;
  /** Endings chat drops, [typed, full] (lexicon droppedEndings). */
  readonly droppedEndings: readonly (readonly [string, string])[];
  /** British endings and their American spellings, [British, American] (lexicon britishEndings). */
  readonly britishEndings: readonly (readonly [string, string])[];
  readonly keepWhole: ReadonlySet<string>;
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  readonly qualifiers: ReadonlySet<string>;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly units: ReadonlyMap<string, string>;
  /** Unit class → the words that name it ("days" → day, days): the inverse of `units`. */
  readonly unitWords: ReadonlyMap<string, readonly string[]>;
  /** Exact scales between unit classes: [unit, smaller unit, factor]. */
  readonly unitScales: readonly (readonly [string, string, number])[];
  readonly fractions: ReadonlyMap<string, number>;
  readonly collectives: ReadonlyMap<string, number>;
  readonly multiples: ReadonlyMap<string, number>;
  readonly rateWords: ReadonlySet<string>;
  readonly rateBreakers: ReadonlySet<string>;
  /** A column-heading word → the unit class its figures are a rate of ("monthly" → months). */
  /** A unit class that is one class per another ("miles hours" → mph), keyed by the two joined with a space. */
  readonly rateUnits: ReadonlyMap<string, string>;
  readonly rateLabels: ReadonlyMap<string, string>;
  /** Words that open what a figure is for, right after it ("£12 for adults"). */
  readonly figureOwners: readonly string[];
  /** Particles of phrasal verbs ("up" of "turn up"). */
  readonly particles: ReadonlySet<string>;
  /** Last words of the lexicon's two-word expressions that are no particle ("charge" of "in charge"). */
  readonly phraseEnds: ReadonlySet<string>;
  readonly currencySigns: ReadonlyMap<string, string>;
  readonly byNotation: readonly string[];
  readonly factorCues: readonly string[];
  /** Words that say a figure is approximate ("within about 30 cm"). */
  readonly figureHedges: ReadonlySet<string>;
  /** Words before a bound that say its figure is near ("just over 28 per cent"). */
  readonly nearBounds: ReadonlySet<string>;
  readonly figureBounds: readonly [string, 'below' | 'atMost' | 'above' | 'atLeast'][];
  /** Phrases ending in a bound's words that reach a figure instead ("build up to"). */
  readonly progressions: readonly string[];
  readonly spanUnits: ReadonlySet<string>;
  /** Words before a length of time that say how long something goes on ("for six months"). */
  readonly spanCues: ReadonlySet<string>;
  /** Words after a length of time that make it how long ago or how old, which "over" bounds ("over six months ago"). */
  readonly spanEnders: ReadonlySet<string>;
  /** Unit class → its dimension (feet → length). */
  readonly dimensionOf: ReadonlyMap<string, string>;
  /** Unit class → words that name its measure ("pounds-sterling" → cost, price, fee…). */
  readonly measureWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** Unit classes that name a point in time (a date, a time of day), not an amount. */
  readonly pointUnits: ReadonlySet<string>;
  /** Question phrases (as word lists) and the unit classes they ask for. */
  readonly askedUnits: readonly (readonly [readonly string[], readonly string[]])[];
  /** A figure phrase that asks these unit classes when it ends the question ("…, how much?"). */
  readonly closingAskedUnits: readonly (readonly [readonly string[], readonly string[]])[];
  /** "When" before an auxiliary ("when can I…") asks for a point in time: these unit classes. */
  /** A length of time before or after something places a point in time ("15 minutes before the start"). */
  readonly relativeTimes: { readonly cues: readonly (readonly string[])[]; readonly units: ReadonlySet<string>; readonly answers: readonly string[]; readonly qualifiers: ReadonlySet<string>; readonly sideOf: ReadonlyMap<string, number> };
  readonly timeQuestions: { readonly words: ReadonlySet<string>; readonly before: ReadonlySet<string>; readonly units: readonly string[] };
  /** Phrases that, opening a question or a clause, ask what a rule allows or requires ("can I…"). */
  readonly ruleOpeners: readonly (readonly string[])[];
  /** The modality phrases by which a sentence states a rule (obliges, forbids, allows, leaves open), less `ruleQuestions.notRules`. */
  readonly rulePhrases: readonly (readonly string[])[];
  readonly measureQuestions: { readonly words: ReadonlySet<string>; readonly before: ReadonlySet<string>; readonly verbs: ReadonlySet<string>; readonly degreeWords: ReadonlySet<string>; readonly boundWords: ReadonlySet<string> };
  /** Comparative word → 1 where the first thing compared has the larger figure ("dearer"), -1 the smaller ("cheaper"). */
  readonly comparatives: ReadonlyMap<string, 1 | -1>;
  /** Verbs of change → the way the share a change is by goes ("cuts … by a third": -1). */
  readonly changeVerbs: ReadonlyMap<string, 1 | -1>;
  /** Superlatives: 1 gives the named row the largest figure of its column, -1 the smallest. */
  readonly superlatives: ReadonlyMap<string, 1 | -1>;
  /** A comparative word → the unit classes it compares, where it names a measure ("cheaper" → prices). */
  readonly comparedUnits: ReadonlyMap<string, ReadonlySet<string>>;
  /** Figure cues that ask for a count of things: "how many", "the number of" (as words). */
  readonly countCues: readonly (readonly string[])[];
  /** Modal verbs: the word after one (past a negation) is a verb. */
  readonly modalVerbs: ReadonlySet<string>;
  /** Relative pronouns: a clause opening with one is read with the clause before it. */
  readonly relativePronouns: ReadonlySet<string>;
  /** Pronouns that carry a sentence's named one into the next sentence. */
  readonly carriedNames: ReadonlySet<string>;
  /** Subordinating words: a clause opening with one is read with the clause after it. */
  readonly subordinators: ReadonlySet<string>;
  /** Prepositions the stopwords leave out ("after", "during"): no count runs over one to its noun. */
  readonly prepositions: ReadonlySet<string>;
  /** Coordinating words: two figures joined by one each keep the words of their own side. */
  readonly coordinators: ReadonlySet<string>;
  /** Words that take a case out of what a sentence says ("open all year except…"), as word lists. */
  readonly exceptions: readonly (readonly string[])[];
  /** Subordinating words that set out a case ("If a unit does not beep, …"): what to do follows. */
  readonly conditions: ReadonlySet<string>;
  /** Words that order two things: 1 puts the thing said before the word first ("before"), -1 the thing after it ("after"). */
  readonly sequence: ReadonlyMap<string, 1 | -1>;
  /** Adverbs that order two clauses as a pair: "first" in one, "afterwards" in the next. */
  readonly sequenceAdverbs: { opens: ReadonlySet<string>; follows: ReadonlySet<string> };
  /** Words that open a noun phrase ("the", "your"): an ordinal after one is the noun's. */
  readonly determiners: ReadonlySet<string>;
  /** A complaint's word → the exercise types a plan gives it first ("tight" → stretch, mobility). */
  readonly complaintTypes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Question words that ask for someone ("who"). */
  readonly nameQuestions: ReadonlySet<string>;
  /** Question words that pick one of a kind ("which"): before a person's or a post's noun they ask for someone. */
  readonly choiceQuestions: ReadonlySet<string>;
  /** Words that, in a question asking for someone, only say a person is asked ("the person in charge"). */
  readonly askedPersonWords: ReadonlySet<string>;
  /** Words after a noun asked for that open whom or what it is for ("price for under 16s"). */
  readonly askedNounComplements: ReadonlySet<string>;
  /** Words that make a price question ask a percentage too ("member discount how much?"), and the price units. */
  readonly askedShares: { readonly words: ReadonlySet<string>; readonly prices: ReadonlySet<string> };
  /** Weekdays clipped to a word of their own ("sat"), and the words around them that make them the day ("on sat"). */
  readonly clippedWeekdays: { readonly days: ReadonlyMap<string, string>; readonly before: ReadonlySet<string>; readonly between: ReadonlySet<string>; readonly after: ReadonlySet<string> };
  private readonly postTitles: ReadonlySet<string>;
  /** Digits chat types for a word, and the words either side that show it (see knowledge/lexicon.yaml chatDigits). */
  readonly chatDigits: { readonly words: ReadonlyMap<string, string>; readonly after: ReadonlySet<string>; readonly before: ReadonlySet<string> };
  /** What states that someone holds a post beside their name ("is the Treasurer", "as its Treasurer"), and the words that make a post one of several ("a coach"). */
  readonly postLinks: { readonly copulas: ReadonlySet<string>; readonly roles: ReadonlySet<string>; readonly indefinite: ReadonlySet<string> };
  /** Words that say someone answers for something ("responsible", "in charge", "runs"), not what: the frame of "who does what". */
  readonly responsibilityWords: ReadonlySet<string>;
  /** The posts a word of what they look after leads to ("money" → treasurer). */
  readonly postsLookingAfter: ReadonlyMap<string, readonly string[]>;
  /** Verbs that only frame a question opening with "where" ("where would I find…"). */
  readonly locatingVerbs: ReadonlySet<string>;
  /** Verbs after which a bare number counts people ("which seats 450"). */
  readonly countingVerbs: readonly string[];
  /** Phrases that say the thing after them is not there ("do not have a", "no"), as word runs. */
  readonly absenceCues: readonly (readonly string[])[];
  /** Words after a figure that make it a bound ("14 or over"). */
  readonly trailingBounds: readonly [string, 'atMost' | 'atLeast'][];
  /** An age said without "aged": "must be 21 or over", "eighteen years old". */
  readonly ageLimits: {
    readonly before: readonly string[];
    readonly after: readonly string[];
    readonly old: readonly string[];
    readonly groups: readonly string[];
    readonly people: ReadonlySet<string>;
    readonly birthdays: { readonly words: readonly string[]; readonly owners: readonly string[]; readonly until: readonly string[] };
    readonly named: readonly (readonly [string, 'atLeast' | 'atMost'])[];
  };
  /** Times of day in words ("half past nine", "noon"): minute words before "past" and "to", "o'clock" words, named times. */
  readonly spokenTimes: { readonly past: ReadonlyMap<string, number>; readonly to: ReadonlyMap<string, number>; readonly oclock: readonly string[]; readonly named: ReadonlyMap<string, number>; readonly dayHalves: { readonly am: readonly string[]; readonly pm: readonly string[] }; readonly hourCues: ReadonlySet<string>; readonly hourLeads: readonly string[] };
  /** Phrases that make a figure a total, before it ("adds up to") or after it ("in total"). */
  readonly totals: { readonly before: readonly string[]; readonly after: readonly string[] };
  /** Words before a time of day that make it a period's start or its end. */
  readonly timeEdges: { readonly start: ReadonlySet<string>; readonly end: ReadonlySet<string>; readonly startVerbs: ReadonlySet<string>; readonly endVerbs: ReadonlySet<string> };
  /** How a calendar says how often: "the first Monday of every other month", "every Friday", "monthly". */
  readonly calendarRates: {
    readonly ordinals: readonly string[];
    /** Other words for an ordinal before a day ("final" for "last"). */
    readonly ordinalAliases: ReadonlyMap<string, string>;
    readonly days: readonly string[];
    readonly partsOfDay: readonly string[];
    readonly periods: ReadonlyMap<string, { readonly unit: string; readonly span: number }>;
    readonly adverbs: ReadonlyMap<string, string>;
  };
  /** Word → the days or dates it names ("weekend" → saturday, sunday). */
  readonly calendar: ReadonlyMap<string, readonly string[]>;
  /** A word that names a measure → the unit classes it is measured in ("distance" → meters, feet…). */
  readonly unitsMeasuredBy: ReadonlyMap<string, readonly string[]>;
  /**
   * An adjective that says a degree of a measure → that measure's unit classes ("hot" →
   * celsius, fahrenheit; "deep" → meters, feet…), from WordNet's attribute links.
   */
  readonly unitsOfDegree: ReadonlyMap<string, readonly string[]>;
  /**
   * A measure's name → the adjectives that say a degree of it, in every degree people say them
   * ("depth" → deep, deeper, deepest, shallow, shallower…), from WordNet's attribute links.
   */
  readonly degreesOf: ReadonlyMap<string, readonly string[]>;
  readonly answerTypes: readonly (AnswerTypeSpec & { type: AnswerType })[];
  readonly polysemous: ReadonlySet<string>;
  private readonly givenNames: ReadonlySet<string>;
  private readonly wordNames: ReadonlySet<string>;
  /** Animal nouns whose plural is the word itself ("trout", "sheep"). */
  private readonly zeroPlurals: ReadonlySet<string>;
  readonly offTopic: readonly string[];
  readonly anaphora: ReadonlySet<string>;
  /** Referring words that stand as a sentence's subject: after one opening word that is no noun, the sentence points back ("Together they…"). */
  readonly subjectPronouns: ReadonlySet<string>;
  /** Words of a name that keep their capital inside a sentence ("the Achilles tendon"). */
  readonly properWords: ReadonlySet<string>;
  /** Plural-looking exercise names that take a singular verb ("Pilates works…"). */
  readonly singularNames: ReadonlySet<string>;
  /** How a team's pages speak of the team itself ("we", "our"). */
  readonly selfReference: ReadonlySet<string>;
  /** Pronouns that stand for the object the sentence before gave the same verb ("…do not need one"), and the verbs after which they stand for nothing. */
  readonly standIns: { pronouns: ReadonlySet<string>; notAfter: ReadonlySet<string> };
  /** Words that open an answer by granting what the question before it asked ("Yes, …"). */
  readonly affirmatives: ReadonlySet<string>;
  readonly questionWords: ReadonlySet<string>;
  readonly askedNounLinks: ReadonlySet<string>;
  /** A month's name or short form → its number (1–12). */
  readonly months: ReadonlyMap<string, number>;
  /** The months' full names, January first. */
  readonly monthNames: readonly string[];
  /** A season's name → its first and last month (numbers). */
  readonly seasons: ReadonlyMap<string, readonly [number, number]>;
  readonly membershipGroupFirst: ReadonlySet<string>;
  /** Phrases (as word lists) of obligation, prohibition, optionality and permission. */
  readonly modality: Readonly<Record<'obliges' | 'forbids' | 'optional' | 'allows' | 'restricts' | 'conditional' | 'forbidsOpening' | 'noneMay' | 'allowsAct', readonly (readonly string[])[]>>;
  readonly grantedCues: readonly string[];
  readonly negations: ReadonlySet<string>;
  /** Negations of several words ("rather than"), as word lists. */
  readonly negationPhrases: readonly (readonly string[])[];
  readonly notNegating: readonly string[];
  /** Curated opposites only (knowledge/lexicon.yaml), without WordNet's antonyms. */
  readonly curatedOpposites = new Map<string, Set<string>>();
  readonly oppositeFamilies: readonly (readonly [readonly string[], readonly string[]])[];
  /** The lexicon's own opposite pairs (`opposites`), as written. */
  readonly curatedPairs: readonly [string, string][];
  /** Unit classes that make a figure when hyphenated to their number ("eight-week"). */
  readonly hyphenUnits: ReadonlySet<string>;
  /** Words that make a span of time whole with no article ("Full day (9am–6pm)"). */
  readonly wholeSpans: readonly string[];
  /** A unit word with several readings → its unit classes, the usual one first ("pounds": lb, pounds-sterling). */
  readonly unitReadings: ReadonlyMap<string, readonly string[]>;
  /** Words after which a bare number is an age ("aged 14"; unit class age). */
  readonly ageWords: readonly string[];
  /** Nouns numbered by the figure after them ("week five", "day 23", "Level 2"). */
  readonly numberedNouns: readonly string[];
  /** Sets of words naming mutually exclusive cases: the lexicon's (seasons, weekdays) and the months (their names that are no stopword). */
  readonly exclusiveSets: readonly ReadonlySet<string>[];
  /** The days of the week ("which night…" asks for one). */
  readonly dayNames: ReadonlySet<string>;
  /** Part words and links of a mix said in parts ("one part greens to two parts browns"). */
  readonly ratios: { readonly words: readonly string[]; readonly links: readonly string[] };
  /** Verbs with which a claim says an exercise works a muscle ("targets"). */
  readonly trainingVerbs: ReadonlySet<string>;
  /** Words that tie such a claim to the exercise's own muscle ("mainly"). */
  readonly exclusiveQualifiers: ReadonlySet<string>;
  readonly mythCues: ReadonlySet<string>;
  /** Verbs that report a belief ("believe", "assume"): under a myth's heading, the myth. */
  readonly beliefVerbs: ReadonlySet<string>;
  /** Nouns that report a belief ("a common belief is that…"), read as the verbs are. */
  readonly beliefNouns: ReadonlySet<string>;
  /** Phrases with which the next sentence corrects a reported belief ("in fact", "say otherwise"), as word runs. */
  readonly corrections: readonly (readonly string[])[];
  /** Words that open an answer by denying the yes-or-no question before it ("Is everything organic? No, …"). */
  readonly negativeAnswers: ReadonlySet<string>;
  /** Verbs that deny what follows them without a negation word ("stop", "prevent"). */
  readonly preventives: ReadonlySet<string>;
  /** Words that open a place's name, not a person's ("St Giles'"). */
  readonly placeNamePrefixes: ReadonlySet<string>;
  readonly membership: readonly string[];
  /*
   * The weights are read from the compiled bands on first use, as sorted word lists searched by
   * halving: a cold process (a one-question CLI, an extension host starting) would otherwise build
   * a Map of 44,000 words (some 15 ms) to look up ten. The opposites and WordNet tables are
   * likewise built on first use.
   */
  private readonly data: CompiledLexicon;
  private oppositeMap?: Map<string, Set<string>>;
  private bandLists?: string[][];

  /** The weight bands as sorted word lists (split on first use). */
  private get bands(): string[][] {
    return (this.bandLists ??= this.data.weightBands.map((b) => (b ? b.split(' ') : [])));
  }

  /** The band (0–49) a word is in, or -1; each word searched once (a document check asks for thousands). */
  private bandOf(w: string): number {
    let b = this.bandMemo.get(w);
    if (b === undefined) {
      if (this.bandMemo.size >= MEMO_LIMIT) this.bandMemo.clear();
      this.bandMemo.set(w, (b = this.searchBands(w)));
    }
    return b;
  }

  private readonly bandMemo = new Map<string, number>();

  private searchBands(w: string): number {
    const bands = this.bands;
    for (let i = 0; i < bands.length; i++) {
      const list = bands[i];
      let lo = 0;
      let hi = list.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const x = list[mid];
        if (x === w) return i;
        if (x < w) lo = mid + 1;
        else hi = mid - 1;
      }
    }
    return -1;
  }

  /** What the lexicon was compiled from, as a hash: another stamp may index words otherwise. */
  get stamp(): string {
    return this.data.stamp;
  }

  /** Lookups on the bands, shaped as baseForm wants them. */
  private readonly known = { has: (w: string) => this.bandOf(w) >= 0 };

  constructor(d: CompiledLexicon) {
    this.data = d;
    this.stopwords = new Set(d.stopwords);
    this.variants = new Map(d.variants);
    this.informal = new Map(d.informal ?? []);
    const confusables = new Map<string, string[]>();
    for (const [a, b] of d.confusables ?? []) for (const [x, y] of [[a, b], [b, a]]) confusables.set(x, [...(confusables.get(x) ?? []), y]);
    this.confusables = confusables;
    this.droppedEndings = d.droppedEndings ?? [];
    this.britishEndings = d.britishEndings ?? [];
    this.keepWhole = new Set(d.keepWhole);
    this.synonyms = new Map(d.synonyms);
    this.qualifiers = new Set(d.qualifiers);
    this.numberWords = new Map(d.numberWords);
    const units = new Map<string, string>();
    const unitWords = new Map<string, string[]>();
    for (const [unit, ws] of d.units) {
      for (const w of ws) units.set(w, unit);
      unitWords.set(unit, [...ws]);
    }
    this.units = units;
    this.unitWords = unitWords;
    this.unitScales = d.unitScales ?? [];
    this.fractions = new Map(d.fractions);
    this.collectives = new Map(d.collectives);
    this.multiples = new Map(d.multiples ?? []);
    this.rateWords = new Set(d.rateWords ?? []);
    this.rateBreakers = new Set(d.rateBreakers ?? []);
    this.rateUnits = new Map((d.rateUnits ?? []).map(([unit, of, per]) => [`${of} ${per}`, unit]));
    this.rateLabels = new Map(d.rateLabels ?? []);
    this.figureOwners = d.figureOwners ?? [];
    this.particles = new Set(d.particles ?? []);
    this.phraseEnds = new Set(d.phraseEnds ?? []);
    this.currencySigns = new Map(d.currencySigns ?? []);
    this.byNotation = d.byNotation ?? [];
    this.factorCues = d.factorCues ?? [];
    this.figureHedges = new Set(d.figureHedges ?? []);
    this.nearBounds = new Set(d.nearBounds ?? []);
    this.figureBounds = d.figureBounds ?? [];
    this.progressions = d.progressions ?? [];
    this.spanUnits = new Set(d.spanUnits ?? []);
    this.spanCues = new Set(d.spanCues ?? []);
    this.spanEnders = new Set(d.spanEnders ?? []);
    this.dimensionOf = new Map((d.dimensions ?? []).flatMap(([dim, units]) => units.map((u) => [u, dim] as const)));
    const measures = new Map<string, Set<string>>();
    for (const m of d.measureWords ?? []) for (const u of m.units) for (const w of m.words) measures.set(u, new Set([...(measures.get(u) ?? []), w]));
    this.measureWords = measures;
    const measuredBy = new Map<string, string[]>();
    for (const m of d.measureWords ?? []) for (const w of m.words) measuredBy.set(w, [...new Set([...(measuredBy.get(w) ?? []), ...m.units])]);
    this.unitsMeasuredBy = measuredBy;
    const dimensionUnits = new Map(d.dimensions ?? []);
    this.unitsOfDegree = new Map(
      (d.measureAdjectives ?? []).flatMap(([adjective, measures]) => {
        const units = [...new Set(measures.flatMap((m) => [...(measuredBy.get(m) ?? []), ...(dimensionUnits.get(m) ?? [])]))];
        return units.length ? [[adjective, units] as const] : [];
      }),
    );
    const forms = new Map(d.measureAdjectiveForms ?? []);
    const degrees = new Map<string, string[]>();
    for (const [adjective, measures] of d.measureAdjectives ?? []) for (const m of measures) degrees.set(m, [...(degrees.get(m) ?? []), adjective, ...(forms.get(adjective) ?? [])]);
    this.degreesOf = degrees;
    this.ruleOpeners = (d.ruleQuestions?.opens ?? []).map((p) => p.split(' '));
    this.relativeTimes = { cues: (d.relativeTimes?.cues ?? []).map((c) => c.split(' ')), units: new Set(d.relativeTimes?.units ?? []), answers: d.relativeTimes?.answers ?? [], qualifiers: new Set(d.relativeTimes?.qualifiers ?? []), sideOf: new Map((d.relativeTimes?.sides ?? []).flatMap((side, i) => side.map((w) => [w, i] as const))) };
    this.timeQuestions = { words: new Set(d.timeQuestions?.words ?? []), before: new Set(d.timeQuestions?.before ?? []), units: d.timeQuestions?.units ?? [] };
    this.measureQuestions = {
      words: new Set(d.measureQuestions?.words ?? []),
      before: new Set(d.measureQuestions?.before ?? []),
      verbs: new Set(d.measureQuestions?.verbs ?? []),
      degreeWords: new Set(d.measureQuestions?.degreeWords ?? []),
      boundWords: new Set(d.measureQuestions?.boundWords ?? []),
    };
    this.countCues = (d.countCues ?? []).map((c) => c.split(' '));
    this.modalVerbs = new Set(d.modalVerbs ?? []);
    this.relativePronouns = new Set(d.relativePronouns ?? []);
    this.carriedNames = new Set(d.carriedNames ?? []);
    this.subordinators = new Set(d.subordinators ?? []);
    this.prepositions = new Set(d.prepositions ?? []);
    this.coordinators = new Set(d.coordinators ?? []);
    this.exceptions = (d.exceptions ?? []).map((p) => p.split(' '));
    this.conditions = new Set(d.conditions ?? []);
    this.sequence = new Map<string, 1 | -1>([...(d.sequence?.first ?? []).map((w) => [w, 1] as const), ...(d.sequence?.second ?? []).map((w) => [w, -1] as const)]);
    this.sequenceAdverbs = { opens: new Set(d.sequence?.opens ?? []), follows: new Set(d.sequence?.follows ?? []) };
    this.determiners = new Set(d.determiners ?? []);
    const complaintTypes = new Map<string, Set<string>>();
    for (const [type, ws] of Object.entries(d.complaintTypes ?? {})) for (const w of ws) complaintTypes.set(w, new Set([...(complaintTypes.get(w) ?? []), type]));
    this.complaintTypes = complaintTypes;
    this.nameQuestions = new Set(d.nameQuestions ?? []);
    this.choiceQuestions = new Set(d.choiceQuestions ?? []);
    this.askedPersonWords = new Set(d.askedPersonWords ?? []);
    this.askedNounComplements = new Set(d.askedNounComplements ?? []);
    this.askedShares = { words: new Set(d.askedShares?.words ?? []), prices: new Set(d.askedShares?.prices ?? []) };
    const clipped = d.clippedWeekdays;
    this.clippedWeekdays = { days: new Map(Object.entries(clipped?.days ?? {})), before: new Set(clipped?.before ?? []), between: new Set(clipped?.between ?? []), after: new Set(clipped?.after ?? []) };
    this.postTitles = new Set(d.postTitles ?? []);
    this.chatDigits = { words: new Map(d.chatDigits?.words ?? []), after: new Set(d.chatDigits?.after ?? []), before: new Set(d.chatDigits?.before ?? []) };
    this.postLinks = { copulas: new Set(d.postLinks?.copulas ?? []), roles: new Set(d.postLinks?.roles ?? []), indefinite: new Set(d.postLinks?.indefinite ?? []) };
    this.responsibilityWords = new Set(d.responsibilityWords ?? []);
    const posts = new Map<string, string[]>();
    for (const [post, duties] of Object.entries(d.postDuties ?? {})) for (const w of duties) posts.set(w, [...(posts.get(w) ?? []), post]);
    this.postsLookingAfter = posts;
    this.locatingVerbs = new Set(d.locatingVerbs ?? []);
    this.countingVerbs = d.countingVerbs ?? [];
    this.absenceCues = (d.absenceCues ?? []).map((p) => p.split(' '));
    this.trailingBounds = d.trailingBounds ?? [];
    this.ageLimits = {
      before: d.ageLimits?.before ?? [],
      after: d.ageLimits?.after ?? [],
      old: d.ageLimits?.old ?? [],
      groups: d.ageLimits?.groups ?? [],
      people: new Set(d.ageLimits?.people ?? []),
      birthdays: { words: d.ageLimits?.birthdays?.words ?? [], owners: d.ageLimits?.birthdays?.owners ?? [], until: d.ageLimits?.birthdays?.until ?? [] },
      named: (['atLeast', 'atMost'] as const).flatMap((bound) => (d.ageLimits?.named?.[bound] ?? []).map((p) => [p, bound] as const)),
    };
    this.spokenTimes = { past: new Map(Object.entries(d.spokenTimes?.past ?? {})), to: new Map(Object.entries(d.spokenTimes?.to ?? {})), oclock: d.spokenTimes?.oclock ?? [], named: new Map(Object.entries(d.spokenTimes?.named ?? {})), dayHalves: { am: d.spokenTimes?.dayHalves?.am ?? [], pm: d.spokenTimes?.dayHalves?.pm ?? [] }, hourCues: new Set(d.spokenTimes?.hourCues ?? []), hourLeads: d.spokenTimes?.hourLeads ?? [] };
    this.totals = { before: d.totals?.before ?? [], after: d.totals?.after ?? [] };
    this.timeEdges = { start: new Set(d.timeEdges?.start ?? []), end: new Set(d.timeEdges?.end ?? []), startVerbs: new Set(d.timeEdges?.startVerbs ?? []), endVerbs: new Set(d.timeEdges?.endVerbs ?? []) };
    const rates = d.calendarRates;
    this.calendarRates = {
      ordinals: rates?.ordinals ?? [],
      ordinalAliases: new Map(Object.entries(rates?.ordinalAliases ?? {})),
      days: rates?.days ?? [],
      partsOfDay: rates?.partsOfDay ?? [],
      periods: new Map(Object.entries(rates?.periods ?? {})),
      adverbs: new Map(Object.entries(rates?.adverbs ?? {})),
    };
    this.comparatives = new Map<string, 1 | -1>([...(d.comparatives?.more ?? []).map((w) => [w, 1] as const), ...(d.comparatives?.less ?? []).map((w) => [w, -1] as const)]);
    this.changeVerbs = new Map<string, 1 | -1>([...(d.comparatives?.rises ?? []).map((w) => [w, 1] as const), ...(d.comparatives?.falls ?? []).map((w) => [w, -1] as const)]);
    this.superlatives = new Map<string, 1 | -1>([...(d.comparatives?.most ?? []).map((w) => [w, 1] as const), ...(d.comparatives?.least ?? []).map((w) => [w, -1] as const)]);
    this.comparedUnits = new Map((d.comparatives?.measures ?? []).flatMap((m) => m.words.map((w) => [w, new Set(m.units)] as const)));
    this.calendar = new Map(d.calendar ?? []);
    this.pointUnits = new Set(d.pointUnits ?? []);
    this.askedUnits = (d.askedUnits ?? []).map(([phrase, units]) => [phrase.split(' '), units] as const);
    this.closingAskedUnits = (d.closingAskedUnits ?? []).map(([phrase, units]) => [phrase.split(' '), units] as const);
    this.answerTypes = (Object.entries(d.answerTypes) as [AnswerType, AnswerTypeSpec][]).map(([type, spec]) => ({ type, ...spec }));
    this.polysemous = new Set(d.polysemous);
    this.givenNames = new Set(d.givenNames ? d.givenNames.split(' ') : []);
    this.wordNames = new Set(d.wordNames ? d.wordNames.split(' ') : []);
    this.zeroPlurals = new Set(d.zeroPlurals ?? []);
    this.offTopic = d.offTopic;
    this.anaphora = new Set(d.anaphora);
    this.subjectPronouns = new Set(d.subjectPronouns ?? []);
    this.properWords = new Set(d.properWords ?? []);
    this.singularNames = new Set(d.singularNames ?? []);
    this.selfReference = new Set(d.selfReference ?? []);
    this.affirmatives = new Set(d.affirmatives ?? []);
    this.standIns = { pronouns: new Set(d.standIns?.pronouns ?? []), notAfter: new Set(d.standIns?.notAfter ?? []) };
    this.questionWords = new Set(d.questionWords ?? []);
    this.askedNounLinks = new Set(d.askedNounLinks ?? []);
    this.months = new Map((d.months ?? []).flatMap((forms, i) => forms.map((f) => [f, i + 1] as [string, number])));
    this.monthNames = (d.months ?? []).map((forms) => forms[0]);
    this.seasons = new Map((d.seasons ?? []).map(([season, [first, last]]) => [season, [this.months.get(first) ?? 0, this.months.get(last) ?? 0] as const]));
    this.membershipGroupFirst = new Set(d.membershipGroupFirst ?? []);
    const m = d.modality ?? { obliges: [], forbids: [], optional: [], allows: [] };
    const split = (ps: readonly string[]) => ps.map((p) => p.split(' '));
    this.modality = { obliges: split(m.obliges), forbids: split(m.forbids), optional: split(m.optional), allows: split(m.allows), restricts: split(m.restricts ?? []), conditional: split(m.conditional ?? []), forbidsOpening: split(m.forbidsOpening ?? []), noneMay: split(m.noneMay ?? []), allowsAct: split(m.allowsAct ?? []) };
    const notRules = new Set(d.ruleQuestions?.notRules ?? []);
    this.rulePhrases = (['obliges', 'forbids', 'optional', 'allows'] as const).flatMap((kind) => this.modality[kind]).filter((p) => !notRules.has(p.join(' ')));
    this.grantedCues = d.grantedCues ?? [];
    this.negations = new Set(d.negations.filter((n) => !n.includes(' ')));
    this.negationPhrases = d.negations.filter((n) => n.includes(' ')).map((n) => n.split(' '));
    this.notNegating = d.notNegating;
    for (const [a, b] of d.opposites) {
      this.curatedOpposites.set(a, new Set([...(this.curatedOpposites.get(a) ?? []), b]));
      this.curatedOpposites.set(b, new Set([...(this.curatedOpposites.get(b) ?? []), a]));
    }
    this.oppositeFamilies = d.oppositeFamilies ?? [];
    this.curatedPairs = d.opposites;
    this.hyphenUnits = new Set(d.hyphenUnits ?? []);
    this.wholeSpans = d.wholeSpans ?? [];
    this.unitReadings = new Map(d.unitReadings ?? []);
    this.ageWords = d.ageWords ?? [];
    this.numberedNouns = d.numberedNouns ?? [];
    this.ratios = d.ratios ?? { words: [], links: [] };
    // ("may" is a month only as a date: as a word it is the verb.)
    this.dayNames = new Set(d.dayNames ?? []);
    this.exclusiveSets = [...(d.exclusiveSets ?? []).map((set) => new Set(set)), ...(this.dayNames.size ? [this.dayNames] : []), new Set((d.months ?? []).flat().filter((f) => !this.stopwords.has(f)))];
    this.trainingVerbs = new Set(d.trainingVerbs ?? []);
    this.exclusiveQualifiers = new Set(d.exclusiveQualifiers ?? []);
    this.mythCues = new Set(d.mythCues);
    this.beliefVerbs = new Set(d.beliefVerbs ?? []);
    this.beliefNouns = new Set(d.beliefNouns ?? []);
    this.corrections = (d.corrections ?? []).map((p) => p.split(' '));
    this.negativeAnswers = new Set(d.negativeAnswers ?? []);
    this.preventives = new Set(d.preventives ?? []);
    this.placeNamePrefixes = new Set(d.placeNamePrefixes ?? []);
    this.membership = d.membership;
  }


  private get opposites(): ReadonlyMap<string, ReadonlySet<string>> {
    if (!this.oppositeMap) {
      const opposites = new Map<string, Set<string>>();
      const opposite = (w: string) => {
        let s = opposites.get(w);
        if (!s) opposites.set(w, (s = new Set()));
        return s;
      };
      for (const [a, b] of [...table(this.data.antonyms).map((p) => p.split(' ') as [string, string]), ...this.data.opposites]) {
        opposite(a).add(b);
        opposite(b).add(a);
      }
      this.oppositeMap = opposites;
    }
    return this.oppositeMap;
  }

  /**
   * A word typed without an ending chat drops ("waitin"), with the ending restored, where the word
   * typed is no real word nor one of `own` (the sources' words) and the restored one is a real word.
   * (The ending is looked at first: most words end in none, and cost nothing more.)
   */
  restoredEnding(w: string, own: (w: string) => boolean = () => false): string | undefined {
    for (const [typed, full] of this.droppedEndings) {
      if (w.length <= typed.length + 1 || !w.endsWith(typed)) continue;
      if (own(w) || this.isWord(w)) return undefined;
      const restored = w.slice(0, -typed.length) + full;
      if (this.isWord(restored)) return restored;
    }
    return undefined;
  }

  /** Is this a real English word (WordNet, or a common inflection of one)? */
  isWord(w: string): boolean {
    return this.known.has(this.knownForm(w));
  }

  /**
   * The form the lexicon knows a word by: as written, by a regular ending ("hips" as "hip"), or
   * in its American spelling ("organisers" as "organizer"); the word itself where none is known.
   */
  private knownForm(w: string): string {
    if (this.known.has(w)) return w;
    const base = baseForm(w, this.known);
    if (base !== w) return base;
    return this.americanForm(w) ?? w;
  }

  /** A British spelling's American form the lexicon knows (or that form's base): "organisers" → "organizer". */
  private americanForm(w: string): string | undefined {
    for (const [british, american] of this.britishEndings) {
      if (w.length <= british.length + 2 || !w.endsWith(british)) continue;
      const spelled = w.slice(0, -british.length) + american;
      if (this.known.has(spelled)) return spelled;
      const spelledBase = baseForm(spelled, this.known);
      if (spelledBase !== spelled) return spelledBase;
    }
    return undefined;
  }

  /**
   * How much a word says in general English, 0..1: "few" little, "marathon" much. Words the
   * lexicon does not know weigh 1.
   */
  information(w: string): number {
    const b = this.bandOfForm(w);
    return b >= 0 ? (b % 10) / 9 : 1;
  }

  /**
   * What a word the corpus lacks says about a question's topic, 0..1: its information, but at
   * least TOPIC_NOUN for a word that is mostly a noun — "pregnancy" or "shoe" makes a question
   * about something else however often people say it.
   */
  topicWeight(w: string): number {
    const b = this.bandOfForm(w);
    // (Bands 20–29: a noun naming a person — "my daughter", "the kids" — says who asks, not what
    // about. Bands 30–39 are animal nouns, topics like any other.)
    const information = b >= 0 ? (b % 10) / 9 : 1;
    return (b >= 10 && b < 20) || (b >= 30 && b < 40) ? Math.max(TOPIC_NOUN, information) : information;
  }

  /** Does a noun name a person or an animal ("members", "children", "dogs"): a being with an age? */
  namesBeing(w: string): boolean {
    const b = this.bandOfForm(w);
    return b >= 20 && b < 40;
  }

  /** Does a noun name a person ("organiser", "controller", "children"; not "dogs")? */
  namesPerson(w: string): boolean {
    const b = this.bandOfForm(w);
    return b >= 20 && b < 30;
  }

  /**
   * Does a word end the title of a post ("Treasurer", "Safeguarding Lead")? One post is one
   * person: a plural is no title ("the Stewards", "Orchard Fields").
   */
  namesPost(w: string): boolean {
    return !this.pluralNoun(w) && (this.namesPerson(w) || this.postTitles.has(w));
  }

  /**
   * Is a word a first name people are given and no English word ("jodie", "declan"; not "rose"),
   * or one the dictionary knows only as particular people ("helen", "peter")? Lower-case in, as
   * `words` gives it. (The build leaves other English words out of the list.)
   */
  isGivenName(w: string): boolean {
    return this.givenNames.has(w);
  }

  /** Is a word a first name people are given, though it may be an English word too ("ruth", "lucy", "rose")? */
  mayBeGivenName(w: string): boolean {
    return this.givenNames.has(w) || this.wordNames.has(w);
  }

  /** Is a word mostly a noun in WordNet ("arch", "joint"; not "sets" or "keep")? */
  isNoun(w: string): boolean {
    const b = this.bandOfForm(w);
    return b >= 10 && b < 40;
  }

  /** Is a word a noun in any of its WordNet senses, mostly or not ("pitch", "walk" as well as "shoe")? */
  hasNounSense(w: string): boolean {
    return this.bandOfForm(w) >= 10;
  }

  /** The band of a word as written, or else of the form it is known by ("hips" as "hip"), or -1. */
  private bandOfForm(w: string): number {
    const own = this.bandOf(w) >= 0 ? w : this.knownForm(w);
    const band = this.bandOf(own);
    if (band < 0) return band;
    // A British spelling is said as often as its American one, whose count the (American) word
    // counts hold: "organiser" says what "organizer" says.
    const american = this.americanForm(own);
    const theirs = american === undefined ? -1 : this.bandOf(american);
    return theirs >= 0 && theirs % 10 < band % 10 ? theirs : band;
  }

  /**
   * The noun a plural names, for counting ("climbers" → "climber", "circuits" → "circuit"):
   * a figure before a plural noun counts those things. Undefined for anything else ("December",
   * "plates" is counted, "running" is not).
   */
  pluralNoun(w: string): string | undefined {
    // An irregular plural ("children", "women", "teeth") from WordNet's exception lists.
    if (!this.irregularPlurals) {
      const m = new Map<string, string>();
      for (const [form, lemma] of this.data.inflections ?? []) if (!form.endsWith('s') && this.isNoun(form) && this.isNoun(lemma)) m.set(form, lemma);
      this.irregularPlurals = m;
    }
    const irregular = this.irregularPlurals.get(w);
    if (irregular) return this.known.has(irregular) ? irregular : undefined;
    // An animal whose plural is itself ("two trout") counts as a plural does.
    if (this.zeroPlurals.has(w)) return w;
    if (!w.endsWith('s') || w.endsWith('ss')) return undefined;
    for (const [suffix, repl] of PLURAL_SUFFIXES) {
      if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
        const base = w.slice(0, -suffix.length) + repl;
        // (A noun in any sense: after a number a plural names what is counted, "nine pitches",
        // "three walks", whatever else the word may be.)
        if (this.known.has(base) && this.hasNounSense(base)) return base;
      }
    }
    return undefined;
  }

  /** A corpus word with many senses (in any inflection: "hips" as "hip"). */
  isPolysemous(w: string): boolean {
    return this.polysemous.has(w) || this.polysemous.has(this.knownForm(w));
  }

  /** Real words whose information weight lies in [lo, hi], sorted (made on first use). */
  wordsBetween(lo: number, hi: number): readonly string[] {
    const key = `${lo} ${hi}`;
    let list = this.bandCache.get(key);
    if (!list) {
      list = this.bands.flatMap((words, i) => ((i % 10) / 9 >= lo && (i % 10) / 9 <= hi ? words : [])).sort();
      this.bandCache.set(key, list);
    }
    return list;
  }

  private readonly bandCache = new Map<string, string[]>();

  /**
   * The other forms of a word's lemma that no stemmer reaches: "lose" → "lost"; "lost" → "lose";
   * "took" → "take", "taken". Made on first use.
   */
  inflectionsOf(w: string): readonly string[] {
    if (!this.inflectionMap) {
      const byLemma = new Map<string, string[]>();
      for (const [form, lemma] of this.data.inflections ?? []) byLemma.set(lemma, [...(byLemma.get(lemma) ?? [lemma]), form]);
      const m = new Map<string, string[]>();
      for (const family of byLemma.values()) for (const x of family) m.set(x, family.filter((y) => y !== x));
      this.inflectionMap = m;
    }
    return this.inflectionMap.get(w) ?? [];
  }

  private inflectionMap?: ReadonlyMap<string, readonly string[]>;

  /**
   * The everyday words that say what this one says in a statement ("begin" → "start",
   * "commence"), from the lexicon's equivalents. Made on first use.
   */
  equivalentsOf(w: string): readonly string[] {
    if (!this.equivalentMap) {
      const m = new Map<string, string[]>();
      for (const group of this.data.equivalents ?? []) for (const x of group) m.set(x, [...new Set([...(m.get(x) ?? []), ...group.filter((y) => y !== x)])]);
      this.equivalentMap = m;
    }
    return this.equivalentMap.get(w) ?? [];
  }

  private equivalentMap?: ReadonlyMap<string, readonly string[]>;

  /** Corpus words that share a sense with a word, or derive from it. */
  expand(w: string): readonly string[] {
    // A cold process that asks one question looks up a few words: each is found in the table's
    // text, and the table becomes a Map (10k entries, tens of milliseconds cold) only once many
    // words have been looked up (a calibration, a long session).
    if (!this.expansionMap && this.expansionLookups++ < SCANNED_LOOKUPS) return this.scanExpansion(w) ?? this.scanExpansion(this.knownForm(w)) ?? [];
    return this.expansions.get(w) ?? this.expansions.get(this.knownForm(w)) ?? [];
  }

  private expansionLookups = 0;

  /** A common word's derived forms (the expansions leave common words out), read from the table's text. */
  derivedFrom(w: string): readonly string[] {
    return this.scanExpansion(w, this.data.derivations ?? '') ?? this.scanExpansion(this.knownForm(w), this.data.derivations ?? '') ?? [];
  }

  /** What a noun's first sense is a kind of ("toddler" → child), read from the table's text. */
  kindsOf(w: string): readonly string[] {
    // (A few lookups read the table's text, as the expansions do; a calibration's many make it a Map.)
    // (A plural is read by its singular's entry: "neighbours" by "neighbour".)
    if (!this.kindMap && this.kindLookups++ < SCANNED_LOOKUPS) {
      const t = this.data.kinds ?? '';
      return this.scanExpansion(w, t) ?? this.scanExpansion(this.knownForm(w), t) ?? this.scanExpansion(baseForm(w, this.known), t) ?? [];
    }
    this.kindMap ??= headedTable(this.data.kinds ?? '');
    return this.kindMap.get(w) ?? this.kindMap.get(this.knownForm(w)) ?? this.kindMap.get(baseForm(w, this.known)) ?? [];
  }

  private kindMap?: Map<string, string[]>;
  private kindLookups = 0;

  /**
   * The words whose expansions name this one ("hire" names "rent"): a common word is not expanded
   * itself (its senses are too many), but a rarer word that means it in one of its first senses
   * says it another way. Read from the table's text, for a word the sources lack only.
   */
  namedBy(w: string): readonly string[] {
    if (!w || w.includes(';') || w.includes(' ')) return [];
    // A few lookups read the table's text; after that (a calibration, a document checked) the
    // table is turned round once into a Map.
    if (!this.namedByMap && this.namedByLookups++ >= SCANNED_LOOKUPS) {
      const m = new Map<string, string[]>();
      for (const [head, targets] of this.expansions) for (const x of targets) (m.get(x) ?? m.set(x, []).get(x)!).push(head);
      this.namedByMap = m;
    }
    const out: string[] = [];
    for (const form of new Set([w, this.knownForm(w)])) {
      for (const head of this.namedByMap ? (this.namedByMap.get(form) ?? []) : this.scanNamedBy(form)) {
        if (head !== w && !out.includes(head) && out.length < MAX_NAMED_BY) out.push(head);
      }
    }
    return out;
  }

  private namedByMap?: Map<string, string[]>;
  private namedByLookups = 0;

  /** The heads of the expansions table's entries that list a word, read from the table's text. */
  private scanNamedBy(form: string): string[] {
    const t = this.data.expansions;
    const out: string[] = [];
    if (!t) return out;
    for (let at = t.indexOf(` ${form}`); at >= 0; at = t.indexOf(` ${form}`, at + 1)) {
      const after = t[at + form.length + 1];
      if (after !== undefined && after !== ' ' && after !== ';') continue;
      const start = t.lastIndexOf(';', at) + 1;
      out.push(t.slice(start, t.indexOf(' ', start)));
    }
    return out;
  }

  /** One entry of the expansions table ("word target target;…"), read from its text. */
  private scanExpansion(w: string, t = this.data.expansions): string[] | undefined {
    if (!t || !w || w.includes(';') || w.includes(' ')) return undefined;
    const at = t.startsWith(`${w} `) ? 0 : t.indexOf(`;${w} `) + 1;
    if (at === 0 && !t.startsWith(`${w} `)) return undefined;
    const end = t.indexOf(';', at);
    return t.slice(at + w.length + 1, end < 0 ? t.length : end).split(' ');
  }

  private get expansions(): ReadonlyMap<string, readonly string[]> {
    return (this.expansionMap ??= headedTable(this.data.expansions));
  }

  private expansionMap?: Map<string, string[]>;

  /**
   * What a phrasal verb says in one word ("broke down" → "breakdown", "cutting back" → "reduce"): the verb as
   * typed, by a regular ending or an irregular form, with its particle. None for a verb and a
   * particle that are no phrasal verb. (The lexicon's own expressions need no particle: "in charge".)
   */
  phrasal(verb: string, particle: string): readonly string[] {
    if (!this.particles.has(particle) && !this.phraseEnds.has(particle)) return [];
    this.phrasalMap ??= headedTable(this.data.phrasals ?? '');
    for (const lemma of this.verbLemmas(verb)) {
      const found = this.phrasalMap.get(`${lemma}_${particle}`);
      if (found) return found;
    }
    return [];
  }

  /** Is this verb and its second word one of the lexicon's `framingPhrases` ("takes place"), in any form of the verb? */
  framesQuestion(verb: string, second: string): boolean {
    if (!this.framing) this.framing = new Set(this.data.framingPhrases ?? []);
    return this.framing.size > 0 && this.verbLemmas(verb).some((lemma) => this.framing!.has(`${lemma} ${second}`));
  }

  private framing?: Set<string>;

  /** A verb as typed and the forms it may have come from: by a regular ending (a doubled consonant undone: "getting", "dropped") or an irregular form. */
  private verbLemmas(verb: string): string[] {
    const stems = SUFFIXES.filter(([suffix]) => verb.length > suffix.length + 1 && verb.endsWith(suffix)).map(([suffix, repl]) => verb.slice(0, -suffix.length) + repl);
    const undoubled = stems.filter((x) => x.length > 2 && x.at(-1) === x.at(-2)).map((x) => x.slice(0, -1));
    return [verb, ...stems, ...undoubled, ...this.inflectionsOf(verb)];
  }

  private phrasalMap?: Map<string, string[]>;
  private irregularPlurals?: Map<string, string>;


  /** Are two words opposites (WordNet antonyms or the lexicon's own pairs)? */
  areOpposites(a: string, b: string): boolean {
    return this.opposites.get(a)?.has(b) ?? false;
  }

  oppositesOf(w: string): ReadonlySet<string> {
    return this.opposites.get(w) ?? EMPTY;
  }

  /** Are two nouns of the same nearest kind in WordNet ("tibia" and "fibula": leg bones)? */
  areSisters(a: string, b: string): boolean {
    if (a === b) return false;
    const mine = this.sisters.get(a) ?? this.sisters.get(this.knownForm(a));
    if (!mine) return false;
    const theirs = this.sisters.get(b) ?? this.sisters.get(this.knownForm(b));
    return !!theirs && mine.some((g) => theirs.includes(g));
  }

  /** Word → the sister groups (by index) it belongs to, made on first use. */
  private get sisters(): ReadonlyMap<string, number[]> {
    if (!this.sisterMap) {
      const m = new Map<string, number[]>();
      table(this.data.sisterGroups).forEach((g, i) => {
        for (const w of g.split(' ')) m.set(w, [...(m.get(w) ?? []), i]);
      });
      this.sisterMap = m;
    }
    return this.sisterMap;
  }

  private sisterMap?: Map<string, number[]>;
}

const EMPTY: ReadonlySet<string> = new Set();
/** Words whose band is remembered before the memo starts over (bounds memory in a long session). */
const MEMO_LIMIT = 50_000;

/** The entries of one of the lexicon's ';'-joined tables. */
/** Expansions looked up in the table's text before it is made a Map. */
const SCANNED_LOOKUPS = 64;

function table(t: string): string[] {
  return t ? t.split(';') : [];
}

/** A table of entries "head word word;…" as a Map from each head to its words. */
function headedTable(t: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const entry of table(t)) {
    const [head, ...rest] = entry.split(' ');
    m.set(head, rest);
  }
  return m;
}

/** Tried in this order: "plates" is a plate (not a plat), "boxes" a box, "injuries" an injury. */
// (The -ves plurals last: "gloves" is a glove, "calves" a calf, "knives" a knife.)
const PLURAL_SUFFIXES: readonly [string, string][] = [['s', ''], ['es', ''], ['ies', 'y'], ['ves', 'f'], ['ves', 'fe']];
const SUFFIXES: readonly [string, string][] = [['ies', 'y'], ['es', ''], ['s', ''], ['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['ly', '']];

/** A word's dictionary form by the regular English endings, when the dictionary has it. */
function baseForm(w: string, known: { has(w: string): boolean }): string {
  for (const [suffix, repl] of SUFFIXES) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const base = w.slice(0, -suffix.length) + repl;
      if (known.has(base)) return base;
      // ("swapped", "chatting": the ending doubled the last consonant, where WordNet's list of
      // exceptions does not have the form.)
      if (!repl && (suffix === 'ed' || suffix === 'ing') && base.length > 2 && base.at(-1) === base.at(-2) && known.has(base.slice(0, -1))) return base.slice(0, -1);
    }
  }
  return w;
}

/** The lexicon compiled into this build. */
export const LEXICON = new Lexicon(data as unknown as CompiledLexicon);
