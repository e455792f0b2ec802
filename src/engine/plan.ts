import { clip, MAX_EXCERPT_CHARS } from './bounds';
import type { Corpus } from './corpus';
import { LEXICON } from './lexicon';
import { analyseQuestion } from './query';
import { trains } from './retrieve';
import { indexTerms, sentences, words } from './text';
import type { Citation, Passage } from './types';
import { nameOf } from './wording';

/**
 * Drafting a strength-and-mobility block: from muscles, a weakness or a complaint ("weak calves
 * and shin pain", "ITBS history") to exercises from the corpus that cover the muscles named and
 * their usual partners, each with what it works, the dose where the source gives one (never
 * invented) and its citation. Pure.
 */

export interface PlanOptions {
  /** Keep only exercises needing nothing beyond this equipment; "none" means bodyweight only. */
  equipment?: readonly string[];
  /** Keep only these kinds of exercise (strength, drill, stretch, balance, ...). */
  types?: readonly string[];
  /** Text of the plan being written: exercises it already names are left out. */
  exclude?: string;
  /** Most exercises for each muscle asked for (a partner muscle gets one). Default 3. */
  perTarget?: number;
  /** Most exercises in the block. Default 8. */
  maxItems?: number;
}

export type TargetReason = 'named' | 'complaint' | 'partner';

export interface PlanTarget {
  id: string;
  title: string;
  /** What the target is called inside a sentence (see `nameOf`). */
  name: string;
  why: TargetReason;
  /** For a complaint: the user's words for it; for a partner: the muscle it partners. */
  via?: string;
}

export interface PlanItem {
  exercise: Passage;
  /** Names of the muscles the exercise works (see `nameOf`). */
  works: string[];
  /** Which plan targets it covers. */
  covers: string[];
  /** Sets/reps/distances exactly as the source gives them, or null when it gives none. */
  dose: string | null;
  cue: string | null;
  citation: Citation;
}

export interface Plan {
  request: string;
  targets: PlanTarget[];
  items: PlanItem[];
  /** Targets no exercise in the corpus (after filters) covers. */
  uncovered: PlanTarget[];
  /** Exercises left out because the open plan already has them. */
  excluded: string[];
  /** Other exercises in the sources for the targets that did not fit the block (titles). */
  more: string[];
}

const ANATOMY = new Set(['muscle', 'group', 'tendon']);

export function draftPlan(request: string, corpus: Corpus, options: PlanOptions = {}): Plan {
  const text = typeof request === 'string' ? request : '';
  const perTarget = Math.max(1, Math.min(5, options.perTarget ?? 3));
  const maxItems = Math.max(1, Math.min(20, options.maxItems ?? 8));
  const targets = resolveTargets(text, corpus);
  const already = options.exclude ? namedExercises(options.exclude, corpus) : new Set<string>();
  const equipment = options.equipment?.map((e) => e.toLowerCase());
  const types = options.types?.map((t) => t.toLowerCase());

  const candidates = corpus.passages.filter((p) => {
    if (p.kind !== 'exercise' || !p.works?.length) return false;
    if (types?.length && !types.includes((p.type ?? '').toLowerCase())) return false;
    if (equipment?.length) {
      const needs = (p.equipment ?? []).map((e) => e.toLowerCase()).filter((e) => e !== 'none');
      if (!needs.every((e) => equipment.includes(e))) return false;
    }
    return true;
  });

  const chosen = new Map<string, Passage>();
  const excluded = new Set<string>();
  const uncovered: PlanTarget[] = [];
  const fitting = new Set<string>();
  for (const t of targets) {
    const one = new Set([t.id]);
    // A complaint asks for a kind of exercise first: "tight TFL" its stretches, "my hamstrings are
    // tight" theirs (lexicon complaintTypes; a muscle named outright is read in the whole request).
    const wanted = new Set(words(t.via ?? text).flatMap((w) => [...(LEXICON.complaintTypes.get(w) ?? [])]));
    const fits = candidates
      .filter((p) => trains(p, one, corpus))
      // What the complaint asks for comes first; then an exercise whose dose the sources give (a
      // coach can hand it out as it is); then the one that names the muscle itself before one that
      // trains its group; then one that covers more of the plan's targets; then the corpus order
      // (stable, reviewable).
      .map((p, i) => ({ p, i, wanted: wanted.has(p.type ?? '') ? 1 : 0, dosed: p.dose ? 1 : 0, direct: p.works!.includes(t.id) ? 1 : 0, reach: targets.filter((x) => trains(p, new Set([x.id]), corpus)).length }))
      .sort((a, b) => b.wanted - a.wanted || b.dosed - a.dosed || b.direct - a.direct || b.reach - a.reach || a.i - b.i);
    // What was asked for gets several exercises; a partner muscle one, unless already covered.
    const quota = t.why === 'partner' ? 1 : perTarget;
    // (Exercises chosen for another target count toward this one's share only where none names
    // this muscle itself: squats chosen for the glutes leave the TFL its own exercises.)
    const ownExercises = fits.some((f) => f.direct);
    let covered = fits.filter((f) => chosen.has(f.p.id) && (f.direct || !ownExercises)).length;
    for (const f of fits) {
      if (covered >= quota || chosen.size >= maxItems) break;
      if (chosen.has(f.p.id)) continue;
      if (already.has(f.p.id)) {
        excluded.add(f.p.title);
        continue;
      }
      chosen.set(f.p.id, f.p);
      covered++;
    }
    if (!fits.some((f) => chosen.has(f.p.id))) uncovered.push(t);
    for (const f of fits) if (!already.has(f.p.id)) fitting.add(f.p.id);
  }
  const more = [...fitting].filter((id) => !chosen.has(id)).map((id) => corpus.get(id)?.title ?? id);

  // Within the block, too, the exercises with a sourced dose lead.
  const ordered = [...chosen.values()].sort((a, b) => (b.dose ? 1 : 0) - (a.dose ? 1 : 0));
  const items: PlanItem[] = ordered.map((p, i) => ({
    exercise: p,
    works: (p.works ?? []).map((id) => { const m = corpus.get(id); return m ? nameOf(m) : id; }),
    covers: targets.filter((t) => trains(p, new Set([t.id]), corpus)).map((t) => t.id),
    dose: p.dose ?? null,
    cue: p.cue ?? null,
    citation: {
      n: i + 1,
      id: p.id,
      title: p.title,
      kind: p.kind,
      excerpt: clip(sentences(p.text)[0] ?? p.text, MAX_EXCERPT_CHARS),
      score: 1,
      source: p.source,
    },
  }));
  return { request: text, targets, items, uncovered, excluded: [...excluded], more };
}

