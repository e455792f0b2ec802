/// <reference lib="dom" />
/**
 * The muscle map, the gait phases and the protocol's newer fields (usage turns, the host's chat
 * title, the copy notice, /plan blocks) in real Chromium through the browser shim, with the real
 * controller and engine. Expected content comes from what the host actually sent (`init`,
 * `answer`) and from the engine run in Node, never from copied text. Every test ends with no
 * CSP violation, page error or console error.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { lightsFor, questionAbout } from '../../webview/src/muscle-map';
import { keepScreenshot, realCoach, ROOT } from '../helpers';
import { chromiumSuite, type Panel } from './panel';

const SOLEUS_QUESTION = 'what does the soleus do at mid-stance?';

/** Muscles the issue asks the map to draw, where the corpus has them. */
const EXPECTED_REGIONS = [
  'rectus-femoris', 'vastus-lateralis', 'vastus-medialis', 'iliopsoas', 'tfl', 'it-band', 'tibialis-anterior',
  'peroneus-longus', 'peroneus-brevis', 'gluteus-maximus', 'gluteus-medius', 'gluteus-minimus', 'biceps-femoris',
  'semitendinosus', 'semimembranosus', 'gastrocnemius', 'soleus', 'achilles-tendon', 'flexor-hallucis-brevis',
];

const REGION = '.muscle-map [role="button"][data-muscle]';

function region(page: Page, id: string) {
  return page.locator(`.muscle-map [data-muscle="${id}"]`);
}

/** Ids of the regions marked as lit (aria-pressed and the class agree). */
async function litRegions(page: Page): Promise<string[]> {
  return page.locator(REGION).evaluateAll((els) => {
    const pressed = els.filter((el) => el.getAttribute('aria-pressed') === 'true');
    for (const el of els) if ((el.getAttribute('aria-pressed') === 'true') !== el.classList.contains('lit')) throw new Error(`aria-pressed and .lit disagree on ${el.getAttribute('data-muscle')}`);
    return pressed.map((el) => el.getAttribute('data-muscle') ?? '').sort();
  });
}

/** Regions in the Tab order (tabindex 0): the map has exactly one. */
function tabStops(page: Page): Promise<string[]> {
  return page.locator(REGION).evaluateAll((els) => els.filter((el) => el.getAttribute('tabindex') === '0').map((el) => el.getAttribute('data-muscle') ?? ''));
}

async function openMap(panel: Panel): Promise<void> {
  const toggle = panel.page.locator('vscode-toolbar-button[label="Muscle map"]');
  await toggle.click();
  await panel.page.locator('.map-panel').waitFor();
  assert.equal(await toggle.getAttribute('checked'), '', 'the toolbar button shows the map is open');
}

async function photograph(panel: Panel, name: string, docName: string): Promise<void> {
  await panel.page.evaluate(() => document.fonts.ready.then(() => true));
  // The pointer rests where it lights nothing.
  await panel.page.mouse.move(1, 1);
  const shot = path.join(ROOT, 'test-results', name);
  fs.mkdirSync(path.dirname(shot), { recursive: true });
  await panel.page.screenshot({ path: shot });
  keepScreenshot(shot, docName);
}

