import type { PassageKind } from './types';

/** An answer type a question can ask for (knowledge/lexicon.yaml `answerTypes`). */
export type AnswerType = 'exercise' | 'condition' | 'role' | 'figure' | 'list' | 'anatomy';

export interface AnswerTypeSpec {
  /** Passage kinds that hold such an answer. */
  kinds: Exclude<PassageKind, 'document'>[];
  /** Words or phrases that say a question asks for it. */
  cues: string[];
  /** The answer is a number. */
  figure?: boolean;
  /** The answer is several names. */
  list?: boolean;
  /** The answer names a muscle, group or tendon. */
  names?: boolean;
}

/**
 * knowledge/lexicon.yaml and WordNet, compiled at build time (src/build/build-lexicon.ts) into
 * src/engine/generated/lexicon.json. Lists of pairs rather than objects, so that no word
 * ("constructor") can meet an inherited property.
 */
export interface CompiledLexicon {
  format: 'stride-lexicon';
  version: 1;
  /** A hash of everything the lexicon was compiled from. */
  stamp: string;
  sources: string;
  stopwords: string[];
  variants: [string, string][];
  /** Chat spellings → the word they stand for. */
  informal: [string, string][];
  /** Endings chat drops, [typed, full]: "waitin" is read as "waiting" (lexicon droppedEndings). */
  droppedEndings?: [string, string][];
  /** British endings and their American spellings, [British, American]: "organiser" is read as "organizer" (lexicon britishEndings). */
  britishEndings?: [string, string][];
  /** Pairs of real words commonly typed for each other ("loose" for "lose"). */
  confusables?: [string, string][];
  keepWhole: string[];
  synonyms: [string, string[]][];
  answerTypes: Partial<Record<AnswerType, AnswerTypeSpec>>;
  qualifiers: string[];
  numberWords: [string, number][];
  opposites: [string, string][];
  /** Families of forms on each side of an opposition ("bend", "flexion" against "straighten"). */
  oppositeFamilies: [string[], string[]][];
  /** Unit classes that make a figure when hyphenated to their number ("eight-week"). */
  hyphenUnits: string[];
  /** Words that make a span of time whole with no article ("Full day", "a whole-week course"). */
  wholeSpans?: string[];
  /** [unit word, its unit classes]: a word with several readings ("pounds": lb, pounds-sterling). */
  unitReadings?: [string, string[]][];
  /** Words after which a bare number is an age ("aged 14"; unit class age). */
  ageWords?: string[];
  numberedNouns?: string[];
  /** Sets of words naming mutually exclusive cases (seasons, weekdays). */
  exclusiveSets?: string[][];
  /** Groups of everyday words that say one thing ("begin", "start"), too common for WordNet's expansions. */
  equivalents?: string[][];
  /** A mix said in parts ("one part greens to two parts browns"): the part words and the links between the two sides. */
  ratios?: { words: string[]; links: string[] };
  /** Verbs with which a claim says an exercise works a muscle. */
  trainingVerbs: string[];
  /** Words that tie such a claim to the exercise's own muscle. */
  exclusiveQualifiers: string[];
  units: [string, string[]][];
  /** [unit, smaller unit, how many of the smaller make one of it]. */
  unitScales?: [string, string, number][];
  fractions: [string, number][];
  collectives: [string, number][];
  /** "twice" → 2 (times). */
  multiples: [string, number][];
  /** Words that make a figure a rate of the unit after them ("a", "per"). */
  rateWords: string[];
  /** Words after a rate word's unit that make it a time, not a rate ("an hour before"). */
  rateBreakers: string[];
  /** Column-heading words that give a table's figures as a rate: ["monthly", "months"]. */
  rateUnits?: [string, string, string][];
  rateLabels?: [string, string][];
  figureOwners: string[];
  particles: string[];
  /** Signs before a figure → its unit class ("£" → pounds-sterling). */
  currencySigns: [string, string][];
  /** Units of the two figures of "A x B" in a plan (sets, reps). */
  byNotation: string[];
  /** Phrases that make the next figure a factor ("multiplied by"). */
  factorCues: string[];
  /** Words that say a figure is approximate ("about"), which may sit between a bound and its figure. */
  figureHedges?: string[];
  /** Words before a bound that say its figure is near ("just over 28 per cent"). */
  nearBounds?: string[];
  /** Bound phrases before a figure → the bound's kind ("under" → below). */
  figureBounds: [string, 'below' | 'atMost' | 'above' | 'atLeast'][];
  progressions?: string[];
  /** Units for which "over" spans a time. */
  spanUnits: string[];
  /** Words before a length of time that say how long something goes on ("for six months"). */
  spanCues?: string[];
  /** Words after a length of time that make it how long ago or how old ("ago", "old"): "over" bounds it. */
  spanEnders?: string[];
  /** Dimension → its unit classes (length: meters, feet…). */
  dimensions?: [string, string[]][];
  /** Words that name a unit class's measure ("costs" for money): no part of what a figure is of. */
  measureWords?: { units: string[]; words: string[] }[];
  pointUnits?: string[];
  /** [question phrase, the unit classes it asks for] ("how long": durations). */
  askedUnits?: [string, string[]][];
  /** A figure phrase that asks these unit classes when it ends the question ("…, how much?"). */
  closingAskedUnits?: [string, string[]][];
  /** A question word that, before one of `before`, asks for a point in time of these unit classes ("when can I…"). */
  timeQuestions?: { words: string[]; before: string[]; units: string[] };
  /** A length of time in one of `units` before one of `cues` ("15 minutes before the start") places a point in time: it answers `answers`. */
  relativeTimes?: { cues: string[]; units: string[]; answers: string[]; qualifiers?: string[]; sides?: string[][] };
  ruleQuestions?: { opens: string[]; notRules: string[] };
  /** A question word that, before one of `before`, with one of `verbs` later, asks for the verb's measure ("what does it cost?"). */
  measureQuestions?: { words: string[]; before: string[]; verbs: string[]; degreeWords?: string[]; boundWords?: string[] };
  /** Comparative words: `more` ones say the first thing compared has the larger figure, `less` ones the smaller. */
  comparatives?: { more: string[]; less: string[]; most?: string[]; least?: string[]; rises?: string[]; falls?: string[]; measures?: { units: string[]; words: string[] }[] };
  countCues?: string[];
  modalVerbs?: string[];
  relativePronouns?: string[];
  carriedNames?: string[];
  subordinators?: string[];
  prepositions?: string[];
  coordinators?: string[];
  exceptions?: string[];
  /** Subordinating words that set out a case ("if"): the sentence after answers it. */
  conditions?: string[];
  sequence?: { first: string[]; second: string[]; opens?: string[]; follows?: string[] };
  determiners?: string[];
  framingPhrases?: string[];
  complaintTypes?: Record<string, string[]>;
  nameQuestions?: string[];
  /** Question words that pick one of a kind ("which"): before a person's or a post's noun they ask for someone. */
  choiceQuestions?: string[];
  askedPersonWords?: string[];
  askedNounComplements?: string[];
  askedShares?: { words: string[]; prices: string[] };
  /** Weekdays clipped to an English word of their own ("sat"), and the words around that make them the day. */
  clippedWeekdays?: { days: Record<string, string>; before: string[]; between: string[]; after: string[] };
  postTitles?: string[];
  /** What states that someone holds a post beside their name: "is the Treasurer", "as its Treasurer"; not after "a". */
  postLinks?: { copulas: string[]; roles: string[]; indefinite: string[] };
  /** Digits chat types for a word ("need 2 book"): each digit's word, the words before it and after it that show it. */
  chatDigits?: { words: [string, string][]; after: string[]; before: string[] };
  responsibilityWords?: string[];
  /** What the usual posts look after, keyed by the word that names the post: "treasurer" → money, accounts. */
  postDuties?: Record<string, string[]>;
  /** Verbs that only frame a "where" question ("where would I find…"). */
  locatingVerbs?: string[];
  /** Verbs after which a bare number counts people ("which seats 450"). */
  countingVerbs?: string[];
  absenceCues?: string[];
  trailingBounds?: [string, 'atMost' | 'atLeast'][];
  ageLimits?: { before: string[]; after: string[]; old: string[]; groups?: string[]; people?: string[]; birthdays?: { words: string[]; owners: string[]; until?: string[] }; named?: { atLeast?: string[]; atMost?: string[] } };
  spokenTimes?: { past: Record<string, number>; to: Record<string, number>; oclock: string[]; named: Record<string, number>; dayHalves?: { am: string[]; pm: string[] }; hourCues?: string[]; hourLeads?: string[] };
  totals?: { before: string[]; after: string[] };
  timeEdges?: { start: string[]; end: string[]; startVerbs?: string[]; endVerbs?: string[] };
  /** How a calendar says how often (see knowledge/lexicon.yaml `calendarRates`). */
  calendarRates?: { ordinals: string[]; ordinalAliases?: Record<string, string>; days: string[]; partsOfDay: string[]; periods: Record<string, { unit: string; span: number }>; adverbs: Record<string, string> };
  /** Words that name a set of days or dates ("weekend" → saturday, sunday). */
  calendar?: [string, string[]][];
  /** Questions no corpus answers, for fitting abstention thresholds. */
  offTopic: string[];
  /** Words that point back to an earlier sentence. */
  anaphora: string[];
  /** Referring words that stand as a sentence's subject ("Together they…"). */
  subjectPronouns?: string[];
  /** Words of a name that keep their capital inside a sentence ("Achilles"), and plural-looking names that take a singular verb ("Pilates"). */
  properWords?: string[];
  singularNames?: string[];
  selfReference?: string[];
  /** Pronouns that stand for the object the sentence before gave the same verb, and the verbs after which they stand for nothing said. */
  standIns?: { pronouns: string[]; notAfter: string[] };
  /** Words that open an answer by granting what the question before it asked ("Yes, …"). */
  affirmatives?: string[];
  /** Question words a cue's noun may stand apart from ("which hip muscle"). */
  questionWords: string[];
  /** Words that open a clause the asker grants ("besides", "apart from"). */
  askedNounLinks: string[];
  /** Month names in order, each with its short forms. */
  months?: string[][];
  /** Seasons by their first and last month: ["spring", ["march", "may"]]. */
  seasons?: [string, [string, string]][];
  dayNames?: string[];
  membershipGroupFirst?: string[];
  /** Phrases of obligation, prohibition, optionality and permission. */
  modality?: { obliges: string[]; forbids: string[]; optional: string[]; allows: string[]; restricts?: string[]; conditional?: string[]; forbidsOpening?: string[]; noneMay?: string[]; allowsAct?: string[] };
  grantedCues: string[];
  /** Words that turn a statement around. */
  negations: string[];
  /** Phrases with a negation word that negate nothing. */
  notNegating: string[];
  /** Words with which a source calls a statement false. */
  mythCues: string[];
  /** Verbs that report a belief ("believe", "assume"): under a myth's heading, the myth. */
  beliefVerbs?: string[];
  /** Nouns that report a belief ("a common belief is that…"). */
  beliefNouns?: string[];
  /** Phrases with which the next sentence corrects a reported belief ("in fact"). */
  corrections?: string[];
  /** Words that open an answer denying the question before it ("No, …"). */
  negativeAnswers?: string[];
  /** Verbs that deny what follows them without a negation word ("stop", "prevent"). */
  preventives?: string[];
  /** Words that open a place's name, not a person's ("St Giles'"). */
  placeNamePrefixes?: string[];
  /** Phrases that state group membership. */
  membership: string[];
  /**
   * Real English words by information weight (how rarely they are said): band i (0–9) holds the
   * words of weight i/9, band 10 + i the words of that weight that are mostly nouns (20 + i those
   * naming a person, 30 + i an animal), 40 + i those that are nouns in some sense only ("pitch",
   * "walk"); space-separated.
   */
  weightBands: string[];
  /*
   * The three WordNet tables are single strings, split on first use: V8 parses one long string
   * far faster than thousands of small arrays, and a cold process (one CLI question) pays the
   * parse whether it needs them or not.
   */
  /** Words the corpus lacks → words sharing a sense or derived from them: "word target target;…". */
  expansions: string;
  /** Common words the expansions leave out → their derived forms (WordNet, first sense): "sing song singer;…". */
  derivations?: string;
  /** Nouns → what their first sense is a kind of (WordNet hypernyms, one step): "toddler child;…". */
  kinds?: string;
  /** Phrasal verbs and the words they say in one: "turn_up appear surface;…". */
  phrasals?: string;
  /** Last words of the lexicon's two-word expressions that are no particle ("charge" of "in charge"). */
  phraseEnds?: string[];
  /** Antonym pairs: "a b;c d;…". */
  antonyms: string;
  /** Adjectives that say a degree of a measure, and the measure (WordNet attributes): ["hot", ["temperature"]]. */
  measureAdjectives?: [string, string[]][];
  /** Their regular comparatives and superlatives that people say: ["deep", ["deeper", "deepest"]]. */
  measureAdjectiveForms?: [string, string[]][];
  /** Informative nouns whose first senses share their nearest kind (WordNet hypernym): "a b c;…". */
  sisterGroups: string;
  /** Corpus words with five or more WordNet senses. */
  polysemous: string[];
  /** First names that are no English word of the lexicon ("jodie", "declan"), space-separated. */
  givenNames?: string;
  /** Given names that are English words too ("ruth", "lucy", "rose"), space-separated. */
  wordNames?: string;
  /** Animal nouns whose plural is the word itself ("trout", "sheep"): a figure before one counts them. */
  zeroPlurals?: string[];
  /** Irregular inflections and their lemmas, [form, lemma] ("lost", "lose"), from WordNet's exception lists. */
  inflections: [string, string][];
}
