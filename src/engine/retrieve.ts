import type { Corpus } from './corpus';
import { LEXICON } from './lexicon';
import { contentTokens, saidTerms, type AnalysedQuery } from './query';
import { namesSomeone, STOPWORDS, termOf, writesList } from './text';
import type { Passage } from './types';

/**
 * Ranking: BM25F over names/aliases (boosted) and text, then one general prior — a passage that
 * holds the kind of answer the question asks for (an exercise, a condition, a figure, a list of
 * names) is preferred among the best candidates. Coverage — how much of the question's content
 * the best passages speak to — is measured for the abstention gate, not mixed into the rank.
 */

export interface Ranked {
  passage: Passage;
  score: number;
  /** Share of the question's content (information-weighted) this passage speaks to, 0..1. */
  coverage: number;
  /**
   * The same, read in its document: what the document's opening says of the whole document
   * ("Granite Hall") counts at half weight for each of its chunks. Set on the passages kept.
   */
  inDocument?: number;
}

export interface Retrieval {
  ranked: Ranked[];
  /** Best single-passage coverage among the top candidates. */
  coverage: number;
  /** The passage that coverage was measured on. */
  coveredBy?: Passage;
  /**
   * What the abstention gate reads: the same coverage with the figure or person a question asks
   * for counted as one of its words ("how long…" is met by a passage that gives a duration, "who…"
   * by one that names someone), and the passage it was measured on (the threshold depends on its
   * kind).
   */
  gate: { coverage: number; passage?: Passage };
  /** How many content words the question had. */
  contentCount: number;
  /** Does the question name something in the corpus (a passage's title or alias)? */
  named: boolean;
}

const CANDIDATES = 40;
/** Candidates the answer-type prior reorders, and by how much. */
const PRIOR_DEPTH = 20;
const PRIOR = 1.25;
/**
 * A figure in the very unit asked for is the more specific sign (any figure answers "how many",
 * only seconds answer "how many seconds"), and outweighs a shorter text's BM25 edge: a list item
 * "Hold for 20 seconds each side" sits in a longer chunk than the prose that names the exercise.
 * (Fitted over the fourteen tuning folders: 1.4, 1.5, 1.6, 1.7 and 1.8 gave 0, +1, +3, +2 and +1
 * net questions at top 1 against 1.4; a short page that repeats the question's one name, "OB",
 * outscored the page with "18 kg and 11 kg" for "how heavy are the OB boxes".)
 */
const UNIT_PRIOR = 1.6;
const SUBJECT = 1.4;
/** A candidate speaking to less than NARROW_SHARE of the widest of NARROW_RIVALS candidates is discounted by NARROW. */
const NARROW_RIVALS = 10;
const NARROW_SHARE = 0.5;
const NARROW = 0.8;
/** The named passage's coverage is compared with this many of BM25's best. */
const SUBJECT_RIVALS = 5;
/** Credit for a question's words a document chunk leaves to its document's opening chunk. */
const HEAD_CREDIT = 0.5;
/** Content words beyond a document's title with which a question is still about the whole document. */
const TITLE_AND_MORE = 1;
/** Coverage is judged on this many of the best passages. */
const COVERAGE_DEPTH = 3;

/** Retrievals of one analysed text (analyses are shared read-only): a claim is retrieved by several rules. */
const retrieved = new WeakMap<AnalysedQuery, { corpus: Corpus; byLimit: Map<number, Retrieval> }>();

export function retrieve(q: AnalysedQuery, corpus: Corpus, limit = 8): Retrieval {
  let memo = retrieved.get(q);
  // One analysis is made against one corpus; handed another, it starts over.
  if (!memo || memo.corpus !== corpus) retrieved.set(q, (memo = { corpus, byLimit: new Map() }));
  let r = memo.byLimit.get(limit);
  if (!r) {
    // The ranking does not depend on how many are kept, nor the coverage once at least
    // COVERAGE_DEPTH are: a fact-check that asks for 6 and then 8 ranks once.
    if (limit < COVERAGE_DEPTH) r = rank(q, corpus, limit);
    else {
      let deep = [...memo.byLimit].find(([n]) => n >= limit)?.[1];
      if (!deep) memo.byLimit.set(Math.max(limit, SHARED_LIMIT), (deep = rank(q, corpus, Math.max(limit, SHARED_LIMIT))));
      r = deep.ranked.length > limit ? { ...deep, ranked: deep.ranked.slice(0, limit) } : deep;
    }
    memo.byLimit.set(limit, r);
  }
  return r;
}

