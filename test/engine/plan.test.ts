import * as assert from 'node:assert/strict';
import { doseNote, formatPlanAnswer, formatPlanTable, scopeNote } from '../../src/chat/plan-block';
import { asSentence, isNameTitle, isPluralName, listOf, nameOf, shortName, targetPhrase, worksSentence } from '../../src/engine/wording';
import { Corpus } from '../../src/engine/corpus';
import { draftPlan } from '../../src/engine/plan';
import { loadBuiltinCorpus } from '../../src/node/builtin';
import { realCoach } from '../helpers';

describe('plans a coach would hand out', () => {
  const coach = realCoach();
  const byId = new Map(coach.passages().map((p) => [p.id, p]));
  const lookup = (id: string) => byId.get(id);

  it('puts the exercise whose dose the sources give first: tip-toe walking for weak calves', () => {
    const plan = coach.plan('weak calves');
    assert.equal(plan.items[0].exercise.id, 'tip-toe-walking');
    assert.equal(plan.items[0].dose, '3 sets of 10-15 feet, down and back');
    assert.deepEqual(
      plan.items.map((i) => i.citation.n),
      plan.items.map((_, i) => i + 1),
      'citations are numbered in the order shown',
    );
    // Every item still carries the source's own dose or none: nothing invented.
    for (const item of plan.items) assert.equal(item.dose, lookup(item.exercise.id)!.dose ?? null);
  });

  it('says "not specified in the sources" once for the whole table, not per row', () => {
    const plan = coach.plan('weak calves');
    const table = formatPlanTable(plan);
    assert.equal(table.match(/not specified in the sources/g)?.length, 1, table);
    assert.match(table, /Sets and reps are not specified in the sources except for tip-toe walking: choose the others to suit the athlete\./);
    assert.ok(table.includes('| Tip-toe walking | Soleus and calves | 3 sets of 10-15 feet, down and back |'), table);
    assert.ok(table.includes('| Calf raises | Calves, gastrocnemius and soleus | — | Stand tall, rise up onto your toes, lower back down, and repeat. |'), table);
    assert.doesNotMatch(table, /\| not specified \|/);
  });

  it('reads as sentences: verbs agree, lists use "and", every cue ends with a full stop', () => {
    const answer = formatPlanAnswer(coach.plan('weak calves'));
    assert.match(answer, /\*\*Calf raises\*\* work the calves, gastrocnemius and soleus\. Stand tall, rise up onto your toes, lower back down, and repeat\. \[\d\]/);
    assert.match(answer, /\*\*Tip-toe walking\*\* \(3 sets of 10-15 feet, down and back\) works the soleus and calves\./);
    assert.doesNotMatch(answer, /works Calves|Calves, Gastrocnemius|Cue: /);
    for (const line of answer.split('\n').filter((l) => /^\d+\. /.test(l))) assert.match(line, /[.!?] \[\d+\]$/, line);
    assert.equal(answer.match(/not specified in the sources/g)?.length, 1);
  });

  it('ends with what the plan covers and what it leaves out', () => {
    const plan = coach.plan('weak calves');
    const [covers, leaves] = scopeNote(plan);
    assert.equal(covers, '**Covers:** the calves (for “weak calves”), with 2 strength exercises and 1 stretch.');
    assert.match(leaves, /^\*\*Leaves out:\*\* jump rope, hill running, .* from the sources, to keep the block short; running volume, warm-up and progression/);
    const withPlan = coach.plan('weak calves', { exclude: '### Calf raises' });
    assert.match(scopeNote(withPlan)[1], /calf raises, already in your plan/);
    assert.ok(plan.more.every((t) => !plan.items.some((i) => i.exercise.title === t)), 'what is left out is not in the block');
  });

  it('says nothing about sets and reps when every exercise has a sourced dose', () => {
    const plan = coach.plan('weak calves');
    const dosed = { ...plan, items: plan.items.filter((i) => i.dose) };
    assert.equal(doseNote(dosed), '');
    const none = { ...plan, items: plan.items.filter((i) => !i.dose) };
    assert.equal(doseNote(none), 'Sets and reps are not specified in the sources for these exercises: choose them to suit the athlete.');
  });
});

