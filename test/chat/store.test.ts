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
      raw.set(k, JSON.stringify(v));
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
    const saved = s.raw.get('strideCoach.chats');
    s.crashAfter(0);
    store.append(second.id, turn(3));
    await new Promise((r) => setImmediate(r));
    assert.match(String(errors[0]), /disk full/, 'the failed write is reported, not thrown into the host');
    // A fresh start (the window reloaded after the crash) reads the last complete write.
    const reopened = new ChatStore(s.kv, id);
    assert.equal(s.raw.get('strideCoach.chats'), saved);
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

  it('a stored current-chat id that no longer exists opens a fresh chat', () => {
    const s = storage();
    s.kv.update('strideCoach.currentChat', 'gone');
    const store = new ChatStore(s.kv, id);
    assert.equal(store.current().turns.length, 0);
  });
});
