/// <reference lib="dom" />
/**
 * The chat webview in real Chromium, hosted by the browser shim: the page HTML and CSP from
 * webview/html.ts, the built dist/webview bundle, and the real chat controller and engine on the
 * prebuilt corpus. Expected content comes from the same engine run in Node (test/helpers), never
 * from copied answers. Every test ends by checking there was no CSP violation, page error or
 * console error.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatPlanBlock } from '../../src/chat/plan-block';
import { completeInput, SLASH_COMMANDS } from '../../src/chat/slash';
import type { Passage } from '../../src/engine/types';
import { keepScreenshot, realCoach, ROOT } from '../helpers';
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumSuite, SIDEBAR } from './panel';

const SOLEUS_QUESTION = 'what does the soleus do at mid-stance?';

/** The answer's words as the page shows them: Markdown emphasis and [n] markers dropped. */
function visibleWords(markdown: string): string {
  return markdown.replace(/\[\d+\]/g, '').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

function firstSentence(markdown: string): string {
  return visibleWords(markdown.split('\n')[0]).split(/(?<=\.)\s/)[0];
}

describe('chat webview in Chromium (browser shim, real engine)', function () {
  this.timeout(60_000);
  // The shared harness: shim built, page served and Chromium started once; each test on a fresh
  // panel that must end with no CSP violation, page error or console error.
  const { panelTest, url } = chromiumSuite();

  panelTest('answers a typed question with its cited passages, and is photographed doing so', async (panel) => {
    const expected = realCoach().ask(SOLEUS_QUESTION);
    assert.equal(expected.abstained, false, 'premise: the engine answers this question');

    await panel.input.fill(SOLEUS_QUESTION);
    await panel.input.press('Enter');
    // The host is slowed down (hostDelayMs, below): the question shows at once, with a busy
    // indicator, before the answer.
    const pending = panel.page.locator('.log .turn.pending');
    assert.equal(await pending.locator('.question-text').innerText(), SOLEUS_QUESTION);
    assert.equal(await pending.locator('.busy-text').isVisible(), true);
    assert.equal(await pending.getAttribute('aria-busy'), 'true');
    const turn = panel.answeredTurns.first();
    await turn.waitFor();
    assert.equal(await pending.count(), 0);
    assert.equal(await turn.locator('.question-text').innerText(), SOLEUS_QUESTION);

    const answer = turn.locator('.answer');
    assert.ok((await answer.innerText()).includes(firstSentence(expected.answer)), 'the engine’s answer is rendered');
    assert.equal(await answer.locator('strong').count() > 0, /\*\*/.test(expected.answer), 'Markdown bold is rendered, not shown as asterisks');
    assert.ok(!(await answer.innerText()).includes('**'));
    const marker = answer.locator('button.cite[data-cite="1"]');
    assert.equal(await marker.count(), 1, 'marker [1] is a button');
    assert.equal(await marker.getAttribute('aria-label'), `Source 1: ${expected.citations[0].title}`);

    const titles = await turn.locator('.citation .citation-title').allInnerTexts();
    assert.deepEqual(titles, expected.citations.map((c) => c.title));
    assert.ok(titles.some((t) => /soleus/i.test(t)), `a citation about the soleus among ${titles.join(' | ')}`);
    const first = turn.locator('.citation').first();
    assert.equal(await first.locator('.citation-kind').textContent(), expected.citations[0].kind);
    assert.ok((await first.locator('.citation-source').innerText()).includes(expected.citations[0].source.title ?? expected.citations[0].source.file));
    assert.equal(await first.locator('.citation-excerpt').textContent(), expected.citations[0].excerpt);

    // The README's screenshot (refreshed by `npm run screenshots`), so it shows the real panel.
    await panel.page.evaluate(() => document.fonts.ready.then(() => true));
    await panel.page.locator('.log').evaluate((log) => (log.scrollTop = 0));
    const shot = path.join(ROOT, 'test-results', 'webview-panel.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await panel.page.screenshot({ path: shot });
    keepScreenshot(shot, 'screenshot-panel.png');
  }, '?hostDelayMs=800');

  it('shows a loading state from the page’s HTML at once, before its script has loaded, and the chat replaces it', async () => {
    const browser = await chromium.launch(CHROMIUM);
    try {
      const page = await browser.newPage({ viewport: SIDEBAR });
      // The chat's script held back: what the view shows meanwhile comes from the HTML alone.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route('**/webview/main.js', async (route) => {
        await held;
        await route.continue();
      });
      const loaded = page.goto(url());
      const loading = page.locator('.boot-loading');
      await loading.waitFor({ state: 'visible' });
      assert.equal(await loading.getAttribute('role'), 'status');
      assert.equal((await loading.innerText()).trim(), 'Loading Stride Coach…');
      release();
      await loaded;
      await page.locator('.welcome vscode-button.example').first().waitFor();
      assert.equal(await page.locator('.boot-loading').count(), 0, 'the chat replaced it');
    } finally {
      await browser.close();
    }
  });

  panelTest('a citation marker leads to its passage, and the passage opens in the host', async (panel) => {
    const expected = realCoach().ask(SOLEUS_QUESTION);
    const turn = await panel.ask(SOLEUS_QUESTION);
    const n = expected.citations.length;
    assert.ok(n >= 2, 'premise: several citations');

    // Keyboard: Enter on marker [n] moves focus to citation n.
    await turn.locator(`button.cite[data-cite="${n}"]`).focus();
    await panel.page.keyboard.press('Enter');
    const item = turn.locator(`li.citation[data-n="${n}"]`);
    assert.match((await item.getAttribute('class')) ?? '', /\bflash\b/);
    assert.equal(await item.locator('.citation-open').evaluate((el) => el === document.activeElement), true);

    assert.match((await item.getAttribute('class')) ?? '', /\bhighlighted\b/, 'the card stays marked');
    assert.equal(await panel.eventsOf('openPassage').then((e) => e.length), 0, 'the first activation only shows the card');

    await panel.page.keyboard.press('Enter');
    await turn.locator('li.citation[data-n="1"] .citation-open').click();

    // Mouse: a click on marker [1] scrolls to and highlights card 1 (and unmarks card n); a second click opens it.
    const marker1 = turn.locator('button.cite[data-cite="1"]').first();
    await marker1.click();
    assert.match((await turn.locator('li.citation[data-n="1"]').getAttribute('class')) ?? '', /\bhighlighted\b/);
    assert.doesNotMatch((await item.getAttribute('class')) ?? '', /\bhighlighted\b/);
    assert.equal(await panel.eventsOf('openPassage').then((e) => e.length), 2);
    await marker1.click();
    const opened = await panel.waitForEvents('openPassage', 3);
    assert.deepEqual(
      opened.map((e) => [e.passageId, e.title]),
      [expected.citations[n - 1], expected.citations[0], expected.citations[0]].map((c) => [c.id, c.title]),
    );
    const asked = (await panel.received()).filter((m) => m.type === 'openCitation');
    assert.deepEqual(asked, [expected.citations[n - 1], expected.citations[0], expected.citations[0]].map((c) => ({ type: 'openCitation', passageId: c.id })));
  });

  panelTest('a follow-up suggestion asks the next question', async (panel) => {
    const expected = realCoach().ask(SOLEUS_QUESTION);
    assert.ok(expected.followUps.length > 0, 'premise: the engine suggests follow-ups');
    const turn = await panel.ask(SOLEUS_QUESTION);
    const followUp = turn.locator('vscode-button.followup').first();
    assert.equal((await followUp.innerText()).trim(), expected.followUps[0]);

    const second = await panel.sendAndWait(() => followUp.click());
    assert.equal(await second.locator('.question-text').innerText(), expected.followUps[0]);
    const secondExpected = realCoach().ask(expected.followUps[0]);
    assert.ok((await second.locator('.answer').innerText()).includes(firstSentence(secondExpected.answer)));
    assert.equal(await panel.answeredTurns.count(), 2);
  });

  panelTest('/exercise gives exercise citations that insert a Markdown block into the plan', async (panel) => {
    const turn = await panel.ask('/exercise peroneals');
    const expected = realCoach().ask('Exercises for the peroneals');
    const exercise = expected.citations.find((c) => c.kind === 'exercise');
    assert.ok(exercise, 'premise: the engine cites an exercise for the peroneals');

    const item = turn.locator(`li.citation[data-passage="${exercise.id}"]`);
    assert.equal(await item.locator('.citation-kind').textContent(), 'exercise');
    const insert = item.locator('vscode-button.insert-plan');
    assert.equal((await insert.innerText()).trim(), 'Insert into plan');
    await insert.click();

    const passages = realCoach().passages();
    const lookup = (id: string): Passage | undefined => passages.find((p) => p.id === id);
    const [inserted] = await panel.waitForEvents('insertPlan');
    assert.equal(inserted?.passageId, exercise.id);
    assert.equal(inserted.markdown, formatPlanBlock(lookup(exercise.id)!, lookup));
    assert.match(inserted.markdown, new RegExp(`^### ${exercise.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));

    // Non-exercise citations offer no insert.
    const others = expected.citations.filter((c) => c.kind !== 'exercise');
    for (const c of others) assert.equal(await turn.locator(`li.citation[data-passage="${c.id}"] .insert-plan`).count(), 0);
  });

  panelTest('slash commands complete in the input from the keyboard', async (panel) => {
    const [init] = await panel.sent('init');
    const list = panel.page.locator('#completions');
    const options = list.locator('[role=option]');

    await panel.input.fill('/ex');
    await list.waitFor();
    const exercise = SLASH_COMMANDS.find((c) => c.name === 'exercise')!;
    assert.deepEqual(await options.locator('.completion-name').allInnerTexts(), ['/exercise']);
    assert.equal(await options.first().locator('.completion-description').innerText(), exercise.description);
    assert.equal(await options.first().getAttribute('aria-selected'), 'true');
    assert.equal(await panel.input.getAttribute('aria-activedescendant'), await options.first().getAttribute('id'));

    await panel.input.press('Tab');
    assert.equal(await panel.input.inputValue(), '/exercise ');
    // Now the argument: muscle names from the host's init.
    assert.deepEqual(await options.allInnerTexts(), completeInput('/exercise ', init.names));
    await panel.input.pressSequentially('pero');
    const expected = completeInput('/exercise pero', init.names);
    assert.ok(expected.length > 0, 'premise: a muscle name starts with "pero"');
    assert.deepEqual(await options.allInnerTexts(), expected);
    assert.equal(await panel.input.getAttribute('aria-activedescendant'), null, 'names are offered, not preselected');
    await panel.input.press('ArrowDown');
    assert.equal(await options.first().getAttribute('aria-selected'), 'true');
    await panel.input.press('Enter');
    assert.equal(await panel.input.inputValue(), expected[0]);
    assert.equal(await panel.answeredTurns.count(), 0, 'Enter on a completion accepts it, it does not send');

    await panel.input.fill('/');
    assert.deepEqual(await options.locator('.completion-name').allInnerTexts(), SLASH_COMMANDS.map((c) => `/${c.name}`));
    await panel.input.press('Escape');
    assert.equal(await list.isHidden(), true);
    assert.equal(await panel.input.inputValue(), '/');
    await panel.input.fill('');
  });

  panelTest('a /check answer shows its verdict as a badge; an abstention says it is not in the sources', async (panel) => {
    const claim = 'the soleus is mostly fast-twitch';
    const verdict = realCoach().check(claim).verdict;
    const checked = await panel.ask(`/check ${claim}`);
    const badge = checked.locator('vscode-badge.verdict');
    assert.equal((await badge.innerText()).trim().toLowerCase(), verdict);
    assert.match((await badge.getAttribute('class')) ?? '', new RegExp(`verdict-${verdict}`));

    const offTopic = 'what is the best mattress for a bad back?';
    assert.equal(realCoach().ask(offTopic).abstained, true, 'premise: the engine abstains');
    const abstained = await panel.ask(offTopic);
    assert.match((await abstained.locator('.reply').getAttribute('class')) ?? '', /\babstained\b/);
    assert.equal((await abstained.locator('.abstained-label').textContent())?.trim(), 'Not in my sources');
    assert.equal(await abstained.locator('.citation').count(), 0);
  });

  panelTest('copy and export go to the host with the answer', async (panel) => {
    const turn = await panel.ask(SOLEUS_QUESTION);
    const [answer] = await panel.sent('answer');
    await turn.locator('vscode-toolbar-button.copy-answer').click();
    await panel.page.locator('vscode-toolbar-button[label="Export chat as Markdown"]').click();
    const [copied] = await panel.waitForEvents('copy');
    assert.ok(copied?.text.startsWith(answer.turn.answer), 'the copied text is the answer, then its sources');
    assert.ok(copied.text.includes(`[1] ${answer.turn.citations[0].title}`));
    const [exported] = await panel.waitForEvents('exportMarkdown');
    assert.match(exported?.name ?? '', /^stride-coach-.+\.md$/);
    assert.ok(exported.markdown.includes(SOLEUS_QUESTION));
  });

  panelTest('a reload restores the chat at once, and the history lists, searches and deletes chats', async (panel) => {
    const soleus = await panel.ask(SOLEUS_QUESTION);
    const soleusAnswer = await soleus.locator('.answer').innerText();
    await panel.page.locator('vscode-toolbar-button[label="New chat"]').click();
    await panel.page.locator('.welcome').waitFor();
    const peronealQuestion = 'exercises for weak peroneals?';
    await panel.ask(peronealQuestion);
    assert.ok(!realCoach().ask(SOLEUS_QUESTION).answer.toLowerCase().includes('eversion'), 'premise: only one chat mentions eversion');

    // A half-typed question and a scrolled log are part of the saved state too.
    const log = panel.page.locator('.log');
    assert.ok(await log.evaluate((el) => el.scrollHeight > el.clientHeight + 150), 'premise: the chat is taller than the panel');
    await log.evaluate((el) => (el.scrollTop = 150));
    await panel.input.fill('half-typed question');

    // Reload with the host held back for a minute: the saved state must show the chat before the
    // host answers (the shim records a message only once it is posted, so no init yet proves it).
    await panel.page.goto(`${url()}?hostDelayMs=60000`);
    await panel.page.locator('.log .turn .question-text').first().waitFor({ timeout: 20_000 });
    assert.equal(await panel.page.locator('.log .turn .question-text').first().innerText(), peronealQuestion);
    assert.equal(await panel.input.inputValue(), 'half-typed question');
    await panel.page.waitForFunction(() => document.querySelector('.log')?.scrollTop === 150, undefined, { timeout: 20_000 });
    assert.equal((await panel.sent('init')).length, 0, 'all of it before the host’s init');
    await panel.input.fill('');
    await panel.page.goto(url());
    await panel.waitForHost();

    // A new page (no saved state) gets the chats from the host's store.
    const fresh = await panel.openSibling(url());
    assert.equal(await fresh.page.locator('.log .turn .question-text').first().innerText(), peronealQuestion);
    await fresh.page.locator('vscode-toolbar-button[label="Show chat history"]').click();
    const rows = fresh.page.locator('.history-item');
    await rows.nth(1).waitFor();
    assert.deepEqual(await rows.locator('.history-chat-title').allInnerTexts(), [peronealQuestion, SOLEUS_QUESTION]);

    const search = fresh.page.locator('vscode-textfield.history-search input');
    await search.fill('eversion');
    await fresh.page.waitForFunction(() => document.querySelectorAll('.history-item').length === 1);
    assert.deepEqual(await rows.locator('.history-chat-title').allInnerTexts(), [peronealQuestion]);
    await search.fill('no such words at all');
    await fresh.page.locator('.history-empty', { hasText: 'No chats match' }).waitFor();
    assert.equal(await rows.count(), 0);
    await search.fill('');
    await rows.nth(1).waitFor();

    // Open the soleus chat from the list, then delete it.
    await rows.filter({ hasText: SOLEUS_QUESTION }).locator('.history-open').click();
    await fresh.page.locator('.log .answer').first().waitFor();
    assert.equal(await fresh.page.locator('.log .answer').first().innerText(), soleusAnswer);
    await fresh.page.locator('vscode-toolbar-button[label="Show chat history"]').click();
    await rows.filter({ hasText: SOLEUS_QUESTION }).locator('vscode-toolbar-button.history-delete').click();
    await rows.filter({ hasText: SOLEUS_QUESTION }).waitFor({ state: 'detached' });
    // Deleting the open chat leaves a fresh empty one open, listed too.
    assert.deepEqual(await rows.locator('.history-chat-title').allInnerTexts(), ['New chat', peronealQuestion]);
    assert.equal(await fresh.page.locator('.log .turn').count(), 0);
    const stored = await fresh.page.evaluate(() => localStorage.getItem('strideCoach.chats') ?? '');
    assert.ok(!stored.includes(SOLEUS_QUESTION), 'the deleted chat is gone from storage');
    assert.deepEqual(await fresh.problems(), []);
  });

  panelTest('hostile input is shown as text and nothing runs', async (panel) => {
    const hostile = [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=1</script> soleus?',
      `${'calf '.repeat(599)}calf!`, // 3,000 characters
      "!^'|=$",
      'ما هي وظيفة العضلة النعلية أثناء الجري؟',
      'מה עושה הסולאוס בריצה?',
      '🏃‍♀️ calves 💪 or glutes? 🦵',
      '**not bold** [1] `x` [click](javascript:window.__pwned=1)',
    ];
    assert.equal(hostile[2].length, 3000);
    for (const text of hostile) {
      const turn = await panel.ask(text);
      assert.equal(await turn.locator('.question-text').textContent(), text, 'the question is shown exactly as typed');
      assert.equal(await turn.locator('.question-text *').count(), 0, 'no markup from the question');
    }
    assert.equal(await panel.pwned(), undefined);
    assert.equal(await panel.page.locator('.log img, .log script, .log iframe, .log svg').count(), 0);
    assert.equal(await panel.answeredTurns.count(), hostile.length);
    assert.equal(await panel.page.locator('.log .question-text').first().getAttribute('dir'), 'auto', 'right-to-left questions read in their own direction');
  });

  panelTest('malformed host messages are dropped with a warning and change nothing', async (panel) => {
    const [init] = await panel.sent('init');
    const chatId = init.chat.id;
    const malformed: unknown[] = [
      { type: 'bogus' },
      { type: 'answer', requestId: 42, chatId: null, turn: 'not a turn' },
      // Right shape, wrong field types: would render as a turn if only the type were checked.
      { type: 'answer', requestId: 'r1', chatId, turn: { id: 't1', question: 'q', mode: 'ask', answer: 12, abstained: 'no', citations: 'none', followUps: [], tookMs: 1, at: 0 } },
      { type: 'notice', level: 'fatal', message: 'not a level' },
      { type: 'chat', chat: { id: '', title: 'x', created: 0, updated: 0, turns: [] } },
      '<img src=x onerror="window.__pwned=1">',
      null,
    ];
    // A valid message last: once it shows, everything before it has been handled.
    const sentinel = { type: 'notice', level: 'info', message: 'sentinel notice' };
    // No named helpers inside: tsx would wrap them in a __name() the page does not have.
    await panel.page.evaluate((messages) => {
      for (const m of messages) window.postMessage(m, '*');
    }, [...malformed, sentinel]);
    await panel.page.locator('.notice', { hasText: 'sentinel notice' }).waitFor();
    assert.equal(await panel.page.locator('.notice').count(), 1);
    assert.equal(await panel.page.locator('.log .turn').count(), 0);
    assert.equal(await panel.page.locator('.welcome').count(), 1, 'the empty chat is still shown');
    assert.equal(await panel.pwned(), undefined);
    const dropped = panel.consoleWarnings.filter((w) => w.includes('dropped a malformed host message'));
    assert.equal(dropped.length, malformed.length, panel.consoleWarnings.join('\n'));
  });

  panelTest('an answer the view cannot show stops the spinner with a notice, and costs no stored turn (issue 13)', async (panel) => {
    await panel.waitForHost();
    await panel.input.fill(SOLEUS_QUESTION);
    await panel.input.press('Enter');
    await panel.page.locator('.log .turn.pending').waitFor();
    const [ask] = (await panel.received()).filter((m) => m.type === 'ask');
    const [init] = await panel.sent('init');
    // An answer over the protocol's 16,000 characters, as a 35 KB paragraph once made.
    const turn = { id: 'huge', question: SOLEUS_QUESTION, mode: 'ask', answer: 'soleus calf endurance hill repeats '.repeat(1008), abstained: false, citations: [], followUps: [], tookMs: 1, at: 0 };
    await panel.page.evaluate((m) => window.postMessage(m, '*'), { type: 'answer', requestId: ask.requestId, chatId: init.chat.id, chatTitle: 'x', turn });
    await panel.page.locator('.log .turn.pending').waitFor({ state: 'detached', timeout: 2000 });
    assert.match((await panel.page.locator('.notice').textContent()) ?? '', /could not be shown/);
    assert.equal(await panel.page.locator('[aria-busy="true"]').count(), 0, 'nothing is busy any more');
  }, '?hostDelayMs=4000');

  panelTest('the host can ask on the user’s behalf and show notices', async (panel) => {
    // "Ask about selection" in the editor arrives as askText: put in the box and sent.
    const turn = await panel.sendAndWait(() =>
      panel.page.evaluate((text) => window.postMessage({ type: 'askText', text }, '*'), SOLEUS_QUESTION),
    );
    assert.equal(await turn.locator('.question-text').innerText(), SOLEUS_QUESTION);
    assert.deepEqual((await panel.received()).filter((m) => m.type === 'ask').map((m) => m.text), [SOLEUS_QUESTION]);

    // Asking to export an empty chat makes the real controller send an info notice.
    await panel.page.locator('vscode-toolbar-button[label="New chat"]').click();
    await panel.page.locator('.welcome').waitFor();
    await panel.page.locator('vscode-toolbar-button[label="Export chat as Markdown"]').click();
    const shown = panel.page.locator('.notice');
    await shown.waitFor();
    const [notice] = await panel.sent('notice');
    assert.equal(await shown.locator('.notice-text').innerText(), notice?.message ?? '(no notice sent)');
    assert.equal(await shown.getAttribute('role'), 'status');
    await panel.page.evaluate(() => window.postMessage({ type: 'notice', level: 'error', message: 'Something broke' }, '*'));
    const error = panel.page.locator('.notice-error');
    await error.waitFor();
    assert.equal(await error.getAttribute('role'), 'alert', 'errors interrupt; information waits');
    await error.locator('vscode-toolbar-button[label="Dismiss"]').click();
    await error.waitFor({ state: 'detached' });
    assert.equal(await panel.page.locator('.notice').count(), 1);
  });

  panelTest('works from the keyboard alone', async (panel) => {
    const focusedId = () => panel.page.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 20 && (await focusedId()) !== 'question'; i++) await panel.page.keyboard.press('Tab');
    assert.equal(await focusedId(), 'question', 'Tab reaches the question box');
    // Focus is visible: the box draws the theme's focus border.
    assert.equal(await panel.page.locator('.input-row').evaluate((el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineColor}`), 'solid rgb(0, 120, 212)');

    await panel.page.keyboard.type('what does the soleus do');
    await panel.page.keyboard.press('Shift+Enter');
    await panel.page.keyboard.type('at mid-stance?');
    assert.equal(await panel.input.inputValue(), 'what does the soleus do\nat mid-stance?');
    const turn = await panel.sendAndWait(() => panel.page.keyboard.press('Enter'));
    assert.equal(await turn.locator('.question-text').textContent(), 'what does the soleus do\nat mid-stance?');
    assert.equal(await panel.input.inputValue(), '');
    assert.equal(await focusedId(), 'question', 'focus stays in the box for the next question');

    await panel.page.keyboard.press('ArrowUp');
    assert.equal(await panel.input.inputValue(), 'what does the soleus do\nat mid-stance?', 'Up recalls the last question');
    await panel.page.keyboard.press('ArrowDown');
    assert.equal(await panel.input.inputValue(), '');

    // Shift+Tab walks back into the answer: the copy button is the last control of the turn.
    await panel.page.keyboard.press('Shift+Tab');
    assert.equal(await panel.page.evaluate(() => document.activeElement?.classList.contains('copy-answer')), true);
  });

  panelTest('each new answer is announced once, as plain text, in the polite live region', async (panel) => {
    const live = panel.page.locator('[aria-live="polite"]');
    assert.equal(await live.count(), 1, 'one polite live region');
    assert.equal(await panel.page.locator('.log').getAttribute('aria-live'), 'off', 'the log itself is not live');
    await live.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { __announced: string[] }).__announced = seen;
      new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });

    const first = realCoach().ask(SOLEUS_QUESTION);
    await panel.ask(SOLEUS_QUESTION);
    const second = realCoach().ask('exercises for weak peroneals?');
    await panel.ask('exercises for weak peroneals?');
    await panel.page.waitForTimeout(100);

    const announced = (await panel.page.evaluate(() => (window as unknown as { __announced: string[] }).__announced)).filter((t) => t.trim());
    assert.equal(announced.length, 2, announced.join('\n---\n'));
    assert.ok(announced[0].startsWith(firstSentence(first.answer)), announced[0]);
    assert.ok(announced[0].endsWith(`${first.citations.length} ${first.citations.length === 1 ? 'source' : 'sources'}.`), announced[0]);
    assert.ok(!announced[0].includes('[1]') && !announced[0].includes('**'), 'no markers or Markdown');
    assert.ok(!announced[0].includes(SOLEUS_QUESTION), 'the answer, not the question or the log');
    assert.ok(announced[1].includes(firstSentence(second.answer)), announced[1]);
    assert.ok(!announced[1].includes(firstSentence(first.answer)), 'only the new answer');
  });

  panelTest('vscode-elements style themselves under the CSP, in the theme’s colours', async (panel) => {
    const example = panel.page.locator('vscode-button.example').first();
    const sheets = await example.evaluate((el) => el.shadowRoot?.adoptedStyleSheets.length ?? 0);
    assert.ok(sheets > 0, 'Lit styles arrive as constructable stylesheets, which the CSP allows');
    // Secondary buttons take --vscode-button-secondaryBackground (#313131 in the shim's Dark Modern).
    assert.equal(await example.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor), 'rgb(49, 49, 49)');
    // Codicons load from the webview folder (font-src): the glyph font is in use.
    await panel.page.evaluate(() => document.fonts.ready.then(() => true));
    assert.equal(await panel.page.evaluate(() => document.fonts.check('16px codicon')), true);
  });
});
