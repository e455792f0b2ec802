/// <reference lib="dom" />
/**
 * Hostile content reaches no DOM: a knowledge pack (built with `stride-coach pack` from
 * test/web/fixtures/hostile-pack) and a user document whose passages carry scripts, event
 * handlers, SVG scripts, javascript: and data: links (plain and angle-bracketed) and remote
 * images, answered and cited in the VS Code panel (browser shim) and in the web component.
 * Nothing may run (no dialog, no `window.__pwned`), nothing may load from elsewhere (every
 * request goes to the local server), and the hostile text shows as the text it is. (A page's own
 * HTML is no prose and is not read into a passage; the script written as code is, as text.)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { createCoach } from '../../src/engine';
import { loadBuiltinCorpus } from '../../src/node/builtin';
import { readPackFile } from '../../src/node/pack';
import { ROOT } from '../helpers';
import { CHROMIUM, Panel } from '../webview/panel';
import { buildShim, startShimServer, type ShimServer } from '../webview/shim/server';
import { buildPack, HOSTILE_PACK, HOSTILE_PACK_DIR, webSuite } from './harness';

const USER_DOCUMENT = { path: 'my-notes/cadence.md', content: fs.readFileSync(path.join(ROOT, 'test', 'web', 'fixtures', 'hostile-document.md'), 'utf8') };

/** Questions whose answers and citations carry the hostile passages, and a phrase each must show as text. */
const QUESTIONS = [
  { q: 'hill bounds for the calves', cites: 'hostile-club:hill-bounds', literal: "<script>window.__pwned='script';alert(1)</script>" },
  { q: 'tempo strides on the track', cites: 'hostile-club:doc:', literal: "<script>window.__pwned='doc-script';alert(1)</script>" },
  { q: 'kerb hops for juniors', cites: 'hostile-club:kerb-hops', literal: '<iframe src="http://example.com/"></iframe>' },
];
const USER_QUESTION = { q: 'cadence on the treadmill', cites: 'doc:my-notes/cadence.md', literal: "<script>window.__pwned='user-doc-script';alert(1)</script>" };

/**
 * What must not be in a rendered subtree (its own DOM, not nested shadow roots): elements that
 * run or load, event-handler attributes, links other than web and mail, inline styles.
 */
async function dangers(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((roots) =>
    roots.flatMap((root) => {
      const found: string[] = [];
      for (const el of root.querySelectorAll('script, img, iframe, frame, object, embed, svg, math, style, link, meta, base, form, video, audio, source, picture')) found.push(`<${el.tagName.toLowerCase()}>`);
      for (const el of [root, ...root.querySelectorAll('*')]) {
        for (const attr of el.attributes) if (/^on/i.test(attr.name) || attr.name === 'style' || attr.name === 'srcdoc') found.push(`${el.tagName.toLowerCase()}[${attr.name}]`);
        const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
        if (href !== null && !/^(https?:|mailto:)/i.test(href)) found.push(`${el.tagName.toLowerCase()}[href=${href}]`);
      }
      return found;
    }),
  );
}

/**
 * Records a page's dialogs and requests (or checks the lists a WebPage keeps from its first
 * request); the page must end with no dialog, no `__pwned` and no request elsewhere.
 */
function watch(page: Page, origin: string, lists?: { dialogs: string[]; requests: string[] }): { check(): Promise<void> } {
  const dialogs: string[] = lists?.dialogs ?? [];
  const requests: string[] = lists?.requests ?? [];
  if (!lists) {
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => undefined);
    });
    page.on('request', (r) => requests.push(r.url()));
  }
  return {
    async check() {
      assert.deepEqual(dialogs, [], 'no dialog opened');
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, 'no script ran');
      const foreign = requests.filter((u) => !u.startsWith(origin));
      assert.deepEqual(foreign, [], 'no request left the page’s own server');
      assert.ok(requests.length > 0, 'premise: requests are seen');
    },
  };
}

/** Asks each question in a chat and checks the turn: cited as expected, hostile text as text, nothing dangerous. */
async function askAll(ask: (q: string) => Promise<Locator>, questions: typeof QUESTIONS, expectedTitles: (q: string) => string[]): Promise<void> {
  for (const { q, cites, literal } of questions) {
    const turn = await ask(q);
    const ids = await turn.locator('li.citation').evaluateAll((els) => els.map((el) => el.getAttribute('data-passage') ?? ''));
    assert.ok(ids.some((id) => id.startsWith(cites)), `${q}: cites ${cites} (cited ${ids.join(', ')})`);
    assert.deepEqual(await turn.locator('.citation-title').allTextContents(), expectedTitles(q), 'titles shown as text');
    const text = `${(await turn.locator('.answer').textContent()) ?? ''}${(await turn.locator('.citations').textContent()) ?? ''}`;
    assert.ok(text.includes(literal), `${q}: “${literal}” shows as text`);
    // Point at everything and follow every link the answer has: nothing happens.
    await turn.locator('.answer').hover();
    for (const link of await turn.locator('.answer a').all()) await link.click();
    assert.deepEqual(await dangers(turn), [], q);
  }
}