/** Rankings are kept at least this deep, so that the checker's several depths share one. */
const SHARED_LIMIT = 8;

function rank(q: AnalysedQuery, corpus: Corpus, limit: number): Retrieval {
  const content = contentTokens(q);
  const hits = corpus.index.search(q.terms, CANDIDATES);
  const best = hits.length ? hits[0].score : 1;
  const spec = q.intent === 'general' ? undefined : LEXICON.answerTypes.find((t) => t.type === q.intent);
  const coverageOf = coverageScorer(content, q, corpus);
  // A question about a named muscle or concept, that asks nothing narrower (no exercise, figure
  // or condition), is answered by that passage or one of its aspects: the same prior, once.
  const about = new Set<string>();
  if (!spec || spec.type === 'role' || spec.type === 'list' || spec.type === 'anatomy') {
    const named = q.entities.filter((e) => e.primary && !e.weak).map((e) => corpus.get(corpus.get(e.id)?.aspectOf ?? e.id)).filter((p): p is Passage => !!p);
    // "What does the soleus do at mid-stance?" is about the soleus: where the answer type names
    // kinds, a named passage of those kinds is the subject and the rest only qualify it.
    const subjects = spec?.kinds.length ? named.filter((p) => spec.kinds.includes(p.kind as never)) : [];
    for (const p of subjects.length ? subjects : named) about.add(p.id);
    // "Tell me about Plots, Rents and the Waiting List" names a document by its whole title and
    // asks little else: its opening chunk is the subject (the title is no chunk's name in the
    // index: see Corpus.build). "What happens to lost property after 28 days?" asks more than
    // the title "Lost Property" says, and a later section may answer it.
    const said = q.tokens.filter((t) => !STOPWORDS.has(t.surface)).map((t) => t.term);
    const contentTerms = new Set(content.map((t) => t.term));
    for (const { key, at } of corpus.documentsTitled(said)) {
      if ([...contentTerms].filter((t) => !key.includes(t)).length <= TITLE_AND_MORE) about.add(corpus.passages[at].id);
    }
  }
  const asked = q.asksName ? saidTerms(q) : undefined;
  const bands = (q.stated ?? []).map((x) => `band:${x.unit}`);
  const bestCoverage = about.size ? Math.max(0, ...hits.slice(0, SUBJECT_RIVALS).map((h) => coverageOf(h.doc))) : 0;
  const ranked: Ranked[] = hits.map((h, i) => {
    const p = corpus.passages[h.doc];
    let score = h.score / best;
    // An aspect of the subject ("what the hamstrings do in each step") answers what it does, not
    // what it is made of.
    const aspect = !!p.aspectOf && about.has(p.aspectOf) && spec?.type !== 'list' && spec?.type !== 'anatomy';
    const answers = (spec && holdsAnswer(p, spec, corpus, q.units ?? [], q.listOf)) || about.has(p.id) || aspect;
    if (i < PRIOR_DEPTH && answers) score *= PRIOR;
    // "Who is…?" is answered by a passage that names someone the question does not.
    if (i < PRIOR_DEPTH && asked && namesSomeone(p.text, asked)) score *= PRIOR;
    // "Can I bring my dog?" is answered by a passage that states a rule (a figure asked for aside:
    // "how long is a print allowed to run?").
    if (i < PRIOR_DEPTH && q.asksRule && !spec?.figure && corpus.statesRule(p)) score *= PRIOR;
    // A figure of the very unit asked for ("how many milliseconds") is a second, independent sign.
    if (i < PRIOR_DEPTH && q.units?.length && corpus.figuresOf(p, q.units)) score *= UNIT_PRIOR;
    // …and so is a rate over the period asked ("how often per week": "twice a week").
    if (i < PRIOR_DEPTH && q.per?.length && corpus.figuresOf(p, q.per.map((x) => `per:${x}`))) score *= PRIOR;
    // …and so is a band or limit in the measure of a figure the question states ("my 11 yr old",
    // "an adult weighing 80 kg"): the rule or table row it falls under.
    if (i < PRIOR_DEPTH && bands.length && corpus.figuresOf(p, bands)) score *= PRIOR;
    // The named thing's own passage (its name is the title) is the fullest account of it.
    const coverage = coverageOf(h.doc);
    // …when it speaks to the whole question as well as any of the best candidates: "how do the
    // peroneals protect the ankle from sprains while the foot is planted?" asks about an aspect.
    // (A generic word it lacks, such as "running", is no word of the question's own.)
    // A team that loads its own documents asks about them first: beside the built-in corpus, its
    // pages get the prior too (and so a curated passage leads only when it is clearly better).
    if (i < PRIOR_DEPTH && p.kind === 'document' && corpus.mixesDocuments) score *= PRIOR;
    if (about.has(p.id) && (bestCoverage - coverage) * coverageOf.total <= GENERIC_WEIGHT + 1e-9) score *= SUBJECT;
    return { passage: p, score, coverage };
  });
  // A candidate that speaks to less than half of what the best of its rivals speaks to ranks on a
  // few words it repeats: "how long no food before the op?" is not answered by an appointments
  // page that says "before" and gives durations, beside the page that gives the fasting rule.
  const rivals = [...ranked].sort((a, b) => b.score - a.score).slice(0, NARROW_RIVALS);
  const widest = Math.max(0, ...rivals.map((r) => r.coverage));
  for (const r of rivals) if (r.coverage < NARROW_SHARE * widest) r.score *= NARROW;
  ranked.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
  const top = ranked.slice(0, limit);
  // A chunk of a document is read in its document: what the question says of the document as a
  // whole ("the centre" of "Granite Hall Climbing Centre") is said by its opening chunk.
  const inDocument = (r: Ranked, score: CoverageScore, own: number) => {
    const head = corpus.documentHead(r.passage);
    const at = corpus.position(r.passage.id);
    // (Half credit: the opening says it of the document, not of this chunk.)
    return head === undefined || at === undefined || head === at ? own : own + HEAD_CREDIT * Math.max(0, score(at, [head]) - own);
  };
  for (const r of top) r.inDocument = inDocument(r, coverageOf, r.coverage);
  const mostCovering = (read: (r: Ranked) => number) => {
    let most = { coverage: 0, passage: undefined as Passage | undefined };
    for (const r of top.slice(0, COVERAGE_DEPTH)) {
      const c = read(r);
      if (c > most.coverage || !most.passage) most = { coverage: Math.max(0, c), passage: r.passage };
    }
    return most;
  };
  const { coverage, passage: coveredBy } = mostCovering((r) => r.inDocument ?? r.coverage);
  // The gate counts the figure or person asked for as a word of the question (see
  // coverageScorer), read in the document the same way.
  const gateOf = coverageOf.forGate;
  const gate = gateOf
    ? mostCovering((r) => {
        const at = corpus.position(r.passage.id);
        return at === undefined ? r.coverage : inDocument(r, gateOf, gateOf(at));
      })
    : { coverage, passage: coveredBy };
  return { ranked: top, coverage, coveredBy, gate, contentCount: content.length, named: q.entities.some((e) => !e.weak) };
}

