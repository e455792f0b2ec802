#!/usr/bin/env node
// `npm test`: every suite, each run even when an earlier one failed, then one closing line.
//
//   build, build:types, typecheck, lint   checks without tests of their own
//   mocha                                 the Node and browser suites (.mocharc.json)
//   test:host                             mocha inside a real VS Code host, and the UI check
//
// Each step's output is passed through as it comes. The closing line counts every test that
// ran, in the plain form CI tools read:
//
//   tests: N passed, M failed
//
// mocha's count comes from its own closing lines ("N passing", "N failing"); test:host prints its
// count as "test:host: N passed, M failed" (scripts/test-host.mjs). A step that fails without a
// failed test to show for it (a lint or build error, a suite that could not start, a runner that
// exits non-zero after its tests passed) counts as one failed test, so a failing run never closes
// on "0 failed". Before the closing line: a table of the steps, a "failed:" line naming every
// step that failed, and a "not run:" line naming any suite (or part of one: test:host prints
// "not run: ...") that could not start. Last, the checkout must be as git saw it before the run
// (a failure otherwise). Exits 1 if any step failed.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** kind: 'check' (no tests of its own), 'mocha' (reads mocha's epilogue), 'counted' (reads "NAME: N passed, M failed"). */
const STEPS = [
  { name: 'build', kind: 'check', cmd: npm, args: ['run', 'build'] },
  { name: 'build:types', kind: 'check', cmd: npm, args: ['run', 'build:types'] },
  { name: 'typecheck', kind: 'check', cmd: npm, args: ['run', 'typecheck'] },
  { name: 'lint', kind: 'check', cmd: npm, args: ['run', 'lint'] },
  { name: 'mocha', kind: 'mocha', cmd: process.execPath, args: [require.resolve('mocha/bin/mocha.js'), ...(process.stdout.isTTY ? ['--color'] : [])] },
  { name: 'test:host', kind: 'counted', cmd: npm, args: ['run', 'test:host'] },
];

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/** Runs one step, echoing its output, and reads its counts line by line (nothing is kept whole). */
function run(step) {
  const env = { ...process.env };
  // `npm test --silent` (as .ci/run calls it) should quiet npm's own banner, not every step.
  if (env.npm_config_loglevel === 'silent') delete env.npm_config_loglevel;
  const result = { passed: null, failed: 0, pending: 0, notRun: [], failures: [], code: null, error: null, seconds: 0 };
  // Lines still to keep of the failure being read (its titles and the first line of its error).
  let failureLines = 0;
  const started = Date.now();
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn(step.cmd, step.args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      result.error = e.message;
      resolve(result);
      return;
    }
    const read = (line) => {
      const plain = line.replace(ANSI, '');
      let m;
      if (step.kind === 'mocha') {
        // mocha's epilogue: "N passing (time)", then "N pending", "N failing". A new "passing"
        // starts a new epilogue, so a test's own output cannot leave a stale count behind.
        if ((m = /^\s*(\d+) passing\b/.exec(plain))) Object.assign(result, { passed: Number(m[1]), failed: 0, pending: 0, failures: [] });
        else if ((m = /^\s*(\d+) failing\b/.exec(plain))) result.failed = Number(m[1]);
        else if (result.failed > 0 && (m = /^ {2}(\d+\) .{1,200})/.exec(plain)) && result.failures.length < 20) {
          // The epilogue's failure list: "  1) suite", the test's title, then the error. CI keeps
          // only the end of a long log, so the closing summary names them again.
          result.failures.push(m[1].trim());
          failureLines = 3;
        } else if (failureLines > 0 && plain.trim()) {
          failureLines -= 1;
          result.failures[result.failures.length - 1] += ` › ${plain.trim().slice(0, 200)}`;
        }
        else if ((m = /^\s*(\d+) pending\b/.exec(plain))) result.pending = Number(m[1]);
      } else if (step.kind === 'counted') {
        if ((m = new RegExp(`^${step.name}: (\\d+) passed, (\\d+) failed(?:, (\\d+) skipped)?$`).exec(plain.trim()))) {
          Object.assign(result, { passed: Number(m[1]), failed: Number(m[2]), pending: Number(m[3] ?? 0) });
        }
      }
      if ((m = /^not run: (.{1,300})/.exec(plain.trim()))) result.notRun.push(m[1]);
    };
    const pipe = (stream, out) => {
      let rest = '';
      stream.on('data', (chunk) => {
        out.write(chunk);
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop() ?? '';
        if (rest.length > 65_536) rest = rest.slice(-65_536);
        for (const l of lines) read(l);
      });
      stream.on('end', () => rest && read(rest));
    };
    pipe(child.stdout, process.stdout);
    pipe(child.stderr, process.stderr);
    child.on('error', (e) => (result.error = e.message));
    child.on('close', (code, signal) => {
      result.code = code ?? (signal ? `signal ${signal}` : 1);
      result.seconds = (Date.now() - started) / 1000;
      resolve(result);
    });
  });
}