/** A linked phrase as the request wrote it ("tight TFL", not "tight tfl"), where it is there letter for letter. */
function asTyped(request: string, phrase: string): string {
  const lower = request.toLowerCase();
  const at = lower.indexOf(phrase);
  // (Only where lower-casing kept every offset: "İ" lower-cases to two code units.)
  return at >= 0 && lower.length === request.length ? request.slice(at, at + phrase.length) : phrase;
}

/** Muscles named, muscles behind a named complaint, then each named muscle's usual partners. */
function resolveTargets(text: string, corpus: Corpus): PlanTarget[] {
  const q = analyseQuestion(text, corpus);
  const out: PlanTarget[] = [];
  const seen = new Set<string>();
  const add = (id: string, why: TargetReason, via?: string) => {
    const p = corpus.get(id);
    if (!p || !ANATOMY.has(p.kind) || seen.has(id)) return;
    seen.add(id);
    // The IT band is not trained itself: the muscles it works with are.
    if (!trainable(id, corpus)) {
      for (const r of p.related ?? []) add(r, why === 'named' ? 'complaint' : why, via);
      return;
    }
    out.push({ id, title: p.title, name: nameOf(p), why, ...(via && why !== 'named' ? { via } : {}) });
  };
  // `via` is the user's own words as typed ("shin pain", "ITBS", "tight TFL"), so the plan says
  // why a muscle is in it.
  for (const e of q.entities) {
    const p = corpus.get(e.id);
    if (e.primary && p && ANATOMY.has(p.kind)) add(p.id, 'named', asTyped(text, e.phrase));
  }
  // A complaint names the muscles behind it, even where its name is also an alias ("ITBS"); so
  // does what the sources say of a muscle's weakness or tightness ("tight TFL", "a weak core").
  for (const e of q.entities) {
    const p = corpus.get(e.id);
    if (p?.kind !== 'condition' && p?.kind !== 'concept') continue;
    for (const r of p.related ?? []) add(r, 'complaint', asTyped(text, e.phrase));
  }
  // Partners: the group of a named muscle, or the muscles of a named group, so the block is
  // balanced ("soleus" also gets the rest of the calf).
  for (const t of out.filter((x) => x.why === 'named')) {
    const p = corpus.get(t.id)!;
    const partners = (p.related ?? []).filter((r) => ANATOMY.has(corpus.get(r)?.kind ?? '') && corpus.get(r)?.related?.includes(p.id));
    for (const r of partners.slice(0, 2)) add(r, 'partner', nameOf(p));
  }
  return out;
}

/** Something some exercise in the corpus can train. */
function trainable(id: string, corpus: Corpus): boolean {
  return corpus.passages.some((p) => p.kind === 'exercise' && trains(p, new Set([id]), corpus));
}

/** Exercises a text already names (by title or alias), to leave them out of a new block. */
function namedExercises(text: string, corpus: Corpus): Set<string> {
  const terms = ` ${indexTerms(text).join(' ')} `;
  const out = new Set<string>();
  for (const p of corpus.passages) {
    if (p.kind !== 'exercise') continue;
    for (const name of [p.title, ...(p.aliases ?? [])]) {
      const key = indexTerms(name).join(' ');
      if (key && terms.includes(` ${key} `)) {
        out.add(p.id);
        break;
      }
    }
  }
  return out;
}
