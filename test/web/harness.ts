/// <reference lib="dom" />
/**
 * Drives pages with `<stride-coach-chat>` in Chromium: the demo page and the test pages in
 * test/web/pages/, served by the demo's own server (web/serve.mjs) with its strict CSP, plus
 * the knowledge packs the tests need (the example pack as `npm run web` builds it, and a
 * hostile one). Every test gets a fresh browser context; page errors, console errors, CSP
 * violations, dialogs and requests are collected so each test can insist on none (or only
 * local ones).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createCoach, type Coach } from '../../src/engine';
import { loadBuiltinCorpus } from '../../src/node/builtin';
import { readPackFile } from '../../src/node/pack';
import { BUNDLE, DEMO_DIR, DIST_DIR, EXAMPLE_PACK, startServer, STRICT_CSP, type StaticServer } from '../../web/serve.mjs';
import { ROOT } from '../helpers';
import { CHROMIUM, RECORD_CSP_VIOLATIONS } from '../webview/panel';

export { EXAMPLE_PACK, STRICT_CSP };

/** Built per run: packs the tests serve beside the demo (git-ignored). */
export const CACHE_DIR = path.join(ROOT, '.cache', 'web-test');
export const PAGES_DIR = path.join(ROOT, 'test', 'web', 'pages');
export const HOSTILE_PACK_DIR = path.join(ROOT, 'test', 'web', 'fixtures', 'hostile-pack');
export const HOSTILE_PACK = path.join(CACHE_DIR, 'hostile.pack.json');

/** Builds a pack folder with the CLI, as a user would. */
export function buildPack(dir: string, out: string): void {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'pack', dir, '--out', out], { cwd: ROOT, stdio: 'pipe' });
}

/** The engine in Node with the same knowledge a page loads, for expected answers. */
export function coachWith(packFiles: string[] = [], maxCitations?: number): Coach {
  return createCoach({ corpus: loadBuiltinCorpus(path.join(ROOT, 'dist', 'corpus.json')), packs: packFiles.map((f) => readPackFile(f)), maxCitations });
}

type Globals = { __cspViolations: string[] };

/** One page, with what went wrong on it. */
export class WebPage {
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly consoleWarnings: string[] = [];
  readonly requests: string[] = [];
  readonly dialogs: string[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('pageerror', (err) => this.pageErrors.push(err.stack ?? err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
      if (msg.type() === 'warning') this.consoleWarnings.push(msg.text());
    });
    page.on('request', (req) => this.requests.push(req.url()));
    page.on('dialog', (dialog) => {
      this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
  }

  /** The element (by CSS selector; Playwright's CSS reaches into open shadow roots). */
  chat(selector = 'stride-coach-chat'): ChatElement {
    return new ChatElement(this.page, selector);
  }

  async cspViolations(): Promise<string[]> {
    return this.page.isClosed() ? [] : this.page.evaluate(() => (window as unknown as Globals).__cspViolations ?? []);
  }

  /** Everything that went wrong on the page so far. */
  async problems(): Promise<string[]> {
    const csp = await this.cspViolations();
    return [
      ...csp.map((v) => `CSP violation: ${v}`),
      ...this.pageErrors.map((e) => `page error: ${e}`),
      ...this.consoleErrors.map((e) => `console error: ${e}`),
      ...this.dialogs.map((d) => `dialog: ${d}`),
    ];
  }
}

/** One `<stride-coach-chat>` on a page. */
export class ChatElement {
  constructor(
    readonly page: Page,
    readonly selector: string,
  ) {}

  get host(): Locator {
    return this.page.locator(this.selector);
  }

  /** A locator inside the element's shadow root. */
  locator(selector: string, options?: Parameters<Locator['locator']>[1]): Locator {
    return this.host.locator(selector, options);
  }

  get input(): Locator {
    return this.locator('#question');
  }

  get answeredTurns(): Locator {
    return this.locator('.log .turn:not(.pending)');
  }

  /** Waits until the element has its host's init on screen (examples or turns). */
  async ready(): Promise<void> {
    await this.locator('.welcome vscode-button.example, .log .turn:not(.pending)').first().waitFor();
  }

  /** Types a question, sends it with Enter, and resolves with its answered turn. */
  async ask(text: string): Promise<Locator> {
    await this.input.fill(text);
    return this.sendAndWait(() => this.input.press('Enter'));
  }

  async sendAndWait(send: () => Promise<unknown>): Promise<Locator> {
    const before = await this.answeredTurns.count();
    await send();
    const turn = this.answeredTurns.nth(before);
    await turn.waitFor();
    await this.locator('.log .turn.pending').waitFor({ state: 'detached' });
    return turn;
  }
}

export interface WebSuite {
  url(pathname?: string): string;
  browser(): Browser;
  /** A test on a fresh page of `pathname`, which must end with no CSP violation, page error, console error or dialog. */
  pageTest(title: string, body: (page: WebPage) => Promise<void>, options?: PageOptions): void;
  open(pathname: string, options?: PageOptions): Promise<WebPage>;
}

export interface PageOptions {
  path?: string;
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  colorScheme?: 'light' | 'dark';
  permissions?: string[];
  acceptDownloads?: boolean;
  /** Wait for the first element to be ready (default true). */
  waitReady?: boolean;
}

/**
 * Inside a `describe`: builds the packs, serves the demo (web/demo, dist/web) with the test
 * pages and packs beside it under the strict CSP, and starts Chromium once for the suite.
 */
export function webSuite(): WebSuite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  before(async function () {
    this.timeout(120_000);
    for (const f of [BUNDLE, path.join(ROOT, 'dist', 'cli.js'), path.join(ROOT, 'dist', 'corpus.json')]) {
      if (!fs.existsSync(f)) throw new Error(`${path.relative(ROOT, f)} is missing; run \`npm run build\` first`);
    }
    // The example pack, as `npm run web` builds it, and the hostile pack.
    buildPack(path.join(ROOT, 'examples', 'my-pack'), EXAMPLE_PACK);
    buildPack(HOSTILE_PACK_DIR, HOSTILE_PACK);
    server = await startServer({ dirs: [DEMO_DIR, DIST_DIR, PAGES_DIR, CACHE_DIR] });
    browser = await chromium.launch(CHROMIUM);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const open = async (pathname: string, options: PageOptions = {}): Promise<WebPage> => {
    const context = await browser!.newContext({
      viewport: options.viewport ?? { width: 1200, height: 860 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      colorScheme: options.colorScheme ?? 'light',
      acceptDownloads: options.acceptDownloads ?? false,
    });
    if (options.permissions) await context.grantPermissions(options.permissions, { origin: server!.url.replace(/\/$/, '') });
    await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
    const web = new WebPage(context, await context.newPage());
    await web.page.goto(server!.url + pathname.replace(/^\//, ''));
    if (options.waitReady ?? true) await web.chat().ready();
    return web;
  };
  return {
    url: (pathname = '') => server!.url + pathname.replace(/^\//, ''),
    browser: () => browser!,
    open,
    pageTest(title, body, options = {}) {
      it(title, async () => {
        const web = await open(options.path ?? '/', options);
        try {
          await body(web);
          assert.deepEqual(await web.problems(), []);
        } finally {
          await web.context.close();
        }
      });
    },
  };
}
