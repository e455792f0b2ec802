#!/usr/bin/env node
// `npm run screenshots`: refreshes the README's pictures (docs/screenshot-*.png) from the tests
// that take them, run with STRIDE_SCREENSHOTS=docs: the chat panel, muscle map and gait phases and
// the web component in Chromium (mocha), then the real VS Code workbench and Check Document
// (scripts/test-host.mjs, a few minutes). `npm test` leaves docs/ alone: its screenshots stay in
// test-results/. Exits non-zero if a test failed (its picture may then be missing or stale).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const env = { ...process.env, STRIDE_SCREENSHOTS: 'docs' };

function run(what, cmd, args) {
  process.stdout.write(`\n== ${what}\n`);
  const r = spawnSync(cmd, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (r.status !== 0) console.error(`screenshots: ${what} failed (${r.error?.message ?? `exit ${r.status}`})`);
  return r.status === 0;
}

const results = [
  run('build', process.execPath, ['esbuild.mjs']) &&
    run('browser tests (chat panel, muscle map, gait, web component)', process.execPath, [
      require.resolve('mocha/bin/mocha.js'),
      '--no-config',
      '--node-option',
      'import=tsx',
      '--timeout',
      '60000',
      'test/webview/chat-panel.test.ts',
      'test/webview/figures.test.ts',
      'test/web/component.test.ts',
    ]),
  run('VS Code workbench (code-server)', process.execPath, ['scripts/test-host.mjs']),
];
const changed = spawnSync('git', ['status', '--porcelain', '--', 'docs'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim();
console.log(`\nscreenshots: ${changed ? `changed:\n${changed}` : 'docs/ unchanged'}`);
process.exitCode = results.every(Boolean) ? 0 : 1;
