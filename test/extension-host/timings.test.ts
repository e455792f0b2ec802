import { strict as assert } from 'node:assert';
import { figure, note, strideCoach } from './helpers';

describe('timings (from the Stride Coach log)', () => {
  it('logged activation, engine load and first answer', async () => {
    const lines = (await strideCoach()).log.recent().filter((l) => /activated in|engine ready in|built-in corpus read|chat (view|panel) ready|first answer in/.test(l));
    for (const l of lines) note(l);
    assert.ok(lines.some((l) => l.includes('activated in')));
    assert.ok(lines.some((l) => l.includes('first answer in')));
    const api = await strideCoach();
    const first = api.service.loads[0];
    assert.equal(first?.reason, 'first use');
    figure('engineLoad', { ms: first.ms, passages: first.passages, reloads: api.service.loads.slice(1).map((l) => ({ reason: l.reason, ms: l.ms, packs: l.packs, ...(l.packsReadMs !== undefined ? { packsReadMs: l.packsReadMs } : {}) })) });
  });
});
