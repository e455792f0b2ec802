import { strict as assert } from 'node:assert';
import { completeInput, parseInput } from '../../src/chat/slash';

describe('slash commands', () => {
  it('turns commands into engine requests', () => {
    assert.deepEqual(parseInput('what does the soleus do?'), { kind: 'ask', question: 'what does the soleus do?' });
    assert.match((parseInput('/muscle soleus') as { question: string }).question, /soleus/);
    assert.match((parseInput('/exercise peroneals') as { question: string }).question, /^Exercises for the peroneals/);
    assert.deepEqual(parseInput('/check the soleus is fast-twitch'), { kind: 'check', claim: 'the soleus is fast-twitch' });
    assert.deepEqual(parseInput('/PLAN calves, glutes and hamstrings'), { kind: 'plan', request: 'calves, glutes and hamstrings' });
    assert.deepEqual(parseInput('/plan weak calves equipment:band,none type:strength'), { kind: 'plan', request: 'weak calves', equipment: ['band', 'none'], types: ['strength'] });
    assert.equal(parseInput('/plan equipment:band').kind, 'usage');
    assert.deepEqual(parseInput('/help'), { kind: 'help' });
  });

  it('explains a missing argument or an unknown command instead of guessing', () => {
    const missing = parseInput('/check');
    assert.equal(missing.kind, 'usage');
    assert.match((missing as { message: string }).message, /\/check/);
    const unknown = parseInput('/rm -rf');
    assert.equal(unknown.kind, 'usage');
    assert.match((unknown as { message: string }).message, /Unknown command \/rm/);
  });

  it('completes command names and then names for the argument', () => {
    const names = { muscles: ['Gastrocnemius', 'Glutes', 'Soleus'], exercises: ['Eccentric heel drops'] };
    assert.deepEqual(completeInput('/ex', names), ['/exercise ']);
    assert.deepEqual(completeInput('/exercise g', names), ['/exercise Gastrocnemius', '/exercise Glutes']);
    assert.deepEqual(completeInput('/plan soleus, gl', names), ['/plan soleus, Glutes']);
    assert.deepEqual(completeInput('/check so', names), []);
    assert.deepEqual(completeInput('soleus', names), []);
  });
});
