#!/usr/bin/env node
// `node scripts/first-open.mjs [--runs N]`: where the first open of the chat goes, measured in
// the local code-server as `npm start` runs it (the extension loaded for development, the chat
// opened by STRIDE_COACH_OPEN_CHAT). Prints a timeline from the page's navigation: code-server
// up, the workbench shown, the extension activated, the chat's page set up, its loading state
// shown, its script started, the engine loaded, the chat usable (the question box shown); with
// the extension's own log lines (timestamped) beside it. Needs `npm run build` first.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, ensureCodeServer, prepareProfile, startCodeServer } from './code-server.mjs';

const RUN = path.join(ROOT, '.cache', 'first-open');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Math.max(1, Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1);

function workspace(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'README.md'), '# Try Stride Coach\n\nAsk about the soleus.\n');
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'readme' }) + '\n');
  return dir;
}

function findLog(dir) {
  if (!fs.existsSync(dir)) return undefined;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findLog(full);
      if (found) return found;
    } else if (/Stride Coach\.log$/.test(entry.name)) return full;
  }
  return undefined;
}

/** The chat's page: a webview frame showing the loading state or the chat. */
async function chatFrame(page, selector, deadline) {
  for (;;) {
    const n = await page.locator('iframe.webview.ready').count();
    for (let i = 0; i < n; i++) {
      const frame = page.frameLocator(`iframe.webview.ready >> nth=${i}`).frameLocator('iframe#active-frame');
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no chat page showing ${selector}`);
    await page.waitForTimeout(20);
  }
}

async function once(run) {
  ensureCodeServer();
  const dir = path.join(RUN, `run-${run}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const profile = prepareProfile(path.join(dir, 'profile'));
  const folder = workspace(path.join(dir, 'workspace'));
  const t0 = Date.now();
  const server = await startCodeServer({ profile, env: { STRIDE_COACH_OPEN_CHAT: '1' } });
  const marks = [['code-server up (healthz)', Date.now() - t0]];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${ROOT}`]];
    const nav = Date.now();
    const rel = () => Date.now() - nav;
    await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    marks.push(['page loaded (HTML and scripts)', rel()]);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
    marks.push(['workbench shown', rel()]);
    await page.locator('.activitybar').waitFor({ state: 'visible', timeout: 60_000 });
    const deadline = Date.now() + 120_000;
    await chatFrame(page, '#app', deadline);
    marks.push(['chat page shown (loading state or chat)', rel()]);
    const frame = await chatFrame(page, 'textarea', deadline);
    await frame.locator('textarea').first().waitFor({ state: 'visible', timeout: 60_000 });
    marks.push(['chat usable (question box shown)', rel()]);
    await page.screenshot({ path: path.join(dir, 'first-open.png') });
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`\nrun ${run}: times from the page's navigation (code-server start: from launching it)`);
  for (const [name, ms] of marks) console.log(`  ${String(ms).padStart(7)} ms  ${name}`);
  const log = findLog(profile.userData);
  if (log) {
    console.log(`  the extension's log (${path.relative(ROOT, log)}):`);
    for (const line of fs.readFileSync(log, 'utf8').trim().split('\n')) console.log(`    ${line}`);
  } else console.log('  (no Stride Coach log found)');
}

for (let i = 1; i <= runs; i++) await once(i);
process.exit(0);
