import { LEXICON } from './lexicon';
import { headingsOnce } from './markdown';
import { Bm25Index, type SerializedIndex } from './bm25-index';
import { quantities, unitsAnswered } from './numbers';
import { namesIn as countNames } from './names';
import { containsRun, indexTerms, joinedCompounds, openingOf, particleCompounds, pointsNamed, STOPWORDS, statesRule, termOf, words } from './text';
import type { Passage } from './types';
import { Vocabulary, type SerializedVocabulary } from './vocabulary';

/**
 * Passages plus everything prebuilt over them: the BM25 index, the typo vocabulary and the
 * table of names and aliases. Built once (at build time for the shipped corpus) and then only
 * read.
 */

export const CORPUS_FORMAT = 'stride-corpus';
export const CORPUS_VERSION = 2;

/**
 * When to abstain, fitted for this corpus (see calibrate.ts): the share of a question's content
 * the best passage must speak to, for questions that name something in the corpus and for
 * questions that do not.
 */
export interface Calibration {
  named: number;
  unnamed: number;
  /**
   * For a question no name in the corpus answers, when the passage that speaks to it is a page of
   * a team's documents: fitted on questions made from those pages (absent when there are none).
   */
  documents?: number;
  /** How the thresholds were fitted, for a person reading the corpus file. */
  fittedOn?: string;
  /** How many passages the corpus had when they were fitted: another count means refit. */
  passages?: number;
}

export const DEFAULT_CALIBRATION: Calibration = { named: 0.1, unnamed: 0.5 };

export interface SerializedCorpus {
  format: typeof CORPUS_FORMAT;
  version: number;
  passages: Passage[];
  index: SerializedIndex;
  vocabulary: SerializedVocabulary;
  calibration?: Calibration;
}

/** Fewer document chunks than this are gated like curated passages (too few questions to fit a threshold of their own on). */
export const MIN_PAGES = 20;

export class Corpus {
  readonly passages: readonly Passage[];
  readonly index: Bm25Index;
  /** Does the corpus hold a team's documents beside curated passages? */
  readonly mixesDocuments: boolean;
  /** How many of the passages are chunks of a team's documents. */
  readonly documentCount: number;
  readonly vocabulary: Vocabulary;
  private readonly byId: Map<string, number>;
  /** Term sequence of a name or alias → ids of the passages it names. */
  private readonly names: Map<string, string[]>;
  /** Passage id → the term key of its own title. */
  private readonly titleKeys = new Map<string, string>();
  private readonly figureCache = new Map<string, ReadonlySet<string>>();
  private readonly ruleCache = new Map<string, boolean>();
  readonly longestName: number;
  calibration: Calibration = DEFAULT_CALIBRATION;

  private constructor(passages: readonly Passage[], index: Bm25Index, vocabulary: Vocabulary) {
    this.passages = passages;
    this.index = index;
    this.vocabulary = vocabulary;
    this.byId = new Map(passages.map((p, i) => [p.id, i]));
    const documents = passages.filter((p) => p.kind === 'document').length;
    this.mixesDocuments = documents > 0 && documents < passages.length;
    this.documentCount = documents;
    this.names = new Map();
    let longest = 1;
    for (const p of passages) {
      if (p.kind === 'document') continue;
      // "Biceps femoris (long and short heads)" is also named plainly "biceps femoris" (its
      // schema name; a passage without one is named by its title alone, read once).
      this.titleKeys.set(p.id, indexTerms(p.title).join(' '));
      for (const name of [p.title, ...(p.name !== undefined ? [p.name] : []), ...(p.aliases ?? [])]) {
        const all = words(name);
        let key = indexTerms(name).join(' ');
        // A name that stopwords would cut to one word ("IT band" to "band", "pull-ups" to "pull")
        // keeps them, so the plain word alone does not name it.
        if (all.length > 1 && !key.includes(' ')) key = all.map(termOf).join(' ');
        if (!key) continue;
        longest = Math.max(longest, key.split(' ').length);
        const ids = this.names.get(key);
        if (!ids) this.names.set(key, [p.id]);
        else if (!ids.includes(p.id)) ids.push(p.id);
      }
    }
    this.longestName = Math.min(longest, 6);
  }

