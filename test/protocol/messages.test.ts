import { strict as assert } from 'node:assert';
import { MAX_TEXT, parseToHost, parseToWebview } from '../../src/protocol/messages';

describe('message protocol validation', () => {
  it('accepts every well-formed webview message', () => {
    const good = [
      { type: 'ready' },
      { type: 'ask', requestId: 'r1', text: 'what does the soleus do?' },
      { type: 'ask', requestId: 'r2', text: '' },
      { type: 'openCitation', passageId: 'soleus' },
      { type: 'insertPlan', passageId: 'eccentric-heel-drops' },
      { type: 'copyAnswer', turnId: 't1' },
      { type: 'newChat' },
      { type: 'openChat', chatId: 'c1' },
      { type: 'deleteChat', chatId: 'c1' },
      { type: 'listChats' },
      { type: 'listChats', query: 'soleus' },
      { type: 'exportChat' },
    ];
    for (const m of good) assert.ok(parseToHost(m).ok, JSON.stringify(m));
  });

  it('rejects unknown types, wrong field types, missing fields and non-objects, saying where', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'ask',
      42,
      [],
      {},
      { type: 'eval', code: 'alert(1)' },
      { type: 'ask', text: 'no request id' },
      { type: 'ask', requestId: 7, text: 'x' },
      { type: 'ask', requestId: 'r', text: { toString: 'x' } },
      { type: 'ask', requestId: '', text: 'empty id' },
      { type: 'openCitation' },
      { type: 'openCitation', passageId: ['a'] },
      { type: 'ask', requestId: 'r', text: 'x'.repeat(MAX_TEXT * 4 + 1) },
    ];
    for (const m of bad) {
      const r = parseToHost(m);
      assert.equal(r.ok, false, JSON.stringify(m)?.slice(0, 80));
      if (!r.ok) assert.match(r.reason, /\S/);
    }
    const r = parseToHost({ type: 'ask', requestId: 7, text: 'x' });
    assert.ok(!r.ok && /requestId/.test(r.reason), 'the reason names the bad field');
  });

  it('validates host messages the webview receives', () => {
    const turn = { id: 't', question: 'q', mode: 'ask', answer: 'a [1]', abstained: false, citations: [], followUps: [], tookMs: 1, at: 0 };
    assert.ok(parseToWebview({ type: 'answer', requestId: 'r', chatId: 'c', chatTitle: 'T', turn }).ok);
    assert.equal(parseToWebview({ type: 'answer', requestId: 'r', chatId: 'c', turn }).ok, false, 'the chat title is required');
    assert.equal(parseToWebview({ type: 'answer', requestId: 'r', chatId: 'c', chatTitle: 'T', turn: { ...turn, mode: 'shell' } }).ok, false);
    assert.equal(parseToWebview({ type: 'answer', requestId: 'r', chatId: 'c', chatTitle: 'T', turn: { ...turn, citations: 'x' } }).ok, false);
    assert.equal(parseToWebview({ type: 'notice', level: 'fatal', message: 'x' }).ok, false);
    assert.equal(parseToWebview({ type: 'bogus' }).ok, false);
  });
});
