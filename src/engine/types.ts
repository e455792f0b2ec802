/** Kinds of curated passage; `document` marks a chunk of a user's own document. */
export type PassageKind =
  | 'muscle'
  | 'group'
  | 'tendon'
  | 'exercise'
  | 'condition'
  | 'concept'
  | 'phase'
  | 'document';

export type GaitPhase = 'landing' | 'mid-stance' | 'toe-off' | 'swing';

/** Where a passage's facts come from. */
export interface PassageSource {
  /** Seed or document file name (relative to the knowledge folder it came from). */
  file: string;
  /** Heading the fact sits under; `A > B` for a heading nested in another. */
  section: string;
  /** Short verbatim phrase from the source, where exact wording matters. */
  quote?: string;
  /** Title of the source article, when known. */
  title?: string;
}

/** One citable unit of knowledge. */
export interface Passage {
  id: string;
  kind: PassageKind;
  title: string;
  /**
   * What the passage names, as said inside a sentence, where the title says more than the name
   * ("Soleus" for "Soleus in running: dorsiflexion control and propulsion"). Absent, the title
   * is the name. See `nameOf`.
   */
  name?: string;
  text: string;
  source: PassageSource;
  aliases?: string[];
  facets?: string[];
  phases?: GaitPhase[];
  related?: string[];
  /** This passage is one aspect (a role, a timing, a fibre type) of that muscle, group or tendon. */
  aspectOf?: string;
  /** Groups this muscle belongs to. */
  memberOf?: string[];
  /** Exercises: ids of the muscles trained. */
  works?: string[];
  /** Exercises: strength, drill, stretch, ... */
  type?: string;
  equipment?: string[];
  /** Exercises: sets/reps/distances exactly as the source gives them. */
  dose?: string;
  cue?: string;
}

export interface Citation {
  /** 1-based marker used in the answer text as [n]. */
  n: number;
  id: string;
  title: string;
  kind: PassageKind;
  /** The sentence(s) of the passage the answer rests on. */
  excerpt: string;
  /** Relevance, 0..1 relative to the best passage for the question. */
  score: number;
  source: PassageSource;
}

export interface Answer {
  question: string;
  /** Markdown with [n] markers that map to `citations[n-1]`. */
  answer: string;
  abstained: boolean;
  citations: Citation[];
  followUps: string[];
  tookMs: number;
}

export type Verdict = 'supported' | 'contradicted' | 'unverified';

/** A figure in a claim that differs from the source's, side by side. */
export interface FigureMismatch {
  /** The figure as the claim words it (normalized: lower case), e.g. "40%". */
  claimed: string;
  /** The source's figure for the same thing, e.g. "15%". */
  source: string;
  /** Citation number of the evidence that states the source's figure. */
  evidence: number;
}

export interface CheckResult {
  claim: string;
  verdict: Verdict;
  evidence: Citation[];
  /** What decided the verdict, for a person. */
  notes: string[];
  /** When a differing figure decided it. */
  figure?: FigureMismatch;
  tookMs: number;
}