  static build(passages: readonly Passage[]): Corpus {
    const titleOf = new Map(passages.map((p) => [p.id, p.title]));
    const docs = passages.map((p) => ({
      // (A chunk under a document's own title, before any section heading, has no name of its
      // own: the title names the whole document, and every chunk carries it in its section path.
      // As a name it drew questions on any part of the document to the opening.)
      // (A team's page also by its hyphenated words that end in a particle: see particleCompounds.)
      name: opensDocument(p) ? [] : [...indexTerms([p.title, ...(p.aliases ?? [])].join(' . ')), ...(p.kind === 'document' ? particleCompounds(p.title) : [])],
      // An exercise is found by the muscles it works even where its text does not name them, and a
      // chunk of a document by the headings it sits under ("The week" of "A Sample Training Week").
      // (A curated passage is indexed with its schema kind's name too: the hamstrings passage is a
      // group, though it never says "group", as coverage already counts it.)
      // (A table's column headings count once per chunk, not once per row: see headingsOnce.)
      body: [
        ...indexTerms([p.kind === 'document' ? headingsOnce(p.text) : p.text, ...(p.works ?? []).map((id) => titleOf.get(id) ?? ''), p.kind === 'document' ? (p.source.section ?? '') : p.kind].join(' . ')),
        ...(p.kind === 'document' ? particleCompounds(p.text) : []),
      ],
    }));
    const allWords: string[] = [];
    // A loop, not push(...spread): a 650 KB paragraph has more words than a call has room for arguments.
    for (const p of passages) for (const w of words(`${p.title} ${(p.aliases ?? []).join(' ')} ${p.text}`)) allWords.push(w);
    return new Corpus(passages, Bm25Index.build(docs), Vocabulary.build(allWords));
  }

  static fromJSON(data: SerializedCorpus): Corpus {
    if (!data || data.format !== CORPUS_FORMAT) {
      throw new Error('stride-coach: not a Stride Coach corpus file');
    }
    if (data.version !== CORPUS_VERSION) {
      throw new Error(
        `stride-coach: corpus format version ${String(data.version)} is not supported (this version reads ${CORPUS_VERSION}); rebuild it`,
      );
    }
    const c = new Corpus(data.passages, Bm25Index.fromJSON(data.index), Vocabulary.fromJSON(data.vocabulary));
    if (data.calibration) c.calibration = data.calibration;
    return c;
  }

  toJSON(): SerializedCorpus {
    return {
      format: CORPUS_FORMAT,
      version: CORPUS_VERSION,
      passages: [...this.passages],
      index: this.index.toJSON(),
      vocabulary: this.vocabulary.toJSON(),
      calibration: this.calibration,
    };
  }

  /**
   * The team's own name, as its pages write it: words capitalised inside sentences ("the
   * Pantry", "Harbourside Players") on more than TEAM_SHARE of the team's pages. What "we" and
   * "our" stand for on those pages.
   */
  teamTerms(): ReadonlySet<string> {
    if (!this.team) {
      // (By page, not by chunk: a page's chunks are its sections.)
      // (…and in a page's title: a weekday or a room is capitalised on many pages too.)
      const pages = new Map<string, Set<string>>();
      const titled = new Set<string>();
      for (const p of this.passages) {
        if (p.kind !== 'document') continue;
        const page = p.source.file ?? p.id;
        let seen = pages.get(page);
        if (!seen) pages.set(page, (seen = new Set()));
        for (const m of p.text.matchAll(INNER_CAPITAL)) seen.add(termOf(m[1].toLowerCase()));
        for (const w of words(p.source.title ?? '')) titled.add(termOf(w));
      }
      const counts = new Map<string, number>();
      for (const seen of pages.values()) for (const t of seen) counts.set(t, (counts.get(t) ?? 0) + 1);
      this.team = new Set([...counts].filter(([t, n]) => n >= TEAM_SHARE * pages.size && n >= 2 && titled.has(t) && !LEXICON.stopwords.has(t)).map(([t]) => t));
    }
    return this.team;
  }

