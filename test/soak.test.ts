import * as assert from 'node:assert/strict';
import { soak } from '../bench/soak';

describe('soak (short: 10,000 questions through the CLI on stdin)', function () {
  this.timeout(180_000);

  it('answers every line in order with resident memory flat', async () => {
    const r = await soak(10_000);
    assert.equal(r.answered, 10_000);
    assert.equal(r.mismatches, 0, 'answers come back in input order');
    // Flat: the end is within 25% (and 40 MB) of the level once answering; nothing accumulates.
    assert.ok(r.rssEndMb <= Math.max(r.rssStartMb * 1.25, r.rssStartMb + 40), `RSS ${r.rssStartMb.toFixed(0)} → ${r.rssEndMb.toFixed(0)} MB`);
  });
});
