/**
 * The Node adapter: everything that touches the file system, kept out of the engine so the
 * engine runs in browsers too. `import { createNodeCoach } from 'stride-coach/node'`.
 */
import { createCoach, type Coach, type CoachOptions } from '../engine/coach';
import { loadBuiltinCorpus } from './builtin';
import { loadDocumentDirs } from './documents';
import { readPackFile } from './pack-file';

export { builtinCorpusPath, loadBuiltinCorpus } from './builtin';
export { loadDocumentDirs, MAX_DOCUMENT_BYTES, type LoadedDocuments } from './documents';
export { buildPackFromDir, readPackFile, type BuiltPack } from './pack';

export interface NodeCoachOptions extends Omit<CoachOptions, 'corpus' | 'documents' | 'packs'> {
  /** Folders of Markdown/text documents to chunk and cite (like the CLI's `--knowledge`). */
  knowledge?: readonly string[];
  /** Prebuilt knowledge pack files (like the CLI's `--pack`). */
  packs?: readonly string[];
  /** Told about every file or folder skipped while loading. Default: ignore. */
  onWarning?: (message: string) => void;
}

/**
 * The coach on the built-in corpus, plus document folders and pack files from disk.
 *
 * ```ts
 * const coach = createNodeCoach({ knowledge: ['./notes'] });
 * console.log(coach.ask('what does the soleus do at mid-stance?').answer);
 * ```
 */
export function createNodeCoach(options: NodeCoachOptions = {}): Coach {
  const { knowledge = [], packs = [], onWarning, ...rest } = options;
  const { documents, warnings } = loadDocumentDirs(knowledge);
  for (const w of warnings) onWarning?.(w);
  return createCoach({ ...rest, corpus: loadBuiltinCorpus(), documents, packs: packs.map(readPackFile) });
}
