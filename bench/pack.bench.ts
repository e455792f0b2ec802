/**
 * Knowledge packs at scale: a 10,000-passage pack (the built-in corpus plus passages recombined
 * from the seed articles), written with the real pack builder, then loaded and asked the way the
 * CLI and the library do. Target: load < 200 ms, p95 ≤ 5 ms per question.
 *
 *   npm run bench   (runs this after the search benchmark)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as Engine from '../src/engine/index';
import { labelled, outOfScope } from '../test/helpers';
import { saveResults } from './results';
import { synthetic } from './synthetic';

const { createCoach, makePack, namespacePassages, validatePack } = require('../dist/engine.js') as typeof Engine;
const ROOT = path.resolve(__dirname, '..');

const baseText = fs.readFileSync(path.join(ROOT, 'dist', 'corpus.json'), 'utf8');
const base = JSON.parse(baseText);
const own = synthetic(10_000 + base.passages.length, base.passages).slice(base.passages.length);
let t = performance.now();
const pack = makePack({ name: 'bench', builtBy: 'bench', base, passages: namespacePassages('bench', own) });
const buildMs = performance.now() - t;
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stride-bench-')), 'bench.pack.json');
fs.writeFileSync(file, JSON.stringify(pack));
const sizeMb = fs.statSync(file).size / 1e6;

// Load as the CLI does: read the file, parse, validate, combine with the built-in corpus.
// Each load starts from a collected heap (node --expose-gc), as a fresh process would.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
// Memory per 10k passages: the heap with the built-in corpus alone, then with the pack.
gc();
const bare = createCoach({ corpus: JSON.parse(baseText) });
gc();
const heapBase = process.memoryUsage().heapUsed / 1e6;
void bare.ask('soleus');
const loads: number[] = [];
let coach!: ReturnType<typeof createCoach>;
for (let i = 0; i < 5; i++) {
  coach = undefined as unknown as typeof coach;
  gc();
  t = performance.now();
  const parsed = validatePack(JSON.parse(fs.readFileSync(file, 'utf8')), file);
  coach = createCoach({ corpus: JSON.parse(baseText), packs: [parsed] });
  loads.push(performance.now() - t);
}
loads.sort((a, b) => a - b);
gc();
const heap = process.memoryUsage().heapUsed / 1e6;

const questions = [...labelled().questions.map((q) => q.q), ...outOfScope()];
for (const c of labelled().claims) coach.ask(c.claim);
const per = questions
  .map((q) => {
    const runs = [0, 1, 2, 3, 4].map(() => {
      const s = performance.now();
      coach.ask(q);
      return performance.now() - s;
    });
    return runs.sort((a, b) => a - b)[2];
  })
  .sort((a, b) => a - b);
const at = (p: number) => per[Math.min(per.length - 1, Math.floor(p * per.length))];
console.log(`\n10k-passage pack: ${coach.passages().length} passages in all, file ${sizeMb.toFixed(1)} MB, built in ${buildMs.toFixed(0)} ms`);
console.log('| measure | value |\n| --- | --- |');
console.log(`| load (read + parse + validate + combine), median of 5 | ${loads[2].toFixed(0)} ms (best ${loads[0].toFixed(0)}, worst ${loads[4].toFixed(0)}) |`);
console.log(`| ask p50 / p95 (median of 5 runs per question, ${per.length} questions) | ${at(0.5).toFixed(2)} / ${at(0.95).toFixed(2)} ms |`);
console.log(`| heap after load, collected (built-in + 10k passages, index, vocabulary) | ${heap.toFixed(0)} MB (built-in alone ${heapBase.toFixed(0)} MB: ${(((heap - heapBase) * 10_000) / own.length).toFixed(0)} MB per 10k passages) |`);
saveResults('pack', { passages: coach.passages().length, fileMb: sizeMb, buildMs, loadMedianMs: loads[2], loadBestMs: loads[0], loadWorstMs: loads[4], askP50Ms: at(0.5), askP95Ms: at(0.95), heapMb: heap, heapBaseMb: heapBase, mbPer10kPassages: ((heap - heapBase) * 10_000) / own.length });
fs.rmSync(path.dirname(file), { recursive: true, force: true });
