import { strict as assert } from 'node:assert';
import { ChatStore, MAX_TURNS } from '../../src/chat/store';
import { DeferredState, type Memento } from '../../src/extension/deferred-state';

/** A Memento that counts writes and can be told to fail. */
function memento(fail = false) {
  const data = new Map<string, unknown>();
  const writes: string[] = [];
  const m: Memento = {
    get: <T>(key: string) => data.get(key) as T | undefined,
    update(key, value) {
      writes.push(key);
      if (fail) return Promise.reject(new Error('disk full'));
      data.set(key, structuredClone(value));
      return Promise.resolve();
    },
  };
  return { m, data, writes };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('chat storage written behind (issue 6)', () => {
  it('reads a value back at once, and writes it once within the delay', async () => {
    const { m, data, writes } = memento();
    const s = new DeferredState(m, 30);
    s.update('a', 1);
    s.update('a', 2);
    s.update('b', 'x');
    assert.equal(s.get('a'), 2);
    assert.equal(s.dirty, true);
    assert.deepEqual(writes, [], 'nothing written yet');
    await wait(60);
    assert.deepEqual(writes.sort(), ['a', 'b'], 'each key once');
    assert.equal(data.get('a'), 2);
    assert.equal(s.dirty, false);
    assert.equal(s.get('a'), 2, 'read from the Memento after the write');
  });

  it('writes within the delay even while updates keep coming', async () => {
    const { m, writes } = memento();
    const s = new DeferredState(m, 40);
    // Updates far more often than the delay, until two writes have happened (a debounce would
    // never write); bounded by a count, not a clock, so a busy machine only makes it take longer.
    let updates = 0;
    while (writes.length < 2 && updates < 2000) {
      s.update('k', updates++);
      await wait(5);
    }
    assert.ok(writes.length >= 2, `${writes.length} writes in ${updates} updates 5 ms apart`);
    await s.flush();
  });

  it('flush writes now, and reports a failed write without throwing', async () => {
    const ok = memento();
    const s = new DeferredState(ok.m, 10_000);
    s.update('a', 1);
    await s.flush();
    assert.deepEqual(ok.writes, ['a']);
    await s.flush();
    assert.deepEqual(ok.writes, ['a'], 'nothing more to write');

    const bad = memento(true);
    const errors: unknown[] = [];
    const t = new DeferredState(bad.m, 10_000, (e) => errors.push(e));
    t.update('a', 1);
    await t.flush();
    assert.equal(errors.length, 1);
  });

  it('under a chat store: 1,000 answers make a handful of writes, and the stored chat stays bounded', async () => {
    const { m, data, writes } = memento();
    const s = new DeferredState(m, 20);
    let n = 0;
    const store = new ChatStore(s, () => `id-${n++}`);
    const chat = store.create();
    for (let i = 0; i < 1000; i++) store.append(chat.id, { id: `t${i}`, question: `q${i}`, answer: 'a', at: i, mode: 'ask', abstained: false, citations: [], followUps: [], tookMs: 0 });
    await s.flush();
    assert.ok(writes.length <= 6, `${writes.length} writes: ${writes.join(', ')}`);
    const saved = data.get(`strideCoach.chat.${chat.id}`) as { turns: unknown[] };
    assert.equal(saved.turns.length, MAX_TURNS);
    // A new store on the same Memento reads the chats back.
    assert.equal(new ChatStore(new DeferredState(m), () => 'x').get(chat.id)?.turns.length, MAX_TURNS);
  });
});

describe('chat storage written behind: a failed write loses nothing (issue 13)', () => {
  it('one failed Memento.update when a chat is created: the chat and its 20 turns come back after a reload', async () => {
    const data = new Map<string, unknown>();
    let failNext = 0;
    const m: Memento = {
      get: <T>(key: string) => structuredClone(data.get(key)) as T | undefined,
      update(key, value) {
        if (failNext > 0 && key === 'strideCoach.chatIndex') {
          failNext--;
          return Promise.reject(new Error('disk full'));
        }
        if (value === undefined) data.delete(key);
        else data.set(key, structuredClone(value));
        return Promise.resolve();
      },
      keys: () => [...data.keys()],
    };
    const errors: unknown[] = [];
    const state = new DeferredState(m, 10_000, (e) => errors.push(e));
    let n = 0;
    const store = new ChatStore(state, () => `d${++n}`);
    const chat = store.create();
    failNext = 1; // the index write fails once
    await state.flush();
    assert.equal(errors.length, 1);
    for (let i = 0; i < 20; i++) store.append(chat.id, { id: `t${i}`, question: `q${i}`, mode: 'ask', answer: `a${i}`, abstained: false, citations: [], followUps: [], tookMs: 0, at: i });
    await state.flush();
    const reloaded = new ChatStore(new DeferredState(m, 10_000), () => 'z');
    assert.equal(reloaded.get(chat.id)?.turns.length, 20);
  });
});
