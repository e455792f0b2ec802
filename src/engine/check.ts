import type { Corpus } from './corpus';
import { agrees, quantities, type Quantity } from './numbers';
import { analyse, contentTokens } from './query';
import { retrieve, trains, type Ranked } from './retrieve';
import { bestSentences } from './compose';
import { normalize, sentences, termOf, words, STOPWORDS } from './text';
import type { Citation, Verdict } from './types';

/**
 * Fact-checking a claim against the corpus: find the passages it is about, then look for what
 * decides it — a figure that differs, a role stated the other way round, an exercise said to
 * work a muscle it does not — before calling it supported. A claim the corpus does not speak to
 * is unverified, however many words it shares.
 */

export interface CheckDecision {
  verdict: Verdict;
  evidence: Citation[];
  notes: string[];
}

/** Below this coverage the corpus does not speak to the claim. */
const SPEAKS_TO = 0.55;
/** At or above this coverage (and nothing contradicting) the claim is supported. */
const SUPPORTS = 0.75;

/** Pairs of terms where saying one where the sources say the other inverts a fact. */
const OPPOSITES: [string, string][] = [
  ['slow', 'fast'],
  ['concentric', 'eccentric'],
  ['before', 'after'],
  ['increase', 'decrease'],
  ['increases', 'decreases'],
  ['more', 'less'],
  ['higher', 'lower'],
  ['inversion', 'eversion'],
  ['dorsiflexion', 'plantarflexion'],
  ['medial', 'lateral'],
  ['inner', 'outer'],
  ['front', 'back'],
  ['anterior', 'posterior'],
  ['flexion', 'extension'],
  ['flexes', 'extends'],
  ['shorter', 'longer'],
  ['weaker', 'stronger'],
];

export function decide(claim: string, corpus: Corpus): CheckDecision {
  const q = analyse(claim, corpus);
  const r = retrieve(q, corpus, 6);
  const content = contentTokens(q);
  const queryTerms = new Set(content.map((t) => t.term));
  if (!content.length || !r.ranked.length || r.coverage < SPEAKS_TO) {
    const missing = content.filter((t) => t.status === 'unknown').map((t) => t.surface);
    return {
      verdict: 'unverified',
      evidence: [],
      notes: [
        content.length
          ? `The sources do not speak to this claim${missing.length ? ` (nothing on: ${missing.slice(0, 5).join(', ')})` : ''}.`
          : 'There is nothing checkable in this text: no muscle, exercise, injury or figure.',
      ],
    };
  }
  const relevant = r.ranked.filter((x) => x.coverage >= SPEAKS_TO * 0.8).slice(0, 4);
  const evidence: Citation[] = [];
  const cite = (x: Ranked, excerpt?: string): number => {
    const found = evidence.find((c) => c.id === x.passage.id);
    if (found) return found.n;
    evidence.push({
      n: evidence.length + 1,
      id: x.passage.id,
      title: x.passage.title,
      kind: x.passage.kind,
      excerpt: excerpt ?? bestSentences(x.passage.text, queryTerms, 1),
      score: Math.round(Math.min(1, x.coverage) * 1000) / 1000,
      source: x.passage.source,
    });
    return evidence.length;
  };

  // 1. Figures: a claimed number against the same kind of number in the evidence.
  const claimed = quantities(claim);
  let figuresMatched = 0;
  for (const cq of claimed) {
    let match: { x: Ranked; q: Quantity; sentence: string } | undefined;
    let differs: { x: Ranked; q: Quantity; sentence: string } | undefined;
    for (const x of relevant) {
      for (const s of sentences(x.passage.text)) {
        for (const eq of quantities(s)) {
          if (eq.unit !== cq.unit) continue;
          if (agrees(cq, eq)) match ??= { x, q: eq, sentence: s };
          else differs ??= { x, q: eq, sentence: s };
        }
      }
    }
    if (!match && differs) {
      const n = cite(differs.x, differs.sentence);
      for (const x of relevant.slice(0, 2)) cite(x);
      return {
        verdict: 'contradicted',
        evidence,
        notes: [`The claim says "${cq.text}" where the source says "${differs.q.text}" [${n}].`],
      };
    }
    if (match) {
      cite(match.x, match.sentence);
      figuresMatched++;
    }
  }

  // 2. Roles stated the other way round: the claim says "fast" where the evidence says "slow".
  const claimWords = new Set(words(claim));
  const subject = subjectTerms(q, corpus);
  for (const [a, b] of OPPOSITES) {
    for (const [said, other] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!claimWords.has(said) || claimWords.has(other)) continue;
      // Only when no passage states it the claim's way: "slow" in one sentence and "fast" in
      // another about a different muscle is no contradiction.
      const statedAsClaimed = relevant.slice(0, 3).some((x) => closestSentence(x.passage.text, queryTerms, said, other, subject));
      if (statedAsClaimed) continue;
      for (const x of relevant.slice(0, 3)) {
        const s = closestSentence(x.passage.text, queryTerms, other, said, subject);
        if (s) {
          const n = cite(x, s);
          return {
            verdict: 'contradicted',
            evidence,
            notes: [`The claim says "${said}" where the source says "${other}" [${n}].`],
          };
        }
      }
    }
  }

  // 3. An exercise said to work a muscle the sources do not name for it.
  const named = q.entities.map((e) => corpus.get(e.id)).filter((p) => p !== undefined);
  const exercise = named.find((p) => p.kind === 'exercise' && p.works?.length);
  const muscles = named.filter((p) => p.kind === 'muscle' || p.kind === 'group' || p.kind === 'tendon');
  if (exercise && muscles.length && /\b(work|works|worked|target|targets|strengthen|strengthens|train|trains|hits?|builds?)\b/.test(normalize(claim))) {
    const wrong = muscles.filter((m) => !trains(exercise, new Set([m.id]), corpus) && !exercise.related?.includes(m.id));
    if (wrong.length === muscles.length) {
      const x = r.ranked.find((y) => y.passage.id === exercise.id) ?? { passage: exercise, score: 1, coverage: 1 };
      const n = cite(x, bestSentences(exercise.text, queryTerms, 1));
      const works = (exercise.works ?? []).map((id) => corpus.get(id)?.title ?? id).join(', ');
      return {
        verdict: 'contradicted',
        evidence,
        notes: [`The sources say ${exercise.title} works ${works}, not ${wrong.map((m) => m.title).join(', ')} [${n}].`],
      };
    }
  }

  for (const x of relevant.slice(0, 2)) cite(x);
  const figuresAgree = claimed.length > 0 && figuresMatched === claimed.length;
  if (r.coverage >= SUPPORTS || figuresAgree) {
    return {
      verdict: 'supported',
      evidence,
      notes: [`The cited passages state this${claimed.length ? `, figures included (${claimed.map((c) => c.text).join(', ')})` : ''} [1].`],
    };
  }
  return {
    verdict: 'unverified',
    evidence,
    notes: ['The sources touch on this, but not enough of the claim to confirm it; read the evidence.'],
  };
}

