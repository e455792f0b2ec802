// Builds everything into dist/: validates knowledge/ and prebuilds the corpus index, then
// bundles the CLI. `node esbuild.mjs --check-knowledge` only validates the knowledge files.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

const checkOnly = process.argv.includes('--check-knowledge');
mkdirSync('dist', { recursive: true });

/** Bundles a build step for Node and runs it; its own messages say what failed, so exit with it. */
async function runBuildStep(entry, outfile, args = [], plugins = []) {
  await build({ entryPoints: [entry], plugins, outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  try {
    execFileSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
  } catch {
    process.exit(1);
  }
}

// The lexicon first (knowledge/lexicon.yaml + WordNet → src/engine/generated/lexicon.json): the
// engine bundles it, the knowledge build included.
await runBuildStep('src/build/build-lexicon.ts', 'dist/build-lexicon.cjs');

// Every bundle that holds the engine holds the compiled lexicon (~640 KiB). esbuild's JSON loader
// would emit it as one JavaScript object literal; it goes in as JSON text handed to JSON.parse,
// which V8 reads several times faster, and every CLI process, extension host and page pays that
// at start.
const lexiconAsJsonText = {
  name: 'stride-coach-lexicon-json',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]engine[\\/]generated[\\/]lexicon\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
      watchFiles: [args.path],
    }));
  },
};

// The knowledge build runs from a bundle of its own so it uses the very engine code it indexes for.
await runBuildStep('src/build/build-corpus.ts', 'dist/build-corpus.cjs', checkOnly ? ['--check'] : [], [lexiconAsJsonText]);
if (checkOnly) process.exit(0);

// The command line: dist/cli-main.js, run by the small launcher dist/cli.js from V8's code cache
// (src/node/code-cache.ts), which the build writes by running it once on a question, so that a
// cold process reads bytecode instead of compiling the bundle.
await build({
  entryPoints: ['src/cli/main.ts'],
  plugins: [lexiconAsJsonText],
  outfile: 'dist/cli-main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Without comments and indentation the bundle is a sixth smaller, and nearly all of its
  // non-ASCII characters (in comments) go, so Node reads it as one-byte text; names are kept, so
  // a stack trace still reads, and the source map maps it back.
  minifyWhitespace: true,
  sourcemap: 'linked',
  logLevel: 'warning',
});
await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
// One non-ASCII character makes Node read the whole bundle as two-byte text, which costs a cold
// process more than the character is worth: esbuild escapes them in strings, not in regular
// expressions, so a regex in src/ writes them as \u escapes, and this says where one is not.
for (const file of ['dist/cli.js', 'dist/cli-main.js']) {
  const text = readFileSync(file, 'utf8');
  const at = text.search(/[^\x00-\x7f]/);
  if (at >= 0) {
    const line = text.slice(0, at).split('\n').length;
    console.error(`build: ${file}:${line} has a non-ASCII character (${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}); write it as a \\u escape in the source (see the source map)`);
    process.exit(1);
  }
}
await build({ entryPoints: ['src/build/write-code-cache.ts'], outfile: 'dist/write-code-cache.cjs', bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
try {
  execFileSync(process.execPath, ['dist/write-code-cache.cjs', 'dist/cli-main.js', 'dist/cli-main.code-cache', 'ask', 'which exercises strengthen the calves?'], { stdio: ['ignore', 'ignore', 'inherit'] });
} catch {
  process.exit(1);
}
// The engine alone, as the library and the benchmark load it (no tsx transform in the way).
await build({
  entryPoints: ['src/engine/index.ts'],
  plugins: [lexiconAsJsonText],
  outfile: 'dist/engine.js',
  bundle: true,
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'es2022',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
});
// The library, as published: the engine (runs anywhere) and the Node adapter, each as ESM and
// CommonJS with dependencies bundled (stemmer is ESM-only, which a CommonJS require could not load).
for (const [entry, name, platform] of [
  ['src/engine/index.ts', 'index', 'neutral'],
  ['src/node/index.ts', 'node', 'node'],
]) {
  for (const format of ['cjs', 'esm']) {
    await build({
      entryPoints: [entry],
      plugins: [lexiconAsJsonText],
      outfile: `dist/lib/${name}.${format === 'cjs' ? 'cjs' : 'mjs'}`,
      bundle: true,
      platform,
      mainFields: ['module', 'main'],
      target: platform === 'node' ? 'node20' : 'es2022',
      format,
      // The Node adapter finds dist/corpus.json from its own location; ESM has no __dirname.
      ...(format === 'esm' && platform === 'node'
        ? { banner: { js: "import { fileURLToPath as __sc_fileURLToPath } from 'node:url'; import { dirname as __sc_dirname } from 'node:path'; import { createRequire as __sc_createRequire } from 'node:module'; const __dirname = __sc_dirname(__sc_fileURLToPath(import.meta.url)); const require = __sc_createRequire(import.meta.url);" } }
        : {}),
      logLevel: 'warning',
    });
  }
}

// The VS Code extension: one CommonJS file, `vscode` provided by the host.
await build({
  entryPoints: ['src/extension/extension.ts'],
  plugins: [lexiconAsJsonText],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: 'linked',
  minify: true,
  logLevel: 'warning',
});

// The chat webview: one script and one stylesheet, plus the codicon font, in dist/webview/ (the
// only folder the webview may load from).
await build({
  entryPoints: { main: 'webview/src/main.ts', passage: 'webview/src/passage-main.ts', chat: 'webview/src/chat.css' },
  outdir: 'dist/webview',
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  minify: true,
  sourcemap: 'linked',
  loader: { '.ttf': 'file' },
  logLevel: 'warning',
});
mkdirSync('dist/webview', { recursive: true });
for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(`node_modules/@vscode/codicons/dist/${f}`, `dist/webview/${f}`);
console.log('build: dist/cli.js, dist/engine.js, dist/extension.js, dist/webview/');

// ---------------------------------------------------------------------------------------------
// The web component <stride-coach-chat> (web/, see web/README.md): one standalone classic
// script (IIFE) holding the engine, the chat controller, the chat UI, the codicon font and the
// built-in corpus, so a page needs nothing but `<script src="stride-coach-chat.js">`. The corpus
// is dist/corpus.json as written above, embedded as JSON text (parsed on first use).
{
  const { readFileSync } = await import('node:fs');
  const { resolve } = await import('node:path');
  const builtinCorpus = {
    name: 'stride-coach-builtin-corpus',
    setup(b) {
      b.onResolve({ filter: /^stride-coach:builtin-corpus$/ }, () => ({ path: resolve('dist/corpus.json'), namespace: 'stride-corpus' }));
      b.onLoad({ filter: /.*/, namespace: 'stride-corpus' }, (args) => ({
        contents: JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))),
        loader: 'text',
        watchFiles: [args.path],
      }));
    },
  };
  await build({
    entryPoints: ['web/src/stride-coach-chat.ts'],
    outfile: 'dist/web/stride-coach-chat.js',
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: true,
    sourcemap: 'linked',
    loader: { '.css': 'text', '.ttf': 'binary' },
    plugins: [builtinCorpus, lexiconAsJsonText],
    logLevel: 'warning',
  });
  console.log('build: dist/web/stride-coach-chat.js');
}
