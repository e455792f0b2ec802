#!/usr/bin/env node
// `npm run test:electron`: the same in-host mocha suite as `npm run test:host`, in desktop VS
// Code through @vscode/test-electron, for machines with a display (or xvfb-run) and a network
// (it downloads VS Code into .cache/vscode-test/ on first use). VSCODE_VERSION picks the
// version (default: stable; use 1.90.0 to check the minimum in engines.vscode).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { prepareProfile } from './code-server.mjs';
import { ROOT, buildExtension, buildHostTests, prepareWorkspace } from './host-tests.mjs';

const RUN = path.join(ROOT, '.cache', 'electron-run');

async function main() {
  const started = Date.now();
  buildExtension();
  const tests = await buildHostTests();
  const workspace = prepareWorkspace(path.join(RUN, 'workspace'));
  // A throwaway profile with the same quiet settings as the code-server runs.
  fs.rmSync(path.join(RUN, 'profile'), { recursive: true, force: true });
  const profile = prepareProfile(path.join(RUN, 'profile'));
  const code = await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    cachePath: path.join(ROOT, '.cache', 'vscode-test'),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: tests,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions],
  });
  console.log(`test:electron: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = code;
}

main().catch((e) => {
  // runTests rejects when VS Code exits non-zero (a failing test) or cannot be downloaded.
  console.error(`test:electron: ${e.message}`);
  process.exitCode = 1;
});