  private team?: Set<string>;

  /** The term key of a passage's own title. */
  nameKey(id: string): string | undefined {
    return this.titleKeys.get(id);
  }

  /** Ids of the passages that are members of a group (their `memberOf` names it). */
  members(id: string): readonly string[] {
    if (!this.memberIndex) {
      this.memberIndex = new Map();
      for (const p of this.passages) for (const g of p.memberOf ?? []) this.memberIndex.set(g, [...(this.memberIndex.get(g) ?? []), p.id]);
    }
    return this.memberIndex.get(id) ?? [];
  }

  private memberIndex?: Map<string, string[]>;

  /** How many corpus names (of these kinds, if given) a passage's text mentions, for questions that want a list. */
  namesCount(p: Passage, kinds?: ReadonlySet<string>): number {
    const key = kinds?.size ? `${[...kinds].sort().join(',')} ${p.id}` : p.id;
    let n = this.namesCache.get(key);
    if (n === undefined) this.namesCache.set(key, (n = countNames(p.text, this, kinds?.size ? kinds : undefined)));
    return n;
  }

  private readonly namesCache = new Map<string, number>();

  /**
   * Does a passage state a figure (a number with a unit), of one of these units if any are given?
   * A rate is also listed as `per:<period>` ("60 grams per hour": grams and per:hours), and a
   * range or a limit as `band:<unit>` ("aged 14 to 17", "over 70 kg": band:age, band:kg).
   */
  figuresOf(p: Passage, units: readonly string[] = []): boolean {
    let f = this.figureCache.get(p.id);
    if (f === undefined) {
      const text = `${p.title}. ${p.text}`;
      // (A calendar's "every other month" answers "how often", in months, not "how many times a day".)
      const units = new Set(quantities(text).flatMap((q) => (q.calendar ? [q.per!] : [...unitsAnswered(q), ...(q.per ? [`per:${q.per}`] : []), ...(q.bound || q.low < q.high || q.edge ? [`band:${q.unit}`] : [])])));
      // (A day or a month named is no figure the checker compares, but it is what "which night"
      // or "in which month" asks for.)
      for (const u of pointsNamed(text)) units.add(u);
      this.figureCache.set(p.id, (f = units));
    }
    // Any figure answers "how much", but a date or a time of day only a question that asks for one.
    return units.length ? units.some((u) => f!.has(u)) : [...f].some((u) => !LEXICON.pointUnits.has(u));
  }

  private compoundMap?: Map<string, string[]>;
  private readonly spacedCache = new Map<string, readonly string[] | null>();

  /**
   * The parts of a compound the sources write hyphenated ("Wi-Fi") or spaced ("car park"), by the
   * word written whole ("wifi", "carpark"), which a question may type. A spaced compound is two
   * words of the sources (neither a function word) that some passage writes side by side.
   * Worked out on first use.
   */
  compoundParts(joined: string): readonly string[] | undefined {
    if (!this.compoundMap) {
      const m = new Map<string, string[]>();
      for (const p of this.passages) for (const c of joinedCompounds(`${p.title} ${p.text}`)) if (!m.has(c.joined)) m.set(c.joined, c.parts);
      this.compoundMap = m;
    }
    return this.compoundMap.get(joined) ?? this.spacedParts(joined);
  }

  private spacedParts(joined: string): readonly string[] | undefined {
    if (joined.length < 2 * MIN_COMPOUND_PART || joined.length > MAX_COMPOUND || !/^[a-z]+$/.test(joined)) return undefined;
    let found = this.spacedCache.get(joined);
    if (found === undefined) {
      found = null;
      for (let i = MIN_COMPOUND_PART; !found && i <= joined.length - MIN_COMPOUND_PART; i++) {
        const parts = [joined.slice(0, i), joined.slice(i)];
        if (parts.some((x) => STOPWORDS.has(x))) continue;
        if (this.writesSideBySide(parts[0], parts[1])) found = parts;
      }
      if (this.spacedCache.size < MAX_COMPOUND_CACHE) this.spacedCache.set(joined, found);
    }
    return found ?? undefined;
  }

