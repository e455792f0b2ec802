import type { Corpus } from './corpus';
import type { AnalysedQuery } from './query';
import { contentTokens } from './query';
import type { Ranked, Retrieval } from './retrieve';
import { trains } from './retrieve';
import { STOPWORDS, sentences, termOf, words } from './text';
import type { Citation, Passage } from './types';
import { targetPhrase, worksClause } from './wording';

/**
 * Turns ranked passages into a short reply: a lead sentence or two from the best passage, a
 * sentence each from up to two others that add something, every claim carrying its [n] marker.
 * Exercise questions get a list (exercise, dose where the source gives one, muscles worked).
 */

export interface Composed {
  answer: string;
  citations: Citation[];
  followUps: string[];
}

export interface ComposeOptions {
  maxCitations: number;
}

/** Passages scoring below this share of the best are not cited. */
const KEEP_RATIO = 0.55;

export function compose(q: AnalysedQuery, r: Retrieval, corpus: Corpus, opts: ComposeOptions): Composed {
  const queryTerms = new Set(contentTokens(q).map((t) => t.term));
  for (const e of q.entities) for (const w of words(e.phrase)) queryTerms.add(termOf(w));
  const citations: Citation[] = [];
  const cite = (ranked: Ranked, excerpt: string): number => {
    const existing = citations.find((c) => c.id === ranked.passage.id);
    if (existing) return existing.n;
    const top = r.ranked[0]?.score || 1;
    citations.push({
      n: citations.length + 1,
      id: ranked.passage.id,
      title: ranked.passage.title,
      kind: ranked.passage.kind,
      excerpt,
      score: Math.round(Math.min(1, ranked.score / top) * 1000) / 1000,
      source: ranked.passage.source,
    });
    return citations.length;
  };

  const lead = r.ranked[0];
  const lines: string[] = [];
  if (q.intent === 'exercise') {
    const exercises = pickExercises(q, r, corpus, opts.maxCitations);
    if (exercises.length) {
      const target = namedTargets(q, corpus);
      lines.push(target ? `Exercises from the sources for ${target}:` : 'Exercises from the sources:');
      lines.push('');
      for (const ex of exercises) {
        const p = ex.passage;
        const n = cite(ex, bestSentences(p.text, queryTerms, 1));
        const worked = worksClause(p, (p.works ?? []).map((id) => corpus.get(id) ?? { title: id }));
        const dose = p.dose ? ` (${p.dose})` : '';
        lines.push(`- **${p.title}**${dose}${worked ? ` ${worked}.` : ''} ${firstSentence(p.cue ?? p.text)} [${n}]`);
      }
      return { answer: lines.join('\n'), citations, followUps: followUps(q, citations, corpus) };
    }
  }

  const leadText = bestSentences(lead.passage.text, queryTerms, 2);
  const n1 = cite(lead, leadText);
  lines.push(`**${lead.passage.title}** — ${leadText} [${n1}]`);
  const used = new Set(leadText.split(/(?<=[.!?])\s+/));
  for (const other of r.ranked.slice(1)) {
    if (citations.length >= Math.min(3, opts.maxCitations)) break;
    if (other.score < KEEP_RATIO * lead.score || other.coverage < 0.3) continue;
    const s = bestSentences(other.passage.text, queryTerms, 1);
    if (!s || used.has(s) || overlap(s, leadText) > 0.6) continue;
    used.add(s);
    const n = cite(other, s);
    // "Mid-stance: muscles at work: Mid-stance falls…" reads badly; a dash separates any title.
    lines.push(`${other.passage.title} — ${s} [${n}]`);
  }
  return { answer: lines.join('\n\n'), citations, followUps: followUps(q, citations, corpus) };
}

/** "the **glutes**", "**weak or tight calves**": names from the muscle and condition passages, never a passage's descriptive title. */
function namedTargets(q: AnalysedQuery, corpus: Corpus): string {
  const named = q.entities.map((e) => corpus.get(e.id)).filter((p): p is Passage => !!p);
  return targetPhrase(named, (id) => corpus.get(id), 3, true);
}

function pickExercises(q: AnalysedQuery, r: Retrieval, corpus: Corpus, max: number): Ranked[] {
  const targets = new Set(q.entities.map((e) => e.id));
  const exercises = r.ranked.filter((x) => x.passage.kind === 'exercise');
  const direct = targets.size ? exercises.filter((x) => trains(x.passage, targets, corpus)) : exercises;
  return (direct.length ? direct : exercises).slice(0, Math.max(1, Math.min(max, 6)));
}

