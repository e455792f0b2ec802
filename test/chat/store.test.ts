import * as assert from 'node:assert/strict';
import { ChatStore, MAX_TURNS, type KeyValueStore } from '../../src/chat/store';
import type { Turn } from '../../src/protocol/messages';

const turn = (i: number): Turn => ({ id: `t${i}`, question: `question ${i}`, mode: 'ask', answer: `answer ${i}`, abstained: false, citations: [], followUps: [], tookMs: 0, at: i });

/** Storage that keeps whole values (as VS Code's Memento does) and can be made to fail. */
function storage() {
  const raw = new Map<string, string>();
  let failAfter = Infinity;
  const kv: KeyValueStore = {
    get: <T>(k: string) => (raw.has(k) ? (JSON.parse(raw.get(k)!) as T) : undefined),
    update: (k, v) => {
      if (failAfter-- <= 0) throw new Error('disk full (simulated crash)');
      if (v === undefined) raw.delete(k);
      else raw.set(k, JSON.stringify(v));
    },
  };
  return { kv, raw, crashAfter: (n: number) => (failAfter = n) };
}

describe('chat store (nothing lost)', () => {
  let n = 0;
  const id = () => `c${++n}`;

  it('a write that fails midway leaves every earlier conversation as it was', async () => {
    const s = storage();
    const errors: unknown[] = [];
    const store = new ChatStore(s.kv, id, Date.now, (e) => errors.push(e));
    const first = store.create();
    store.append(first.id, turn(1));
    const second = store.create();
    store.append(second.id, turn(2));
    const saved = new Map(s.raw);
    s.crashAfter(0);
    store.append(second.id, turn(3));
    await new Promise((r) => setImmediate(r));
    assert.match(String(errors[0]), /disk full/, 'the failed write is reported, not thrown into the host');
    // A fresh start (the window reloaded after the crash) reads the last complete write.
    const reopened = new ChatStore(s.kv, id);
    assert.deepEqual(new Map([...s.raw].filter(([k]) => k !== 'strideCoach.currentChat')), new Map([...saved].filter(([k]) => k !== 'strideCoach.currentChat')), 'storage holds the last complete writes');
    assert.deepEqual(reopened.list().map((c) => c.turns).sort(), [1, 1]);
    assert.equal(reopened.get(first.id)?.turns[0].answer, 'answer 1');
  });

  it('keeps a chat bounded: the oldest turns go first beyond MAX_TURNS', () => {
    const s = storage();
    const store = new ChatStore(s.kv, id);
    const chat = store.create();
    for (let i = 0; i < MAX_TURNS + 25; i++) store.append(chat.id, turn(i));
    const kept = new ChatStore(s.kv, id).get(chat.id)!;
    assert.equal(kept.turns.length, MAX_TURNS);
    assert.equal(kept.turns[0].id, 't25');
    assert.equal(kept.title, 'question 0', 'the title stays the first question');
  });

  it('writes only the chat that changed, and migrates the old single-array format', async () => {
    const s = storage();
    const writes: string[] = [];
    const counting: KeyValueStore = { get: s.kv.get, update: (k, v) => (writes.push(k), s.kv.update(k, v)) };
    const store = new ChatStore(counting, id);
    const chats = Array.from({ length: 5 }, () => store.create());
    await new Promise((r) => setImmediate(r));
    writes.length = 0;
    store.append(chats[2].id, turn(9));
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(writes, [`strideCoach.chat.${chats[2].id}`, 'strideCoach.currentChat'], 'one chat, not all five');

    const old = storage();
    old.kv.update('strideCoach.chats', [{ id: 'legacy', title: 'old chat', created: 1, updated: 1, turns: [turn(1)] }]);
    const migrated = new ChatStore(old.kv, id);
    await new Promise((r) => setImmediate(r));
    assert.equal(migrated.get('legacy')?.turns.length, 1);
    assert.equal(old.raw.has('strideCoach.chats'), false, 'the old array is gone once migrated');
    assert.equal(new ChatStore(old.kv, id).get('legacy')?.title, 'old chat');
  });

  it('a stored current-chat id that no longer exists opens a fresh chat', () => {
    const s = storage();
    s.kv.update('strideCoach.currentChat', 'gone');
    const store = new ChatStore(s.kv, id);
    assert.equal(store.current().turns.length, 0);
  });
});

