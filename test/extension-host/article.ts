/**
 * A long Markdown article for the Check Document timing, made the way bench/check-document.bench.ts
 * makes it: the seed articles' own sentences (../shared/seeds, so nearly every sentence is
 * checkable), four to a paragraph, a labelled claim opening every third paragraph, a heading every
 * six paragraphs, until it has `words` words.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { chunkDocument } from '../../src/engine/documents';
import { sentences } from '../../src/engine/text';

export function longArticle(root: string, words = 5000): { text: string; words: number } {
  const seeds = path.resolve(root, '..', 'shared', 'seeds');
  const pool: string[] = [];
  for (const f of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    for (const p of chunkDocument({ path: f, content: fs.readFileSync(path.join(seeds, f), 'utf8') })) pool.push(...sentences(p.text));
  }
  const claims: string[] = [];
  const fixtures = path.join(root, 'test', 'fixtures');
  for (const f of fs.readdirSync(fixtures).filter((f) => /^labelled-.*\.yaml$/.test(f)).sort()) {
    const data = parse(fs.readFileSync(path.join(fixtures, f), 'utf8')) as { claims?: { claim: string }[] };
    claims.push(...(data.claims ?? []).map((c) => c.claim));
  }
  if (!pool.length || !claims.length) throw new Error(`no seed sentences in ${seeds} or no labelled claims in ${fixtures}`);
  const paragraphs: string[] = ['# A long article about running muscles', ''];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const para: string[] = [];
    for (let k = 0; k < 4; k++) para.push(i % 3 === 0 && k === 0 ? claims[(i / 3) % claims.length] : pool[(i * 7 + k * 13) % pool.length]);
    const text = para.join(' ');
    count += text.split(/\s+/).length;
    paragraphs.push(text, '');
    if (i % 6 === 5) paragraphs.push(`## Section ${i / 6 + 1}`, '');
  }
  return { text: paragraphs.join('\n'), words: count };
}
