import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Answer, CheckResult } from '../../src/engine/types';
import { createCoach } from '../../src/engine/coach';
import { Corpus } from '../../src/engine/corpus';
import { loadBuiltinCorpus } from '../../src/node/builtin';
import { CORPUS_FILE, realCoach } from '../helpers';

/**
 * Property tests: for any text at all, ask and check return a well-formed result, the same
 * input gives the same output, every citation exists, and every marker maps to a citation.
 */

const coach = realCoach();
const ids = new Set(coach.passages().map((p) => p.id));

/** Every name a plain object inherits: "constructor" is a word, and so is "valueOf". */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat('\u007f', '\u009b', '\u001b]52;c;cm0gLXJmIH4=\u0007', '\u001b[2J');

/** Strings people (and fuzzers) type: any UTF-16 (lone surrogates too), controls, fuse.js operators, running words. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('!', '^', '$', '=', "'", '|', ' ', '"', '\\', '*', '(', ')', '[', ']', '\u0000', '\u202e', '\n'), maxLength: 60 }),
  fc
    .array(fc.constantFrom(...PROTOTYPE_NAMES, ...CONTROLS, 'soleus', 'calf', '5 constructor', 'the constructor is 90%'), { maxLength: 8 })
    .map((ws) => ws.join(' ')),
  fc
    .array(fc.constantFrom('soleus', 'calf', 'calves', 'exercises', 'weak', 'shin', 'pain', 'tibialis', '!', "'", '^', '=', '$', '|', '40%', '30 ms', 'fast-twitch', 'gastrocnemius', 'mid-stance', '<b>', '&amp;', 'glutes', 'itbs'), { maxLength: 12 })
    .map((ws) => ws.join(' ')),
);

function wellFormedAnswer(a: Answer, q: string, known: ReadonlySet<string> = ids): void {
  assert.equal(a.question, q);
  assert.equal(typeof a.answer, 'string');
  assert.ok(a.answer.length > 0);
  assert.equal(typeof a.abstained, 'boolean');
  assert.ok(Array.isArray(a.followUps) && a.followUps.every((f) => typeof f === 'string'));
  assert.ok(Number.isFinite(a.tookMs) && a.tookMs >= 0);
  for (const [i, c] of a.citations.entries()) {
    assert.equal(c.n, i + 1, 'citations are numbered 1..n');
    assert.ok(known.has(c.id), `citation ${c.id} exists in the corpus`);
    assert.ok(c.score >= 0 && c.score <= 1);
    assert.equal(typeof c.source.file, 'string');
  }
  // Every [n] marker the answer uses maps to a citation.
  for (const m of a.answer.matchAll(/\[(\d+)\]/g)) assert.ok(Number(m[1]) >= 1 && Number(m[1]) <= a.citations.length, `marker ${m[0]} of ${a.citations.length}`);
  if (a.abstained) assert.equal(a.citations.length, 0, 'an abstention cites nothing');
  else assert.ok(a.citations.length > 0 && /\[1\]/.test(a.answer), 'an answer cites, and says where');
}

function wellFormedCheck(r: CheckResult, claim: string): void {
  assert.equal(r.claim, claim);
  assert.ok(['supported', 'contradicted', 'unverified'].includes(r.verdict));
  assert.ok(r.notes.length > 0 && r.notes.every((n) => typeof n === 'string' && n.length > 0));
  for (const c of r.evidence) assert.ok(ids.has(c.id));
  for (const n of r.notes) for (const m of n.matchAll(/\[(\d+)\]/g)) assert.ok(Number(m[1]) <= r.evidence.length, `note marker ${m[0]}`);
  if (r.verdict !== 'unverified') assert.ok(r.evidence.length > 0, 'a verdict rests on evidence');
}

describe('engine properties (fast-check)', function () {
  this.timeout(120_000);

  it('ask: any text gives a well-formed, deterministic, honestly cited answer', () => {
    fc.assert(
      fc.property(text, (q) => {
        const a = coach.ask(q);
        wellFormedAnswer(a, q);
        const b = coach.ask(q);
        assert.deepEqual({ ...b, tookMs: 0 }, { ...a, tookMs: 0 }, 'same question, same answer');
      }),
      { numRuns: 400 },
    );
  });

  it('check: any text gives a well-formed, deterministic verdict', () => {
    fc.assert(
      fc.property(text, (claim) => {
        const r = coach.check(claim);
        wellFormedCheck(r, claim);
        assert.deepEqual({ ...coach.check(claim), tookMs: 0 }, { ...r, tookMs: 0 });
      }),
      { numRuns: 300 },
    );
  });

  it('plan and checkDocument never throw and stay within the corpus', () => {
    fc.assert(
      fc.property(text, (t) => {
        const p = coach.plan(t);
        for (const i of p.items) assert.ok(ids.has(i.exercise.id));
        const d = coach.checkDocument(t);
        for (const f of d.findings) assert.ok(f.start >= 0 && f.end <= t.length && f.start < f.end);
      }),
      { numRuns: 150 },
    );
  });

  it('handles 100 KB of text, lone surrogates and control characters', () => {
    const huge = 'the soleus works at mid-stance '.repeat(3300);
    const odd = ['\ud800', '\udfff soleus', '\u0000\u0001\u0002', '\u202e\u202d', 'soleus\u0000calf', '\ufeff'.repeat(100)];
    for (const q of [huge, ...odd]) {
      wellFormedAnswer(coach.ask(q), q);
      wellFormedCheck(coach.check(q), q);
    }
  });

  it('every Object.prototype name, alone and in running text, in ask, check, plan and checkDocument', () => {
    for (const name of PROTOTYPE_NAMES) {
      for (const q of [name, `what does the ${name} do at mid-stance?`, `the soleus ${name} is 90% of the calf`, `5 ${name}`, `weak ${name} calves`]) {
        wellFormedAnswer(coach.ask(q), q);
        wellFormedCheck(coach.check(q), q);
        const p = coach.plan(q);
        for (const i of p.items) assert.ok(ids.has(i.exercise.id));
        coach.checkDocument(`# ${name}\n\n${q}. The ${name} of the soleus works at mid-stance.\n`);
      }
    }
  });

  it('documents and passages made of Object.prototype names load and answer', () => {
    const text = PROTOTYPE_NAMES.map((n) => `The ${n} supports the soleus at mid-stance.`).join(' ');
    const c = createCoach({ corpus: loadBuiltinCorpus(CORPUS_FILE), documents: [{ path: 'proto.md', content: `# ${PROTOTYPE_NAMES.join(' ')}\n\n${text}\n` }] });
    const a = c.ask('constructor soleus');
    assert.ok(!a.abstained, 'a document about "constructor" answers');
    const known = new Set(c.passages().map((p) => p.id));
    for (const n of PROTOTYPE_NAMES) wellFormedAnswer(c.ask(n), n, known);
  });

  it('control characters never reach titles, excerpts or sections from documents', () => {
    const esc = '\u001b]52;c;cm0gLXJmIH4=\u0007';
    const c = createCoach({ corpus: loadBuiltinCorpus(CORPUS_FILE), documents: [{ path: 'esc.md', content: `# Calf${esc} notes\u001b[31m\n\nThe soleus ${esc}works hard\u0000 at mid-stance in hill repeats.\n` }] });
    const doc = c.passages().filter((p) => p.kind === 'document');
    assert.ok(doc.length > 0);
    for (const p of doc) {
      for (const s of [p.title, p.text, p.source.section, p.source.title ?? '']) assert.doesNotMatch(s, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/, JSON.stringify(s));
    }
    const a = c.ask('soleus hill repeats');
    for (const cit of a.citations) assert.doesNotMatch(cit.excerpt + cit.title + cit.source.section, /[\u0000-\u001f\u007f-\u009f]/);
  });

  it('a very long single paragraph: bounded answers and excerpts, no stack overflow', () => {
    const para = Array.from({ length: 1000 }, () => 'soleus calf endurance hill repeats').join(' ');
    const heading = 'Calf notes '.repeat(250);
    const c = createCoach({ corpus: loadBuiltinCorpus(CORPUS_FILE), documents: [{ path: 'p.md', content: `# ${heading}\n\n${para}.\n` }] });
    for (const q of ['soleus calf endurance hill repeats', 'hill repeats', 'exercises for calf endurance hill repeats']) {
      const a = c.ask(q);
      wellFormedAnswer(a, q, new Set(c.passages().map((p) => p.id)));
      assert.ok(a.answer.length <= 8000, `answer of ${a.answer.length} characters`);
      for (const cit of a.citations) {
        assert.ok(cit.excerpt.length <= 1200, `excerpt of ${cit.excerpt.length}`);
        assert.ok(cit.title.length <= 300 && cit.source.section.length <= 1000, 'titles and sections bounded');
      }
    }
    const r = c.check('hill repeats build soleus calf endurance');
    for (const e of r.evidence) assert.ok(e.excerpt.length <= 1200);
    // 650 KB in one paragraph: loads, and answers.
    const big = 'soleus calf endurance hill repeats '.repeat(19_000);
    const d = createCoach({ corpus: loadBuiltinCorpus(CORPUS_FILE), documents: [{ path: 'big.md', content: big }] });
    const b = d.ask('soleus hill repeats');
    wellFormedAnswer(b, 'soleus hill repeats', new Set(d.passages().map((p) => p.id)));
    assert.ok(b.answer.length <= 8000);
    // The same 650 KB as one passage (a pack's YAML can hold one): indexing must not overflow the stack.
    const dense = `soleus hill ${'ab '.repeat(220_000)}`; // 660 KB, 220,000 words
    const one = Corpus.build([...coach.passages(), { id: 'big:para', kind: 'concept', title: 'Calf notes', text: dense, source: { file: 'big.yaml', section: 'Calf notes' } }]);
    const e = createCoach({ corpus: one });
    const ea = e.ask('soleus hill repeats');
    assert.ok(ea.answer.length <= 8000 && ea.citations.every((x) => x.excerpt.length <= 1200));
  });
});
