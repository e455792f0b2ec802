// Part of `npm run test:host`'s UI check (issue 14), driven through the real workbench with
// Playwright once the chat has answered: a citation marker highlights its source card and a
// second click opens the passage rendered in its own column; more passages reuse that column;
// the gait panel opens, folds and unfolds. Screenshots go to test-results/; under
// `npm run screenshots` the passage and the sidebar with the gait panel open also refresh the
// README's docs/screenshot-passage.png and docs/screenshot-gait-panel.png.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { keepScreenshot } from './host-tests.mjs';

/** The passage view: the webview frame showing `.passage-page`. */
async function passageFrame(page, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const n = await page.locator('iframe.webview.ready').count();
    for (let i = 0; i < n; i++) {
      const frame = page.frameLocator(`iframe.webview.ready >> nth=${i}`).frameLocator('iframe#active-frame');
      if (await frame.locator('.passage-page').count().catch(() => 0)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no rendered passage within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(200);
  }
}

export async function readingUi(page, chat, results) {
  const problems = [];
  const turn = chat.locator('article.turn').last();
  const marker = turn.locator('.answer button.cite[data-cite="1"]').first();
  await marker.click();
  const card = turn.locator('li.citation[data-n="1"]');
  await page.waitForTimeout(300);
  if (!/\bhighlighted\b/.test((await card.getAttribute('class')) ?? '')) problems.push('a click on marker [1] did not highlight source card 1');
  const groupsBefore = await page.locator('.editor-group-container').count();
  await marker.click();
  const passage = await passageFrame(page, 20_000);
  const title = (await passage.locator('h1#passage-title').innerText()).trim();
  const cited = (await card.locator('.citation-title').innerText()).trim();
  if (title !== cited) problems.push(`the passage view shows “${title}”, not the cited “${cited}”`);
  const text = await passage.locator('.passage-page').innerText();
  if (/\*\*Source:\*\*|`/.test(text)) problems.push('the passage shows raw Markdown');
  if (!(await passage.locator('.passage-source-card .passage-article').count())) problems.push('the passage names no source article link');
  fs.mkdirSync(results, { recursive: true });
  await page.screenshot({ path: path.join(results, 'vscode-passage.png') });
  keepScreenshot(path.join(results, 'vscode-passage.png'), 'screenshot-passage.png');
  const groupsWithOne = await page.locator('.editor-group-container').count();
  for (const n of [2, 3]) {
    const open = turn.locator(`li.citation[data-n="${n}"] .citation-open`);
    if (await open.count()) {
      await open.click();
      await page.waitForTimeout(800);
    }
  }
  const groupsAfter = await page.locator('.editor-group-container').count();
  const passageTabs = await page.locator('.tabs-container .tab').count();
  if (groupsAfter !== groupsWithOne) problems.push(`opening more passages changed the editor columns from ${groupsWithOne} to ${groupsAfter}`);
  console.log(`  marker [1] highlighted its card; a second click opened “${title}” rendered; editor columns: ${groupsBefore} before, ${groupsWithOne} with one passage, ${groupsAfter} after three (${passageTabs} tab(s))`);
  console.log(`  screenshot: ${path.relative(path.dirname(results), path.join(results, 'vscode-passage.png'))}`);

  // The gait panel in the sidebar: opens, folds to its title, unfolds.
  await chat.locator('vscode-toolbar-button[label="Gait phases"]').click();
  await chat.locator('.gait-panel .gait-phase').first().waitFor({ state: 'visible', timeout: 10_000 });
  // The conversation scrolled back to the question and its answer (the marker clicks left it at
  // the source cards), as a reader would, so the picture shows the chat usable beside the panel.
  const log = chat.locator('.log');
  const turnTop = await turn.evaluate((el) => el.getBoundingClientRect().top);
  await log.evaluate((el, top) => (el.scrollTop += top - el.getBoundingClientRect().top), turnTop);
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(results, 'vscode-gait.png') });
  // The README's picture is the sidebar alone (with the activity bar), legible at its own size.
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  const height = page.viewportSize()?.height ?? 900;
  await page.screenshot({ path: path.join(results, 'vscode-gait-sidebar.png'), clip: { x: 0, y: 0, width: Math.ceil(sidebar.x + sidebar.width) + 2, height } });
  keepScreenshot(path.join(results, 'vscode-gait-sidebar.png'), 'screenshot-gait-panel.png');
  const openHeight = await log.evaluate((el) => el.getBoundingClientRect().height);
  const viewHeight = await chat.locator('body').evaluate((el) => el.getBoundingClientRect().height);
  await chat.locator('.gait-panel .figure-collapse').click();
  await page.waitForTimeout(200);
  const foldedHeight = await log.evaluate((el) => el.getBoundingClientRect().height);
  if (!(await chat.locator('.gait-panel .figure-body').isHidden())) problems.push('the gait panel did not fold');
  if (!(foldedHeight > openHeight)) problems.push(`folding the gait panel did not give the conversation room (${openHeight} → ${foldedHeight} px)`);
  if (openHeight < viewHeight * 0.4) problems.push(`with the gait panel open the conversation has ${openHeight} of ${viewHeight} px`);
  if ((await chat.locator('.toolbar vscode-toolbar-button[label="New chat"]').count()) !== 0) problems.push('New chat appears in the page toolbar too');
  await chat.locator('.gait-panel .figure-collapse').click();
  console.log(`  gait panel: conversation ${Math.round(openHeight)} of ${Math.round(viewHeight)} px with it open, ${Math.round(foldedHeight)} px folded; New chat and Export only in the view's title bar`);
  console.log(`  screenshots: ${['vscode-gait.png', 'vscode-gait-sidebar.png'].map((f) => path.relative(path.dirname(results), path.join(results, f))).join(', ')}`);
  return problems;
}
