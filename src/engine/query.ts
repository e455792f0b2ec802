import type { Corpus } from './corpus';
import type { WeightedTerm } from './bm25-index';
import { SYNONYMS } from './synonyms';
import { DOMAIN_GENERIC, STOPWORDS, indexTerms, termOf, words } from './text';

/** What a question asks for, read from its wording; steers ranking and the reply's shape. */
export type Intent = 'exercise' | 'weakness' | 'role' | 'phase' | 'figure' | 'general';

export type TokenStatus = 'known' | 'corrected' | 'synonym' | 'unknown' | 'stop' | 'generic' | 'intent';

export interface QueryToken {
  surface: string;
  term: string;
  status: TokenStatus;
  /** For corrected words: what the user typed. */
  typed?: string;
}

export interface EntityMatch {
  id: string;
  /** The phrase is this passage's own title (not only an alias shared with others). */
  primary: boolean;
  /** The words of the question that named it. */
  phrase: string;
}

export interface AnalysedQuery {
  text: string;
  tokens: QueryToken[];
  terms: WeightedTerm[];
  entities: EntityMatch[];
  intent: Intent;
  corrections: { from: string; to: string }[];
}

/** Questions longer than this are cut: nobody's question is longer, and it bounds the work. */
export const MAX_QUERY_CHARS = 2_000;

const INTENT_WORDS: Record<Exclude<Intent, 'general'>, RegExp> = {
  exercise: /^(exercis\w*|drills?|workouts?|strengthen\w*|train\w*|routines?|stretch\w*|moves?|fix|improve|build|rehab\w*|prevent\w*|plan|sets?|reps?)$/,
  weakness: /^(weak\w*|tight\w*|imbalanc\w*|dysfunction\w*|causes?|leads?|risks?|injur\w*|problems?|happens?|overuse\w*|strains?)$/,
  role: /^(role|roles|function\w*|job|purpose|do|does|work|works|active|activat\w*|fires?|used|responsible)$/,
  phase: /^(landing|land|stance|midstance|toe|push|pushoff|toeoff|swing|strike|phase|phases|stride|gait)$/,
  figure: /^(percent|percentage|%|ms|milliseconds?|seconds?|numbers?|figures?|much|many|long)$/,
};

/** Words that only say what kind of answer is wanted: they weigh little in retrieval. */
const SOFT = /^(exercis\w*|drills?|workouts?|train\w*|routines?|moves?|fix|improve|build|role|roles|function\w*|job|purpose|do|does|work|works|used|responsible|happens?|causes?|leads?|problems?|best|good|better|effect\w*|important|main|key|help\w*|use|role|benefits?|mean\w*|define|definition|superior|inferior|better|worse|best|worst|good|bad|optimal|ideal|right|wrong|true|false|myths?|really|okay|ok|safe|necessary|essential|matter|matters|should|mostly|mainly|largely|primarily|chiefly|predominantly|typically|usually|often|generally|roughly|around|approximately|nearly|almost|made|makes|consist\w*|composed|comprised)$/;

export function analyse(question: string, corpus: Corpus): AnalysedQuery {
  const text = question.length > MAX_QUERY_CHARS ? question.slice(0, MAX_QUERY_CHARS) : question;
  const raw = words(text).slice(0, 200);
  const tokens: QueryToken[] = [];
  const corrections: { from: string; to: string }[] = [];
  const intents = new Map<Intent, number>();
  const known = (t: string) => corpus.index.has(t);

  for (const surface of raw) {
    for (const [intent, re] of Object.entries(INTENT_WORDS) as [Intent, RegExp][]) {
      if (re.test(surface)) intents.set(intent, (intents.get(intent) ?? 0) + 1);
    }
    // A lone letter ("e.g.", "vitamin D") says nothing the corpus could cover.
    if (STOPWORDS.has(surface) || (surface.length === 1 && /\p{L}/u.test(surface))) {
      tokens.push({ surface, term: termOf(surface), status: /^(do|does|work|works)$/.test(surface) ? 'intent' : 'stop' });
      continue;
    }
    const term = termOf(surface);
    if (DOMAIN_GENERIC.has(surface)) {
      tokens.push({ surface, term, status: 'generic' });
      continue;
    }
    if (SOFT.test(surface)) {
      tokens.push({ surface, term, status: 'intent' });
      continue;
    }
    if (known(term)) {
      tokens.push({ surface, term, status: 'known' });
      continue;
    }
    if (SYNONYMS[surface]?.some((s) => known(termOf(s)))) {
      tokens.push({ surface, term, status: 'synonym' });
      continue;
    }
    const fix = corpus.vocabulary.correct(surface, known);
    if (fix) {
      tokens.push({ surface: fix.to, term: fix.term, status: 'corrected', typed: surface });
      corrections.push({ from: surface, to: fix.to });
      continue;
    }
    tokens.push({ surface, term, status: 'unknown' });
  }

  const entities = findEntities(tokens, corpus);
  let intent = pickIntent(intents);
  // "What does the soleus do at mid-stance?" asks for the muscle's role in that phase.
  if (intent === 'phase' && intents.get('role') && entities.some((e) => isAnatomy(corpus.get(e.id)?.kind))) intent = 'role';
  if (intent === 'exercise') {
    // In "exercises for weak calves" weakness only qualifies the request.
    for (const t of tokens) if (t.status === 'known' && INTENT_WORDS.weakness.test(t.surface)) t.status = 'intent';
  }
  const terms = weightTerms(tokens, entities, corpus);
  return { text, tokens, terms, entities, intent, corrections };
}

