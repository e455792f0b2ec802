#!/usr/bin/env node
// `npm run test:host`: the extension in a real VS Code host, offline.
//   1. builds the extension and the in-host test bundle, packages and checks the VSIX (< 1 MB);
//   2. installs code-server on first use (scripts/code-server.mjs, ~2-5 minutes once);
//   3. runs the mocha suite inside the extension host (extensionDevelopmentPath + extensionTestsPath
//      through the workbench's `payload`, exit code through codeAutomationExit);
//   4. installs the VSIX into a fresh profile and drives the real chat UI with Playwright:
//      the palette opens the chat, a question is typed into the webview, the answer and its
//      citations appear; a screenshot goes to test-results/vscode-workbench.png; then check.md is
//      opened and checked from the palette: the summary shows in the status bar and the warnings
//      are underlined (test-results/vscode-check-document.png); the passage view and the gait
//      panel (scripts/ui-reading.mjs) are pictured on the way. Under `npm run screenshots` only,
//      these also refresh the README's pictures in docs/;
//   5. writes the figures the in-host tests measured (activation, engine load, first answer, the
//      5,000-word Check Document, the 1,000-question session) and the VSIX size to
//      bench/results/extension.json ({date, node, data}, as bench/results.ts writes; merged into
//      bench/results/latest.json by `npm run bench`). The tests assert behaviour; these figures
//      are reported, not judged.
// Both parts (3 and 4) run even when the other fails; the closing line counts them for npm test
// ("test:host: N passed, M failed", the UI check as one test; "not run: ..." before it when the
// in-host tests reported nothing). Exits non-zero if any step fails. Needs Debian's chromium
// (CHROMIUM_PATH to override) and, for the first install, libkrb5-dev.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureCodeServer, prepareProfile, startCodeServer, codeServerCli } from './code-server.mjs';
import { ROOT, buildExtension, buildHostTests, checkVsix, EXTENSION_ID, keepScreenshot, packageVsix, prepareWorkspace } from './host-tests.mjs';
import { readingUi } from './ui-reading.mjs';

const RUN = path.join(ROOT, '.cache', 'host-run');
const RESULTS = path.join(ROOT, 'test-results');
const FIGURES = path.join(RUN, 'in-host', 'figures.json');
const BENCH_RESULT = path.join(ROOT, 'bench', 'results', 'extension.json');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const QUESTION = 'What does the soleus do at mid-stance?';
// How long to wait before calling something hung. These only catch a hang: a busy 2-core machine
// (CI shares one with other work) can take several times as long as a quiet one, and must pass.
const IN_HOST_LIMIT_MIN = 20;
const UI_WAIT_MS = 90_000;

const timings = [];
async function step(name, fn) {
  const t = Date.now();
  process.stdout.write(`\n== ${name}\n`);
  try {
    return await fn();
  } finally {
    timings.push([name, (Date.now() - t) / 1000]);
  }
}

function browser() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

const isNoise = (s) => /open-vsx\.org|ENOTFOUND|vsda|github.*auth|Failed to load resource|gallery|marketplace/i.test(s);

