import { strict as assert } from 'node:assert';
import { createChatController, type ChatHostServices } from '../../src/chat/controller';
import { chatToMarkdown } from '../../src/chat/export';
import { ChatStore, type KeyValueStore } from '../../src/chat/store';
import type { Passage } from '../../src/engine/types';
import type { ToWebview } from '../../src/protocol/messages';
import { realCoach } from '../helpers';

/** A Memento-like store kept in a Map; `raw` lets a test corrupt what is stored. */
function memoryStore(): KeyValueStore & { raw: Map<string, unknown> } {
  const raw = new Map<string, unknown>();
  return { raw, get: <T>(k: string) => structuredClone(raw.get(k)) as T | undefined, update: (k, v) => void raw.set(k, structuredClone(v)) };
}

let instance = 0;

function setup(kv = memoryStore(), planText?: () => string | undefined) {
  // Ids unique across instances, as crypto.randomUUID() makes them in the product.
  const prefix = `s${++instance}-`;
  let n = 0;
  const posted: ToWebview[] = [];
  const calls: { opened: Passage[]; inserted: string[]; copied: string[]; exported: [string, string][]; logs: string[] } = { opened: [], inserted: [], copied: [], exported: [], logs: [] };
  const host: ChatHostServices = {
    post: (m) => void posted.push(m),
    openPassage: (p) => void calls.opened.push(p),
    insertPlan: (md) => void calls.inserted.push(md),
    copy: (t) => void calls.copied.push(t),
    exportMarkdown: (name, md) => void calls.exported.push([name, md]),
    log: (m) => void calls.logs.push(m),
    ...(planText ? { planText } : {}),
  };
  const newId = () => `${prefix}${++n}`;
  const store = new ChatStore(kv, newId);
  const controller = createChatController({ coach: realCoach, store, host, newId });
  const last = <T extends ToWebview['type']>(type: T) => [...posted].reverse().find((m) => m.type === type) as Extract<ToWebview, { type: T }>;
  return { controller, posted, calls, store, kv, last };
}

