import * as path from 'node:path';
import { compileBundle } from './node/code-cache';

/**
 * `stride-coach`, the command line (dist/cli.js). The command line itself is src/cli/main.ts,
 * bundled beside this file as cli-main.js; this launcher only runs it from the V8 code cache the
 * build wrote for it (cli-main.code-cache, see src/node/code-cache.ts), so that a cold process
 * does not compile the bundle again. Without the cache, or with one this Node cannot use, it runs
 * the same.
 */
compileBundle(path.join(__dirname, 'cli-main.js'), path.join(__dirname, 'cli-main.code-cache')).run();
