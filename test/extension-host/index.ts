/**
 * Entry point of the tests that run inside a real VS Code extension host (code-server, driven by
 * scripts/test-host.mjs). Bundled by scripts/host-tests.mjs to
 * .cache/extension-host-tests/index.js; VS Code calls run() and reads pass/fail from the promise.
 * mocha itself stays outside the bundle and is loaded from the repository's node_modules.
 */
import * as fs from 'node:fs';
import { format } from 'node:util';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  // The runner may not see the extension host's console (code-server forwards it to the
  // browser's devtools), so the report (mocha's reporter output) also goes to a file it names.
  const file = process.env.STRIDE_COACH_TEST_LOG;
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const reporterLog = base.consoleLog;
  if (file) {
    base.consoleLog = (...args: unknown[]) => {
      fs.appendFileSync(file, `${format(...args)}\n`);
      reporterLog(...args);
    };
  }
  try {
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
    // Define describe/it/before... as globals, then load the suites (bundled, loaded on demand
    // so they see those globals).
    mocha.suite.emit('pre-require', globalThis, 'extension-host', mocha);
    await import('./extension.test');
    await import('./chat.test');
    await import('./editor.test');
    await import('./check.test');
    await import('./plan.test');
    await import('./participant.test');
    await import('./abstentions.test');
    await import('./knowledge.test');
    await import('./long-session.test');
    await import('./timings.test');
    const failures = await new Promise<number>((resolve) => mocha.run(resolve));
    if (failures) throw new Error(`${failures} extension-host test(s) failed`);
  } finally {
    base.consoleLog = reporterLog;
  }
}
