import * as assert from 'node:assert/strict';
import { labelled, realCoach } from '../helpers';

describe('coach.check on the built-in corpus', () => {
  const coach = realCoach();

  it('flags a figure that differs from the source (15% metabolic cost)', () => {
    const r = coach.check('Poorly timed calf activation raises the metabolic cost of running by 40%.');
    assert.equal(r.verdict, 'contradicted');
    assert.match(r.notes.join(' '), /40%.*15%/);
    assert.ok(r.evidence.length >= 1);
  });

  it('supports a claim with the source figure', () => {
    const r = coach.check('Poorly timed calf activation can raise the metabolic cost of running by up to 15%.');
    assert.equal(r.verdict, 'supported', r.notes.join(' '));
  });

  it('flags a swapped fibre type', () => {
    const r = coach.check('The soleus is made mostly of fast-twitch fibres.');
    assert.equal(r.verdict, 'contradicted', r.notes.join(' '));
    assert.match(r.notes.join(' '), /fast.*slow/);
  });

  it('leaves claims the corpus does not speak to unverified', () => {
    for (const c of ['Cycling builds stronger lungs than swimming.', 'Marathon runners should eat pasta the night before a race.']) {
      const r = coach.check(c);
      assert.equal(r.verdict, 'unverified', c);
      assert.equal(r.evidence.length, 0);
    }
  });

  it('never throws on hostile claims', () => {
    for (const c of ['', '!^\'|=$', '<script>alert(1)</script>', '9'.repeat(5000), '100% 200 ms 3 sets']) {
      const r = coach.check(c);
      assert.ok(['supported', 'contradicted', 'unverified'].includes(r.verdict));
      assert.ok(Array.isArray(r.notes) && r.notes.length > 0);
    }
  });

  it('reaches useful accuracy on the labelled claim set', () => {
    const { claims } = labelled();
    assert.ok(claims.length >= 40);
    let right = 0;
    for (const c of claims) if (coach.check(c.claim).verdict === c.verdict) right++;
    // The bar for this issue; the writers' workflow issue raises it to 0.85.
    assert.ok(right / claims.length >= 0.6, `accuracy ${(right / claims.length).toFixed(3)}`);
  });
});