describe('chat store: nothing already stored is lost (issue 13)', () => {
  let n = 0;
  const id = () => `x${++n}`;
  /** JSON storage with keys(), like localStorage or a Memento; `failKey` makes writes of one key fail. */
  function keyed() {
    const raw = new Map<string, string>();
    let failKey: RegExp | undefined;
    const kv: KeyValueStore = {
      get: <T>(k: string) => (raw.has(k) ? (JSON.parse(raw.get(k)!) as T) : undefined),
      update: (k, v) => {
        if (failKey?.test(k)) throw new Error('quota exceeded (simulated)');
        if (v === undefined) raw.delete(k);
        else raw.set(k, JSON.stringify(v));
      },
      keys: () => [...raw.keys()],
    };
    return { kv, raw, fail: (k: RegExp | undefined) => (failKey = k) };
  }

  it('one failed index write when a chat is created does not lose it: its 20 later turns come back', () => {
    const s = keyed();
    const errors: unknown[] = [];
    const store = new ChatStore(s.kv, id, Date.now, (e) => errors.push(e));
    s.fail(/chatIndex/);
    const chat = store.create();
    s.fail(undefined);
    for (let i = 0; i < 20; i++) store.append(chat.id, turn(i));
    assert.equal(errors.length, 1, 'the failure was reported');
    assert.equal(new ChatStore(s.kv, id).get(chat.id)?.turns.length, 20);
  });

  it('a chat missing from the index is recovered from its own key', () => {
    const s = keyed();
    const store = new ChatStore(s.kv, id);
    const a = store.create();
    store.append(a.id, turn(1));
    s.raw.set('strideCoach.chatIndex', JSON.stringify([]));
    assert.equal(new ChatStore(s.kv, id).get(a.id)?.turns.length, 1);
  });

  it('two tabs on the same storage: each keeps the other\'s turns and chats', () => {
    const s = keyed();
    const first = new ChatStore(s.kv, id);
    const chat = first.create();
    first.append(chat.id, turn(1));
    const second = new ChatStore(s.kv, id);
    first.append(chat.id, turn(2));
    second.append(chat.id, turn(3));
    const other = second.create();
    second.append(other.id, turn(4));
    first.append(chat.id, turn(5));
    first.create();
    const reloaded = new ChatStore(s.kv, id);
    assert.deepEqual(reloaded.get(chat.id)?.turns.map((t) => t.id), ['t1', 't2', 't3', 't5']);
    assert.equal(reloaded.get(other.id)?.turns.length, 1, 'the other tab\'s chat is still listed');
  });

  it('a stored turn the schema refuses costs that turn only, not the chat and its other turns', () => {
    const s = keyed();
    const store = new ChatStore(s.kv, id);
    const chat = store.create();
    for (let i = 0; i < 3; i++) store.append(chat.id, turn(i));
    const stored = JSON.parse(s.raw.get(`strideCoach.chat.${chat.id}`)!);
    stored.turns.push({ ...turn(9), answer: 'x'.repeat(35_280) }, { id: 7 });
    s.raw.set(`strideCoach.chat.${chat.id}`, JSON.stringify(stored));
    const kept = new ChatStore(s.kv, id).get(chat.id)!;
    assert.deepEqual(kept.turns.map((t) => t.id), ['t0', 't1', 't2', 't9']);
    assert.ok(kept.turns[3].answer.length <= 16_000, 'the long answer is cut, not dropped');
  });

  it('a full storage: the failure is reported and chats already stored stay', () => {
    const s = keyed();
    const errors: unknown[] = [];
    const store = new ChatStore(s.kv, id, Date.now, (e) => errors.push(e));
    const old = store.create();
    for (let i = 0; i < 3; i++) store.append(old.id, turn(i));
    s.fail(/./);
    const fresh = store.create();
    store.append(fresh.id, turn(5));
    store.append(old.id, turn(6));
    assert.ok(errors.length >= 1 && /quota/.test(String(errors[0])));
    s.fail(undefined);
    assert.deepEqual(new ChatStore(s.kv, id).get(old.id)?.turns.map((t) => t.id), ['t0', 't1', 't2']);
  });
});
