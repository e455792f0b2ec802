import * as assert from 'node:assert/strict';
import { participantReply, participantText } from '../../src/chat/participant';
import { realCoach } from '../helpers';

/** The `@stride` participant's replies, on the real engine, without a VS Code host. */
describe('@stride participant replies (src/chat/participant.ts)', () => {
  const coach = () => realCoach();

  it('answers a question with the chat panel\'s Markdown, its citations and follow-ups', async () => {
    const r = await participantReply(coach, { prompt: 'what does the soleus do at mid-stance?' });
    assert.equal(r.mode, 'ask');
    assert.equal(r.abstained, false);
    assert.equal(r.markdown, realCoach().ask('what does the soleus do at mid-stance?').answer);
    assert.ok(realCoach().ask('what does the soleus do at mid-stance?').citations[0].id === r.citations[0].id, 'the same top citation as the panel');
    assert.ok(r.citations.every((c, i) => c.n === i + 1 && c.where.length > 0 && c.title.length > 0));
    assert.ok(r.followUps.length > 0, 'follow-ups');
    assert.deepEqual(r.buttons, [], 'no exercise cited, no insert button');
  });

  it('offers to insert the exercises an answer cites, at most three', async () => {
    const r = await participantReply(coach, { prompt: 'exercises for weak peroneals?' });
    assert.ok(r.buttons.length > 0 && r.buttons.length <= 3);
    for (const b of r.buttons) {
      assert.equal(b.kind, 'insertExercise');
      assert.ok(b.kind === 'insertExercise' && r.citations.some((c) => c.id === b.passageId && c.kind === 'exercise'));
    }
  });

  it('/check gives the verdict with its evidence', async () => {
    const r = await participantReply(coach, { command: 'check', prompt: 'The soleus is mostly fast-twitch.' });
    assert.equal(r.mode, 'check');
    assert.equal(r.verdict, 'contradicted');
    assert.match(r.markdown, /^\*\*Contradicted\.\*\*/);
    assert.ok(r.citations.length > 0);
  });

  it('/plan drafts a block with one button that inserts it, filters kept', async () => {
    const r = await participantReply(coach, { command: 'plan', prompt: 'weak calves equipment:none' });
    assert.equal(r.mode, 'plan');
    assert.equal(r.abstained, false);
    assert.match(r.markdown, /strength-and-mobility block/);
    assert.deepEqual(r.buttons, [{ kind: 'insertPlan', title: 'Insert into plan', request: 'weak calves', equipment: ['none'], types: [] }]);
    const excluded = await participantReply(coach, { command: 'plan', prompt: 'weak calves' }, () => '### Calf raises\n');
    assert.ok(!excluded.citations.some((c) => c.id === 'calf-raises'), 'the open plan\'s exercises are left out');
  });

  it('/muscle and /exercise ask what the panel\'s slash commands ask', async () => {
    assert.equal(participantText({ command: 'muscle', prompt: ' soleus ' }), '/muscle soleus');
    const r = await participantReply(coach, { command: 'exercise', prompt: 'glutes' });
    assert.equal(r.mode, 'ask');
    assert.ok(r.citations.some((c) => c.kind === 'exercise'));
    // A command the participant does not declare is not smuggled in; a prompt that looks like one stays text.
    assert.equal(participantText({ command: 'help', prompt: 'x' }), 'x');
  });

  it('a command without its argument answers with how to use it; an unknown question abstains', async () => {
    const usage = await participantReply(coach, { command: 'check', prompt: '' });
    assert.equal(usage.mode, 'usage');
    assert.match(usage.markdown, /\/check needs/);
    const none = await participantReply(coach, { prompt: 'what is the capital of France?' });
    assert.equal(none.abstained, true);
    assert.deepEqual(none.citations, []);
  });

  it('follow-ups written as slash commands go to the participant\'s command', async () => {
    const r = await participantReply(coach, { command: 'plan', prompt: 'weak calves type:yoga' });
    assert.equal(r.abstained, true);
    assert.deepEqual(r.followUps, [{ prompt: 'weak calves', command: 'plan', label: '/plan weak calves' }]);
  });
});
