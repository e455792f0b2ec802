/** Synthetic corpora for the benchmarks, recombined from the seed articles' own sentences. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chunkDocument } from '../src/engine/documents';
import { sentences } from '../src/engine/text';
import type { Passage } from '../src/engine/types';

export const SEEDS = path.resolve(__dirname, '..', '..', 'shared', 'seeds');

/** Deterministic PRNG so every run measures the same synthetic corpora. */
export function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Passages of ~80 words recombined from the seed articles' sentences. */
export function synthetic(n: number, base: readonly Passage[]): Passage[] {
  const pool: string[] = [];
  for (const f of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    for (const p of chunkDocument({ path: f, content: fs.readFileSync(path.join(SEEDS, f), 'utf8') })) pool.push(...sentences(p.text));
  }
  const rand = mulberry32(42);
  const out: Passage[] = [...base];
  for (let i = out.length; i < n; i++) {
    const parts: string[] = [];
    let words = 0;
    while (words < 80) {
      const s = pool[Math.floor(rand() * pool.length)];
      parts.push(s);
      words += s.split(' ').length;
    }
    out.push({ id: `syn-${i}`, kind: 'document', title: `Synthetic passage ${i}`, text: parts.join(' '), source: { file: 'synthetic', section: String(i) } });
  }
  return out;
}

