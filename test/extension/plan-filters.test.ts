import { strict as assert } from 'node:assert';
import type { Passage } from '../../src/engine/types';
import { describeFilters, keepOffered, planFilterOptions } from '../../src/extension/plan-filters';
import { realCoach } from '../helpers';

const ex = (id: string, type: string | undefined, equipment?: string[]): Passage => ({
  id,
  kind: 'exercise',
  title: id,
  text: 't',
  works: ['soleus'],
  source: { file: 'a.md', section: 'S' },
  ...(type ? { type } : {}),
  ...(equipment ? { equipment } : {}),
});

describe('draft plan: filters', () => {
  it('offers the equipment and kinds the exercises have: bodyweight first, then the most common', () => {
    const o = planFilterOptions([ex('a', 'strength', ['band']), ex('b', 'strength', ['Band', 'step']), ex('c', 'stretch'), ex('d', 'Drill', ['none']), { ...ex('e', 'balance'), kind: 'muscle' }]);
    assert.deepEqual(o.equipment, [
      { value: 'none', count: 2 },
      { value: 'band', count: 2 },
      { value: 'step', count: 1 },
    ]);
    assert.deepEqual(o.types, [
      { value: 'strength', count: 2 },
      { value: 'drill', count: 1 },
      { value: 'stretch', count: 1 },
    ]);
  });

  it('on the real corpus: band and dumbbells, strength and stretch are offered', () => {
    const o = planFilterOptions(realCoach().passages());
    assert.equal(o.equipment[0].value, 'none');
    for (const v of ['band', 'dumbbells']) assert.ok(o.equipment.some((e) => e.value === v), v);
    for (const v of ['strength', 'stretch', 'drill', 'balance']) assert.ok(o.types.some((t) => t.value === v), v);
  });

  it('reads a choice back, and keeps a remembered one only where it is still offered', () => {
    assert.equal(describeFilters({ equipment: ['band', 'none'], types: ['strength'] }), 'equipment: band, none; kind: strength');
    assert.equal(describeFilters({ equipment: [], types: [] }), '');
    const o = planFilterOptions([ex('a', 'strength', ['band'])]);
    assert.deepEqual(keepOffered({ equipment: ['band', 'rope', 7 as unknown as string], types: ['stretch', 'strength'] }, o), { equipment: ['band'], types: ['strength'] });
    assert.deepEqual(keepOffered(undefined, o), { equipment: [], types: [] });
  });
});