/** The mocha suite inside the extension host. Resolves to the exit code VS Code reports. */
async function runInHost(workspace) {
  const profile = prepareProfile(path.join(RUN, 'in-host'));
  const report = path.join(RUN, 'in-host', 'mocha.log');
  fs.rmSync(report, { force: true });
  fs.rmSync(FIGURES, { force: true });
  const server = await startCodeServer({ profile, env: { STRIDE_COACH_TEST_LOG: report, STRIDE_COACH_TEST_FIGURES: FIGURES } });
  const b = await browser();
  let printed = 0;
  const flush = () => {
    if (!fs.existsSync(report)) return;
    const text = fs.readFileSync(report, 'utf8');
    process.stdout.write(text.slice(printed));
    printed = text.length;
  };
  try {
    const page = await b.newPage({ viewport: { width: 1400, height: 900 } });
    let finish;
    const exited = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = (Array.isArray(args) ? args : [args]).map(String).join(' ');
      if ((type === 'error' || type === 'warn') && !isNoise(line) && process.env.HOST_VERBOSE) process.stderr.write(`[workbench ${type}] ${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    const authority = `127.0.0.1:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${authority}${ROOT}`],
      ['extensionTestsPath', `vscode-remote://${authority}${path.join(ROOT, '.cache', 'extension-host-tests', 'index.js')}`],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timer = setInterval(flush, 500);
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), IN_HOST_LIMIT_MIN * 60_000))]);
    clearInterval(timer);
    flush();
    if (code === 'timeout') {
      await page.screenshot({ path: path.join(RESULTS, 'vscode-in-host-timeout.png') }).catch(() => {});
      throw new Error(`the in-host tests did not finish within ${IN_HOST_LIMIT_MIN} minutes (screenshot in test-results/)`);
    }
    if (!printed) throw new Error(`the in-host tests exited with ${code} but reported nothing (see ${path.relative(ROOT, path.join(RUN, 'in-host', 'code-server.log'))})`);
    return { code, counts: mochaCounts(fs.readFileSync(report, 'utf8')) };
  } finally {
    await b.close();
    await server.stop();
  }
}

/** The counts in mocha's spec epilogue ("N passing", "N pending", "N failing"), or null. */
function mochaCounts(text) {
  const last = (word) => {
    const all = [...text.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))];
    return all.length ? Number(all[all.length - 1][1]) : null;
  };
  const passed = last('passing');
  return passed === null ? null : { passed, failed: last('failing') ?? 0, pending: last('pending') ?? 0 };
}

/** Runs a palette command by its full title, retrying while the extension's commands load. */
async function runCommand(page, title) {
  const deadline = Date.now() + UI_WAIT_MS;
  for (;;) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
    await input.fill(`>${title}`);
    // The exact title (its row may carry the keybinding after a comma), not a longer one such
    // as "... in Editor Tab".
    const rows = page.locator('.quick-input-list .monaco-list-row');
    try {
      await rows.filter({ hasText: title }).first().waitFor({ state: 'visible', timeout: 3000 });
      for (let i = 0, n = await rows.count(); i < n; i++) {
        const label = (await rows.nth(i).getAttribute('aria-label')) ?? '';
        if (label === title || label.startsWith(`${title},`)) {
          await rows.nth(i).click();
          return;
        }
      }
    } catch {
      /* not there yet */
    }
    if (Date.now() > deadline) throw new Error(`the command "${title}" did not appear in the palette within ${UI_WAIT_MS / 1000} s`);
  }
}

/**
 * The chat page inside the workbench: each webview is an `iframe.webview.ready` holding the
 * page in `iframe#active-frame`; the chat is the one with a question box (a Markdown preview,
 * say, is a webview too).
 */
