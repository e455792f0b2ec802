import * as assert from 'node:assert/strict';
import { ABSTENTIONS_KEY, AbstentionLog, abstentionsToJSON, abstentionsToMarkdown, MAX_ABSTENTIONS } from '../../src/chat/abstentions';
import type { KeyValueStore } from '../../src/chat/store';

function memory(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return { data, get: <T>(k: string) => data.get(k) as T | undefined, update: (k, v) => void (v === undefined ? data.delete(k) : data.set(k, structuredClone(v))) };
}

describe('AbstentionLog (what the sources lack)', () => {
  it('counts the same question however it is cased, spaced or punctuated, most asked first', () => {
    let t = 1000;
    const kv = memory();
    const log = new AbstentionLog(kv, () => t++);
    log.record('What is VO2max?');
    log.record('how do I taper');
    log.record('  what is  vo2max ');
    assert.equal(log.record('   '), undefined, 'a blank question is not kept');
    assert.deepEqual(log.list(), [
      { question: 'what is vo2max', count: 2, first: 1000, last: 1002 },
      { question: 'how do I taper', count: 1, first: 1001, last: 1001 },
    ]);
    // Kept across a reload, from storage alone.
    assert.deepEqual(new AbstentionLog(kv).list(), log.list());
  });

  it('is bounded: the least recently asked go first', () => {
    let t = 0;
    const log = new AbstentionLog(memory(), () => t++);
    log.record('question 0');
    for (let i = 1; i <= MAX_ABSTENTIONS; i++) log.record(`question ${i}`);
    assert.equal(log.size, MAX_ABSTENTIONS);
    assert.ok(!log.list().some((e) => e.question === 'question 0'));
    assert.equal(log.record('x'.repeat(10_000))!.question.length, 500);
  });

  it('drops damaged stored entries, keeps the good ones, and treats "constructor" as a question', () => {
    const good = { question: 'constructor', count: 3, first: 1, last: 2 };
    const log = new AbstentionLog(memory({ [ABSTENTIONS_KEY]: [good, { question: '', count: 1, first: 0, last: 0 }, { question: 'x', count: -1, first: 0, last: 0 }, 'junk', null] }));
    assert.deepEqual(log.list(), [good]);
    assert.equal(new AbstentionLog(memory({ [ABSTENTIONS_KEY]: 'not a list' })).size, 0);
  });

  it('keeps the list in memory when storage fails, and reports the failure', () => {
    const errors: unknown[] = [];
    const log = new AbstentionLog({ get: () => undefined, update: () => { throw new Error('disk full'); } }, Date.now, (e) => errors.push(e));
    log.record('what is lactate threshold');
    assert.equal(log.size, 1);
    assert.equal(errors.length, 1);
  });

  it('exports as Markdown and JSON', () => {
    const list = [
      { question: 'what is *VO2max*?', count: 2, first: 0, last: 86_400_000 },
      { question: 'how do I taper', count: 1, first: 0, last: 0 },
    ];
    assert.equal(
      abstentionsToMarkdown(list),
      '# Questions the sources could not answer\n\n2 questions, asked 3 times in all, most asked first.\n\n- what is \\*VO2max\\*? (2×)\n- how do I taper (1×)\n',
    );
    assert.match(abstentionsToMarkdown([]), /_None so far\._/);
    const json = JSON.parse(abstentionsToJSON(list));
    assert.equal(json.format, 'stride-coach-abstentions');
    assert.deepEqual(json.questions[0], { question: 'what is *VO2max*?', count: 2, first: '1970-01-01T00:00:00.000Z', last: '1970-01-02T00:00:00.000Z' });
  });
});