/** Does a passage hold the kind of answer a question asks for? */
function holdsAnswer(p: Passage, spec: (typeof LEXICON.answerTypes)[number], corpus: Corpus, units: readonly string[], listOf?: ReadonlySet<string>): boolean {
  if (spec.kinds.includes(p.kind as never)) return true;
  // A chunk of a team's own document has no kind from the schema: it may hold any of them, so
  // the curated passages' kinds do not outrank it by default.
  if (p.kind === 'document' && spec.kinds.length) return true;
  if (spec.figure) return corpus.figuresOf(p, units);
  // A list is held by a group with members (the schema's memberOf), or a text naming several.
  // (Names of the kind the question lists, when it says one: "which muscles" is no list of exercises.)
  if (spec.list) {
    // A team's page holds a list where it writes one: "four core diseases: distemper, parvovirus,
    // hepatitis and leptospirosis", or three items or more.
    if (p.kind === 'document' && writesList(p.text)) return true;
    const members = corpus.members(p.id).filter((id) => !listOf || listOf.has(corpus.get(id)?.kind ?? ''));
    return members.length >= 2 || (!p.aspectOf && corpus.namesCount(p, listOf) >= 3);
  }
  return false;
}

/** Does an exercise train one of these muscles or groups (directly or as a member/group)? */
export function trains(exercise: Passage, targets: ReadonlySet<string>, corpus: Corpus): boolean {
  for (const w of exercise.works ?? []) {
    if (targets.has(w)) return true;
    const muscle = corpus.get(w);
    // A muscle's own group counts ("calf raises" for a soleus exercise trains the calves), but a
    // group merely related to another group does not (hamstring curls do not train the quads).
    if (muscle && muscle.kind !== 'group' && muscle.related?.some((r) => targets.has(r) && corpus.get(r)?.kind === 'group')) return true;
    if (corpus.get(w)?.kind === 'group') {
      for (const t of targets) if (corpus.get(t)?.kind !== 'group' && corpus.get(t)?.related?.includes(w)) return true;
    }
  }
  return false;
}

