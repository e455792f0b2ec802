import { strict as assert } from 'node:assert';
import { formatPlanBlock } from '../../src/chat/plan-block';
import { realCoach } from '../helpers';

describe('plan block formatter', () => {
  const passages = realCoach().passages();
  const lookup = (id: string) => passages.find((p) => p.id === id);

  it('gives exercise, muscles worked, the dose the source states and the citation', () => {
    const block = formatPlanBlock(lookup('tip-toe-walking')!, lookup);
    const lines = block.split('\n');
    assert.match(lines[0], /^### .*[Tt]ip-?toe/);
    assert.match(block, /\*\*Works:\*\* Soleus.*Calves|\*\*Works:\*\* .*Soleus/);
    assert.match(block, /\*\*Sets\/reps:\*\* 3 sets of 10-15 feet, down and back/);
    assert.match(block, /\*\*Source:\*\* “[^”]+” › .+ \(Stride Coach passage `tip-toe-walking`\)/);
    assert.ok(block.endsWith('\n'), 'ends with a newline so the next line starts clean');
  });

  it('says when the sources give no sets or reps instead of inventing them', () => {
    const block = formatPlanBlock(lookup('planks')!, lookup);
    assert.match(block, /\*\*Sets\/reps:\*\* not given in the sources/);
    assert.doesNotMatch(block, /\d+ sets/);
  });
});
