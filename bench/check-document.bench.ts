/**
 * Fact-checking a whole article: how long `checkDocument` takes on a 5,000-word Markdown article
 * made of the seed articles' own sentences (so nearly every sentence is checkable) with the
 * labelled claims mixed in. Reports the first run (cold) and the median of 5 warm runs.
 *
 *   npm run bench   (runs this after the search benchmark)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Engine from '../src/engine/index';
import { chunkDocument } from '../src/engine/documents';
import { sentences } from '../src/engine/text';
import { labelled } from '../test/helpers';
import { saveResults } from './results';

const { createCoach } = require('../dist/engine.js') as typeof Engine;
const ROOT = path.resolve(__dirname, '..');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');

const pool: string[] = [];
for (const f of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
  for (const p of chunkDocument({ path: f, content: fs.readFileSync(path.join(SEEDS, f), 'utf8') })) pool.push(...sentences(p.text));
}
const claims = labelled().claims.map((c) => c.claim);
const paragraphs: string[] = ['# A long article about running muscles', ''];
let wordCount = 0;
for (let i = 0; wordCount < 5000; i++) {
  const para: string[] = [];
  for (let k = 0; k < 4; k++) para.push(i % 3 === 0 && k === 0 ? claims[(i / 3) % claims.length] : pool[(i * 7 + k * 13) % pool.length]);
  const text = para.join(' ');
  wordCount += text.split(/\s+/).length;
  paragraphs.push(text, '');
  if (i % 6 === 5) paragraphs.push(`## Section ${i / 6 + 1}`, '');
}
const article = paragraphs.join('\n');

const coach = createCoach({ corpus: JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', 'corpus.json'), 'utf8')) });
const time = () => {
  const t = performance.now();
  const r = coach.checkDocument(article);
  return { ms: performance.now() - t, r };
};
const first = time();
const warm = Array.from({ length: 5 }, () => time().ms).sort((a, b) => a - b);
const counts = { supported: 0, contradicted: 0, unverified: 0 };
for (const f of first.r.findings) counts[f.result.verdict]++;
console.log(`\ncheckDocument on a ${wordCount}-word article: ${first.r.sentences} sentences, ${first.r.findings.length} checked (${counts.contradicted} contradicted, ${counts.unverified} unverified, ${counts.supported} supported)`);
console.log(`| run | ms |\n| --- | --- |\n| first (cold) | ${first.ms.toFixed(0)} |\n| median of 5 warm | ${warm[2].toFixed(0)} |`);
saveResults('check-document', { words: wordCount, sentences: first.r.sentences, checked: first.r.findings.length, counts, firstMs: first.ms, warmMedianMs: warm[2] });
if (process.env.SHOW) for (const f of first.r.findings) if (f.result.verdict === 'contradicted') console.log('-', f.sentence, '\n   ', f.result.notes.join(' '));
