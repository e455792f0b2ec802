/// <reference lib="dom" />
/**
 * `<stride-coach-chat>` in real Chromium: the demo page (web/demo, as `npm run web` serves it,
 * with the same server and strict CSP) and test pages, the built bundle dist/web/
 * stride-coach-chat.js, and the real engine inside it. Expected answers come from the engine
 * run in Node on the same knowledge, never from copied text. Every test ends with no CSP
 * violation, page error, console error or dialog.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { formatPlanBlock } from '../../src/chat/plan-block';
import type { Passage } from '../../src/engine/types';
import { keepScreenshot, ROOT } from '../helpers';
import { CACHE_DIR, coachWith, EXAMPLE_PACK, STRICT_CSP, WebPage, webSuite, type ChatElement } from './harness';

const SOLEUS = 'what does the soleus do at mid-stance?';
const STRIDES = 'strides on grass after easy runs';
const BUNDLE = path.join(ROOT, 'dist', 'web', 'stride-coach-chat.js');

/** The answer's words as the page shows them: Markdown emphasis and [n] markers dropped. */
function firstSentence(markdown: string): string {
  return markdown.split('\n')[0].replace(/\[\d+\]/g, '').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().split(/(?<=\.)\s/)[0];
}

/** Waits for the demo's event log to show an event of a type; resolves with its summaries. */
async function logged(web: WebPage, type: string, count = 1): Promise<string[]> {
  const items = web.page.locator(`#event-log li[data-event="${type}"] .event-summary`);
  await items.nth(count - 1).waitFor();
  return items.allInnerTexts();
}

async function computed(chat: ChatElement, selector: string, property: string): Promise<string> {
  return chat.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}

async function hostStyle(chat: ChatElement, property: string): Promise<string> {
  return chat.host.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
}