/** `git status` of the checkout (null outside a git checkout): tests must leave it as it was. */
function gitStatus() {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return r.status === 0 ? r.stdout.split('\n').filter(Boolean) : null;
}

const started = Date.now();
const before = gitStatus();
const rows = [];
let passed = 0;
let failed = 0;
let skipped = 0;
const failedSteps = [];
const notRun = [];
const failures = [];
for (const step of STEPS) {
  process.stdout.write(`\n=== ${step.name}\n`);
  const r = await run(step);
  const ok = r.code === 0 && !r.error;
  const why = r.error ?? `exit ${r.code}`;
  let note;
  if (step.kind === 'check') {
    if (!ok) failed += 1;
    note = ok ? 'ok' : `FAILED (${why})`;
  } else if (r.passed === null) {
    // No count: it could not start, or died before its tests finished.
    failed += 1;
    notRun.push(`${step.name} (${why}, no test count reported)`);
    note = `DID NOT RUN (${why})`;
  } else {
    passed += r.passed;
    failed += r.failed + (!ok && r.failed === 0 ? 1 : 0);
    skipped += r.pending;
    note = `${r.passed} passed, ${r.failed} failed${r.pending ? `, ${r.pending} skipped` : ''}${ok ? '' : ` (${why})`}`;
  }
  if (!ok) failedSteps.push(step.name);
  notRun.push(...r.notRun.map((n) => `${n} (in ${step.name})`));
  failures.push(...r.failures.map((f) => `${step.name} ${f}`));
  rows.push([ok ? 'ok' : 'FAILED', step.name, `${r.seconds.toFixed(1)} s`, note]);
}

// Screenshots, results and other artifacts belong in ignored folders (test-results/, .cache/,
// bench/results/): a test run that changed what git sees is a failure, named here.
if (before) {
  const was = new Set(before);
  const changed = (gitStatus() ?? []).filter((l) => !was.has(l));
  if (changed.length) {
    failed += 1;
    failedSteps.push('clean checkout');
    console.log(`\nthe tests changed the checkout (write artifacts to test-results/ instead):\n  ${changed.slice(0, 20).join('\n  ')}`);
  }
  rows.push([changed.length ? 'FAILED' : 'ok', 'checkout', '', changed.length ? `${changed.length} file(s) changed by the run` : 'left as it was']);
}

console.log(`\n=== npm test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const [status, name, time, note] of rows) console.log(`  ${status.padEnd(6)}  ${name.padEnd(12)} ${time.padStart(8)}  ${note}`);
for (const f of failures) console.log(`failing: ${f.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')}`);
if (failedSteps.length) console.log(`failed: ${failedSteps.join(', ')}`);
if (notRun.length) console.log(`not run: ${notRun.join('; ')}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failedSteps.length ? 1 : 0;
