/// <reference lib="dom" />
/**
 * Drives the chat page in Chromium for the browser tests: one fresh browser context per panel
 * (empty localStorage and saved state), with every page error, console error and CSP violation
 * collected so each test can insist there were none.
 */
import * as assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { ToWebview } from '../../src/protocol/messages';
import { buildShim, startShimServer, type ShimServer } from './shim/server';
import type { ShimEvent } from './shim/shim-entry';

export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
};

/** A VS Code sidebar's proportions. */
export const SIDEBAR = { width: 420, height: 760 };

// A string, not a function: Playwright would serialize a function's compiled text, and the
// recorder must exist before any page script runs.
export const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber);
  }, true);
`;

type PageGlobals = { __shimEvents: ShimEvent[]; __cspViolations: string[]; __pwned?: unknown };

export class Panel {
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly consoleWarnings: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  /** `deviceScaleFactor: 2` for screenshots meant for the docs (sharp on high-density screens). */
  static async open(browser: Browser, url: string, options: { deviceScaleFactor?: number } = {}): Promise<Panel> {
    const context = await browser.newContext({ viewport: SIDEBAR, ...options });
    await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
    const panel = new Panel(context, await context.newPage());
    await panel.load(url);
    return panel;
  }

  /** Opens another page of the same browser context (same localStorage, fresh saved state). */
  async openSibling(url: string): Promise<Panel> {
    const panel = new Panel(this.context, await this.context.newPage());
    await panel.load(url);
    return panel;
  }

  private async load(url: string): Promise<void> {
    this.page.on('pageerror', (err) => this.pageErrors.push(err.stack ?? err.message));
    this.page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
      if (msg.type() === 'warning') this.consoleWarnings.push(msg.text());
    });
    await this.page.goto(url);
    await this.waitForHost();
  }

  /** Waits until the host's init has been rendered (examples or turns are on screen). */
  async waitForHost(): Promise<void> {
    await this.page.locator('.welcome vscode-button.example, .log .turn:not(.pending)').first().waitFor();
  }

  get input(): Locator {
    return this.page.locator('#question');
  }

  get answeredTurns(): Locator {
    return this.page.locator('.log .turn:not(.pending)');
  }

  /** Types a question and sends it with Enter; resolves with the turn once it is answered. */
  async ask(text: string): Promise<Locator> {
    await this.input.fill(text);
    return this.sendAndWait(() => this.input.press('Enter'));
  }

  /** Does `send` (a click, a key) and waits for exactly one more answered turn. */
  async sendAndWait(send: () => Promise<unknown>): Promise<Locator> {
    const before = await this.answeredTurns.count();
    await send();
    const turn = this.answeredTurns.nth(before);
    await turn.waitFor();
    await this.page.locator('.log .turn.pending').waitFor({ state: 'detached' });
    return turn;
  }

  async events(): Promise<ShimEvent[]> {
    return this.page.evaluate(() => (window as unknown as PageGlobals).__shimEvents);
  }

  /** Waits (polling) until the shim has recorded at least `count` events of a kind. */
  async waitForEvents<K extends ShimEvent['kind']>(kind: K, count = 1, timeoutMs = 5000): Promise<Extract<ShimEvent, { kind: K }>[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await this.eventsOf(kind);
      if (found.length >= count) return found;
      if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${count} ${kind} event(s), saw ${found.length}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async eventsOf<K extends ShimEvent['kind']>(kind: K): Promise<Extract<ShimEvent, { kind: K }>[]> {
    return (await this.events()).filter((e): e is Extract<ShimEvent, { kind: K }> => e.kind === kind);
  }

  /** Host messages the shim sent of one type (what the webview was told). */
  async sent<T extends ToWebview['type']>(type: T): Promise<Extract<ToWebview, { type: T }>[]> {
    return (await this.eventsOf('toWebview')).map((e) => e.message).filter((m): m is Extract<ToWebview, { type: T }> => m.type === type);
  }

  /** Messages the webview sent its host. */
  async received(): Promise<{ type: string; [key: string]: unknown }[]> {
    return (await this.eventsOf('toHost')).map((e) => e.message as { type: string });
  }

  async pwned(): Promise<unknown> {
    return this.page.evaluate(() => (window as unknown as PageGlobals).__pwned);
  }

  async cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as PageGlobals).__cspViolations);
  }

  /** Everything that went wrong on the page so far; a healthy panel has nothing to report. */
  async problems(): Promise<string[]> {
    const csp = this.page.isClosed() ? [] : await this.cspViolations();
    return [...csp.map((v) => `CSP violation: ${v}`), ...this.pageErrors.map((e) => `page error: ${e}`), ...this.consoleErrors.map((e) => `console error: ${e}`)];
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/**
 * Inside a `describe`: builds the shim, serves the page and starts Chromium once for the suite,
 * and returns `panelTest`, which runs a test on a fresh panel that must end with no CSP
 * violation, page error or console error.
 */
export function chromiumSuite(): {
  panelTest(title: string, body: (panel: Panel) => Promise<void>, query?: string, options?: { deviceScaleFactor?: number }): void;
  url(): string;
} {
  let server: ShimServer | undefined;
  let browser: Browser | undefined;
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
  return {
    url: () => server!.url,
    panelTest(title, body, query = '', options = {}) {
      it(title, async () => {
        const panel = await Panel.open(browser!, server!.url + query, options);
        try {
          await body(panel);
          assert.deepEqual(await panel.problems(), []);
        } finally {
          await panel.close();
        }
      });
    },
  };
}
