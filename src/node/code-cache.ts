import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';

/**
 * Runs a CommonJS bundle from V8's code cache. A cold one-question CLI process spends about a
 * tenth of its time compiling the bundle (parse, then each function on its first call); with a
 * cache made by running the bundle once at build time, V8 reads the bytecode instead. Node 22 has
 * this built in (module.enableCompileCache); Node 20, which this package supports, does not.
 *
 * The cache file opens with the SHA-256 of the bundle it was made from: a cache made from other
 * bytes is never used (V8's own check compares little more than the source length), and one that
 * V8 refuses (another Node version, other V8 flags) costs only its read: the bundle is compiled
 * as usual and runs the same. Nothing is written while the product runs; only the build step
 * (src/build/write-code-cache.ts) writes the cache. (The bundle is our own file, compiled as
 * Node's loader compiles a module; nothing from a user is ever run.)
 */

const DIGEST_BYTES = 32;
/** Larger than any cache of ours (the CLI's is about 1.9 MB): such a file is not read. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

export type CodeCacheStatus = 'used' | 'absent' | 'stale' | 'rejected';

/** A bundle compiled, from its cache where it fits; run it once with run(). */
export interface CompiledBundle {
  /** Whether the cache was used; 'stale' is a cache made from other bytes, 'rejected' one V8 refused. */
  readonly status: CodeCacheStatus;
  /** Runs the bundle as Node would run a module of its own: its own require, module, __dirname. */
  run(): void;
  /**
   * Writes the cache of everything compiled so far (after run(), the functions the run called
   * too), beside the target and renamed into place, so that no reader sees half of one.
   */
  writeCache(cachePath: string): void;
}

export function compileBundle(bundlePath: string, cachePath?: string): CompiledBundle {
  const bytes = fs.readFileSync(bundlePath);
  const digest = createHash('sha256').update(bytes).digest();
  const cache = cachePath ? readCache(cachePath, digest) : { status: 'absent' as const };
  const script = new Script(wrap(bytes.toString('utf8')), { filename: bundlePath, cachedData: cache.data });
  return {
    status: cache.data ? (script.cachedDataRejected ? 'rejected' : 'used') : cache.status,
    run: () => {
      const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
      const module = { exports: {}, id: bundlePath, filename: bundlePath, loaded: false, children: [], paths: [] };
      run.call(module.exports, module.exports, createRequire(bundlePath), module, bundlePath, path.dirname(bundlePath));
      module.loaded = true;
    },
    writeCache: (target) => {
      const partial = `${target}.${process.pid}.partial`;
      fs.writeFileSync(partial, Buffer.concat([digest, script.createCachedData()]));
      fs.renameSync(partial, target);
    },
  };
}

function readCache(cachePath: string, digest: Buffer): { data?: Buffer; status: CodeCacheStatus } {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(cachePath);
    if (!stat.isFile() || stat.size <= DIGEST_BYTES || stat.size > MAX_CACHE_BYTES) return { status: 'stale' };
    bytes = fs.readFileSync(cachePath);
  } catch {
    return { status: 'absent' };
  }
  if (!bytes.subarray(0, DIGEST_BYTES).equals(digest)) return { status: 'stale' };
  return { data: bytes.subarray(DIGEST_BYTES), status: 'used' };
}
