import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileBundle } from '../../src/node/code-cache';
import { ROOT } from '../helpers';

// A bundle with functions worth caching; it reports what it saw as a module of its own.
const BUNDLE = `
const path = require('node:path');
function words(text) { return text.split(/\\s+/).filter(Boolean).map((w) => w.toLowerCase()); }
globalThis.codeCacheProbe = { dirname: __dirname, filename: __filename, base: path.basename(__filename), words: words('Soleus  at MID-stance'), exportsIsModuleExports: exports === module.exports };
module.exports = { answer: 42 };
`;

describe('node/code-cache: running a bundle from V8\'s code cache', () => {
  let dir: string;
  let bundle: string;
  let cache: string;
  const probe = () => (globalThis as { codeCacheProbe?: Record<string, unknown> }).codeCacheProbe;
  /** Runs the bundle without a cache, writes the cache of that run, and clears what the run left. */
  const writeCacheFromRun = () => {
    const first = compileBundle(bundle);
    first.run();
    first.writeCache(cache);
    delete (globalThis as { codeCacheProbe?: unknown }).codeCacheProbe;
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stride-code-cache-'));
    bundle = path.join(dir, 'bundle.js');
    cache = path.join(dir, 'bundle.code-cache');
    // Each test's bundle is new to this process: V8 keeps what it compiled in memory and would
    // take a second compile of the same text from there, whatever cache it was handed.
    fs.writeFileSync(bundle, `${BUNDLE}// ${path.basename(dir)}\n`);
    delete (globalThis as { codeCacheProbe?: unknown }).codeCacheProbe;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle as a module of its own, with no cache file', () => {
    const compiled = compileBundle(bundle, cache);
    assert.equal(compiled.status, 'absent');
    compiled.run();
    assert.deepEqual(probe(), { dirname: dir, filename: bundle, base: 'bundle.js', words: ['soleus', 'at', 'mid-stance'], exportsIsModuleExports: true });
  });

  it('uses a cache written from the same bytes, and the bundle runs the same from it', () => {
    writeCacheFromRun();
    assert.deepEqual(fs.readdirSync(dir).sort(), ['bundle.code-cache', 'bundle.js'], 'no partial file is left beside the cache');
    const second = compileBundle(bundle, cache);
    assert.equal(second.status, 'used');
    second.run();
    assert.deepEqual(probe()?.words, ['soleus', 'at', 'mid-stance']);
  });

  it('never uses a cache made from other bytes, even of the same length', () => {
    writeCacheFromRun();
    // Same length, other code: V8's own check would let this cache through.
    fs.writeFileSync(bundle, fs.readFileSync(bundle, 'utf8').replace("'Soleus  at MID-stance'", "'Gastroc at MID-swing!'"));
    const second = compileBundle(bundle, cache);
    assert.equal(second.status, 'stale');
    second.run();
    assert.deepEqual(probe()?.words, ['gastroc', 'at', 'mid-swing!']);
  });

  it('compiles as usual when V8 refuses the cache, and when the cache file is not one', () => {
    // The bundle's own digest in front of bytes that are no V8 cache.
    const digest = createHash('sha256').update(fs.readFileSync(bundle)).digest();
    fs.writeFileSync(cache, Buffer.concat([digest, Buffer.alloc(64, 7)]));
    const refused = compileBundle(bundle, cache);
    assert.equal(refused.status, 'rejected');
    refused.run();
    assert.deepEqual(probe()?.words, ['soleus', 'at', 'mid-stance']);
    for (const bad of [Buffer.alloc(0), Buffer.alloc(16, 1)]) {
      fs.writeFileSync(cache, bad);
      assert.equal(compileBundle(bundle, cache).status, 'stale');
    }
    fs.rmSync(cache);
    fs.mkdirSync(cache);
    assert.equal(compileBundle(bundle, cache).status, 'stale', 'a folder is not read as a cache');
  });

  it('the build wrote a cache that this Node uses for the CLI, and the CLI answers through it', () => {
    const main = path.join(ROOT, 'dist', 'cli-main.js');
    assert.equal(compileBundle(main, path.join(ROOT, 'dist', 'cli-main.code-cache')).status, 'used');
    const withCache = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'ask', '--json', 'what does the soleus do?'], { encoding: 'utf8' });
    const direct = spawnSync(process.execPath, ['-e', `process.argv.splice(1, 0, ${JSON.stringify(main)}); require(${JSON.stringify(main)})`, 'ask', '--json', 'what does the soleus do?'], { encoding: 'utf8' });
    assert.equal(withCache.status, 0, withCache.stderr);
    assert.equal(direct.status, 0, direct.stderr);
    const answer = (out: string) => {
      const { tookMs: _, ...rest } = JSON.parse(out) as { tookMs: number };
      return rest;
    };
    assert.deepEqual(answer(withCache.stdout), answer(direct.stdout));
  });
});