describe('exercise-list headings name muscles and conditions, not passage titles', () => {
  const coach = realCoach();

  it('uses the condition or muscle name', () => {
    const calves = coach.ask('exercises for weak calves').answer;
    assert.match(calves, /^Exercises from the sources for \*\*weak or tight calves\*\*:/);
    const glutes = coach.ask('exercises for glutes').answer;
    assert.match(glutes, /^Exercises from the sources for the \*\*glutes\*\*:/);
    for (const a of [calves, glutes]) assert.doesNotMatch(a.split('\n')[0], /What the|\(|Weak or tight/);
    assert.match(glutes, /\*\*Squats for the glutes\*\* work the glutes, quadriceps, hamstrings and core muscles\./);
  });

  it('maps a descriptive passage to the body part it is about', () => {
    const byId = new Map(coach.passages().map((p) => [p.id, p]));
    const get = (id: string) => byId.get(id);
    assert.equal(targetPhrase([get('glutes')!, get('glutes-in-each-step')!], get), 'the glutes');
    assert.equal(targetPhrase([get('soleus-running-role')!], get), 'the soleus');
    assert.equal(targetPhrase([get('shin-splints')!, get('achilles-tendon')!], get), 'shin splints and the Achilles tendon');
    assert.equal(targetPhrase([get('calf-raises')!], get), '', 'an exercise is not a target');
  });
});

describe('wording helpers', () => {
  it('agree verbs with exercise names', () => {
    for (const t of ['Calf raises', 'Squats for the glutes', 'Push-ups', 'Bridges (hip flexor routine)', 'Crunches', 'Clamshells with a resistance band']) assert.ok(isPluralName(t), t);
    for (const t of ['Jump rope', 'Tip-toe walking', 'Glute bridge', 'Pilates', 'Calf stretch', 'Single-leg balance on an unstable surface']) assert.ok(!isPluralName(t), t);
    assert.equal(worksSentence({ title: 'Jump rope' }, [{ title: 'Calves' }]), 'Jump rope works the calves.');
    assert.equal(worksSentence({ title: 'Jump rope' }, []), '');
    // A stretch stretches what it works, in the number of its name.
    assert.equal(worksSentence({ title: 'Calf stretch', type: 'stretch' }, [{ title: 'Calves' }]), 'Calf stretch stretches the calves.');
    assert.equal(worksSentence({ title: 'Yoga hamstring stretches', type: 'stretch' }, [{ title: 'Hamstrings' }]), 'Yoga hamstring stretches stretch the hamstrings.');
  });

  it('says a passage by its schema name inside a sentence, keeping proper nouns and acronyms', () => {
    assert.equal(shortName({ title: 'Glutes (gluteal muscles)', name: 'Glutes' }), 'glutes');
    assert.equal(shortName({ title: 'Achilles tendon' }), 'Achilles tendon', 'a title with no name is the name');
    assert.equal(shortName({ title: 'Tensor fascia latae (TFL)', name: 'Tensor fascia latae' }), 'tensor fascia latae');
    assert.equal(shortName({ title: 'IT band' }), 'IT band');
    assert.equal(shortName({ title: 'Arms in running', name: 'Arms' }), 'arms');
    // The corpus's names as the schema gives them: an aspect is said by its muscle's name.
    const byId = new Map(realCoach().passages().map((x) => [x.id, x]));
    assert.equal(nameOf(byId.get('soleus-running-role')!), 'Soleus');
    assert.equal(shortName(byId.get('glutes')!), 'glutes');
    assert.ok(isNameTitle('Weak or tight calves') && !isNameTitle('What the glutes do at push-off') && !isNameTitle('Soleus in running: dorsiflexion control'));
  });

  it('takes the muscles of every complaint named, in the words as typed', () => {
    const corpus = Corpus.fromJSON(loadBuiltinCorpus());
    const plan = draftPlan('weak glutes and tight TFL', corpus);
    assert.deepEqual(plan.targets.map((t) => [t.id, t.via]), [['glutes', 'weak glutes'], ['tfl', 'tight TFL']]);
    assert.ok(plan.items.some((i) => i.exercise.works?.includes('tfl')), 'an exercise for the TFL');
  });

  it('gives a tight muscle its stretches first', () => {
    const corpus = Corpus.fromJSON(loadBuiltinCorpus());
    const first = (request: string, id: string) => draftPlan(request, corpus).items.find((i) => i.exercise.works?.includes(id))?.exercise;
    assert.equal(first('tight TFL', 'tfl')?.type, 'stretch');
    assert.equal(first('my hamstrings are really tight', 'hamstrings')?.type, 'stretch');
    assert.equal(first('weak hamstrings', 'hamstrings')?.type, 'strength');
    // Weak, or named with no complaint: the usual order (a dosed exercise, then the muscle's own).
    assert.equal(first('calves', 'calves')?.id, 'tip-toe-walking');
  });

  it('joins lists and finishes sentences', () => {
    assert.equal(listOf([]), '');
    assert.equal(listOf(['a']), 'a');
    assert.equal(listOf(['a', 'b', 'c']), 'a, b and c');
    assert.equal(asSentence('  lift the toes  '), 'Lift the toes.');
    assert.equal(asSentence('Hold?'), 'Hold?');
  });
});