async function chatFrame(page, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const n = await page.locator('iframe.webview.ready').count();
    for (let i = 0; i < n; i++) {
      const frame = page.frameLocator(`iframe.webview.ready >> nth=${i}`).frameLocator('iframe#active-frame');
      if (await frame.locator('textarea').count().catch(() => 0)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no chat page (a webview with a question box) within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(250);
  }
}

/** The installed VSIX in a fresh profile, driven through the real workbench UI. */
async function runUi(vsix, workspace) {
  const profile = prepareProfile(path.join(RUN, 'ui'));
  const installed = codeServerCli(profile, ['--install-extension', vsix, '--force']);
  if (!/successfully installed|already installed/i.test(installed)) throw new Error(`installing the VSIX failed:\n${installed}`);
  const server = await startCodeServer({ profile });
  const b = await browser();
  const page = await b.newPage({ viewport: { width: 1400, height: 900 } });
  const problems = [];
  page.on('console', (m) => {
    const text = m.text();
    if (/Content[- ]Security[- ]Policy|Refused to (load|execute|apply)/i.test(text)) problems.push(`CSP: ${text}`);
  });
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 2 * UI_WAIT_MS });
    await page.locator('.activitybar').waitFor({ state: 'visible', timeout: UI_WAIT_MS });
    const t = Date.now();
    await runCommand(page, 'Stride Coach: Open Chat');
    const frame = await chatFrame(page, UI_WAIT_MS);
    const input = frame.locator('textarea').first();
    await input.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
    const opened = Date.now() - t;
    await input.fill(QUESTION);
    const asked = Date.now();
    await input.press('Enter');
    const sources = frame.locator('ol.citations li, [aria-label="Sources"] li');
    await sources.first().waitFor({ state: 'visible', timeout: UI_WAIT_MS });
    const answered = Date.now() - asked;
    const count = await sources.count();
    const body = await frame.locator('body').innerText();
    if (!body.includes(QUESTION)) problems.push('the question is not shown in the chat');
    if (!/soleus/i.test(body)) problems.push('the answer does not mention the soleus');
    if (!/\[?1\]?/.test(body)) problems.push('no citation marker in the answer');
    fs.mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS, 'vscode-workbench.png') });
    // The README shows the real workbench as this test saw it (`npm run screenshots` only).
    keepScreenshot(path.join(RESULTS, 'vscode-workbench.png'), 'screenshot-vscode.png');
    console.log(`  chat opened from the palette in ${opened} ms; answer with ${count} citation(s) shown ${answered} ms after Enter`);
    console.log(`  screenshot: ${path.relative(ROOT, path.join(RESULTS, 'vscode-workbench.png'))}`);
    problems.push(...(await readingUi(page, frame, RESULTS)));
    if (problems.length) throw new Error(`UI check failed:\n  ${problems.join('\n  ')}`);
    await checkDocumentUi(page);
  } catch (e) {
    fs.mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS, 'vscode-workbench-failure.png') }).catch(() => {});
    throw e;
  } finally {
    await b.close();
    await server.stop();
  }
}

/**
 * bench/results/extension.json: the in-host figures and the VSIX size, in the shape of
 * bench/results.ts's saveResults ({date, node, data}); `node` is the extension host's Node, where
 * the figures were measured.
 */
function saveFigures(vsixBytes, passed) {
  if (!fs.existsSync(FIGURES)) {
    console.log('  no figures from the in-host tests; bench/results/extension.json not written');
    return;
  }
  const measured = JSON.parse(fs.readFileSync(FIGURES, 'utf8'));
  const { host, ...figures } = measured;
  const data = { host: host ?? null, testsPassed: passed, vsixBytes, ...figures };
  fs.mkdirSync(path.dirname(BENCH_RESULT), { recursive: true });
  fs.writeFileSync(BENCH_RESULT, JSON.stringify({ date: new Date().toISOString(), node: host?.node ?? process.version, data }, null, 2));
  const f = (v, unit = ' ms') => (v === undefined || v === null ? 'n/a' : `${v}${unit}`);
  console.log(`  ${path.relative(ROOT, BENCH_RESULT)}:`);
  console.log(`    activation ${f(figures.activation?.ms)}, engine load ${f(figures.engineLoad?.ms)}, first answer ${f(figures.firstAnswer?.ms)}`);
  console.log(`    Check Document, ${f(figures.checkDocument?.words, ' words')}: ${f(figures.checkDocument?.commandMs)} (engine ${f(figures.checkDocument?.engineMs)}); warm ${f(figures.checkDocument?.warmCommandMs)}`);
  console.log(`    1,000 questions: median ${f(figures.longSession?.firstHundredMedianMs)} (first 100) → ${f(figures.longSession?.lastHundredMedianMs)} (last 100)`);
  console.log(`    VSIX ${vsixBytes} bytes`);
}

/**
 * Check Document through the workbench: check.md opened with Quick Open, the command run from the
 * palette, then the summary in the status bar and the warnings underlined in the editor.
 */