  private readonly sideBySideCache = new Map<string, number>();

  /**
   * Do at least this many passages (one or two) write these two words side by side, spaced or
   * hyphenated ("main pool", "car park")? Letters only; worked out once per pair.
   */
  writesSideBySide(first: string, second: string, inPassages: 1 | 2 = 1): boolean {
    if (!/^[a-z]+$/.test(first) || !/^[a-z]+$/.test(second) || first.length > MAX_COMPOUND || second.length > MAX_COMPOUND) return false;
    const key = `${first} ${second}`;
    let found = this.sideBySideCache.get(key);
    if (found === undefined) {
      found = 0;
      const terms = [first, second].map((x) => termOf(x));
      if (terms.every((t) => this.index.has(t))) {
        // (Read in the passages that hold the rarer word only: a posting list, not the corpus.)
        const [rare] = terms.sort((a, b) => this.index.df(a) - this.index.df(b));
        const side = new RegExp(`\\b${first}[ -]${second}\\b`, 'i');
        const docs = this.index.docsWith(rare);
        for (let k = 0; found < 2 && k < Math.min(docs.length, MAX_COMPOUND_READS); k++) {
          const p = this.passages[docs[k]];
          if (side.test(p.text) || side.test(p.title)) found++;
        }
      }
      if (this.sideBySideCache.size < MAX_COMPOUND_CACHE) this.sideBySideCache.set(key, found);
    }
    return found >= inPassages;
  }

  /** Does a passage state a rule (a sentence that obliges, forbids, allows or leaves open)? Worked out once per passage. */
  statesRule(p: Passage): boolean {
    let r = this.ruleCache.get(p.id);
    if (r === undefined) this.ruleCache.set(p.id, (r = statesRule(words(p.text))));
    return r;
  }