/** The term of a schema kind's name: a passage of kind "group" speaks to the word "group" ("which muscles make up the hamstring group?"). */
const kindTerms = new Map<string, string>();
function kindTerm(kind: string): string {
  let t = kindTerms.get(kind);
  if (t === undefined) kindTerms.set(kind, (t = termOf(kind)));
  return t;
}

/** A coverage reading of one passage (by position), or of it and others together. */
type CoverageScore = (doc: number, also?: readonly number[]) => number;

/** Above this share of passages a word is the corpus's general subject ("running", "muscle"). */
export const GENERIC_SHARE = 0.2;
export const GENERIC_WEIGHT = 0.2;
/** Credit for a question's word the corpus lacks, where a passage says a word sharing one of its senses. */
const EXPANDED_CREDIT = 0.5;
/**
 * …and where it says only what the word is a kind of ("children" for "toddlers"): the page speaks
 * of the class, not of the very thing asked. (On the 39 tuning folders, against no kinds at all: at
 * the expanded word's full credit 6 more of the 405 out-of-scope questions were answered, at half
 * of it 2; at none, no ordinary question refused before was answered, at half of it 6 were.)
 */
const BROADER_CREDIT = EXPANDED_CREDIT / 2;
/**
 * How much more than its topic weight a question's noun weighs that nothing leads to a word of the
 * sources (query.ts, `stranger`): a topic they lack. Fitted over the 61 tuning folders, against
 * 1 (hits at top 1 of 2,995 / ordinary questions refused / off-topic declined of 625): 1.25 gave
 * +7 / −20 / −2, 1.5 +13 / −28 / +3, 1.75 +18 / −54 / −7 (with the curated thresholds still
 * fitted with the weight; see calibrate.ts). The pages' fitted threshold falls
 * with it (their near misses are made with such a noun), so ordinary questions are answered more
 * while off-topic ones that name a stranger are declined.
 */
const STRANGER = 1.5;

/**
 * Information-weighted share of the question's content words that a passage speaks to. A word
 * the corpus knows weighs what it says in general English (how rarely it is said: "time" little,
 * "soleus" fully; little too if most passages use it); a real word the corpus lacks weighs its
 * topic weight, so filler costs little and a noun like "shoe" much; a non-word nothing explains
 * weighs 1. Everything that depends only on the question is worked out once, so scoring
 * each candidate is a few posting-list lookups. With `also`, the share the passages speak to
 * together (a claim may join two passages' facts).
 */
