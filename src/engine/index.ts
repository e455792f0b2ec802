/** The engine's public surface: pure TypeScript, no Node, no DOM, no vscode. */
export { createCoach, DEFAULTS, type Coach, type CoachOptions } from './coach';
export { Corpus, CORPUS_FORMAT, CORPUS_VERSION, type SerializedCorpus } from './corpus';
export { chunkDocument, type DocumentInput } from './documents';
export type * from './types';
export { splitSentences, type DocumentCheck, type DocumentFinding, type Span } from './check-document';
export { type Plan, type PlanItem, type PlanOptions, type PlanTarget } from './plan';
export { PHASE_ORDER, type PhaseMuscle, type PhaseView } from './gait';
export { combine, fingerprint, makePack, namespacePassages, packPassages, validatePack, PACK_FORMAT, PACK_VERSION, type SerializedPack } from './pack';