async function checkDocumentUi(page) {
  await page.locator('.part.statusbar').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
  await input.fill('check.md');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'check.md' }).first().waitFor({ state: 'visible', timeout: UI_WAIT_MS });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: 'check.md' }).waitFor({ state: 'visible', timeout: UI_WAIT_MS });
  const t = Date.now();
  await runCommand(page, 'Stride Coach: Check Document with Stride Coach');
  const summary = page.locator('.part.statusbar').getByText(/Stride Coach: 2 contradicted, 1 unverified of 6 sentences \(\d+ ms\)/);
  await summary.first().waitFor({ state: 'visible', timeout: UI_WAIT_MS });
  const squiggles = page.locator('.monaco-editor .squiggly-warning');
  await squiggles.first().waitFor({ state: 'attached', timeout: UI_WAIT_MS });
  const shown = Date.now() - t;
  await page.screenshot({ path: path.join(RESULTS, 'vscode-check-document.png') });
  keepScreenshot(path.join(RESULTS, 'vscode-check-document.png'), 'screenshot-check-document.png');
  console.log(`  Check Document from the palette: "${(await summary.first().innerText()).trim()}" in the status bar and ${await squiggles.count()} warning squiggle(s) ${shown} ms after the command was picked`);
  console.log(`  screenshot: ${path.relative(ROOT, path.join(RESULTS, 'vscode-check-document.png'))}`);
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(RUN, { recursive: true });
  const vsix = path.join(RUN, 'stride-coach.vsix');
  let vsixBytes = null;
  await step('build', () => buildExtension());
  await step('bundle the in-host tests', () => buildHostTests());
  await step('package the VSIX', () => {
    packageVsix(vsix);
    const { size, entries } = checkVsix(vsix);
    vsixBytes = size;
    console.log(`  ${path.relative(ROOT, vsix)}: ${(size / 1024).toFixed(1)} KB, ${entries.length} files`);
    for (const e of entries) console.log(`    ${e.name} (${(e.size / 1024).toFixed(1)} KB)`);
  });
  await step('code-server (installed on first use)', () => ensureCodeServer());
  let failed = false;
  // Counted as npm test's runner (scripts/test-all.mjs) reads them: the in-host mocha tests, and
  // the UI check as one test. Each part runs even when the other failed.
  let passedCount = 0;
  let failedCount = 0;
  let pendingCount = 0;
  const notRun = [];
  let inHost = null;
  try {
    inHost = await step('extension-host tests (mocha in code-server)', () => runInHost(prepareWorkspace(path.join(RUN, 'workspace-in-host'))));
  } catch (e) {
    console.error(`  ${e.message}`);
  }
  if (inHost?.counts) {
    passedCount += inHost.counts.passed;
    failedCount += inHost.counts.failed;
    pendingCount += inHost.counts.pending;
  }
  if (!inHost?.counts) {
    failedCount += 1;
    notRun.push('extension-host tests (no report from the host)');
  } else if (inHost.code !== 0 && inHost.counts.failed === 0) failedCount += 1;
  if (inHost?.code !== 0) {
    failed = true;
    console.error(`  extension-host tests failed (exit ${inHost?.code ?? 'none'})`);
  }
  await step('figures', () => saveFigures(vsixBytes, inHost?.code === 0));
  try {
    await step('UI check (installed VSIX, Playwright)', () => runUi(vsix, prepareWorkspace(path.join(RUN, 'workspace-ui'))));
    passedCount += 1;
  } catch (e) {
    failed = true;
    failedCount += 1;
    console.error(`  ${e.message}`);
  }
  console.log('\ntimings:');
  for (const [name, s] of timings) console.log(`  ${s.toFixed(1).padStart(7)} s  ${name}`);
  console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s  total`);
  console.log(failed ? '\ntest:host FAILED' : `\ntest:host passed (${EXTENSION_ID} in code-server)`);
  for (const n of notRun) console.log(`not run: ${n}`);
  console.log(`test:host: ${passedCount} passed, ${failedCount} failed${pendingCount ? `, ${pendingCount} skipped` : ''}`);
  return failed ? 1 : 0;
}

// Exit explicitly once done: a leftover handle (esbuild's service, a browser or server stream)
// must not keep `npm test`, and so CI, waiting after the result is known.
main().then(
  (code) => process.stdout.write('', () => process.exit(code)),
  (e) => {
    console.error(`test:host: ${e.stack ?? e.message}`);
    process.stdout.write('', () => process.exit(1));
  },
);
