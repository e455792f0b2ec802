import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createChatController, type ChatHostServices } from '../../src/chat/controller';
import { ChatStore, type KeyValueStore } from '../../src/chat/store';
import { parseToHost, type ToWebview } from '../../src/protocol/messages';
import { realCoach } from '../helpers';

/**
 * Message-protocol fuzzing: whatever a compromised or buggy webview sends, the host validates
 * it on arrival. Malformed messages change nothing and reach no host service; the chat keeps
 * working afterwards.
 */

const TYPES = ['ready', 'ask', 'openCitation', 'insertPlan', 'insertTurn', 'copyAnswer', 'newChat', 'openChat', 'deleteChat', 'listChats', 'exportChat', 'eval', '__proto__', 'constructor', ''];
const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** Messages shaped like the protocol but wrong: right type, wrong or missing fields, extra keys. */
const nearMiss = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    requestId: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object(), fc.constant('')),
    text: fc.oneof(fc.string(), fc.integer(), fc.array(fc.string()), fc.constant(undefined), fc.string({ minLength: 16_001, maxLength: 16_100 })),
    passageId: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    chatId: fc.oneof(fc.string(), fc.boolean()),
    turnId: fc.oneof(fc.string(), fc.double()),
    query: fc.oneof(fc.string(), fc.integer()),
  },
  { requiredKeys: ['type'] },
);
/** JSON as it arrives over postMessage, with prototype-pollution keys as own properties. */
const polluted = fc
  .tuple(fc.constantFrom(...TYPES), fc.constantFrom(...DANGEROUS_KEYS), fc.jsonValue())
  .map(([type, key, value]) => JSON.parse(`{"type":${JSON.stringify(type)},${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'},"requestId":"r","text":"x"}`));
const junk = fc.oneof(fc.anything(), fc.jsonValue(), nearMiss, polluted);

function setup() {
  const posted: ToWebview[] = [];
  const effects: string[] = [];
  const logs: string[] = [];
  const raw = new Map<string, unknown>();
  const kv: KeyValueStore = { get: <T>(k: string) => structuredClone(raw.get(k)) as T | undefined, update: (k, v) => void raw.set(k, structuredClone(v)) };
  const host: ChatHostServices = {
    post: (m) => void posted.push(m),
    openPassage: (p) => void effects.push(`open ${p.id}`),
    insertPlan: () => void effects.push('insert'),
    copy: () => void effects.push('copy'),
    exportMarkdown: () => void effects.push('export'),
    log: (m) => void logs.push(m),
  };
  let n = 0;
  const newId = () => `id-${++n}`;
  const controller = createChatController({ coach: realCoach, store: new ChatStore(kv, newId), host, newId });
  return { controller, posted, effects, logs, raw };
}

describe('message protocol fuzzing (fast-check)', function () {
  this.timeout(120_000);

  it('drops every malformed message without side effects, then keeps working', async () => {
    const { controller, posted, effects, logs, raw } = setup();
    await controller.receive({ type: 'ready' });
    await controller.receive({ type: 'ask', requestId: 'first', text: 'what does the soleus do at mid-stance?' });
    const before = { posted: posted.length, stored: JSON.stringify([...raw]) };
    let dropped = 0;
    await fc.assert(
      fc.asyncProperty(junk, async (message) => {
        const valid = parseToHost(message).ok;
        const logged = logs.length;
        const sent = posted.length;
        const acted = effects.length;
        const stored = JSON.stringify([...raw]);
        await controller.receive(message);
        if (!valid) {
          dropped++;
          assert.match(logs[logged] ?? '', /dropped a malformed message/, 'a dropped message is logged');
          assert.equal(posted.length, sent, 'a dropped message gets no reply');
          assert.equal(effects.length, acted, 'a dropped message reaches no host service');
          assert.equal(JSON.stringify([...raw]), stored, 'a dropped message changes no stored chat');
        }
      }),
      { numRuns: 1500 },
    );
    assert.ok(dropped > 1000, `${dropped} of 1500 dropped`);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'text'), false, 'Object.prototype is untouched');
    // The chat still answers afterwards.
    await controller.receive({ type: 'ask', requestId: 'after', text: 'exercises for weak peroneals?' });
    const last = posted.filter((m) => m.type === 'answer').at(-1) as Extract<ToWebview, { type: 'answer' }>;
    assert.equal(last.requestId, 'after');
    assert.ok(last.turn.citations.length > 0);
    assert.ok(posted.length > before.posted);
  });

  it('strips keys the protocol does not define, __proto__ included', async () => {
    const { controller, posted } = setup();
    await controller.receive(JSON.parse('{"type":"ask","requestId":"r","text":"soleus","__proto__":{"isAdmin":true},"extra":"x"}'));
    const answer = posted.find((m) => m.type === 'answer') as Extract<ToWebview, { type: 'answer' }>;
    assert.ok(answer);
    assert.equal((answer as unknown as { isAdmin?: boolean }).isAdmin, undefined);
    assert.equal(({} as { isAdmin?: boolean }).isAdmin, undefined);
  });
});
