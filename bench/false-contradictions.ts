/**
 * False contradictions: two probes of true statements the checker should never contradict, over
 * the tuning folders of test/fixtures/blind (never the held-out ones, see test/fixtures/blind/README.md).
 *
 * - Leave one page out: each page of a folder is checked (Check Document) against the folder's
 *   other pages. Nothing a page says is contradicted by the rest of an honest handbook, so each
 *   contradiction found is a false one (a figure of something else, a rule of another case).
 * - Restated: each sentence of a folder's pages (four content words or more), opened with "So, ",
 *   is checked against the whole folder. The sentence is there, so any contradiction is false.
 *
 * Figures, not thresholds: the counts go in the closing notes beside the tuning folders' verdicts.
 *
 *   npm run build && node --import tsx bench/false-contradictions.ts [-v]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { typedCheck } from '../src/engine/claims';
import { createCoach } from '../src/engine/coach';
import { Corpus } from '../src/engine/corpus';
import { chunkDocument } from '../src/engine/documents';
import { STOPWORDS, sentences, words } from '../src/engine/text';
import { loadBuiltinCorpus } from '../src/node/builtin';
import { loadDocumentDirs } from '../src/node/documents';

const ROOT = path.resolve(__dirname, '..');
const BLIND = path.join(ROOT, 'test', 'fixtures', 'blind');
/** The held-out folders: scored once, by the eval harness, never probed while tuning. */
const HELD_OUT = new Set(['dental', 'library', 'campsite', 'cityfarm']);
const MIN_CONTENT_WORDS = 4;
const verbose = process.argv.includes('-v');

const folders = fs
  .readdirSync(BLIND)
  .filter((f) => !HELD_OUT.has(f) && fs.existsSync(path.join(BLIND, f, 'docs')))
  .sort();
const builtin = loadBuiltinCorpus(path.join(ROOT, 'dist', 'corpus.json'));
const base = Corpus.fromJSON(builtin);
const show = (s: string) => s.replace(/\s+/g, ' ').slice(0, 140);

let pagesOut = 0;
let restatedOut = 0;
let restatedChecked = 0;
for (const folder of folders) {
  const { documents } = loadDocumentDirs([path.join(BLIND, folder, 'docs')]);
  let left = 0;
  for (let i = 0; i < documents.length; i++) {
    const coach = createCoach({ corpus: builtin, documents: documents.filter((_, j) => j !== i) });
    for (const f of coach.checkDocument(documents[i].content).findings) {
      if (f.result.verdict !== 'contradicted') continue;
      left++;
      if (verbose) console.log(`  leave-one-out ${folder} | ${show(f.sentence)} || ${show(f.result.notes[0] ?? '')}`);
    }
  }
  const chunks = documents.flatMap((d) => chunkDocument(d));
  const corpus = Corpus.build([...base.passages, ...chunks]);
  let restated = 0;
  for (const p of chunks) {
    for (const s of sentences(p.text)) {
      if (words(s).filter((w) => !STOPWORDS.has(w)).length < MIN_CONTENT_WORDS) continue;
      restatedChecked++;
      const finding = typedCheck(`So, ${s.charAt(0).toLowerCase()}${s.slice(1)}`, corpus);
      if (finding?.verdict !== 'contradicted') continue;
      restated++;
      if (verbose) console.log(`  restated ${folder} | ${show(s)} || ${finding.rule}: ${show(finding.note)}`);
    }
  }
  console.log(`${folder.padEnd(14)} leave-one-page-out ${String(left).padStart(3)}   restated ${String(restated).padStart(3)}`);
  pagesOut += left;
  restatedOut += restated;
}
console.log(`total: leave-one-page-out ${pagesOut} contradicted; restated ${restatedOut} of ${restatedChecked} sentences contradicted`);
