import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../web/serve.mjs';
import { ROOT } from './helpers';
import { ChatElement } from './web/harness';
import { CHROMIUM, RECORD_CSP_VIOLATIONS } from './webview/panel';

/**
 * The npm package as a consumer gets it: `npm pack`, installed from the tarball into a clean
 * folder outside the repository (so nothing resolves from this checkout's node_modules), then
 * imported as ESM and CommonJS, its CLI run from node_modules/.bin, and its web component loaded
 * in Chromium from the installed files.
 */

const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** What the tarball must hold, exactly: anything else is a file a consumer does not need. */
const EXPECTED_FILES = [
  'CHANGELOG.md',
  'LICENSE',
  'README.md',
  'dist/cli-main.js',
  'dist/cli.js',
  'dist/corpus.json',
  'dist/lib/index.cjs',
  'dist/lib/index.d.ts',
  'dist/lib/index.mjs',
  'dist/lib/node.cjs',
  'dist/lib/node.d.ts',
  'dist/lib/node.mjs',
  'dist/web/stride-coach-chat.js',
  'knowledge/schema.json',
  'package.json',
  'web/README.md',
];

function sh(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

describe('the npm package, packed and installed into a clean consumer', function () {
  this.timeout(240_000);
  let temp: string;
  let consumer: string;
  let installed: string;
  let files: { path: string; size: number }[];

  before(function () {
    // `npm test` builds everything first; a bare mocha run builds the types here (as library.test does).
    for (const f of ['dist/cli.js', 'dist/corpus.json', 'dist/web/stride-coach-chat.js', 'dist/lib/index.mjs']) {
      assert.ok(fs.existsSync(path.join(ROOT, f)), `${f} is missing; run \`npm run build\` first`);
    }
    if (!fs.existsSync(path.join(ROOT, 'dist', 'lib', 'index.d.ts'))) {
      const r = sh('npm', ['run', 'build:types'], { cwd: ROOT });
      assert.equal(r.code, 0, r.stderr);
    }
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-pack-'));
    // The build already ran, so the prepack script (which builds) is skipped here.
    const packed = sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], { cwd: ROOT });
    assert.equal(packed.code, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string; size: number }[] }[];
    files = info.files;
    consumer = path.join(temp, 'consumer');
    fs.mkdirSync(consumer);
    fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'stride-consumer', version: '1.0.0', private: true }));
    // The package has no dependencies of its own (its builds bundle them), so this needs no
    // network; --prefer-offline keeps it so if one is ever added (the npm cache is warm).
    const install = sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(temp, info.filename)], { cwd: consumer });
    assert.equal(install.code, 0, install.stderr);
    installed = path.join(consumer, 'node_modules', PKG.name);
  });

  after(() => {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
  });

  it('holds only what a consumer needs: library builds and types, corpus and schema, CLI, web component, docs', () => {
    assert.deepEqual(files.map((f) => f.path).sort(), EXPECTED_FILES);
    assert.ok(!files.some((f) => f.path.endsWith('.map')), 'no source maps');
  });

  it('is publishable and carries the version the VSIX and the CHANGELOG carry', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
    assert.equal(manifest.private, undefined, 'not private');
    assert.equal(manifest.name, 'stride-coach');
    assert.equal(manifest.version, PKG.version);
    // The VSIX is packaged from this same package.json (npm run package, test:host checks it).
    const changelog = fs.readFileSync(path.join(installed, 'CHANGELOG.md'), 'utf8');
    assert.equal(/^## (\d+\.\d+\.\d+)/m.exec(changelog)?.[1], PKG.version, 'the newest CHANGELOG entry is this version');
    assert.deepEqual(fs.readdirSync(path.join(consumer, 'node_modules')).filter((d) => !d.startsWith('.')), [PKG.name], 'no dependencies installed beside it');
  });

  it('imports as ESM: the engine with its corpus, and the Node adapter', () => {
    const r = sh(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        [
          "import { createCoach } from 'stride-coach';",
          "import { createNodeCoach } from 'stride-coach/node';",
          "import corpus from 'stride-coach/corpus.json' with { type: 'json' };",
          "const a = createCoach({ corpus }).ask('what does the soleus do at mid-stance?');",
          "const c = createNodeCoach().check('The soleus is mostly fast-twitch.');",
          "console.log(/soleus/i.test(a.citations[0].excerpt) ? 'soleus' : a.citations[0].id, c.verdict);",
        ].join('\n'),
      ],
      { cwd: consumer },
    );
    assert.equal(r.code, 0, r.stderr);
    // The top citation speaks of the soleus (whichever passage holds that sentence).
    assert.match(r.stdout, /^soleus contradicted\n$/);
  });

  it('imports as CommonJS, and resolves its schema and web component through exports', () => {
    const r = sh(
      process.execPath,
      [
        '-e',
        [
          "const { createCoach } = require('stride-coach');",
          "const { loadBuiltinCorpus } = require('stride-coach/node');",
          "const coach = createCoach({ corpus: loadBuiltinCorpus(), maxCitations: 2 });",
          "console.log(coach.plan('weak calves').items.length > 0, coach.ask('exercises for weak peroneals?').citations.length);",
          "console.log(require('stride-coach/schema.json').$schema !== undefined, require.resolve('stride-coach/stride-coach-chat.js'));",
        ].join('\n'),
      ],
      { cwd: consumer },
    );
    assert.equal(r.code, 0, r.stderr);
    const [first, second] = r.stdout.trim().split('\n');
    assert.equal(first, 'true 2');
    assert.equal(second, `true ${path.join(fs.realpathSync(installed), 'dist', 'web', 'stride-coach-chat.js')}`);
  });

  it('runs the CLI from node_modules/.bin', () => {
    const bin = path.join(consumer, 'node_modules', '.bin', 'stride-coach');
    const answer = sh(bin, ['ask', '--json', 'what does the soleus do at mid-stance?'], { cwd: consumer });
    assert.equal(answer.code, 0, answer.stderr);
    const o = JSON.parse(answer.stdout);
    assert.equal(o.abstained, false);
    assert.match(o.citations[0].excerpt, /soleus/i);
    const help = sh(bin, ['--help'], { cwd: consumer });
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, new RegExp(`stride-coach ${PKG.version.replace(/\./g, '\\.')}`));
    const piped = sh(bin, ['ask', 'exercises for weak peroneals?'], { cwd: consumer });
    assert.equal(piped.code, 0, piped.stderr);
    assert.match(piped.stdout, /^Sources:$/m);
  });

  it('loads the installed web component in Chromium under the strict CSP, and it answers', async () => {
    const page = path.join(temp, 'page');
    fs.mkdirSync(page);
    fs.writeFileSync(
      path.join(page, 'index.html'),
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>consumer</title><script src="stride-coach-chat.js" defer></script></head><body><stride-coach-chat></stride-coach-chat></body></html>\n',
    );
    const server = await startServer({ dirs: [page, path.join(installed, 'dist', 'web')] });
    const browser = await chromium.launch(CHROMIUM);
    try {
      const context = await browser.newContext();
      await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await tab.goto(server.url);
      const chat = new ChatElement(tab, 'stride-coach-chat');
      await chat.ready();
      const turn = await chat.ask('What does the soleus do at mid-stance?');
      assert.match((await turn.textContent()) ?? '', /soleus/i);
      assert.deepEqual(await tab.evaluate(() => (globalThis as unknown as { __cspViolations: string[] }).__cspViolations), []);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