export function coverageScorer(
  content: ReturnType<typeof contentTokens>,
  q: AnalysedQuery,
  corpus: Corpus,
): CoverageScore & { total: number; forGate?: CoverageScore } {
  const index = corpus.index;
  const parts = content.map((t) => {
    const generic = t.status === 'known' && index.df(t.term) > GENERIC_SHARE * index.docCount;
    const weight =
      t.status === 'expanded'
        ? LEXICON.topicWeight(t.surface) * (t.stranger ? STRANGER : 1)
        : t.status === 'known'
          ? Math.min(generic ? GENERIC_WEIGHT : 1, LEXICON.information(t.surface))
          : 1;
    return {
      weight,
      credit: t.status === 'corrected' ? 0.9 * weight : t.status === 'expanded' ? (t.broader ? BROADER_CREDIT : EXPANDED_CREDIT) * weight : weight,
      // (A known word's alternatives are the days it names: "weekend" is said by "Saturday".)
      terms: t.status === 'synonym' || t.status === 'expanded' ? [...(t.alternatives ?? [])] : [t.term, ...(t.alternatives ?? [])],
      related: t.related ?? [],
      // Passages the question named with a phrase containing this word.
      namedIn: q.entities.filter((e) => e.phrase.split(' ').includes(t.surface)).map((e) => e.id),
    };
  });
  // The figure a question asks for is a word of it that the answer says in its own way: "how
  // long does it take?" is answered by "about 20 minutes", which repeats none of it. It weighs as
  // the question's average word, and a passage speaks to it where it gives a figure of that unit.
  // (Units the lexicon declares, and the points in time: "how many stings" counts stings, which
  // a page may give in words, "a single sting".) A person asked for ("who should I talk to…?") is
  // such a word too, spoken to by a passage that names someone the question does not.
  // (Read by the gate only, as `forGate`, with a known word's relatives: the ranking and the
  // checker read the words.)
  const units = (q.units ?? []).filter((u) => LEXICON.unitWords.has(u) || LEXICON.pointUnits.has(u));
  const askedName = q.asksName ? saidTerms(q) : undefined;
  const wordWeight = parts.reduce((sum, x) => sum + x.weight, 0);
  const askedWeight = (units.length || askedName) && parts.length ? wordWeight / parts.length : 0;
  const answers = (d: number) => (units.length > 0 && corpus.figuresOf(corpus.passages[d], units)) || (!!askedName && namesSomeone(corpus.passages[d].text, askedName));
  const scorer = (asked: number, related: boolean) => (doc: number, also?: readonly number[]) => {
    const total = wordWeight + asked;
    if (!total) return 0;
    const docs = also?.length ? [doc, ...also] : [doc];
    let covered = 0;
    for (const part of parts) {
      let hit = false;
      for (const d of docs) {
        hit ||= part.namedIn.includes(corpus.passages[d].id) || kindTerm(corpus.passages[d].kind) === part.terms[0];
        for (let i = 0; !hit && i < part.terms.length; i++) hit = index.contains(part.terms[i], d);
        if (hit) break;
      }
      if (hit) {
        covered += part.credit;
        continue;
      }
      // (A known word said on this page in other words counts as an expanded word does.)
      if (related) for (const d of docs) if (part.related.some((t) => index.contains(t, d))) {
        covered += 0.5 * part.credit;
        break;
      }
    }
    if (asked && docs.some(answers)) covered += asked;
    return covered / total;
  };
  // (Where the gate would read nothing more than the words, it reads their coverage: no second pass.)
  const more = askedWeight > 0 || parts.some((x) => x.related.length);
  return Object.assign(scorer(0, false), { total: wordWeight, ...(more ? { forGate: scorer(askedWeight, true) } : {}) });
}
