import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { calibrate } from '../engine/calibrate';
import { Corpus } from '../engine/corpus';
import { formatProblem, loadKnowledgeDir } from './knowledge-files';

/**
 * Build step: validate knowledge/ and write the prebuilt corpus (passages + BM25 index + typo
 * vocabulary) to dist/corpus.json, so that start-up parses JSON instead of re-indexing.
 * `--check` validates only. Exit 1 when any file has a problem (all problems are listed).
 */

function main(argv: string[]): number {
  // Runs bundled from dist/, so the project root is one folder up.
  const root = path.resolve(__dirname, '..');
  const checkOnly = argv.includes('--check');
  const knowledgeDir = path.join(root, 'knowledge');
  const seedsDir = process.env.STRIDE_SEEDS_DIR ?? path.join(root, '..', 'shared', 'seeds');
  const started = performance.now();
  const loaded = loadKnowledgeDir(knowledgeDir, { seedsDir, skipFiles: ['lexicon.yaml'] });
  const sources = (parse(fs.readFileSync(path.join(knowledgeDir, 'sources.yaml'), 'utf8')) as { sources: Record<string, string> }).sources;
  for (const p of loaded.passages) {
    const title = Object.hasOwn(sources, p.source.file) ? sources[p.source.file] : undefined;
    if (!title) {
      loaded.problems.push({ file: 'knowledge', line: 1, column: 1, message: `passage "${p.id}" cites ${p.source.file}, which knowledge/sources.yaml does not list` });
    } else p.source.title = title;
  }
  if (!fs.existsSync(seedsDir)) console.error(`knowledge: ${seedsDir} not found; source headings and quotes were not checked`);
  for (const problem of loaded.problems) console.error(formatProblem(problem));
  if (loaded.problems.length) {
    console.error(`knowledge: ${loaded.problems.length} problem(s) in ${loaded.files} file(s); ${loaded.passages.length} passages are valid`);
    return 1;
  }
  if (checkOnly) {
    console.log(`knowledge: ${loaded.passages.length} passages in ${loaded.files} files, all valid`);
    return 0;
  }
  const corpus = Corpus.build(loaded.passages);
  corpus.calibration = calibrate(corpus);
  const out = path.join(root, 'dist', 'corpus.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(corpus.toJSON()));
  console.log(
    `knowledge: ${loaded.passages.length} passages from ${loaded.files} files → ${path.relative(root, out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KiB, ${(performance.now() - started).toFixed(0)} ms); abstain below ${corpus.calibration.named} (named) / ${corpus.calibration.unnamed} (not named)`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