  get(id: string): Passage | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.passages[i];
  }

  position(id: string): number | undefined {
    return this.byId.get(id);
  }

  /**
   * The opening chunk of each document whose whole title the question says, in order ("tell me
   * about Plots, Rents and the Waiting List"), with the title's terms.
   */
  documentsTitled(terms: readonly string[]): readonly { key: readonly string[]; at: number }[] {
    if (!this.titledHeads) {
      this.titledHeads = [];
      this.passages.forEach((p, i) => {
        if (opensDocument(p) && this.documentHead(p) === i) {
          const key = indexTerms(p.title);
          if (key.length >= 2) this.titledHeads!.push({ key, at: i });
        }
      });
    }
    return this.titledHeads.filter((h) => containsRun(terms, h.key));
  }

  private titledHeads?: { key: string[]; at: number }[];

  /** Position of the first chunk of the document a chunk belongs to (its title and opening). */
  documentHead(p: Passage): number | undefined {
    if (p.kind !== 'document') return undefined;
    if (!this.heads) {
      this.heads = new Map();
      this.passages.forEach((x, i) => {
        if (x.kind === 'document' && !this.heads!.has(x.source.file)) this.heads!.set(x.source.file, i);
      });
    }
    return this.heads.get(p.source.file);
  }

  private heads?: Map<string, number>;

  /** Ids of the passages whose title or an alias is exactly this term sequence. */
  named(termKey: string): readonly string[] | undefined {
    return this.names.get(termKey);
  }

  /** Does some name or alias start with this term? (Most words start none: no key need be built.) */
  startsName(term: string): boolean {
    if (!this.nameStarts) {
      this.nameStarts = new Set();
      for (const key of this.names.keys()) this.nameStarts.add(key.split(' ', 1)[0]);
    }
    return this.nameStarts.has(term);
  }

  private nameStarts?: Set<string>;

  /** Is this term part of a name of several words ("flexion" of "plantar flexion")? */
  inLongName(term: string): boolean {
    if (!this.longNameTerms) {
      this.longNameTerms = new Set();
      for (const key of this.names.keys()) if (key.includes(' ')) for (const t of key.split(' ')) this.longNameTerms.add(t);
    }
    return this.longNameTerms.has(term);
  }

  private longNameTerms?: Set<string>;

  /**
   * Are two terms named side by side as alternatives somewhere in the corpus ("rabbits and guinea
   * pigs", "PLA or PETG")? Things a source lists together are of one kind, so a claim that
   * says one where the source says the other has put a wrong thing in the slot. Nouns only (and
   * words no dictionary knows, such as "PETG"): "strong and flexible" describe, they are no kinds.
   * So are the things that sentences of one passage open with and go on alike from ("Cygnets
   * (ages 8 to 11) sail…", "Kestrels (ages 12 to 15) sail…").
   */
  coordinated(a: string, b: string): boolean {
    if (a === b) return false;
    if (!this.coordination) {
      const pairs = new Map<string, Set<string>>();
      const add = (x: string, y: string) => {
        if (x === y) return;
        for (const [u, v] of [[x, y], [y, x]]) {
          let set = pairs.get(u);
          if (!set) pairs.set(u, (set = new Set()));
          set.add(v);
        }
      };
      const kindWord = (w: string) => /^\p{L}{2,}$/u.test(w) && !LEXICON.stopwords.has(w) && (LEXICON.isNoun(w) || !LEXICON.isWord(w));
      for (const p of this.passages) {
        // Within a clause: "X and Y", "X or Y" (a comma joins too much else to read lists by).
        for (const clause of p.text.split(/[.;:!?()\n]/)) {
          const ws = words(clause);
          const items: string[] = [];
          for (let i = 1; i + 1 < ws.length; i++) {
            if ((ws[i] === 'and' || ws[i] === 'or') && kindWord(ws[i - 1]) && kindWord(ws[i + 1])) items.push(termOf(ws[i - 1]), termOf(ws[i + 1]));
          }
          const unique = [...new Set(items)].slice(0, MAX_COORDINATED);
          for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) add(unique[i], unique[j]);
        }
        // Parallel openings: sentences of one passage that open with different things and go on
        // alike ("Cygnets (ages 8 to 11) sail…", "Kestrels (ages 12 to 15) sail…") say the same of
        // things of one kind.
        // (How a sentence opens is read as the answers read a paragraph's opening: text.ts openingOf.)
        const byNext = new Map<string, Set<string>>();
        for (const sentence of p.text.split(/[.;!?\n]/)) {
          const opening = openingOf(sentence);
          if (!opening || !kindWord(opening.subject[0])) continue;
          let openers = byNext.get(opening.next);
          if (!openers) byNext.set(opening.next, (openers = new Set()));
          openers.add(termOf(opening.subject[0]));
        }
        for (const openers of byNext.values()) {
          const unique = [...openers];
          if (unique.length < 2 || unique.length > MAX_COORDINATED) continue;
          for (let i = 0; i < unique.length; i++) for (let j = i + 1; j < unique.length; j++) add(unique[i], unique[j]);
        }
      }
      this.coordination = pairs;
    }
    return this.coordination.get(a)?.has(b) ?? false;
  }

  private coordination?: Map<string, Set<string>>;
}

/** Items of one list paired with each other, at most: a long clause is no list of alternatives. */
const MAX_COORDINATED = 8;
/** A spaced compound's parts are words of three letters at least ("car park"), up to this length typed whole. */
const MIN_COMPOUND_PART = 3;
const MAX_COMPOUND = 24;
/** Passages read for a spaced compound, and words typed whole remembered, per corpus. */
const MAX_COMPOUND_READS = 200;
const MAX_COMPOUND_CACHE = 1_000;
/** A word capitalised inside a sentence: "…given out by the Pantry". */
const INNER_CAPITAL = /(?<=[\p{Ll},;] )(\p{Lu}\p{Ll}{2,})\b/gu;
/** Least share of a team's pages its own name is on. */
const TEAM_SHARE = 0.5;

/** Is this a chunk of a document under its title alone, before any section heading? */
function opensDocument(p: Passage): boolean {
  return p.kind === 'document' && p.title === p.source.title;
}
