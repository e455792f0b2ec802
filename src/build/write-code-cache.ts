import * as path from 'node:path';
import { compileBundle } from '../node/code-cache';

/**
 * Build step: `node dist/write-code-cache.cjs <bundle> <cache> <args…>` runs the bundle once with
 * these command-line arguments and writes V8's code cache of what that run compiled (see
 * src/node/code-cache.ts). The CLI is run answering one question, so the cache holds what a
 * question needs: the analyzer, retrieval and composing, not only the top level.
 */
const [bundle, cache, ...args] = process.argv.slice(2);
if (!bundle || !cache) {
  process.stderr.write('usage: write-code-cache <bundle> <cache> [args…]\n');
  process.exit(2);
}
// The bundle reads its arguments as the CLI would: argv[1] is the launcher's path.
process.argv = [process.argv[0], path.join(path.dirname(path.resolve(bundle)), 'cli.js'), ...args];
const compiled = compileBundle(path.resolve(bundle));
// At exit: the CLI answers asynchronously, and what its answer compiled belongs in the cache.
process.once('exit', () => compiled.writeCache(path.resolve(cache)));
compiled.run();
