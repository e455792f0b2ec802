import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { LineCounter } from 'yaml';
import { formatProblem, loadKnowledgeDir, toJSBounded, type KnowledgeProblem } from '../build/knowledge-files';
import { FileRefused, readRegularTextFile } from './safe-read';
import type { SerializedCorpus } from '../engine/corpus';
import { oneLine, stripControls } from '../engine/bounds';
import { chunkDocument } from '../engine/documents';
import { makePack, namespacePassages, PACK_NAME, validatePack, type SerializedPack } from '../engine/pack';
import type { Passage } from '../engine/types';
import { loadDocumentDirs } from './documents';

/**
 * Node adapter for knowledge packs: reads a pack folder (passages in the knowledge/ schema, a
 * `pack.yaml` with its name, and any Markdown/text documents), validates it with file and line,
 * and writes or reads pack files.
 *
 *   my-team-pack/
 *     pack.yaml          name: my-team   (lower case, digits, dashes)
 *                        description: Our club's drills
 *     drills.yaml        passages, same schema as knowledge/*.yaml
 *     notes/*.md         documents, chunked by heading and cited verbatim
 */

export interface BuiltPack {
  pack?: SerializedPack;
  problems: KnowledgeProblem[];
  warnings: string[];
  passages: number;
  documents: number;
}

export function buildPackFromDir(dir: string, base: SerializedCorpus, builtBy: string): BuiltPack {
  const problems: KnowledgeProblem[] = [];
  const abs = path.resolve(dir);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isDirectory()) {
    return { problems: [{ file: dir, line: 1, column: 1, message: 'not a folder' }], warnings: [], passages: 0, documents: 0 };
  }
  const manifest = readManifest(abs, dir, problems);
  const externalIds = new Map(base.passages.map((p) => [p.id, p.kind]));
  const loaded = loadKnowledgeDir(abs, { externalIds, skipFiles: ['pack.yaml', 'pack.yml'], pack: true });
  for (const p of loaded.problems) problems.push(p);
  const { documents, warnings } = loadDocumentDirs([abs]);
  const chunks: Passage[] = documents.flatMap((d) => chunkDocument(d));
  if (!loaded.passages.length && !chunks.length) problems.push({ file: dir, line: 1, column: 1, message: 'the pack has no passages (*.yaml) and no documents (*.md, *.txt)' });
  if (problems.length || !manifest) return { problems, warnings, passages: loaded.passages.length, documents: documents.length };
  const own = namespacePassages(manifest.name, [...loaded.passages.map(withoutControls), ...chunks]);
  const pack = makePack({ name: manifest.name, description: manifest.description, builtBy, base, passages: own });
  try {
    // What loads is checked the same way when it is built: never write a pack that would be refused.
    validatePack(pack, dir);
  } catch (e) {
    problems.push({ file: dir, line: 1, column: 1, message: (e as Error).message.replace(/^stride-coach: /, '') });
    return { problems, warnings, passages: loaded.passages.length, documents: documents.length };
  }
  return { pack, problems, warnings, passages: loaded.passages.length, documents: documents.length };
}

/**
 * A passage from the pack's YAML with control characters taken out (an escape sequence in a
 * title would reach a terminal), one-line fields kept on one line.
 */
function withoutControls(p: Passage): Passage {
  const line = (s: string) => oneLine(s);
  const lines = (a: string[] | undefined) => a?.map(line);
  return {
    ...p,
    title: line(p.title),
    ...(p.name !== undefined ? { name: line(p.name) } : {}),
    text: stripControls(p.text),
    source: {
      ...p.source,
      file: line(p.source.file),
      section: line(p.source.section),
      ...(p.source.title !== undefined ? { title: line(p.source.title) } : {}),
      ...(p.source.quote !== undefined ? { quote: stripControls(p.source.quote) } : {}),
    },
    ...(p.aliases ? { aliases: lines(p.aliases) } : {}),
    ...(p.facets ? { facets: lines(p.facets) } : {}),
    ...(p.equipment ? { equipment: lines(p.equipment) } : {}),
    ...(p.type !== undefined ? { type: line(p.type) } : {}),
    ...(p.dose !== undefined ? { dose: stripControls(p.dose) } : {}),
    ...(p.cue !== undefined ? { cue: stripControls(p.cue) } : {}),
  };
}

function readManifest(abs: string, shown: string, problems: KnowledgeProblem[]): { name: string; description?: string } | null {
  const file = ['pack.yaml', 'pack.yml'].map((f) => path.join(abs, f)).find((f) => fs.existsSync(f));
  const rel = file ? path.join(shown, path.basename(file)) : path.join(shown, 'pack.yaml');
  if (!file) {
    problems.push({ file: rel, line: 1, column: 1, message: 'missing: a pack needs pack.yaml with at least `name: <lower-case-name>`' });
    return null;
  }
  let text: string;
  try {
    if (fs.lstatSync(file).isSymbolicLink()) throw new FileRefused(file, 'a link is not followed; pack.yaml must be a file of the pack');
    text = readRegularTextFile(file, 64 * 1024, 'pack.yaml');
  } catch (e) {
    problems.push({ file: rel, line: 1, column: 1, message: e instanceof FileRefused ? e.reason : `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
    return null;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0];
    problems.push({ file: rel, line: e.linePos?.[0].line ?? 1, column: e.linePos?.[0].col ?? 1, message: e.message.split('\n')[0] });
    return null;
  }
  const js = toJSBounded(doc, (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  });
  if ('problem' in js) {
    problems.push({ file: rel, ...js.problem });
    return null;
  }
  const data = js.value as { name?: unknown; description?: unknown } | null;
  const name = data?.name;
  if (typeof name !== 'string' || !PACK_NAME.test(name)) {
    problems.push({ file: rel, line: 1, column: 1, message: `name must be lower-case letters, digits and dashes (got ${JSON.stringify(name ?? null)})` });
    return null;
  }
  return { name, ...(typeof data?.description === 'string' ? { description: data.description } : {}) };
}

export { readPackFile } from './pack-file';
export { formatProblem };