describe('chat controller (real engine, real corpus)', () => {
  it('starts a chat on ready and sends names for completion', async () => {
    const { controller, last } = setup();
    await controller.receive({ type: 'ready' });
    const init = last('init');
    assert.equal(init.chat.turns.length, 0);
    assert.ok(init.names.muscles.includes('Soleus'), 'muscle names come from the corpus');
    assert.ok(init.names.exercises.length > 20);
  });

  it('answers a question with citations and keeps it in the chat', async () => {
    const { controller, last, store } = setup();
    await controller.receive({ type: 'ready' });
    await controller.receive({ type: 'ask', requestId: 'r1', text: 'what does the soleus do at mid-stance?' });
    const a = last('answer');
    assert.equal(a.requestId, 'r1');
    assert.equal(a.turn.abstained, false);
    assert.ok(a.turn.citations.some((c) => /soleus/i.test(c.title)));
    assert.match(a.turn.answer, /\[1\]/);
    assert.equal(store.get(a.chatId)?.turns.length, 1);
    assert.match(store.get(a.chatId)!.title, /soleus/);
  });

  it('runs /check, /plan, /help and explains a bad command', async () => {
    const { controller, last } = setup();
    await controller.receive({ type: 'ready' });
    await controller.receive({ type: 'ask', requestId: 'c', text: '/check the soleus is mostly slow-twitch' });
    assert.equal(last('answer').turn.mode, 'check');
    assert.equal(last('answer').turn.verdict, 'supported');
    await controller.receive({ type: 'ask', requestId: 'p', text: '/plan calves, peroneals' });
    const plan = last('answer').turn;
    assert.equal(plan.mode, 'plan');
    assert.ok(plan.citations.length >= 4 && plan.citations.every((c) => c.kind === 'exercise' && c.insertable));
    assert.match(plan.answer, /the calves.*the peroneals/);
    assert.match(plan.block!, /^### Strength and mobility block: calves, peroneals\n/);
    assert.match(plan.block!, /\| Exercise \| Works \| Sets\/reps \| Cue \| Source \|/);
    await controller.receive({ type: 'ask', requestId: 'h', text: '/help' });
    assert.match(last('answer').turn.answer, /\/plan/);
    await controller.receive({ type: 'ask', requestId: 'u', text: '/frobnicate' });
    assert.match(last('answer').turn.answer, /Unknown command/);
  });

  it('drafts a block from a complaint, with filters and the open plan left out, and inserts it whole', async () => {
    const { controller, last, calls } = setup();
    await controller.receive({ type: 'ready' });
    await controller.receive({ type: 'ask', requestId: 'p', text: '/plan weak calves and shin pain' });
    const turn = last('answer').turn;
    assert.match(turn.answer, /the tibialis anterior \(for “shin/, 'shin pain leads to the tibialis anterior');
    assert.ok(turn.citations.some((c) => /toe taps|dorsiflexion/i.test(c.title)));
    // Every row carries the source's own dose, or says none is given: nothing invented.
    const passages = realCoach().passages();
    for (const c of turn.citations) {
      const dose = passages.find((p) => p.id === c.id)!.dose;
      const row = turn.block!.split('\n').find((l) => l.startsWith(`| ${c.title} |`))!;
      assert.ok(row.includes(`| ${dose ?? '—'} |`), row);
    }
    await controller.receive({ type: 'insertTurn', turnId: turn.id });
    assert.equal(calls.inserted[0], turn.block);

    await controller.receive({ type: 'ask', requestId: 'b', text: '/plan peroneals equipment:band' });
    const banded = last('answer').turn;
    assert.ok(banded.citations.length > 0);
    assert.ok(banded.citations.every((c) => !/jump rope|hill/i.test(c.title)));
    await controller.receive({ type: 'ask', requestId: 's', text: '/plan swimming' });
    assert.equal(last('answer').turn.abstained, true);
  });

  it('leaves out exercises the open plan already has', async () => {
    const kv = memoryStore();
    const { controller, last } = setup(kv, () => '### Calf raises\n- 3 sets');
    await controller.receive({ type: 'ask', requestId: 'p', text: '/plan calves' });
    const turn = last('answer').turn;
    assert.ok(!turn.citations.some((c) => c.title === 'Calf raises'));
    assert.match(turn.answer, /calf raises, already in your plan/);
  });

  it('abstains plainly on questions the corpus does not cover', async () => {
    const { controller, last } = setup();
    await controller.receive({ type: 'ask', requestId: 'x', text: 'what is the capital of France?' });
    assert.equal(last('answer').turn.abstained, true);
    assert.match(last('answer').turn.answer, /not in my sources/);
  });

  it('opens a cited passage and inserts an exercise block, but not a muscle', async () => {
    const { controller, calls } = setup();
    await controller.receive({ type: 'openCitation', passageId: 'soleus' });
    assert.equal(calls.opened[0]?.id, 'soleus');
    await controller.receive({ type: 'insertPlan', passageId: 'tip-toe-walking' });
    assert.match(calls.inserted[0], /3 sets of 10-15 feet/);
    await controller.receive({ type: 'insertPlan', passageId: 'soleus' });
    assert.equal(calls.inserted.length, 1);
    assert.match(calls.logs.at(-1)!, /not an exercise/);
  });

  it('drops malformed messages and logs them, acting on nothing', async () => {
    const { controller, posted, calls } = setup();
    for (const m of [null, 'ready', { type: 'ask' }, { type: 'ask', requestId: 1, text: 'x' }, { type: 'run', cmd: 'rm' }]) await controller.receive(m);
    assert.equal(posted.length, 0);
    assert.equal(calls.logs.length, 5);
    assert.ok(calls.logs.every((l) => /dropped a malformed message/.test(l)));
  });

  it('answers hostile text without throwing', async () => {
    const { controller, last } = setup();
    for (const text of ['', '!^\'|=$', '<img src=x onerror=alert(1)>', 'x'.repeat(3000), 'ما هي عضلة النعل؟', '🏃‍♀️🦵']) {
      await controller.receive({ type: 'ask', requestId: 'h', text });
      assert.equal(last('answer').turn.question, text);
    }
  });

  it('keeps history across a restart, lists, searches, deletes and exports it', async () => {
    const kv = memoryStore();
    const first = setup(kv);
    await first.controller.receive({ type: 'ready' });
    await first.controller.receive({ type: 'ask', requestId: 'a', text: 'exercises for weak peroneals' });
    await first.controller.receive({ type: 'newChat' });
    await first.controller.receive({ type: 'ask', requestId: 'b', text: 'what is DOMS?' });

    const second = setup(kv);
    await second.controller.receive({ type: 'ready' });
    assert.equal(second.last('init').chat.turns[0].question, 'what is DOMS?', 'the last chat is reopened');
    await second.controller.receive({ type: 'listChats', query: 'peroneal' });
    const found = second.last('chats').chats;
    assert.equal(found.length, 1);
    await second.controller.receive({ type: 'openChat', chatId: found[0].id });
    assert.equal(second.last('chat').chat.turns[0].question, 'exercises for weak peroneals');
    await second.controller.receive({ type: 'exportChat' });
    const [name, md] = second.calls.exported[0];
    assert.match(name, /^stride-coach-exercises-for-weak-peroneals\.md$/);
    assert.match(md, /^# exercises for weak peroneals/);
    assert.match(md, /\[\^1-1\]/);
    assert.match(md, /^\[\^1-1\]: \*\*.+\*\* \(exercise\), “.+” › /m);
    await second.controller.receive({ type: 'deleteChat', chatId: found[0].id });
    await second.controller.receive({ type: 'listChats' });
    const left = second.last('chats').chats;
    assert.ok(!left.some((c) => c.id === found[0].id), 'the deleted chat is gone');
    assert.ok(left.some((c) => c.title === 'what is DOMS?'), 'the other chat stays');
    assert.equal(second.last('chat').chat.turns.length, 0, 'deleting the open chat shows a fresh one');
  });

  it('ignores damaged stored chats instead of trusting them', () => {
    const kv = memoryStore();
    kv.raw.set('strideCoach.chats', [{ id: 'ok', title: 'fine', created: 1, updated: 1, turns: [] }, { id: 5, turns: 'x' }, null]);
    const { store } = setup(kv);
    assert.deepEqual(store.list().map((c) => c.id), ['ok']);
  });

  it('copies an answer with its sources', async () => {
    const { controller, last, calls } = setup();
    await controller.receive({ type: 'ask', requestId: 'r', text: 'what does the soleus do at mid-stance?' });
    await controller.receive({ type: 'copyAnswer', turnId: last('answer').turn.id });
    assert.match(calls.copied[0], /\[1\] .+: “.+” › /);
  });

  it('exports footnotes only for markers that have a citation', () => {
    const md = chatToMarkdown({
      id: 'c', title: 'T', created: 0, updated: 0,
      turns: [{ id: 't', question: 'q', mode: 'ask', answer: 'A [1] and [7].', abstained: false, citations: [{ n: 1, id: 'soleus', title: 'Soleus', kind: 'muscle', excerpt: 'E.', score: 1, source: { file: 'f.txt', section: 'S > T' } }], followUps: [], tookMs: 0, at: 0 }],
    });
    assert.match(md, /A \[\^1-1\] and \[7\]\./);
    assert.match(md, /\[\^1-1\]: \*\*Soleus\*\* \(muscle\), f\.txt › S › T\. E\./);
  });
});

describe('chat controller: an answer that cannot be delivered (issue 13)', () => {
  it('a 35 KB paragraph and a 2,000-character heading: bounded answers, nothing stored lost, no endless wait', async () => {
    const { createCoach } = await import('../../src/engine/coach');
    const { loadBuiltinCorpus } = await import('../../src/node/builtin');
    const { CORPUS_FILE } = await import('../helpers');
    const { parseToWebview } = await import('../../src/protocol/messages');
    const para = Array.from({ length: 1000 }, () => 'soleus calf endurance hill repeats').join(' ');
    const coach = createCoach({ corpus: loadBuiltinCorpus(CORPUS_FILE), documents: [{ path: 'para/p.md', content: `# ${'Calf notes '.repeat(200)}\n\n${para}.\n` }] });
    const kv = memoryStore();
    const posted: ToWebview[] = [];
    let n = 0;
    const host: ChatHostServices = { post: (m) => void posted.push(m), openPassage: () => {}, insertPlan: () => {}, copy: () => {}, exportMarkdown: () => {}, log: () => {} };
    const store = new ChatStore(kv, () => `big-${++n}`);
    const controller = createChatController({ coach: () => coach, store, host, newId: () => `big-${++n}` });
    await controller.receive({ type: 'ready' });
    for (const [i, q] of ['what does the soleus do at mid-stance?', 'soleus calf endurance hill repeats', 'tell me about calf endurance hill repeats', 'hill repeats'].entries()) {
      await controller.receive({ type: 'ask', requestId: `r${i}`, text: q });
      const reply = posted.filter((m) => (m.type === 'answer' || m.type === 'failed') && m.requestId === `r${i}`);
      assert.equal(reply.length, 1, `request r${i} is answered or failed, never left waiting`);
      assert.ok(parseToWebview(reply[0]).ok, 'what is sent passes the protocol');
    }
    const chatId = [...posted].reverse().find((m) => m.type === 'answer')!.type === 'answer' ? (posted.find((m) => m.type === 'answer') as Extract<ToWebview, { type: 'answer' }>).chatId : '';
    const reloaded = new ChatStore(kv, () => 'other');
    assert.equal(reloaded.get(chatId)?.turns.length, 4, 'after a reload, all four turns are there');
  });

  it('a question whose handling fails ends its wait with a `failed` message', async () => {
    const kv = memoryStore();
    const posted: ToWebview[] = [];
    const host: ChatHostServices = { post: (m) => void posted.push(m), openPassage: () => {}, insertPlan: () => {}, copy: () => {}, exportMarkdown: () => {}, log: () => {} };
    const broken = { ...realCoach(), ask: () => { throw new Error('engine exploded'); } };
    const controller = createChatController({ coach: () => broken, store: new ChatStore(kv, () => 'f1'), host, newId: () => `f-${Math.random()}` });
    await controller.receive({ type: 'ask', requestId: 'boom', text: 'what does the soleus do?' });
    const failed = posted.find((m) => m.type === 'failed');
    assert.ok(failed && failed.type === 'failed' && failed.requestId === 'boom');
  });
});