describe('muscle map, gait phases and plan blocks in Chromium (browser shim, real engine)', function () {
  this.timeout(60_000);
  const { panelTest } = chromiumSuite();

  panelTest('the muscle map draws the corpus’s muscles as labelled regions behind one Tab stop (arrows, Home/End), and stays open across a reload', async (panel) => {
    const [init] = await panel.sent('init');
    const titles = new Map(init.mapMuscles.map((m) => [m.id, m.title]));
    assert.equal(await panel.page.locator('.map-panel').isHidden(), true, 'closed until asked for');
    await openMap(panel);

    const regions = panel.page.locator(REGION);
    const ids = await regions.evaluateAll((els) => els.map((el) => el.getAttribute('data-muscle') ?? ''));
    assert.ok(ids.length >= 15, `${ids.length} regions`);
    assert.equal(new Set(ids).size, ids.length, 'one region per muscle');
    for (const id of EXPECTED_REGIONS) if (titles.has(id)) assert.ok(ids.includes(id), `a region for ${id}`);
    for (const id of ids) assert.ok(titles.has(id), `${id} is a muscle the host listed`);

    for (const id of ids) {
      const r = region(panel.page, id);
      assert.equal(await r.getAttribute('aria-label'), titles.get(id), `${id} is named as the corpus titles it`);
      assert.equal(await r.locator('title').textContent(), titles.get(id));
      await r.focus();
      assert.equal(await r.evaluate((el) => el === document.activeElement), true, `${id} takes focus`);
      assert.deepEqual(await tabStops(panel.page), [id], 'the focused region holds the map’s one Tab stop');
    }
    // The accessibility tree names them as buttons.
    const snapshot = await panel.page.locator('.muscle-map').ariaSnapshot();
    assert.match(snapshot, /button "Soleus"/);
    assert.match(snapshot, /button "Gastrocnemius"/);

    // Arrow keys walk the regions in order, Home/End go to the ends, and the Tab stop follows.
    const focused = () => panel.page.evaluate(() => document.activeElement?.getAttribute('data-muscle') ?? null);
    await regions.first().focus();
    await panel.page.keyboard.press('ArrowRight');
    assert.equal(await focused(), ids[1]);
    await panel.page.keyboard.press('ArrowDown');
    assert.equal(await focused(), ids[2]);
    await panel.page.keyboard.press('ArrowLeft');
    assert.equal(await focused(), ids[1]);
    await panel.page.keyboard.press('End');
    assert.equal(await focused(), ids.at(-1));
    await panel.page.keyboard.press('ArrowRight');
    assert.equal(await focused(), ids[0], 'the arrows wrap around');
    await panel.page.keyboard.press('Home');
    assert.equal(await focused(), ids[0]);
    await panel.page.keyboard.press('ArrowUp');
    assert.equal(await focused(), ids.at(-1));
    await panel.page.keyboard.press('ArrowDown');
    await panel.page.keyboard.press('ArrowDown');
    assert.deepEqual(await tabStops(panel.page), [ids[1]]);

    // The whole map is one Tab stop: Tab leaves it at once, Shift+Tab comes back to the same region.
    await panel.page.keyboard.press('Tab');
    assert.equal(await focused(), null, 'one Tab leaves the map');
    await panel.page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), ids[1], 'and Shift+Tab comes back to the region last moved to');
    await panel.page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), null);
    await panel.page.keyboard.press('Tab');
    assert.equal(await focused(), ids[1]);

    // Open/closed is part of the saved state.
    await panel.page.reload();
    await panel.waitForHost();
    await region(panel.page, 'soleus').waitFor();
    await panel.page.locator('vscode-toolbar-button[label="Muscle map"]').click();
    assert.equal(await panel.page.locator('.map-panel').isHidden(), true);
    await panel.page.reload();
    await panel.waitForHost();
    assert.equal(await panel.page.locator('.map-panel').isHidden(), true);

    // A muscle the host does not list gets no region.
    const withoutSoleus = { ...init, mapMuscles: init.mapMuscles.filter((m) => m.id !== 'soleus') };
    await panel.page.evaluate((m) => window.postMessage(m, '*'), withoutSoleus);
    await panel.page.waitForFunction(() => !document.querySelector('.muscle-map [data-muscle="soleus"]'));
    assert.equal(await regions.count(), ids.length - 1);
  });

  panelTest('an answer lights the muscles it is about, and pointing at an earlier turn shows that turn’s', async (panel) => {
    await openMap(panel);
    await panel.ask(SOLEUS_QUESTION);
    const [answer] = await panel.sent('answer');
    const drawn = new Set(await panel.page.locator(REGION).evaluateAll((els) => els.map((el) => el.getAttribute('data-muscle') ?? '')));
    assert.ok(answer.turn.muscles?.includes('soleus'), 'premise: the host says the answer is about the soleus');

    assert.equal(await region(panel.page, 'soleus').getAttribute('aria-pressed'), 'true');
    assert.match((await region(panel.page, 'soleus').getAttribute('class')) ?? '', /\blit\b/);
    assert.deepEqual(await litRegions(panel.page), [...lightsFor(answer.turn.muscles ?? [], drawn).keys()].sort());
    assert.equal(await region(panel.page, 'gluteus-maximus').getAttribute('aria-pressed'), 'false');
    assert.match(await panel.page.locator('.map-caption').innerText(), /^In the latest answer: .*Soleus/);

    // Photographed for the README with the answer lit.
    await panel.page.locator('.log').evaluate((log) => (log.scrollTop = 0));
    await photograph(panel, 'muscle-map.png', 'screenshot-muscle-map.png');

    // A second answer takes over; pointing at the first turn shows the first answer's muscles again.
    await panel.ask('What does the gluteus medius do in running?');
    assert.equal(await region(panel.page, 'gluteus-medius').getAttribute('aria-pressed'), 'true');
    assert.equal(await region(panel.page, 'soleus').getAttribute('aria-pressed'), 'false');
    await panel.answeredTurns.first().locator('.question').hover();
    assert.equal(await region(panel.page, 'soleus').getAttribute('aria-pressed'), 'true');
    assert.equal(await region(panel.page, 'gluteus-medius').getAttribute('aria-pressed'), 'false');
    assert.match(await panel.page.locator('.map-caption').innerText(), /^In the answer you are pointing at: /);
    await panel.page.mouse.move(1, 1);
    assert.equal(await region(panel.page, 'gluteus-medius').getAttribute('aria-pressed'), 'true');
    assert.equal(await region(panel.page, 'soleus').getAttribute('aria-pressed'), 'false');
  }, '', { deviceScaleFactor: 2 });

  panelTest('a region asks about its muscle, by click, Enter or Space', async (panel) => {
    const [init] = await panel.sent('init');
    const title = init.mapMuscles.find((m) => m.id === 'gastrocnemius')!.title;
    const question = questionAbout(title);
    assert.equal(question, 'What does the gastrocnemius do in running?');
    const expected = realCoach().ask(question);
    assert.ok(expected.citations.some((c) => c.id === 'gastrocnemius'), 'premise: the engine cites the gastrocnemius');

    await openMap(panel);
    const gastrocnemius = region(panel.page, 'gastrocnemius');
    // Click a shape of the region (the group's box spans both legs and views).
    const clicked = await panel.sendAndWait(() => gastrocnemius.locator('path').first().click());
    assert.equal(await clicked.locator('.question-text').innerText(), question);
    await clicked.locator('li.citation[data-passage="gastrocnemius"]').waitFor();
    assert.equal(await gastrocnemius.getAttribute('aria-pressed'), 'true');

    await gastrocnemius.focus();
    const entered = await panel.sendAndWait(() => panel.page.keyboard.press('Enter'));
    assert.equal(await entered.locator('.question-text').innerText(), question);
    assert.equal(await entered.locator('li.citation[data-passage="gastrocnemius"]').count(), 1);

    const soleus = region(panel.page, 'soleus');
    await soleus.focus();
    const spaced = await panel.sendAndWait(() => panel.page.keyboard.press(' '));
    assert.equal(await spaced.locator('.question-text').innerText(), 'What does the soleus do in running?');
    assert.equal(await panel.page.evaluate(() => document.activeElement?.getAttribute('data-muscle')), 'soleus', 'focus stays on the map');

    const asked = (await panel.received()).filter((m) => m.type === 'ask').map((m) => m.text);
    assert.deepEqual(asked, [question, question, 'What does the soleus do in running?']);
  });

  panelTest('the gait view shows the four phases with their muscles; names open the passages that place them', async (panel) => {
    const [init] = await panel.sent('init');
    const toggle = panel.page.locator('vscode-toolbar-button[label="Gait phases"]');
    await toggle.click();
    const phases = panel.page.locator('.gait-panel .gait-phase');
    await phases.first().waitFor();
    assert.deepEqual(await phases.evaluateAll((els) => els.map((el) => el.getAttribute('data-phase'))), ['landing', 'mid-stance', 'toe-off', 'swing']);
    assert.deepEqual(await phases.locator('.gait-phase-name').allInnerTexts(), ['Landing', 'Mid-stance', 'Toe-off', 'Swing']);
    for (const g of init.gait) {
      const names = await panel.page.locator(`.gait-phase[data-phase="${g.phase}"] .gait-muscle`).allInnerTexts();
      assert.deepEqual(names, g.muscles.map((m) => m.title), `the muscles of ${g.phase}`);
    }

    const midStance = init.gait.find((g) => g.phase === 'mid-stance')!;
    const soleus = midStance.muscles.find((m) => m.id === 'soleus');
    assert.ok(soleus, 'premise: the sources place the soleus in mid-stance');
    const button = panel.page.locator('.gait-phase[data-phase="mid-stance"] .gait-muscle[data-muscle="soleus"]');
    assert.equal(await button.innerText(), 'Soleus');
    await button.click();
    const [opened] = await panel.waitForEvents('openPassage');
    assert.equal(opened.passageId, soleus.passageId);

    // The phase's name opens the passage on the phase; the keyboard works the same.
    await panel.page.locator('.gait-phase[data-phase="mid-stance"] .gait-phase-name').click();
    const swing = init.gait.find((g) => g.phase === 'swing')!;
    await panel.page.locator('.gait-phase[data-phase="swing"] .gait-muscle').first().focus();
    await panel.page.keyboard.press('Enter');
    await panel.waitForEvents('openPassage', 3);
    const asked = (await panel.received()).filter((m) => m.type === 'openCitation');
    assert.deepEqual(asked, [soleus.passageId, midStance.passageId, swing.muscles[0].passageId].map((passageId) => ({ type: 'openCitation', passageId })));

    // With the map open too, pointing at a phase lights its muscles there.
    await openMap(panel);
    await panel.page.locator('.gait-phase[data-phase="mid-stance"] .gait-phase-name').hover();
    assert.equal(await region(panel.page, 'soleus').getAttribute('aria-pressed'), 'true');
    assert.match(await panel.page.locator('.map-caption').innerText(), /^During mid-stance: /);
    await panel.page.locator('vscode-toolbar-button[label="Muscle map"]').click();

    // Remembered across a reload, and photographed for the README next to an answer.
    await panel.page.reload();
    await panel.waitForHost();
    await phases.first().waitFor();
    assert.equal(await toggle.getAttribute('checked'), '');
    await panel.ask(SOLEUS_QUESTION);
    await panel.page.locator('.log').evaluate((log) => (log.scrollTop = 0));
    await photograph(panel, 'gait-phases.png', 'screenshot-gait.png');
  }, '', { deviceScaleFactor: 2 });

  panelTest('map and gait share the sidebar: collapsible, the conversation keeps most of the height, the folded state is remembered', async (panel) => {
    const logHeight = () => panel.page.locator('.log').evaluate((el) => el.getBoundingClientRect().height);
    const viewport = panel.page.viewportSize()!.height;
    await panel.ask(SOLEUS_QUESTION);
    await openMap(panel);
    await panel.page.locator('vscode-toolbar-button[label="Gait phases"]').click();
    await panel.page.locator('.gait-panel .gait-phase').first().waitFor();
    const open = await logHeight();
    assert.ok(open >= viewport * 0.45, `the conversation keeps ${open} of ${viewport} px with both figures open`);

    // The gait panel folds to its title line; the conversation gets the room back.
    const fold = panel.page.locator('.gait-panel .figure-collapse');
    assert.equal(await fold.getAttribute('aria-expanded'), 'true');
    await fold.click();
    assert.equal(await fold.getAttribute('aria-expanded'), 'false');
    assert.equal(await panel.page.locator('.gait-panel .figure-body').isHidden(), true);
    assert.equal(await panel.page.locator('.gait-panel .figure-collapse').isVisible(), true, 'the title stays, to unfold it');
    await panel.page.locator('.map-panel .figure-collapse').press('Enter');
    assert.equal(await panel.page.locator('.map-panel .figure-body').isHidden(), true, 'the keyboard folds too');
    const folded = await logHeight();
    assert.ok(folded > open, `folded: ${folded} px > ${open} px`);
    assert.ok(folded >= viewport * 0.6, `the conversation keeps ${folded} of ${viewport} px with both figures folded`);

    // Remembered across a reload (the webview's saved state).
    await panel.page.reload();
    await panel.waitForHost();
    assert.equal(await panel.page.locator('.gait-panel .figure-collapse').getAttribute('aria-expanded'), 'false');
    assert.equal(await panel.page.locator('.gait-panel .figure-body').isHidden(), true);
    assert.equal(await panel.page.locator('.map-panel .figure-body').isHidden(), true);
    await panel.page.locator('.gait-panel .figure-collapse').click();
    assert.equal(await panel.page.locator('.gait-panel .figure-body').isHidden(), false);

    // Outside VS Code's sidebar the page's toolbar has New chat and Export; in the sidebar, the view's title bar has them.
    assert.equal(await panel.page.locator('.toolbar vscode-toolbar-button[label="New chat"]').count(), 1);
    assert.equal(await panel.page.locator('.toolbar vscode-toolbar-button[label="Export chat as Markdown"]').count(), 1);
  });

  panelTest('in the sidebar view New chat and Export appear once (in the title bar), and the gait view is photographed', async (panel) => {
    assert.equal(await panel.page.locator('.toolbar vscode-toolbar-button[label="New chat"]').count(), 0);
    assert.equal(await panel.page.locator('.toolbar vscode-toolbar-button[label="Export chat as Markdown"]').count(), 0);
    assert.equal(await panel.page.locator('.toolbar vscode-toolbar-button[label="Gait phases"]').count(), 1);
    await panel.page.locator('vscode-toolbar-button[label="Gait phases"]').click();
    await panel.page.locator('.gait-panel .gait-phase').first().waitFor();
    await panel.ask(SOLEUS_QUESTION);
    await panel.page.locator('.log').evaluate((log) => (log.scrollTop = 0));
    await panel.page.evaluate(() => document.fonts.ready.then(() => true));
    await panel.page.mouse.move(1, 1);
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await panel.page.screenshot({ path: path.join(ROOT, 'test-results', 'sidebar-gait-open.png') });
  }, '?host=view', { deviceScaleFactor: 2 });

  panelTest('/plan offers “Insert plan”, which inserts its table; copying it copies the table', async (panel) => {
    const turn = await panel.ask('/plan weak calves and shin pain');
    const [answer] = await panel.sent('answer');
    assert.ok(answer.turn.block, 'premise: the host sent a block');
    const insert = turn.locator('vscode-button.insert-turn');
    assert.equal((await insert.innerText()).trim(), 'Insert plan');
    await insert.click();
    const [inserted] = await panel.waitForEvents('insertPlan');
    assert.ok(inserted.markdown.startsWith('### Strength and mobility block'), inserted.markdown.slice(0, 80));
    assert.equal(inserted.markdown, answer.turn.block);
    assert.deepEqual((await panel.received()).filter((m) => m.type === 'insertTurn'), [{ type: 'insertTurn', turnId: answer.turn.id }]);

    // The table to insert can be unfolded: one row per cited exercise.
    await turn.locator('.plan-preview summary').click();
    assert.equal(await turn.locator('.plan-table tbody tr').count(), answer.turn.citations.length);

    const copy = turn.locator('vscode-toolbar-button.copy-answer');
    assert.equal(await copy.getAttribute('label'), 'Copy plan table');
    await copy.click();
    const [copied] = await panel.waitForEvents('copy');
    assert.equal(copied.text, answer.turn.block);
    await panel.page.locator('.toast', { hasText: 'Plan table copied.' }).waitFor();
  });

  panelTest('copying shows the host’s notice, and the check mark only once it has come', async (panel) => {
    const turn = await panel.ask(SOLEUS_QUESTION);
    const copy = turn.locator('vscode-toolbar-button.copy-answer');
    await copy.click();
    // The host answers 600 ms later (hostDelayMs): nothing claims success before that.
    assert.equal(await copy.getAttribute('icon'), 'copy');
    const toast = panel.page.locator('.toast');
    await toast.waitFor();
    const notices = await panel.sent('notice');
    assert.equal(notices.length, 1);
    assert.equal(await toast.innerText(), notices[0].message);
    assert.equal(await copy.getAttribute('icon'), 'check');
    assert.equal(await copy.getAttribute('label'), 'Copied');
    assert.equal(await panel.page.locator('#announcer').textContent(), notices[0].message, 'screen readers hear it once');
    assert.equal(await panel.page.locator('.notice').count(), 0, 'a passing toast, not a notice to dismiss');
    await toast.waitFor({ state: 'hidden', timeout: 5000 });
    await panel.page.waitForFunction(() => document.querySelector('.copy-answer')?.getAttribute('icon') === 'copy');
    const [copied] = await panel.waitForEvents('copy');
    assert.ok(copied.text.startsWith((await panel.sent('answer'))[0].turn.answer));
  }, '?hostDelayMs=600');

  panelTest('an unknown command gets command help (usage mode); the chat title is the host’s', async (panel) => {
    const usage = await panel.ask('/frobnicate');
    const [answer] = await panel.sent('answer');
    assert.equal(answer.turn.mode, 'usage');
    assert.equal(await usage.getAttribute('data-mode'), 'usage');
    assert.equal((await usage.locator('.reply-label').textContent())?.trim(), 'Command help');
    assert.equal(await usage.locator('.abstained-label').count(), 0);
    assert.equal(await panel.page.locator('.chat-title').innerText(), answer.chatTitle.toUpperCase(), 'the title the host gave (shown in capitals)');
    assert.equal(await panel.page.locator('.chat-title').textContent(), answer.chatTitle);

    // /help also takes no engine time, but it is an answer, not command help.
    // (Escape first: Enter would accept the completion the list offers for "/help".)
    await panel.input.fill('/help');
    await panel.input.press('Escape');
    const help = await panel.sendAndWait(() => panel.input.press('Enter'));
    assert.equal(await help.locator('.question-text').innerText(), '/help');
    assert.equal(await help.locator('.reply-label').count(), 0);

    // The title comes from each answer, whatever the host decides it is.
    const chatId = answer.chatId;
    const renamed = { type: 'answer', requestId: 'from-elsewhere', chatId, chatTitle: 'Renamed by the host', turn: { ...answer.turn, id: 'another-turn' } };
    await panel.page.evaluate((m) => window.postMessage(m, '*'), renamed);
    await panel.page.waitForFunction(() => document.querySelector('.chat-title')?.textContent === 'Renamed by the host');
  });
});