/** The `count` sentences of a text that share most with the question, in text order. */
export function bestSentences(text: string, queryTerms: ReadonlySet<string>, count: number): string {
  const all = sentences(text);
  if (all.length <= count) return all.join(' ');
  const scored = all.map((s, i) => {
    let hits = 0;
    for (const w of words(s)) if (!STOPWORDS.has(w) && queryTerms.has(termOf(w))) hits++;
    // Earlier sentences usually introduce the topic: a small bonus breaks ties toward them.
    return { i, score: hits + (i === 0 ? 0.5 : 0) - i * 0.01 };
  });
  const keep = scored
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((x) => x.i)
    .sort((a, b) => a - b);
  return keep.map((i) => all[i]).join(' ');
}

function firstSentence(text: string): string {
  return sentences(text)[0] ?? '';
}

function overlap(a: string, b: string): number {
  const A = new Set(words(a).filter((w) => !STOPWORDS.has(w)));
  const B = new Set(words(b).filter((w) => !STOPWORDS.has(w)));
  if (!A.size) return 1;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / A.size;
}

/** "Tight, weak glutes from sitting" → "tight, weak glutes…" mid-sentence; "DOMS" keeps its capitals. */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** "Calves" → "calves", "Tensor fascia latae (TFL)" → "tensor fascia latae"; acronyms keep their case. */
function muscleName(title: string): string {
  return stripThe(title.split(/:| \(/)[0])
    .split(' ')
    .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

/** "calves", "hamstrings", "quadriceps" take "are"; "soleus", "biceps femoris", "iliopsoas" do not. */
function plural(name: string): boolean {
  return /s$/.test(name) && !/(us|is|ss|as)$/.test(name);
}

/** Next questions the corpus can answer, built from what the answer cited. */
function followUps(q: AnalysedQuery, citations: Citation[], corpus: Corpus): string[] {
  const out: string[] = [];
  const push = (s: string) => {
    if (!out.includes(s) && s.toLowerCase() !== q.text.trim().toLowerCase()) out.push(s);
  };
  const { hasExercises, hasWeakness } = topicsOf(corpus);
  for (const c of citations) {
    const p = corpus.get(c.id);
    if (!p) continue;
    // "Mid-stance: muscles at work" → "mid-stance"; names read better than headline titles.
    const name = p.title.split(/:| \(/)[0].replace(/^The /, 'the ');
    if (p.kind === 'muscle' || p.kind === 'group' || p.kind === 'tendon') {
      const n = muscleName(name);
      if (q.intent !== 'exercise' && hasExercises(p.id)) push(`Which exercises strengthen the ${n}?`);
      if (q.intent !== 'weakness' && hasWeakness(p.id)) push(`What happens when the ${n} ${plural(n) ? 'are' : 'is'} weak?`);
      if (q.intent !== 'role') push(`What ${plural(n) ? 'do' : 'does'} the ${n} do in the stride?`);
    } else if (p.kind === 'exercise') {
      const m = p.works?.map((id) => corpus.get(id)).find((x) => x && x.kind !== 'exercise');
      const n = m ? muscleName(m.title) : '';
      if (m) push(`What ${plural(n) ? 'do' : 'does'} the ${n} do in the stride?`);
    } else if (p.kind === 'condition') {
      push(`How can I prevent ${lowerFirst(stripThe(name))}?`);
    } else if (p.kind === 'phase') {
      push(`Which muscles work at ${lowerFirst(stripThe(name))}?`);
    }
    if (out.length >= 3) break;
  }
  return out.slice(0, 3);
}

const topicCache = new WeakMap<Corpus, { hasExercises: (id: string) => boolean; hasWeakness: (id: string) => boolean }>();

/** Which muscles have exercises and weakness passages: computed once per corpus, not per answer. */
function topicsOf(corpus: Corpus) {
  let t = topicCache.get(corpus);
  if (!t) {
    const exercised = new Set<string>();
    const weak = new Set<string>();
    for (const p of corpus.passages) {
      if (p.kind === 'exercise') {
        for (const w of p.works ?? []) {
          exercised.add(w);
          const m = corpus.get(w);
          // Training a member trains its group, and training a group trains its members.
          for (const r of m?.related ?? []) if (corpus.get(r)?.kind === 'group' || m?.kind === 'group') exercised.add(r);
        }
      }
      if (p.kind === 'condition' || p.facets?.includes('weakness')) {
        weak.add(p.id);
        for (const r of p.related ?? []) weak.add(r);
      }
    }
    t = { hasExercises: (id: string) => exercised.has(id), hasWeakness: (id: string) => weak.has(id) };
    topicCache.set(corpus, t);
  }
  return t;
}

function stripThe(s: string): string {
  return s.replace(/^the /i, '');
}