describe('hostile knowledge reaches no DOM', function () {
  this.timeout(90_000);

  describe('in the VS Code panel (browser shim with a hostile pack and user document)', () => {
    let server: ShimServer;
    let browser: Browser;
    before(async function () {
      this.timeout(120_000);
      buildPack(HOSTILE_PACK_DIR, HOSTILE_PACK);
      await buildShim();
      server = await startShimServer(undefined, { packFile: HOSTILE_PACK, documents: [USER_DOCUMENT] });
      browser = await chromium.launch(CHROMIUM);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('answers and cites it as text; nothing runs, nothing loads from elsewhere', async () => {
      const coach = createCoach({ corpus: loadBuiltinCorpus(path.join(ROOT, 'dist', 'corpus.json')), packs: [readPackFile(HOSTILE_PACK)], documents: [USER_DOCUMENT] });
      const panel = await Panel.open(browser, server.url);
      try {
        const watcher = watch(panel.page, server.url.replace(/\/$/, ''));
        await askAll((q) => panel.ask(q), [...QUESTIONS, USER_QUESTION], (q) => coach.ask(q).citations.map((c) => c.title));
        // Opening the hostile passage goes to the host as its id, nothing more.
        await panel.answeredTurns.first().locator('li.citation .citation-open').first().click();
        const [opened] = await panel.waitForEvents('openPassage');
        assert.equal(opened.passageId, 'hostile-club:hill-bounds');
        // The muscle map and gait view draw from the same knowledge.
        await panel.page.locator('vscode-toolbar-button[label="Muscle map"]').click();
        await panel.page.locator('vscode-toolbar-button[label="Gait phases"]').click();
        assert.deepEqual(await dangers(panel.page.locator('.log, .history, .notices')), []);
        await watcher.check();
        assert.deepEqual(await panel.problems(), []);
      } finally {
        await panel.close();
      }
    });
  });

  describe('in the web component (a hostile pack from its pack attribute)', () => {
    const suite = webSuite();

    it('answers and cites it as text, shows its passages as text; nothing runs, nothing loads from elsewhere', async () => {
      const web = await suite.open('hostile.html');
      try {
        const watcher = watch(web.page, suite.url().replace(/\/$/, ''), web);
        const chat = web.chat('#hostile');
        await chat.host.evaluate((el) => ((el as HTMLElement & { packStatus: string }).packStatus === 'loaded' ? undefined : new Promise((resolve) => el.addEventListener('pack-load', resolve, { once: true }))));
        const coach = createCoach({ corpus: loadBuiltinCorpus(path.join(ROOT, 'dist', 'corpus.json')), packs: [readPackFile(HOSTILE_PACK)], maxCitations: 3 });
        await askAll((q) => chat.ask(q), QUESTIONS, (q) => coach.ask(q).citations.map((c) => c.title));

        // The passage view renders the whole passage (text, dose, cue, source) the same way.
        const hill = chat.answeredTurns.first().locator('li.citation[data-passage="hostile-club:hill-bounds"] .citation-open');
        await hill.click();
        const view = chat.locator('.passage-view');
        await view.waitFor();
        const passage = coach.passages().find((p) => p.id === 'hostile-club:hill-bounds')!;
        assert.equal(await view.locator('.passage-title').textContent(), passage.title);
        assert.ok((await view.locator('.passage-text').textContent())?.includes("<script>window.__pwned='script';alert(1)</script>"));
        assert.equal(await view.locator('.passage-facts dd').first().textContent(), passage.dose);
        assert.ok((await view.locator('.passage-source').textContent())?.includes(passage.source.section));
        // A link from the pack shows where it leads, opens in a new tab with noopener, and never
        // navigates the page the element is on (issue 13).
        const pageUrl = web.page.url();
        const spoofed = view.locator('.passage-text a', { hasText: 'Official source' });
        assert.equal(await spoofed.getAttribute('target'), '_blank');
        assert.match((await spoofed.getAttribute('rel')) ?? '', /noopener/);
        assert.ok((await view.locator('.passage-text').textContent())?.includes('Official source (https://evil.example/phish)'), 'the address is shown');
        for (const link of await view.locator('.passage-text a').all()) await link.click();
        assert.equal(web.page.url(), pageUrl, 'the host page did not navigate');
        assert.deepEqual(await dangers(view), []);
        await web.page.keyboard.press('Escape');

        // The `answer` event hands the page the same text, unrendered: what it does with it is its business.
        await watcher.check();
        assert.deepEqual(await web.problems(), []);
      } finally {
        await web.context.close();
      }
    });
  });
});
