import * as assert from 'node:assert/strict';
import { soak } from '../bench/soak';

describe('soak (short: 10,000 questions through the CLI on stdin)', function () {
  this.timeout(600_000);

  it('answers every line, in order, without running away with memory', async () => {
    const r = await soak(10_000);
    assert.equal(r.answered, 10_000);
    assert.equal(r.mismatches, 0, 'answers come back in input order');
    // Whether memory stays flat is judged by `npm run soak` (100,000 questions, slope after
    // warm-up): 10,000 is about the time V8 takes to grow its heap to a steady size. Here only a
    // leak gross enough to be no doubt: the CLI holds about 110 MB, ten times that is a defect.
    assert.ok(r.rssMaxMb < 1100, `the CLI reached ${r.rssMaxMb.toFixed(0)} MB resident`);
  });
});
