import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Answer, CheckResult } from '../../src/engine/types';
import { realCoach } from '../helpers';

/**
 * Property tests: for any text at all, ask and check return a well-formed result, the same
 * input gives the same output, every citation exists, and every marker maps to a citation.
 */

const coach = realCoach();
const ids = new Set(coach.passages().map((p) => p.id));

/** Strings people (and fuzzers) type: any UTF-16 (lone surrogates too), controls, fuse.js operators, running words. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('!', '^', '$', '=', "'", '|', ' ', '"', '\\', '*', '(', ')', '[', ']', '\u0000', '\u202e', '\n'), maxLength: 60 }),
  fc
    .array(fc.constantFrom('soleus', 'calf', 'calves', 'exercises', 'weak', 'shin', 'pain', 'tibialis', '!', "'", '^', '=', '$', '|', '40%', '30 ms', 'fast-twitch', 'gastrocnemius', 'mid-stance', '<b>', '&amp;', 'glutes', 'itbs'), { maxLength: 12 })
    .map((ws) => ws.join(' ')),
);

function wellFormedAnswer(a: Answer, q: string): void {
  assert.equal(a.question, q);
  assert.equal(typeof a.answer, 'string');
  assert.ok(a.answer.length > 0);
  assert.equal(typeof a.abstained, 'boolean');
  assert.ok(Array.isArray(a.followUps) && a.followUps.every((f) => typeof f === 'string'));
  assert.ok(Number.isFinite(a.tookMs) && a.tookMs >= 0);
  for (const [i, c] of a.citations.entries()) {
    assert.equal(c.n, i + 1, 'citations are numbered 1..n');
    assert.ok(ids.has(c.id), `citation ${c.id} exists in the corpus`);
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
});