function isAnatomy(kind: string | undefined): boolean {
  return kind === 'muscle' || kind === 'group' || kind === 'tendon';
}

function pickIntent(counts: Map<Intent, number>): Intent {
  // Asking for exercises outranks everything else the question mentions ("exercises for weak
  // calves" wants exercises, not an account of weakness).
  for (const i of ['exercise', 'weakness', 'phase', 'figure', 'role'] as const) if (counts.get(i)) return i;
  return 'general';
}

/** Longest runs of the question's words that are a passage's title or alias. */
function findEntities(tokens: QueryToken[], corpus: Corpus): EntityMatch[] {
  const content = tokens.filter((t) => t.status !== 'stop');
  const found: EntityMatch[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < content.length; i++) {
    for (let n = Math.min(corpus.longestName, content.length - i); n >= 1; n--) {
      const run = content.slice(i, i + n);
      const key = run.map((t) => t.term).join(' ');
      const ids = corpus.named(key);
      if (!ids) continue;
      // Several passages may share an alias; the one the phrase is the title of is the primary.
      const titled = ids.filter((id) => indexTerms(corpus.get(id)?.title ?? '').join(' ') === key);
      const anatomy = ids.filter((id) => isAnatomy(corpus.get(id)?.kind));
      const primary = new Set(titled.length ? titled : anatomy.length ? anatomy.slice(0, 1) : ids.slice(0, 1));
      for (const id of ids) {
        if (!seen.has(id)) {
          seen.add(id);
          found.push({ id, primary: primary.has(id), phrase: run.map((t) => t.surface).join(' ') });
        }
      }
      i += n - 1;
      break;
    }
  }
  // Lay words that are synonyms of a name ("butt" → glute) name that passage too.
  for (const t of tokens) {
    for (const s of SYNONYMS[t.surface] ?? []) {
      for (const id of corpus.named(termOf(s)) ?? []) {
        if (!seen.has(id)) {
          seen.add(id);
          found.push({ id, primary: true, phrase: t.surface });
        }
      }
    }
  }
  return found;
}

const WEIGHTS: Record<TokenStatus, number> = {
  known: 1,
  corrected: 0.9,
  synonym: 0,
  unknown: 0,
  stop: 0,
  generic: 0.15,
  intent: 0.3,
};

function weightTerms(tokens: QueryToken[], entities: EntityMatch[], corpus: Corpus): WeightedTerm[] {
  const weights = new Map<string, number>();
  const add = (term: string, w: number) => {
    if (w > (weights.get(term) ?? 0)) weights.set(term, w);
  };
  for (const t of tokens) {
    add(t.term, WEIGHTS[t.status]);
    for (const s of SYNONYMS[t.surface] ?? []) add(termOf(s), t.status === 'synonym' ? 0.7 : 0.35);
  }
  for (const e of entities) {
    if (!e.primary) continue;
    const p = corpus.get(e.id);
    if (p) for (const w of words(p.title)) if (!STOPWORDS.has(w)) add(termOf(w), 0.5);
  }
  return [...weights].filter(([, w]) => w > 0).map(([term, weight]) => ({ term, weight }));
}

/** "half", "third": figures in words, judged like digits. */
const FRACTION_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters']);

/** The words that decide whether the corpus covers a question. */
export function contentTokens(q: AnalysedQuery): QueryToken[] {
  // Figures are judged by the number check, not by whether the corpus has the same digits.
  return q.tokens.filter(
    (t) =>
      (t.status === 'known' || t.status === 'corrected' || t.status === 'synonym' || t.status === 'unknown') &&
      !/^\d+(\.\d+)?%?$/.test(t.surface) &&
      !FRACTION_WORDS.has(t.surface),
  );
}
