import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { createCoach, type Coach } from '../src/engine/coach';
import { loadBuiltinCorpus } from '../src/node/builtin';

export const ROOT = path.resolve(__dirname, '..');
export const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
export const CORPUS_FILE = path.join(ROOT, 'dist', 'corpus.json');

let shared: Coach | undefined;

/** The real engine on the real, prebuilt corpus (`npm test` builds it first). */
export function realCoach(): Coach {
  return (shared ??= createCoach({ corpus: loadBuiltinCorpus(CORPUS_FILE) }));
}

export interface Labelled {
  questions: { q: string; expect: string[] }[];
  claims: { claim: string; verdict: 'supported' | 'contradicted' | 'unverified'; evidence?: string[] }[];
}

export function labelled(): Labelled {
  const out: Labelled = { questions: [], claims: [] };
  for (const f of fs.readdirSync(path.join(ROOT, 'test', 'fixtures')).filter((f) => /^labelled-.*\.yaml$/.test(f)).sort()) {
    const data = parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', f), 'utf8')) as Partial<Labelled>;
    out.questions.push(...(data.questions ?? []));
    out.claims.push(...(data.claims ?? []));
  }
  return out;
}

export function outOfScope(): string[] {
  return (parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'out-of-scope.yaml'), 'utf8')) as { questions: string[] }).questions;
}

/**
 * A test's screenshot of one of the README's pictures stays in test-results/ (ignored by git);
 * only `npm run screenshots` (STRIDE_SCREENSHOTS=docs) also copies it to docs/<docName>, so a
 * test run never rewrites the checkout.
 */
export function keepScreenshot(shot: string, docName: string): void {
  if (process.env.STRIDE_SCREENSHOTS !== 'docs') return;
  fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
  fs.copyFileSync(shot, path.join(ROOT, 'docs', docName));
}