describe('<stride-coach-chat> web component in Chromium (demo page, strict CSP, real engine)', function () {
  this.timeout(60_000);
  const suite = webSuite();
  const { pageTest } = suite;

  it('is one self-contained script of reasonable size', () => {
    const code = fs.readFileSync(BUNDLE);
    const gzip = zlib.gzipSync(code).length;
    console.log(`      (dist/web/stride-coach-chat.js: ${(code.length / 1024).toFixed(0)} KiB raw, ${(gzip / 1024).toFixed(0)} KiB gzip)`);
    // The engine carries its lexicon (knowledge/lexicon.yaml and what WordNet and SUBTLEX give:
    // weights, expansions, antonyms and sister nouns for any domain, about 820 KiB raw); a budget
    // against an accidental doubling, not a speed figure. (560,271 bytes gzip at the fifteenth
    // stop; 1,755,639 raw and 621,576 gzip at the twenty-eighth, whose lexicon knows every WordNet
    // lemma said at least once, 12k more words: the budget keeps some room above that. 1,953,347
    // raw and 694,350 gzip at the forty-first, whose lexicon adds what 6,924 nouns are a kind of.)
    assert.ok(code.length < 2_100_000, `${code.length} bytes`);
    assert.ok(gzip < 750_000, `${gzip} bytes gzip`);
    const text = code.toString('utf8');
    // No eval or Function constructor, no module loading.
    assert.doesNotMatch(text, /\beval\(|new Function\(|\bimport\(/);
  });

  pageTest('the demo answers a typed question with its cited passages, logs the answer event, and is photographed', async (web) => {
    const chat = web.chat('#coach');
    await logged(web, 'pack-load');
    const expected = coachWith([EXAMPLE_PACK], 4).ask(SOLEUS);
    assert.equal(expected.abstained, false, 'premise: the engine answers this question');
    const turn = await chat.ask(SOLEUS);

    assert.equal(await turn.locator('.question-text').innerText(), SOLEUS);
    assert.ok((await turn.locator('.answer').innerText()).includes(firstSentence(expected.answer)), 'the engine’s answer is rendered');
    assert.equal(await turn.locator('.answer button.cite[data-cite="1"]').getAttribute('aria-label'), `Source 1: ${expected.citations[0].title}`);
    assert.deepEqual(await turn.locator('.citation .citation-title').allInnerTexts(), expected.citations.map((c) => c.title));
    assert.equal(await turn.locator('.citation').first().locator('.citation-excerpt').textContent(), expected.citations[0].excerpt);

    // The page heard about it: the demo's event log shows the `answer` event's detail.
    const [summary] = await logged(web, 'answer');
    assert.equal(summary, `“${SOLEUS}” → ${expected.citations.length} citation(s): ${expected.citations.map((c) => c.id).join(', ')}`);

    // The page loaded its own files and the pack, nothing else (the icon font is embedded).
    const files = [...new Set(web.requests.map((u) => new URL(u).pathname))].filter((p) => p !== '/favicon.ico').sort();
    assert.deepEqual(files, ['/', '/demo.css', '/demo.js', '/my-club.pack.json', '/stride-coach-chat.js']);

    // Icons are drawn with the embedded codicon font, inside the component only.
    await web.page.evaluate(() => document.fonts.ready.then(() => true));
    assert.equal(await web.page.evaluate(() => document.fonts.check('16px stride-codicon')), true);
    assert.match(await computed(chat, '.citation-source .codicon', 'font-family'), /stride-codicon/);
    const glyph = await chat.locator('vscode-toolbar-button[label="New chat"]').evaluate((el) => {
      const icon = el.shadowRoot?.querySelector('vscode-icon');
      const span = icon?.shadowRoot?.querySelector('.codicon');
      return span ? `${getComputedStyle(span).fontFamily} ${getComputedStyle(span, '::before').content}` : 'no icon';
    });
    assert.match(glyph, /stride-codicon "\S"/, 'toolbar icons render their glyph');

    await chat.locator('.log').evaluate((log) => (log.scrollTop = 0));
    const shot = path.join(ROOT, 'test-results', 'web-component.png');
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await web.page.mouse.move(1, 1);
    await web.page.screenshot({ path: shot });
    keepScreenshot(shot, 'screenshot-web-component.png');
  });

  pageTest('keeps the questions it could not answer: an abstained event, a counted list that survives a reload, and exports', async (web) => {
    const chat = web.chat('#coach');
    const question = 'what is the capital of France?';
    assert.equal(coachWith([EXAMPLE_PACK], 4).ask(question).abstained, true, 'premise: the sources do not answer it');
    await web.page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { __abstained: unknown[] }).__abstained = seen;
      document.addEventListener('abstained', (e) => seen.push({ ...(e as CustomEvent).detail, composed: e.composed }));
    });
    await chat.ask(question);
    await chat.ask(SOLEUS);
    await chat.ask('What is the capital of France');
    const events = await web.page.evaluate(() => (window as unknown as { __abstained: { question: string; count: number; questions: { question: string; count: number }[]; composed: boolean }[] }).__abstained);
    assert.deepEqual(
      events.map((e) => [e.question, e.count, e.questions.length, e.composed]),
      [
        [question, 1, 1, true],
        ['What is the capital of France', 2, 1, true],
      ],
      'one event per abstention, none for the answered question',
    );
    type WithList = HTMLElement & { abstentions(): { question: string; count: number }[]; exportAbstentions(f?: string): string; clearAbstentions(): void };
    const list = () => chat.host.evaluate((el) => (el as WithList).abstentions().map((e) => `${e.count}× ${e.question}`));
    assert.deepEqual(await list(), ['2× What is the capital of France']);
    await web.page.reload();
    await chat.ready();
    assert.deepEqual(await list(), ['2× What is the capital of France'], 'kept in the page’s storage');
    const md = await chat.host.evaluate((el) => (el as WithList).exportAbstentions('markdown'));
    assert.match(md, /^# Questions the sources could not answer\n\n1 question, asked 2 times in all, most asked first\.\n\n- What is the capital of France \(2×\)\n$/);
    const json = JSON.parse(await chat.host.evaluate((el) => (el as WithList).exportAbstentions('json')));
    assert.deepEqual(json.questions.map((q: { question: string; count: number }) => [q.question, q.count]), [['What is the capital of France', 2]]);
    await chat.host.evaluate((el) => (el as WithList).clearAbstentions());
    assert.deepEqual(await list(), []);
  });

  pageTest('a citation click fires citation-click and opens the passage inside the component, unless the page prevents it', async (web) => {
    const chat = web.chat('#coach');
    const expected = coachWith([EXAMPLE_PACK], 4).ask(SOLEUS);
    const passages = coachWith([EXAMPLE_PACK], 4).passages();
    const turn = await chat.ask(SOLEUS);
    await web.page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { __clicks: unknown[] }).__clicks = seen;
      document.addEventListener('citation-click', (e) => seen.push({ ...(e as CustomEvent).detail, cancelable: e.cancelable, composed: e.composed }));
    });

    const open = turn.locator('li.citation[data-n="1"] .citation-open');
    await open.click();
    const [logLine] = await logged(web, 'citation-click');
    const first = expected.citations[0];
    assert.equal(logLine, `[1] ${first.title} (${first.id})`);
    const clicks = (await web.page.evaluate(() => (window as unknown as { __clicks: { citation: { id: string; n: number; excerpt: string }; cancelable: boolean; composed: boolean }[] }).__clicks));
    assert.equal(clicks.length, 1);
    assert.deepEqual([clicks[0].citation.id, clicks[0].citation.n, clicks[0].citation.excerpt, clicks[0].cancelable, clicks[0].composed], [first.id, 1, first.excerpt, true, true]);

    // Not prevented: the passage opens over the chat, which is inert meanwhile.
    const view = chat.locator('.passage-view');
    await view.waitFor();
    const passage = passages.find((p) => p.id === first.id)!;
    assert.equal(await view.locator('.passage-title').innerText(), passage.title);
    assert.equal(await view.getAttribute('role'), 'dialog');
    assert.equal(await view.locator('.passage-kind').innerText(), passage.kind);
    assert.ok((await view.locator('.passage-text').innerText()).replace(/\s+/g, ' ').includes(passage.text.replace(/\s+/g, ' ').slice(0, 60)));
    assert.equal(await chat.locator('.stride-root').getAttribute('inert'), '');
    await web.page.keyboard.press('Escape');
    await view.waitFor({ state: 'hidden' });
    assert.equal(await chat.locator('.stride-root').getAttribute('inert'), null);
    assert.equal(await open.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el), true, 'focus goes back to the citation');

    // Prevented by the page (the demo's checkbox): the page shows it, the component does not.
    await web.page.locator('#handle-citations').check();
    const second = expected.citations[1];
    await turn.locator('li.citation[data-n="2"] .citation-open').click();
    await logged(web, 'citation-click', 2);
    await web.page.locator('#citation-aside').waitFor();
    assert.equal(await web.page.locator('#citation-aside-excerpt').textContent(), second.excerpt);
    await web.page.waitForTimeout(200);
    assert.equal(await view.isHidden(), true);
  });

  pageTest('the theme follows the theme attribute, or the system when it is auto; custom properties restyle it', async (web) => {
    const chat = web.chat('#coach');
    const LIGHT_BG = 'rgb(248, 248, 248)';
    const DARK_BG = 'rgb(24, 24, 24)';
    const exampleBg = () => chat.locator('vscode-button.example').first().evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor);
    assert.equal(await chat.host.getAttribute('theme'), null, 'the demo starts on auto');
    assert.equal(await hostStyle(chat, 'background-color'), LIGHT_BG, 'auto with a light system');
    assert.equal(await exampleBg(), 'rgb(229, 229, 229)');
    const lightText = await computed(chat, '.welcome', 'color');

    await web.page.locator('input[name="theme"][value="dark"]').check();
    assert.equal(await chat.host.getAttribute('theme'), 'dark');
    assert.equal(await hostStyle(chat, 'background-color'), DARK_BG);
    assert.equal(await exampleBg(), 'rgb(49, 49, 49)', 'vscode-elements inside take the theme too');
    assert.notEqual(await computed(chat, '.welcome', 'color'), lightText);
    assert.equal(await hostStyle(chat, 'color-scheme'), 'dark');
    await logged(web, 'theme');

    await web.page.locator('input[name="theme"][value="auto"]').check();
    assert.equal(await hostStyle(chat, 'background-color'), LIGHT_BG);
    await web.page.emulateMedia({ colorScheme: 'dark' });
    assert.equal(await hostStyle(chat, 'background-color'), DARK_BG, 'auto follows prefers-color-scheme');
    await web.page.locator('input[name="theme"][value="light"]').check();
    assert.equal(await hostStyle(chat, 'background-color'), LIGHT_BG, 'light stays light on a dark system');
    await web.page.emulateMedia({ colorScheme: 'light' });

    // --stride-accent (the demo's colour input) recolours the send button and the focus ring.
    const sendBg = () => chat.locator('vscode-button.send').evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.base')!).backgroundColor);
    assert.equal(await sendBg(), 'rgb(0, 95, 184)');
    await web.page.locator('#accent').fill('#c2185b');
    assert.equal(await sendBg(), 'rgb(194, 24, 91)');
    await chat.input.focus();
    assert.equal(await computed(chat, '.input-row', 'outline-color'), 'rgb(194, 24, 91)');
    // --stride-font, set by the page's stylesheet on the element.
    await web.page.locator('#serif').check();
    assert.match(await computed(chat, '.log', 'font-family'), /^Georgia/);
  });

  pageTest('a knowledge pack answers beside the built-in corpus', async (web) => {
    const chat = web.chat('#coach');
    const [loaded] = await logged(web, 'pack-load');
    assert.equal(loaded, 'my-club.pack.json: my-club, 2 passages');
    assert.equal(await chat.host.evaluate((el) => (el as HTMLElement & { packStatus: string }).packStatus), 'loaded');
    const expected = coachWith([EXAMPLE_PACK], 4).ask(STRIDES);
    assert.ok(expected.citations.some((c) => c.id === 'my-club:strides-on-grass'), 'premise: the engine cites the pack');
    const turn = await chat.ask(STRIDES);
    const cited = await turn.locator('li.citation').evaluateAll((els) => els.map((el) => el.getAttribute('data-passage')));
    assert.deepEqual(cited, expected.citations.map((c) => c.id));
    assert.ok(cited.includes('my-club:strides-on-grass'));
    assert.equal(await turn.locator('li.citation[data-passage="my-club:strides-on-grass"] .citation-source').innerText(), 'club-notes.md › After easy runs');
    const [answer] = await logged(web, 'answer');
    assert.ok(answer.includes('my-club:strides-on-grass'), answer);
    // The built-in corpus answers too.
    const soleus = await chat.ask(SOLEUS);
    assert.equal(await soleus.locator('li.citation').first().getAttribute('data-passage'), coachWith([EXAMPLE_PACK], 4).ask(SOLEUS).citations[0].id);
  });

  it('a pack that does not load shows a clear error, and the built-in corpus still answers', async () => {
    const web = await suite.open('invalid-pack.html');
    try {
      const builtin = coachWith([]);
      const cases = [
        { id: 'missing', reason: 'the server answered 404 Not Found', url: 'no-such.pack.json' },
        { id: 'not-a-pack', reason: 'the file is not a Stride Coach knowledge pack', url: 'not-a-pack.json' },
      ];
      for (const c of cases) {
        const chat = web.chat(`#${c.id}`);
        await chat.ready();
        const message = `Could not load the knowledge pack “${c.url}”: ${c.reason}. Answering from the built-in sources only.`;
        const notice = chat.locator('.notice-error');
        await notice.waitFor();
        assert.equal(await notice.locator('.notice-text').innerText(), message);
        assert.equal(await notice.getAttribute('role'), 'alert', 'announced at once');
        const state = await chat.host.evaluate((el) => [(el as HTMLElement & { packStatus: string }).packStatus, (el as HTMLElement & { packError: string }).packError, el.hasAttribute('data-pack-error')]);
        assert.deepEqual(state, ['error', message, true]);

        const turn = await chat.ask(SOLEUS);
        const cited = await turn.locator('li.citation').evaluateAll((els) => els.map((el) => el.getAttribute('data-passage')));
        assert.deepEqual(cited, builtin.ask(SOLEUS).citations.map((x) => x.id));
        const strides = await chat.ask(STRIDES);
        assert.equal(await strides.locator('li.citation[data-passage^="my-club:"]').count(), 0);
      }
      // Pointed at a good pack, the element takes the error away and answers from it.
      const fixed = web.chat('#not-a-pack');
      const name = await fixed.host.evaluate(
        (el) =>
          new Promise<string>((resolve) => {
            el.addEventListener('pack-load', (e) => resolve((e as CustomEvent<{ name: string }>).detail.name), { once: true });
            el.setAttribute('pack', 'my-club.pack.json');
          }),
      );
      assert.equal(name, 'my-club');
      await fixed.locator('.notice-error').waitFor({ state: 'detached' });
      assert.deepEqual(await fixed.host.evaluate((el) => [(el as HTMLElement & { packStatus: string }).packStatus, el.hasAttribute('data-pack-error')]), ['loaded', false]);
      const strides = await fixed.ask(STRIDES);
      assert.equal(await strides.locator('li.citation[data-passage="my-club:strides-on-grass"]').count(), 1);

      // The one expected console error is the browser reporting the 404 itself.
      const notFound = web.consoleErrors.filter((e) => /404/.test(e) && e.includes('no-such.pack.json'));
      assert.equal(notFound.length, 1, web.consoleErrors.join('\n'));
      web.consoleErrors.splice(0, web.consoleErrors.length, ...web.consoleErrors.filter((e) => !notFound.includes(e)));
      assert.deepEqual(await web.problems(), []);
    } finally {
      await web.context.close();
    }
  });

  pageTest('page styles do not reach inside, and the component’s styles do not reach the page', async (web) => {
    const pageButton = () =>
      web.page.locator('#page-button').evaluate((el) => {
        const s = getComputedStyle(el);
        return ['color', 'background-color', 'font-family', 'font-size', 'border-top-style', 'padding-left', 'line-height', 'text-transform'].map((p) => `${p}: ${s.getPropertyValue(p)}`);
      });
    const before = await pageButton();
    const documentSheets = () => web.page.evaluate(() => ({ sheets: document.styleSheets.length, adopted: document.adoptedStyleSheets.length, elements: document.querySelectorAll('style, link').length }));
    const sheetsBefore = await documentSheets();
    assert.ok(before.includes('color: rgb(255, 0, 0)'), 'premise: the page makes its buttons red');

    await web.page.addScriptTag({ url: 'stride-coach-chat.js' });
    await web.page.evaluate(() => {
      const chat = document.createElement('stride-coach-chat');
      chat.id = 'embedded';
      document.getElementById('slot')!.append(chat);
    });
    const chat = web.chat('#embedded');
    await chat.ready();
    const turn = await chat.ask(SOLEUS);

    // Nothing of the page's rules inside: not the button colour, not `display: none` on the
    // log's classes, not the inherited font, case, spacing or alignment.
    const open = turn.locator('.citation-open').first();
    assert.notEqual(await open.evaluate((el) => getComputedStyle(el).color), 'rgb(255, 0, 0)');
    assert.deepEqual(await open.evaluate((el) => [getComputedStyle(el).borderTopStyle, getComputedStyle(el).backgroundColor]), ['none', 'rgba(0, 0, 0, 0)']);
    assert.equal(await open.isVisible(), true);
    assert.equal(await chat.locator('.log').isVisible(), true);
    assert.equal(await turn.locator('.answer').isVisible(), true);
    assert.notEqual(await computed(chat, '#question', 'color'), 'rgb(255, 0, 0)');
    assert.equal(await computed(chat, '#question', 'font-size'), '13px');
    for (const [property, value] of [['font-style', 'normal'], ['letter-spacing', 'normal'], ['text-transform', 'none'], ['font-size', '13px']]) {
      assert.equal(await computed(chat, '.answer', property), value, property);
    }
    assert.notEqual(await computed(chat, '.answer', 'color'), 'rgb(0, 128, 0)');
    assert.notEqual(await computed(chat, '.welcome, .turn', 'font-family'), await web.page.evaluate(() => getComputedStyle(document.body).fontFamily));
    // The page may size the element itself.
    assert.equal(await hostStyle(chat, 'height'), '480px');

    // Nothing of the component's rules outside: the page's button is as it was, and the
    // document got no stylesheet (the chat's styles are adopted by its shadow root only).
    assert.deepEqual(await pageButton(), before);
    assert.deepEqual(await documentSheets(), sheetsBefore);
    assert.equal(await web.page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'stride-codicon').length), 1, 'only the icon font, under a family name of its own');
    assert.equal(await chat.host.evaluate((el) => el.shadowRoot!.adoptedStyleSheets.length), 4);
    assert.equal(await chat.host.evaluate((el) => el.shadowRoot!.querySelectorAll('style, link').length), 0);
  }, { path: 'leak.html', waitReady: false });

  pageTest('copying goes to the clipboard, “Insert into plan” copies the block and fires insert-plan, export downloads a .md file', async (web) => {
    const chat = web.chat('#coach');
    const question = 'exercises for weak peroneals?';
    const coach = coachWith([EXAMPLE_PACK], 4);
    const expected = coach.ask(question);
    const exercise = expected.citations.find((c) => c.kind === 'exercise');
    assert.ok(exercise, 'premise: an exercise is cited');
    const turn = await chat.ask(question);
    const clipboard = () => web.page.evaluate(() => navigator.clipboard.readText());

    await turn.locator(`li.citation[data-passage="${exercise.id}"] vscode-button.insert-plan`).click();
    const [inserted] = await logged(web, 'insert-plan');
    const lookup = (id: string): Passage | undefined => coach.passages().find((p) => p.id === id);
    const block = formatPlanBlock(lookup(exercise.id)!, lookup);
    assert.equal(inserted, `${exercise.id}: ${block.split('\n')[0]}`);
    await chat.locator('.notice', { hasText: 'Copied to the clipboard as a Markdown block' }).waitFor();
    assert.equal(await clipboard(), block);

    await turn.locator('vscode-toolbar-button.copy-answer').click();
    await chat.locator('.toast', { hasText: 'Answer copied, with its sources.' }).waitFor();
    await web.page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('[1] ')));
    const copied = await clipboard();
    assert.ok(copied.startsWith(expected.answer), copied.slice(0, 120));
    assert.ok(copied.includes(`[1] ${expected.citations[0].title}`));

    const [download] = await Promise.all([web.page.waitForEvent('download'), chat.locator('vscode-toolbar-button[label="Export chat as Markdown"]').click()]);
    assert.match(download.suggestedFilename(), /^stride-coach-exercises-for-weak-peroneals\.md$/);
    const file = await download.path();
    const markdown = fs.readFileSync(file, 'utf8');
    assert.ok(markdown.includes(question));
    assert.ok(markdown.includes(expected.citations[0].title));
  }, { permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });

  pageTest('attributes: placeholder, max-citations, theme and storage-key, live; two elements keep separate histories', async (web) => {
    const first = web.chat('#first');
    const second = web.chat('#second');
    await second.ready();
    assert.equal(await first.input.getAttribute('placeholder'), 'Ask the first coach');
    assert.equal(await second.input.getAttribute('placeholder'), 'Ask a question, or / for commands');
    assert.equal(await hostStyle(first, 'background-color'), 'rgb(24, 24, 24)');
    assert.equal(await hostStyle(second, 'background-color'), 'rgb(248, 248, 248)');

    const one = await first.ask(SOLEUS);
    assert.equal(await one.locator('li.citation').count(), 1, 'max-citations="1"');
    assert.equal(await second.answeredTurns.count(), 0, 'the other element is untouched');
    const two = await second.ask(SOLEUS);
    assert.equal(await two.locator('li.citation').count(), coachWith([]).ask(SOLEUS).citations.length);

    // Live changes.
    await first.host.evaluate((el) => {
      el.setAttribute('placeholder', 'Something else');
      el.setAttribute('max-citations', '2');
    });
    assert.equal(await first.input.getAttribute('placeholder'), 'Something else');
    const three = await first.ask(SOLEUS);
    assert.equal(await three.locator('li.citation').count(), 2);
    const loaded = await second.host.evaluate(
      (el) =>
        new Promise<string>((resolve) => {
          el.addEventListener('pack-load', (e) => resolve((e as CustomEvent<{ name: string }>).detail.name), { once: true });
          el.setAttribute('pack', 'my-club.pack.json');
        }),
    );
    assert.equal(loaded, 'my-club');
    const strides = await second.ask(STRIDES);
    assert.equal(await strides.locator('li.citation[data-passage="my-club:strides-on-grass"]').count(), 1);
    // The property API asks too.
    await second.sendAndWait(() => second.host.evaluate((el) => (el as HTMLElement & { ask(t: string): void }).ask('exercises for weak peroneals?')));

    // Histories are kept apart: by id by default, by storage-key when given.
    const keys = await web.page.evaluate(() => Object.keys(localStorage).sort());
    // One key per chat, an index of chats and the open chat, under each element's own prefix.
    assert.deepEqual(
      keys.map((k) => k.replace(/\.chat\.[0-9a-f-]+$/, '.chat.<id>')),
      ['second-history.chat.<id>', 'second-history.chatIndex', 'second-history.currentChat', 'stride-coach:first.chat.<id>', 'stride-coach:first.chatIndex', 'stride-coach:first.currentChat'],
    );
    await web.page.reload();
    await first.ready();
    await second.ready();
    assert.deepEqual(await first.locator('.question-text').allInnerTexts(), [SOLEUS, SOLEUS]);
    assert.deepEqual(await second.locator('.question-text').allInnerTexts(), [SOLEUS, STRIDES, 'exercises for weak peroneals?']);

    // Taken out of the page and put back, an element picks up where it was.
    await first.host.evaluate((el) => {
      const parent = el.parentElement!;
      el.remove();
      setTimeout(() => parent.prepend(el), 50);
    });
    await first.ready();
    assert.deepEqual(await first.locator('.question-text').allInnerTexts(), [SOLEUS, SOLEUS]);
    assert.equal(await first.input.getAttribute('placeholder'), 'Ask the first coach', 'as the reloaded page has it');

    // The muscle map works in the shadow root: a region asks about its muscle.
    await first.locator('vscode-toolbar-button[label="Muscle map"]').click();
    const soleus = first.locator('.muscle-map [data-muscle="soleus"]');
    const asked = await first.sendAndWait(() => soleus.locator('path').first().click());
    assert.equal(await asked.locator('.question-text').innerText(), 'What does the soleus do in running?');
  }, { path: 'attributes.html' });

  pageTest('the demo is served with a strict CSP, and every panel works under it', async (web) => {
    const response = await web.page.request.get(suite.url('/'));
    const csp = response.headers()['content-security-policy'];
    assert.equal(csp, STRICT_CSP);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /connect-src 'self'/);

    const chat = web.chat('#coach');
    await chat.ask('/plan calves, glutes');
    for (const label of ['Muscle map', 'Gait phases', 'Show chat history']) await chat.locator(`vscode-toolbar-button[label="${label}"]`).click();
    await chat.locator('.history-item').first().waitFor();
    await chat.locator('vscode-toolbar-button[label="Show chat history"]').click();
    await chat.locator('.gait-phase[data-phase="mid-stance"] .gait-phase-name').click();
    await chat.locator('.passage-view').waitFor();
    await chat.locator('.passage-view vscode-toolbar-button[label="Close passage"]').click();
    await chat.input.fill('/ex');
    await chat.locator('#completions [role=option]').first().waitFor();
    await chat.input.press('Escape');
    await chat.locator('vscode-toolbar-button[label="New chat"]').click();
    await chat.locator('.welcome').waitFor();
    assert.deepEqual(await web.cspViolations(), []);
  });
});

