import type { Corpus } from './corpus';
import { contentTokens, type AnalysedQuery, type Intent } from './query';
import { SYNONYMS } from './synonyms';
import { indexTerms, termOf } from './text';
import type { Passage } from './types';

/**
 * Ranking: BM25F candidates from the inverted index, then a re-rank that knows what the question
 * named (entities) and what it asks for (intent), then coverage — how much of the question the
 * best passages actually speak to — which decides whether to abstain.
 */

export interface Ranked {
  passage: Passage;
  score: number;
  /** Share of the question's content (idf-weighted) this passage speaks to, 0..1. */
  coverage: number;
}

export interface Retrieval {
  ranked: Ranked[];
  /** Best single-passage coverage among the top candidates. */
  coverage: number;
  /** How many content words the question had. */
  contentCount: number;
}

const CANDIDATES = 40;

const INTENT_KINDS: Record<Intent, { kinds: string[]; facets: string[] }> = {
  exercise: { kinds: ['exercise'], facets: ['training'] },
  weakness: { kinds: ['condition'], facets: ['weakness', 'tightness', 'injury'] },
  role: { kinds: ['muscle', 'group', 'tendon'], facets: ['role', 'timing'] },
  phase: { kinds: ['phase'], facets: ['timing', 'role'] },
  figure: { kinds: ['concept'], facets: ['figure', 'research'] },
  general: { kinds: [], facets: [] },
};

export function retrieve(q: AnalysedQuery, corpus: Corpus, limit = 8): Retrieval {
  const content = contentTokens(q);
  const hits = corpus.index.search(q.terms, CANDIDATES);
  // In a role question a named phase only qualifies the muscle ("the soleus at mid-stance").
  const entityIds = new Set(
    q.entities.filter((e) => e.primary && !(q.intent === 'role' && corpus.get(e.id)?.kind === 'phase')).map((e) => e.id),
  );
  // Exercises for a named muscle belong among the candidates even when BM25 ranks them low.
  const extra: number[] = [];
  if (q.intent === 'exercise' && entityIds.size) {
    corpus.passages.forEach((p, i) => {
      if (p.kind === 'exercise' && trains(p, entityIds, corpus)) extra.push(i);
    });
  }
  for (const id of entityIds) {
    const pos = corpus.position(id);
    if (pos !== undefined) extra.push(pos);
  }
  const best = hits.length ? hits[0].score : 1;
  const pool = new Map<number, number>();
  for (const h of hits) pool.set(h.doc, h.score / best);
  for (const d of extra) if (!pool.has(d)) pool.set(d, 0);

  // A passage whose title names what the question named ("Soleus fibre type") is about it.
  const entityTitleTerms = [...entityIds].map((id) => indexTerms(corpus.get(id)?.title.split(/[:(]/)[0] ?? '')).filter((t) => t.length);
  const wanted = INTENT_KINDS[q.intent];
  const coverageOf = coverageScorer(content, q, corpus);
  const ranked: Ranked[] = [];
  for (const [doc, bm25] of pool) {
    const p = corpus.passages[doc];
    let score = bm25;
    if (entityIds.has(p.id)) score += q.intent === 'general' || q.intent === 'role' ? 0.6 : 0.35;
    else if (titleNames(p, entityTitleTerms)) score += 0.3;
    else if (p.related?.some((r) => entityIds.has(r)) || p.works?.some((r) => entityIds.has(r))) score += 0.15;
    if (wanted.kinds.includes(p.kind)) score += 0.3;
    if (p.facets?.some((f) => wanted.facets.includes(f))) score += 0.2;
    if (q.intent === 'exercise' && p.kind === 'exercise' && trains(p, entityIds, corpus)) score += 0.4;
    if (q.intent === 'phase' && p.phases?.length) score += 0.1;
    ranked.push({ passage: p, score, coverage: coverageOf(doc) });
  }
  // Coverage is part of relevance: a passage that speaks to every part of the question wins.
  for (const r of ranked) r.score += 0.6 * r.coverage;
  ranked.sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id));
  const top = ranked.slice(0, limit);
  const coverage = Math.max(0, ...top.slice(0, 3).map((r) => r.coverage));
  return { ranked: top, coverage, contentCount: content.length };
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

/**
 * idf-weighted share of the question's content words that a passage speaks to. Everything that
 * depends only on the question (weights, synonym terms, entity phrases) is worked out once, so
 * scoring each candidate is a few posting-list lookups and allocates nothing. With `also`, the
 * share the passages speak to together (a claim may join two passages' facts).
 */
export function coverageScorer(
  content: ReturnType<typeof contentTokens>,
  q: AnalysedQuery,
  corpus: Corpus,
): (doc: number, also?: readonly number[]) => number {
  const index = corpus.index;
  const maxIdf = index.maxIdf();
  const parts = content.map((t) => {
    // An unknown word weighs most: a question about something the corpus lacks must not pass
    // on the strength of the words it shares with it.
    const weight = t.status === 'unknown' ? 0.75 * maxIdf : Math.max(0.5, index.idf(t.term));
    return {
      weight,
      credit: t.status === 'corrected' ? 0.9 * weight : weight,
      terms: [t.term, ...(SYNONYMS[t.surface] ?? []).map(termOf)],
      // Passages the question named with a phrase containing this word.
      namedIn: q.entities.filter((e) => e.phrase.split(' ').includes(t.surface)).map((e) => e.id),
    };
  });
  const total = parts.reduce((sum, x) => sum + x.weight, 0);
  return (doc, also) => {
    if (!total) return 0;
    const docs = also?.length ? [doc, ...also] : [doc];
    let covered = 0;
    for (const part of parts) {
      let hit = false;
      for (const d of docs) {
        hit ||= part.namedIn.includes(corpus.passages[d].id);
        // Membership comes from the inverted index itself: no per-question re-tokenizing of passages.
        for (let i = 0; !hit && i < part.terms.length; i++) hit = index.contains(part.terms[i], d);
        if (hit) break;
      }
      if (hit) covered += part.credit;
    }
    return covered / total;
  };
}

const titleTermCache = new WeakMap<Passage, Set<string>>();

function titleNames(p: Passage, names: string[][]): boolean {
  if (!names.length) return false;
  // Cached per passage: this runs for every candidate of every question.
  let title = titleTermCache.get(p);
  if (!title) titleTermCache.set(p, (title = new Set(indexTerms(p.title))));
  return names.some((n) => n.every((t) => title.has(t)));
}
