import * as assert from 'node:assert/strict';
import { realCoach } from '../helpers';

describe('coach.gait (the stride from the corpus)', () => {
  const phases = realCoach().gait();
  const phase = (name: string) => phases.find((p) => p.phase === name)!;
  const ids = (name: string) => phase(name).muscles.map((m) => m.id);

  it('lists the four phases in stride order, each with its own passage', () => {
    assert.deepEqual(phases.map((p) => p.phase), ['landing', 'mid-stance', 'toe-off', 'swing']);
    for (const p of phases) assert.ok(p.passage, `${p.phase} has a passage`);
  });

  it('puts the muscles where the sources put them, each with a passage that says so', () => {
    assert.ok(ids('mid-stance').includes('soleus') && ids('mid-stance').includes('peroneals'));
    assert.ok(ids('toe-off').includes('flexor-hallucis-brevis') && ids('toe-off').includes('gastrocnemius'));
    assert.ok(ids('swing').includes('hamstrings') && ids('swing').includes('tibialis-anterior'));
    assert.ok(ids('landing').includes('quadriceps'));
    const passages = new Set(realCoach().passages().map((p) => p.id));
    for (const p of phases) for (const m of p.muscles) assert.ok(passages.has(m.passage.id) && passages.has(m.id));
  });

  it('names muscles, not aspects of them ("Soleus: running role") or descriptive tours', () => {
    for (const p of phases) for (const m of p.muscles) assert.ok(!m.title.includes(':') && !/in each step/i.test(m.title), m.title);
  });
});
