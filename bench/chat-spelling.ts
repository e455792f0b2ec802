/**
 * Chat spelling: each factual question of the tuning folders of test/fixtures/blind (never the
 * held-out ones, see test/fixtures/blind/README.md) is asked twice, as written and as typed into a
 * chat box: lower case, no apostrophes or question mark, and a slip (a letter dropped, doubled,
 * swapped with the next or struck next to it) in up to two of its longer words. The slips come
 * from a fixed seed for each folder, so two runs ask the same questions. A question counts where the top
 * citation's title or excerpt holds one of its expected terms, as in the eval harness.
 *
 * Figures, not thresholds: the counts go in the closing notes beside the tuning folders' scores.
 *
 *   npm run build && node --import tsx bench/chat-spelling.ts [-v]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createCoach } from '../src/engine/coach';
import { loadBuiltinCorpus } from '../src/node/builtin';
import { loadDocumentDirs } from '../src/node/documents';

const ROOT = path.resolve(__dirname, '..');
const BLIND = path.join(ROOT, 'test', 'fixtures', 'blind');
/** The held-out folders: scored once, by the eval harness, never probed while tuning. */
const HELD_OUT = new Set(['dental', 'library', 'campsite', 'cityfarm']);
/** Words this long or longer may be given a slip. */
const SLIPPABLE = 6;
const MAX_SLIPS = 2;
const verbose = process.argv.includes('-v');

/** A small linear congruential generator: the same slips on every run and machine. */
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

/** Keys next to each other on a QWERTY keyboard, for a slip that strikes the wrong one. */
const NEIGHBOUR = new Map(Object.entries({ a: 's', e: 'r', i: 'o', o: 'i', u: 'y', s: 'a', t: 'r', n: 'm', r: 't', l: 'k', c: 'v', m: 'n' }));

function slip(w: string): string {
  const i = 1 + Math.floor(next() * (w.length - 2));
  const k = next();
  if (k < 0.4) return w.slice(0, i) + w.slice(i + 1);
  if (k < 0.7) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  if (k < 0.85) return w.slice(0, i) + w[i] + w.slice(i);
  return w.slice(0, i) + (NEIGHBOUR.get(w[i]) ?? w[i]) + w.slice(i + 1);
}

function chatSpelled(q: string): string {
  const ws = q.toLowerCase().replace(/[?.!,]/g, '').replace(/['\u2019]/g, '').split(/\s+/);
  const long = ws.map((w, i) => ({ w, i })).filter((x) => /^[a-z]+$/.test(x.w) && x.w.length >= SLIPPABLE);
  for (const { w, i } of long.filter(() => next() < 0.5).slice(0, MAX_SLIPS)) ws[i] = slip(w);
  return ws.join(' ');
}

const holds = (text: string, terms: readonly string[]) => terms.some((t) => text.toLowerCase().includes(t.toLowerCase()));
const folders = fs
  .readdirSync(BLIND)
  .filter((f) => !HELD_OUT.has(f) && fs.existsSync(path.join(BLIND, f, 'questions.jsonl')))
  .sort();
const corpus = loadBuiltinCorpus(path.join(ROOT, 'dist', 'corpus.json'));

let asked = 0;
let written = 0;
let spelled = 0;
let refused = 0;
for (const folder of folders) {
  const docs = path.join(BLIND, folder, 'docs');
  const coach = createCoach({ corpus, documents: fs.existsSync(docs) ? loadDocumentDirs([docs]).documents : [] });
  // (Each folder's slips from the same seed: adding a folder changes no other folder's questions.)
  seed = 7;
  let own = 0;
  let ownSpelled = 0;
  let n = 0;
  for (const line of fs.readFileSync(path.join(BLIND, folder, 'questions.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const item = JSON.parse(line) as { id: string; category: string; q: string; expect: string[] };
    if (item.category !== 'factual') continue;
    const hit = (q: string) => {
      const a = coach.ask(q);
      const top = a.citations[0];
      return { ok: !a.abstained && !!top && holds(`${top.title}\n${top.excerpt}`, item.expect), refused: a.abstained };
    };
    const asWritten = hit(item.q);
    const typed = chatSpelled(item.q);
    const inChat = hit(typed);
    n++;
    own += +asWritten.ok;
    ownSpelled += +inChat.ok;
    refused += +inChat.refused;
    if (verbose && asWritten.ok && !inChat.ok) console.log(`  ${folder} ${item.id} ${inChat.refused ? 'refused' : 'missed '} | ${typed}`);
  }
  asked += n;
  written += own;
  spelled += ownSpelled;
  console.log(`${folder.padEnd(14)} factual ${String(n).padStart(3)}   as written ${String(own).padStart(3)}   chat-spelled ${String(ownSpelled).padStart(3)}`);
}
console.log(`total: ${asked} factual questions; as written ${written} answered from the right passage, chat-spelled ${spelled} (${refused} refused)`);
