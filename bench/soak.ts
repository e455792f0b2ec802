/**
 * Soak: stream many questions through `dist/cli.js ask --json` on stdin and watch the CLI's
 * resident memory. The input is generated on the fly and written with backpressure, so neither
 * side ever holds the whole input; every answer line is checked against its question.
 *
 *   npm run soak              # 100,000 questions
 *   node --import tsx bench/soak.ts 10000
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { labelled, outOfScope } from '../test/helpers';

export interface SoakResult {
  questions: number;
  answered: number;
  mismatches: number;
  seconds: number;
  rssStartMb: number;
  rssEndMb: number;
  rssMaxMb: number;
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
  const samples: number[] = [];
  let answered = 0;
  let mismatches = 0;
  const sampler = setInterval(() => {
    const r = rssMb(child.pid!);
    if (r !== null) samples.push(r);
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
  // The first samples are start-up; "start" is memory once the corpus is loaded and answering.
  const warm = samples.slice(Math.min(4, samples.length - 1));
  return {
    questions: total,
    answered,
    mismatches,
    seconds: (performance.now() - started) / 1000,
    rssStartMb: warm[0] ?? 0,
    rssEndMb: warm[warm.length - 1] ?? 0,
    rssMaxMb: Math.max(0, ...warm),
  };
}

if (require.main === module) {
  const total = Number(process.argv[2] ?? 100_000);
  soak(total).then((r) => {
    console.log(`soak: ${r.answered}/${r.questions} answered in ${r.seconds.toFixed(1)} s (${Math.round(r.answered / r.seconds)}/s), ${r.mismatches} out of order`);
    console.log(`CLI resident memory: ${r.rssStartMb.toFixed(0)} MB once answering → ${r.rssEndMb.toFixed(0)} MB at the end (max ${r.rssMaxMb.toFixed(0)} MB)`);
    process.exitCode = r.answered === r.questions && !r.mismatches ? 0 : 1;
  });
}
