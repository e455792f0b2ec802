/**
 * Soak: stream many questions through `dist/cli.js ask --json` on stdin and watch the CLI's
 * resident memory. The input is generated on the fly and written with backpressure, so neither
 * side ever holds the whole input; every answer line is checked against its question.
 *
 * Memory is sampled every 250 ms against the number of answers so far. Flatness is judged by the
 * slope of a least-squares line through every sample after warm-up (corpus load, JIT, and V8
 * growing its heap to a steady size take the first ~10,000 answers), in MB per 10,000 answers:
 * one early sample against one late one depends on how fast the CLI happened to start on a busy
 * machine. A run too short to leave 20 samples after warm-up is not judged.
 *
 *   npm run soak              # 100,000 questions; figures to bench/results/soak.json
 *   node --import tsx bench/soak.ts 10000
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { labelled, outOfScope } from '../test/helpers';
import { saveResults } from './results';

export interface SoakResult {
  questions: number;
  answered: number;
  mismatches: number;
  seconds: number;
  /** Resident memory at the first sample after warm-up, and at the last sample. */
  rssStartMb: number;
  rssEndMb: number;
  rssMaxMb: number;
  /** Samples after warm-up, and the least-squares slope through them (MB per 10,000 answers). */
  warmSamples: number;
  rssSlopeMbPer10k: number;
}

/** Warm-up: the first fifth of the answers, and at least 10,000, are left out of the slope. */
export const warmUpAnswers = (total: number) => Math.max(total * 0.2, 10_000);
/** `npm run soak` fails when the fitted line rises by more than this per 10,000 answers. */
export const FLAT_MB_PER_10K = 5;

/** Least-squares slope of y over x (0 when x does not vary). */
export function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  return sxx ? sxy / sxx : 0;
}

const ROOT = path.resolve(__dirname, '..');

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export async function soak(total: number): Promise<SoakResult> {
  const pool = [...labelled().questions.map((q) => q.q), ...outOfScope(), '', '!^\'|=$', '<img src=x onerror=alert(1)>', 'soleus '.repeat(400)];
  const questionAt = (i: number) => `${pool[i % pool.length]}${i % 7 === 0 ? ` #${i}` : ''}`;
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'ask', '--json'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const samples: { answered: number; mb: number }[] = [];
  let answered = 0;
  let mismatches = 0;
  const sampler = setInterval(() => {
    const mb = rssMb(child.pid!);
    if (mb !== null) samples.push({ answered, mb });
  }, 250);

  const reading = (async () => {
    for await (const line of readline.createInterface({ input: child.stdout! })) {
      const o = JSON.parse(line) as { question: string };
      if (o.question !== questionAt(answered).replace(/\r?\n/g, ' ')) mismatches++;
      answered++;
    }
  })();
  // Write with backpressure: wait for 'drain' whenever the pipe is full.
  for (let i = 0; i < total; i++) {
    if (!child.stdin!.write(`${questionAt(i)}\n`)) await new Promise((r) => child.stdin!.once('drain', r));
  }
  child.stdin!.end();
  await reading;
  await new Promise((r) => child.once('close', r));
  clearInterval(sampler);
  const warm = samples.filter((p) => p.answered >= warmUpAnswers(total) && p.answered < total);
  return {
    questions: total,
    answered,
    mismatches,
    seconds: (performance.now() - started) / 1000,
    rssStartMb: warm[0]?.mb ?? 0,
    rssEndMb: warm.at(-1)?.mb ?? 0,
    rssMaxMb: Math.max(0, ...samples.map((p) => p.mb)),
    warmSamples: warm.length,
    rssSlopeMbPer10k: slope(warm.map((p) => ({ x: p.answered, y: p.mb }))) * 10_000,
  };
}

if (require.main === module) {
  const total = Number(process.argv[2] ?? 100_000);
  soak(total).then((r) => {
    console.log(`soak: ${r.answered}/${r.questions} answered in ${r.seconds.toFixed(1)} s (${Math.round(r.answered / r.seconds)}/s), ${r.mismatches} out of order`);
    console.log(`CLI resident memory: ${r.rssStartMb.toFixed(0)} MB after warm-up → ${r.rssEndMb.toFixed(0)} MB at the end (max ${r.rssMaxMb.toFixed(0)} MB)`);
    const flat = r.warmSamples >= 20 && r.rssSlopeMbPer10k <= FLAT_MB_PER_10K;
    console.log(
      `memory slope after warm-up: ${r.rssSlopeMbPer10k.toFixed(2)} MB per 10,000 answers over ${r.warmSamples} samples (flat: ≤ ${FLAT_MB_PER_10K}, from at least 20 samples) — ${flat ? 'flat' : r.warmSamples < 20 ? 'too few samples to judge' : 'GROWING'}`,
    );
    console.log(`soak → ${path.relative(process.cwd(), saveResults('soak', r))}`);
    process.exitCode = r.answered === r.questions && !r.mismatches && flat ? 0 : 1;
  });
}
