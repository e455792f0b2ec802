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
