/// <reference lib="dom" />
/**
 * The passage view's page in real Chromium, served as the extension serves it (passageHtml, the
 * same strict CSP): the test plays the extension, sending `show` messages built by the real
 * passageModel from the real corpus and recording what the page asks for.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { passageModel } from '../../src/chat/passage-model';
import type { PassageModel } from '../../src/protocol/passage';
import { realCoach, ROOT } from '../helpers';
import { CHROMIUM, RECORD_CSP_VIOLATIONS } from './panel';
import { buildShim, startShimServer, type ShimServer } from './shim/server';
import { DARK_MODERN } from './shim/theme';

const STUB_HOST = `
  window.__posted = [];
  window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => undefined });
`;

describe('passage view (rendered passage beside the chat) in Chromium', function () {
  this.timeout(60_000);
  const coach = realCoach();
  const all = coach.passages();
  const byId = new Map(all.map((p) => [p.id, p]));
  const model = (id: string) => passageModel(byId.get(id)!, (x) => byId.get(x), all);
  let server: ShimServer;
  let browser: Browser;

  before(async function () {
    this.timeout(120_000);
    await buildShim();
    server = await startShimServer();
    browser = await chromium.launch(CHROMIUM);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(): Promise<{ page: Page; problems: string[]; show(m: PassageModel): Promise<void>; posted(): Promise<{ type: string; id?: string }[]> }> {
    const context = await browser.newContext({ viewport: { width: 760, height: 900 }, deviceScaleFactor: 1 });
    await context.addInitScript({ content: RECORD_CSP_VIOLATIONS + STUB_HOST });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
    await page.goto(`${server.url}passage.html`);
    await page.evaluate((vars) => {
      for (const [k, v] of Object.entries(vars)) document.documentElement.style.setProperty(k, v);
      document.documentElement.style.setProperty('background-color', 'var(--vscode-editor-background)');
      document.body.classList.add('vscode-dark');
    }, DARK_MODERN);
    return {
      page,
      problems,
      async show(m) {
        await page.evaluate((msg) => window.postMessage(msg, '*'), { type: 'show', passage: m });
        await page.locator(`.passage-page[data-passage="${m.id}"]`).waitFor();
      },
      posted: () => page.evaluate(() => (window as unknown as { __posted: { type: string; id?: string }[] }).__posted),
    };
  }

  it('renders the passage: text as Markdown, facts, related passages and its source as links; no raw Markdown or ids', async () => {
    const view = await open();
    try {
      assert.deepEqual(await view.posted(), [{ type: 'ready' }]);
      const m = model('tip-toe-walking');
      await view.show(m);
      const page = view.page;
      assert.equal(await page.locator('h1#passage-title').innerText(), 'Tip-toe walking');
      const body = await page.locator('.passage-page').innerText();
      assert.ok(body.includes(byId.get('tip-toe-walking')!.text.split(/(?<=\.)\s/)[0]), 'the passage text is shown');
      assert.doesNotMatch(body, /\*\*|`|Source:\*\*|tip-toe-walking|_exercise_/, 'no raw Markdown, backticks or ids');
      assert.deepEqual(await page.locator('.passage-facts dt').allInnerTexts(), m.facts.map((f) => f.label));
      assert.ok(body.includes('3 sets of 10-15 feet, down and back'));
      assert.equal(await page.locator('.passage-article').innerText(), 'The Unsung Hero of Running & Lower Body Endurance');
      assert.equal(m.source.section, '', 'premise: the section is the article itself');
      assert.equal(await page.locator('.passage-section').count(), 0, 'so it is not repeated');
      assert.deepEqual(await page.locator('.passage-refs[aria-label="Related passages"] button').allInnerTexts(), m.related.map((r) => r.title));

      // Links ask the host; nothing navigates.
      await page.locator('.passage-refs[aria-label="Related passages"] button').first().click();
      await page.locator('.passage-article').click();
      const calf = model('calf-raises');
      await view.show(calf);
      assert.equal(await page.locator('.passage-section').innerText(), 'The Calves › The Exercises You Need');
      await page.locator('.passage-section').press('Enter');
      await page.locator('.passage-quote-link').click();
      assert.deepEqual((await view.posted()).slice(1), [
        { type: 'open', id: m.related[0].id },
        { type: 'article', id: 'tip-toe-walking' },
        { type: 'section', id: 'calf-raises' },
        { type: 'quote', id: 'calf-raises' },
      ]);
      assert.equal(await page.locator('.passage-quote').innerText(), `“${calf.source.quote}”`);

      fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
      await view.show(model('soleus'));
      await page.screenshot({ path: path.join(ROOT, 'test-results', 'passage-view.png') });
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), []);
      assert.deepEqual(view.problems, []);
    } finally {
      await view.page.context().close();
    }
  });

  it('shows hostile text as text and drops malformed messages', async () => {
    const view = await open();
    try {
      const hostile = { ...model('soleus'), title: '<img src=x onerror="window.__pwned=1">', text: 'Hi <script>window.__pwned=2</script> [x](javascript:window.__pwned=3)' };
      await view.show(hostile);
      await view.page.evaluate(() => window.postMessage({ type: 'show', passage: { id: 'x' } }, '*'));
      await view.page.locator('.passage-text a').click().catch(() => undefined);
      assert.equal(await view.page.locator('h1#passage-title').innerText(), hostile.title);
      assert.equal(await view.page.locator('.passage-page script, .passage-page img').count(), 0);
      assert.equal(await view.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    } finally {
      await view.page.context().close();
    }
  });
});
