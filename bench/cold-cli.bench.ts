/**
 * Cold CLI: how long a fresh `node dist/cli.js ask "<question>"` process takes, start to exit,
 * beside a baseline build measured in the same run on the same machine, so the figure is a ratio
 * a busy machine cannot fake. Target (issue 11): no slower than the baseline, the last commit
 * before the WordNet lexicon was bundled.
 *
 * The baseline is built once (git archive, npm ci, npm run build) and its CLI kept in
 * .cache/cold-cli-baseline/<commit>/. COLD_CLI_BASELINE=<commit> picks another one;
 * COLD_CLI_BASELINE=none skips it.
 * `node -e 0` is measured too: what every process pays before the CLI's own code runs.
 *
 *   npm run bench   (runs this after the sizes benchmark)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { saveResults } from './results';

const ROOT = path.resolve(__dirname, '..');
/** c7ff9cc: the parent of 136d577, which bundled the WordNet lexicon into the CLI. */
const DEFAULT_BASELINE = 'c7ff9cca867ca0c3230e597d6382eca6ac3c82bc';
const QUESTION = 'what does the soleus do';
const RUNS = process.env.BENCH_QUICK ? 7 : 15;

/**
 * The baseline's CLI, built on first use; null (and why) when it cannot be had. Only its
 * dist/cli.js and dist/corpus.json are kept (the bundle needs nothing else), not its 270 MB of
 * node_modules.
 */
function baselineCli(): { cli: string; commit: string } | { cli: null; why: string } {
  const wanted = process.env.COLD_CLI_BASELINE ?? DEFAULT_BASELINE;
  if (wanted === 'none') return { cli: null, why: 'COLD_CLI_BASELINE=none' };
  let commit: string;
  try {
    commit = execFileSync('git', ['rev-parse', '--verify', `${wanted}^{commit}`], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return { cli: null, why: `commit ${wanted} is not in this clone's history` };
  }
  const dir = path.join(ROOT, '.cache', 'cold-cli-baseline', commit);
  const cli = path.join(dir, 'cli.js');
  if (fs.existsSync(cli)) return { cli, commit };
  console.log(`cold CLI: building the baseline ${commit.slice(0, 7)} into ${path.relative(ROOT, dir)} (once)…`);
  const work = `${dir}.build`;
  try {
    fs.rmSync(work, { recursive: true, force: true });
    fs.mkdirSync(work, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', commit], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', work], { input: tar });
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync(npm, ['run', 'build'], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
    fs.mkdirSync(dir, { recursive: true });
    // Since the code cache, the CLI is a launcher, its bundle and the bundle's cache.
    for (const f of ['corpus.json', 'cli.js', 'cli-main.js', 'cli-main.code-cache']) {
      if (fs.existsSync(path.join(work, 'dist', f))) fs.copyFileSync(path.join(work, 'dist', f), path.join(dir, f));
    }
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    return { cli: null, why: `building it failed: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return { cli, commit };
}

/** Wall time of one fresh process, spawn to exit; a failed run is an error, not a figure. */
function runOnce(args: string[]): number {
  const env = { ...process.env };
  delete env.NODE_OPTIONS; // the bench itself runs under tsx; the CLI must not
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 1 << 20 });
  const ms = performance.now() - t;
  if (r.status !== 0 || (args[0] !== '-e' && !r.stdout.trim())) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const current = path.join(ROOT, 'dist', 'cli.js');
if (!fs.existsSync(current)) throw new Error('dist/cli.js is missing; run `npm run build` first');
const base = baselineCli();
// --json beside each: the answer without the terminal rendering (the baseline had none).
const subjects: [string, string[]][] = [
  ['node -e 0 (process start only)', ['-e', '0']],
  ...(base.cli
    ? ([
        [`baseline ${base.commit.slice(0, 7)} --json`, [base.cli, 'ask', '--json', QUESTION]],
        [`baseline ${base.commit.slice(0, 7)}`, [base.cli, 'ask', QUESTION]],
      ] as [string, string[]][])
    : []),
  ['this build --json', [current, 'ask', '--json', QUESTION]],
  ['this build', [current, 'ask', QUESTION]],
];

// One unmeasured run each (disk cache), then the runs interleaved in a rotating order so that a
// burst of load on the shared machine falls on every subject alike.
for (const [, args] of subjects) runOnce(args);
const samples = subjects.map(() => [] as number[]);
for (let i = 0; i < RUNS; i++) {
  for (let k = 0; k < subjects.length; k++) {
    const j = (i + k) % subjects.length;
    samples[j].push(runOnce(subjects[j][1]));
  }
}

const floor = median(samples[0]);
const rows = subjects.map(([what], j) => ({ what, runs: RUNS, medianMs: median(samples[j]), ownMs: median(samples[j]) - floor }));
const mine = rows[rows.length - 1];
const baseRow = base.cli ? rows[2] : undefined;
console.log(`\ncold CLI: node dist/cli.js ask "${QUESTION}", median of ${RUNS} runs each, interleaved`);
console.log('| process | median ms | beyond node start, ms |\n| --- | --- | --- |');
for (const r of rows) console.log(`| ${r.what} | ${r.medianMs.toFixed(0)} | ${r.ownMs.toFixed(0)} |`);
if (baseRow) {
  const ratio = mine.medianMs / baseRow.medianMs;
  console.log(`this build / baseline: ${ratio.toFixed(2)}× (${ratio <= 1 ? 'meets' : 'misses'} the target ≤ 1.00×); beyond node start ${(mine.ownMs / baseRow.ownMs).toFixed(2)}×`);
} else console.log(`no baseline: ${'why' in base ? base.why : ''}`);
saveResults('cold-cli', {
  question: QUESTION,
  baseline: base.cli ? base.commit : null,
  rows,
  ratio: baseRow ? mine.medianMs / baseRow.medianMs : null,
  ownRatio: baseRow ? mine.ownMs / baseRow.ownMs : null,
});
