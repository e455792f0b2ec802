import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SerializedCorpus } from '../engine/corpus';

/** Where the build put the prebuilt corpus: beside the bundle, or dist/ when run from source. */
export function builtinCorpusPath(): string {
  const beside = path.join(__dirname, 'corpus.json');
  if (fs.existsSync(beside)) return beside;
  return path.resolve(__dirname, '..', '..', 'dist', 'corpus.json');
}

export function loadBuiltinCorpus(file = builtinCorpusPath()): SerializedCorpus {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(`stride-coach: no prebuilt corpus at ${file}; run \`npm run build\` first`);
  }
  return JSON.parse(text) as SerializedCorpus;
}