/** Name terms of the muscles a claim is about, and of every other muscle, to tell whose a word is. */
interface Subject {
  own: Set<string>;
  others: Set<string>;
}

function subjectTerms(q: ReturnType<typeof analyse>, corpus: Corpus): Subject | null {
  const isAnatomy = (k: string) => k === 'muscle' || k === 'group' || k === 'tendon';
  const own = new Set<string>();
  for (const e of q.entities) {
    const p = corpus.get(e.id);
    if (p && isAnatomy(p.kind) && e.primary) for (const w of words(e.phrase)) own.add(termOf(w));
  }
  if (!own.size) return null;
  const others = new Set<string>();
  for (const p of corpus.passages) {
    if (!isAnatomy(p.kind)) continue;
    for (const name of [p.title, ...(p.aliases ?? [])]) {
      const ws = words(name).filter((w) => !STOPWORDS.has(w));
      if (ws.length === 1 && !own.has(termOf(ws[0]))) others.add(termOf(ws[0]));
    }
  }
  return { own, others };
}

/**
 * The passage sentence most about the claim that contains `want` and not `avoid`, or null when
 * no sentence shares enough with the claim to be about the same thing. With a subject, the
 * muscle named nearest to `want` must be the claim's own ("fast-twitch partner, the
 * gastrocnemius" says nothing about the soleus).
 */
function closestSentence(text: string, queryTerms: ReadonlySet<string>, want: string, avoid: string, subject: Subject | null): string | null {
  let best: { s: string; score: number } | null = null;
  for (const s of sentences(text)) {
    const ws = words(s);
    if (!ws.includes(want) || ws.includes(avoid)) continue;
    if (subject && !ownsWord(ws, want, subject)) continue;
    let hits = 0;
    for (const w of new Set(ws)) if (!STOPWORDS.has(w) && queryTerms.has(termOf(w))) hits++;
    const score = hits / Math.max(1, queryTerms.size);
    if (score >= 0.4 && (!best || score > best.score)) best = { s, score };
  }
  return best?.s ?? null;
}

function ownsWord(ws: string[], want: string, subject: Subject): boolean {
  const terms = ws.map(termOf);
  for (let i = 0; i < ws.length; i++) {
    if (ws[i] !== want) continue;
    let nearest: 'own' | 'other' | null = null;
    for (let d = 1; d < ws.length && !nearest; d++) {
      for (const j of [i - d, i + d]) {
        if (j < 0 || j >= ws.length) continue;
        if (subject.own.has(terms[j])) nearest = 'own';
        else if (!nearest && subject.others.has(terms[j])) nearest = 'other';
      }
    }
    if (nearest !== 'other') return true;
  }
  return false;
}
