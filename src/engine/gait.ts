import type { Corpus } from './corpus';
import type { GaitPhase, Passage } from './types';
import { nameOf } from './wording';

/**
 * The stride as the corpus tells it: for each gait phase, the muscles the sources say work in
 * it, each with the passage that says so (to cite and open). Built from the passages' `phases`
 * and the phase passages' `related` links. Pure.
 */

export const PHASE_ORDER: readonly GaitPhase[] = ['landing', 'mid-stance', 'toe-off', 'swing'];

export interface PhaseMuscle {
  id: string;
  title: string;
  /** What the muscle is called inside a sentence (see `nameOf`). */
  name: string;
  /** The passage that puts this muscle in this phase. */
  passage: { id: string; title: string };
}

export interface PhaseView {
  phase: GaitPhase;
  /** The phase's own passage, if the corpus has one. */
  passage?: { id: string; title: string };
  muscles: PhaseMuscle[];
}

const ANATOMY = new Set(['muscle', 'group', 'tendon']);

export function gaitPhases(corpus: Corpus): PhaseView[] {
  // Anatomy an exercise can work, or a named muscle or tendon: not descriptive passages such as
  // "The calf in each step", which name muscles rather than being one.
  const canonical = new Set<string>();
  for (const p of corpus.passages) {
    if (p.kind === 'muscle' || p.kind === 'tendon') canonical.add(p.id);
    for (const w of p.works ?? []) canonical.add(w);
  }
  // "Soleus in running" is an aspect of a muscle (the schema's `aspectOf`), not another muscle.
  const isCanonical = (p: Passage | undefined) => !!p && ANATOMY.has(p.kind) && canonical.has(p.id) && !p.aspectOf;
  return PHASE_ORDER.map((phase) => {
    const own = corpus.passages.find((p) => p.kind === 'phase' && (p.id === phase || p.phases?.includes(phase) && p.phases.length === 1));
    const sources = corpus.passages.filter((p) => p.kind !== 'phase' && p.phases?.includes(phase));
    for (const id of own?.related ?? []) {
      const p = corpus.get(id);
      if (p && p.kind !== 'phase' && !sources.includes(p)) sources.push(p);
    }
    const muscles = new Map<string, PhaseMuscle>();
    for (const src of sources) {
      const named = isCanonical(src) ? [src] : (src.related ?? []).map((id) => corpus.get(id)).filter(isCanonical);
      for (const m of named as Passage[]) {
        if (!muscles.has(m.id)) muscles.set(m.id, { id: m.id, title: m.title, name: nameOf(m), passage: { id: src.id, title: src.title } });
      }
    }
    return { phase, ...(own ? { passage: { id: own.id, title: own.title } } : {}), muscles: [...muscles.values()] };
  });
}
