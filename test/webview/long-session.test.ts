/// <reference lib="dom" />
/**
 * A long session in the chat webview (browser shim, real controller and engine): a thousand
 * questions in one chat. The log renders only the latest turns, "Show earlier" pages in more,
 * a new answer still renders at once, and the state the webview saves stays small.
 */
import * as assert from 'node:assert/strict';
import { MAX_TURNS } from '../../src/chat/store';
import { TURN_PAGE, TURN_WINDOW } from '../../webview/src/chat-view';
import { STATE_TURNS } from '../../webview/src/state';
import { chromiumSuite } from './panel';

const BASE = [
  'what does the soleus do at mid-stance?',
  'exercises for weak peroneals?',
  'is heel striking superior?',
  'what happens when the glutes are weak?',
  'what does the TFL do?',
  'hamstring exercises',
  'what is the achilles tendon for?',
  'calf raises dose',
];
const TURNS = 1000;
const question = (i: number) => `${BASE[i % BASE.length]} (question ${i + 1})`;

/**
 * Sends the questions as typed (Enter in the box), a batch at a time, waiting for a batch's
 * answers before the next, all inside the page. A string: tsx would wrap named helpers in a
 * __name() the page does not have.
 */
const SEND_ALL = `async (questions, batch) => {
  const input = document.querySelector('#question');
  const started = performance.now();
  for (let at = 0; at < questions.length; at += batch) {
    const texts = questions.slice(at, at + batch);
    const answered = new Promise((resolve) => {
      let left = texts.length;
      const listener = (e) => {
        if (e.data && e.data.type === 'answer' && --left === 0) {
          window.removeEventListener('message', listener);
          resolve();
        }
      };
      window.addEventListener('message', listener);
    });
    for (const text of texts) {
      input.value = text;
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    }
    await answered;
  }
  return performance.now() - started;
}`;

/** Asks one question and times it from Enter to its answer in the log, in the page. */
const TIME_ONE = `async (text) => {
  const input = document.querySelector('#question');
  const log = document.querySelector('.log');
  const before = log.querySelectorAll('.turn:not(.pending)').length;
  const seen = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const turns = log.querySelectorAll('.turn:not(.pending)');
      const last = turns[turns.length - 1];
      if (!log.querySelector('.turn.pending') && last && last.querySelector('.question-text').textContent === text) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(log, { childList: true, subtree: true });
  });
  input.value = text;
  const started = performance.now();
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  const ended = await seen;
  return { ms: ended - started, before };
}`;

describe('a long session in the chat webview (browser shim, real engine)', function () {
  this.timeout(180_000);
  const { panelTest } = chromiumSuite();

  panelTest(`${TURNS} questions in one chat: ${TURN_WINDOW} turns rendered, “Show earlier” pages in more, the next answer renders at once, the saved state stays small`, async (panel) => {
    const questions = Array.from({ length: TURNS }, (_, i) => question(i));
    const tookMs = await panel.page.evaluate(`(${SEND_ALL})(${JSON.stringify(questions)}, 25)`);
    console.log(`      (${TURNS} questions asked and answered in ${Math.round(Number(tookMs))} ms)`);
    const log = panel.page.locator('.log');
    const rendered = () => log.locator('.turn:not(.pending)').count();
    const firstShown = () => log.locator('.turn:not(.pending) .question-text').first().textContent();

    assert.equal(await rendered(), TURN_WINDOW, 'only the latest turns are in the DOM');
    // However long the log, the page itself never scrolls (the toolbar and the box stay put).
    assert.deepEqual(await panel.page.evaluate(() => [document.scrollingElement!.scrollTop, document.scrollingElement!.scrollHeight - document.scrollingElement!.clientHeight]), [0, 0]);
    assert.equal(await firstShown(), question(TURNS - TURN_WINDOW));
    assert.equal(await log.locator('.turn:not(.pending) .question-text').last().textContent(), question(TURNS - 1));
    const earlier = panel.page.locator('.earlier');
    assert.equal(await earlier.getAttribute('data-hidden'), String(TURNS - TURN_WINDOW));
    assert.equal((await earlier.locator('vscode-button.show-earlier').innerText()).trim(), `Show ${TURN_PAGE} earlier questions`);

    // One more question: rendered at once (the target is under 500 ms; only a slowdown by an order
    // of magnitude fails here, a busy machine cannot reach it), and the log does not grow.
    const next = 'what does the soleus do at mid-stance? (one more)';
    const { ms } = (await panel.page.evaluate(`(${TIME_ONE})(${JSON.stringify(next)})`)) as { ms: number };
    console.log(`      (question ${TURNS + 1} rendered ${ms.toFixed(0)} ms after Enter, with ${TURNS} turns before it)`);
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms from Enter to the answer on screen`);
    assert.equal(await rendered(), TURN_WINDOW);
    assert.equal(await firstShown(), question(TURNS + 1 - TURN_WINDOW));
    assert.ok((await panel.page.locator('.turn').count()) <= 60);

    // The saved state holds the chat's id and latest turns only, whatever the chat's length.
    const saved = await panel.page.evaluate(() => sessionStorage.getItem('strideCoach.webviewState') ?? '');
    const state = JSON.parse(saved) as { chat: { id: string; turns: { question: string }[] } };
    assert.equal(state.chat.turns.length, STATE_TURNS);
    assert.equal(state.chat.turns.at(-1)?.question, next);
    assert.ok(saved.length < 150_000, `saved state is ${saved.length} characters`);

    // "Show earlier" pages in the previous turns above, keeping the view where it was.
    await log.evaluate((el) => (el.scrollTop = 0));
    const anchorId = await log.locator('.turn:not(.pending)').first().getAttribute('data-turn-id');
    const anchor = log.locator(`.turn[data-turn-id="${anchorId}"]`);
    const anchorTop = await anchor.evaluate((el) => el.getBoundingClientRect().top);
    await earlier.locator('vscode-button.show-earlier').click();
    assert.equal(await rendered(), TURN_WINDOW + TURN_PAGE);
    assert.equal(await firstShown(), question(TURNS + 1 - TURN_WINDOW - TURN_PAGE));
    const afterTop = await anchor.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(Math.abs(afterTop - anchorTop) < 2, `what was on screen stays put (${anchorTop} → ${afterTop}, scrollTop ${await log.evaluate((el) => el.scrollTop)})`);
    assert.equal(await earlier.getAttribute('data-hidden'), String(TURNS + 1 - TURN_WINDOW - TURN_PAGE));

    // A reload brings the chat back from the host (which keeps its latest MAX_TURNS), paged as before.
    await panel.page.reload();
    await panel.waitForHost();
    await panel.page.waitForFunction((n) => document.querySelectorAll('.log .turn:not(.pending)').length === n && !document.querySelector('.earlier')?.hasAttribute('hidden'), TURN_WINDOW + TURN_PAGE);
    assert.equal(await earlier.getAttribute('data-hidden'), String(MAX_TURNS - TURN_WINDOW - TURN_PAGE));
    assert.equal(await log.locator('.turn:not(.pending) .question-text').last().textContent(), next);

    // Another chat starts with an empty log; going back to this one starts from its latest turns.
    await panel.page.locator('vscode-toolbar-button[label="New chat"]').click();
    await panel.page.locator('.welcome').waitFor();
    assert.equal(await earlier.isHidden(), true);
    await panel.page.locator('vscode-toolbar-button[label="Show chat history"]').click();
    await panel.page.locator('.history-item').nth(1).locator('.history-open').click();
    await panel.page.waitForFunction((n) => document.querySelectorAll('.log .turn:not(.pending)').length === n, TURN_WINDOW);
  });
});