describe('<stride-coach-chat> storage: nothing stored is lost (issue 13)', function () {
  this.timeout(90_000);
  const suite = webSuite();
  const { pageTest } = suite;

  pageTest('a full localStorage: the user is told, and chats already stored stay', async (web) => {
    const chat = web.chat('#coach');
    await chat.ask(SOLEUS);
    // Fill the origin's storage to the brim with someone else's data.
    await web.page.evaluate(() => {
      for (let size = 1 << 20; size >= 64; size >>= 1) {
        for (let i = 0; ; i++) {
          try {
            localStorage.setItem(`filler-${size}-${i}`, 'x'.repeat(size));
          } catch {
            break;
          }
        }
      }
    });
    await chat.ask('exercises for weak peroneals?');
    const notice = chat.locator('.notice', { hasText: 'could not be saved' });
    await notice.waitFor();
    assert.match((await notice.textContent()) ?? '', /Chats already saved are kept/);
    await web.page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k);
    });
    await web.page.reload();
    await chat.ready();
    assert.ok((await chat.locator('.question-text').allInnerTexts()).includes(SOLEUS), 'the answer stored before storage filled up is still there');
  });

  it('a forged or damaged pack is refused at load with a clear error (pack-error, no pack-load)', async () => {
    const good = JSON.parse(fs.readFileSync(EXAMPLE_PACK, 'utf8'));
    const first = good.corpus.passages.length - good.own;
    const forged = structuredClone(good);
    forged.corpus.passages[forged.corpus.passages.findIndex((p: { id: string }) => p.id === 'soleus')].text = 'The soleus is vestigial; do not train it.';
    const wrongType = structuredClone(good);
    wrongType.corpus.passages[first].works = 'calves';
    const outOfRange = structuredClone(good);
    outOfRange.corpus.index.postings[0][0] = 99_999;
    const files = { 'forged.pack.json': [forged, /changes built-in passages/], 'wrong-type.pack.json': [wrongType, /damaged \(passage \d+ \(works\)/], 'out-of-range.pack.json': [outOfRange, /damaged \(its index points past/] } as const;
    for (const [name, [pack]] of Object.entries(files)) fs.writeFileSync(path.join(CACHE_DIR, name), JSON.stringify(pack));
    const web = await suite.open('/');
    try {
      const chat = web.chat('#coach');
      for (const [name, [, reason]] of Object.entries(files)) {
        const outcome = await chat.host.evaluate(
          (el, url) =>
            new Promise<string>((resolve) => {
              el.addEventListener('pack-load', () => resolve('loaded'), { once: true });
              el.addEventListener('pack-error', (e) => resolve((e as CustomEvent<{ message: string }>).detail.message), { once: true });
              el.setAttribute('pack', url);
            }),
          name,
        );
        assert.match(outcome, reason, name);
        const soleus = await chat.ask(SOLEUS);
        assert.doesNotMatch((await soleus.textContent()) ?? '', /vestigial/);
      }
      assert.deepEqual(await web.problems(), []);
    } finally {
      await web.context.close();
    }
  });

  it('two tabs with the same storage key both keep their turns', async () => {
    const first = await suite.open('/');
    const second = new WebPage(first.context, await first.context.newPage());
    try {
      await second.page.goto(first.page.url());
      const a = first.chat('#coach');
      const b = second.chat('#coach');
      await b.ready();
      await a.ask(SOLEUS);
      await b.ask('exercises for weak peroneals?');
      await a.ask('what happens when the glutes are weak?');
      await first.page.reload();
      await a.ready();
      const questions = await a.locator('.question-text').allInnerTexts();
      for (const q of [SOLEUS, 'exercises for weak peroneals?', 'what happens when the glutes are weak?']) assert.ok(questions.includes(q), `${q} kept (have ${questions.join(' | ')})`);
      assert.deepEqual([...(await first.problems()), ...(await second.problems())], []);
    } finally {
      await first.context.close();
    }
  });
});
