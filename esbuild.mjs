// Builds everything into dist/: validates knowledge/ and prebuilds the corpus index, then
// bundles the CLI. `node esbuild.mjs --check-knowledge` only validates the knowledge files.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const checkOnly = process.argv.includes('--check-knowledge');
mkdirSync('dist', { recursive: true });

// The knowledge build runs from a bundle of its own so it uses the very engine code it indexes for.
await build({
  entryPoints: ['src/build/build-corpus.ts'],
  outfile: 'dist/build-corpus.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});
try {
  execFileSync(process.execPath, ['dist/build-corpus.cjs', ...(checkOnly ? ['--check'] : [])], { stdio: 'inherit' });
} catch {
  process.exit(1);
}
if (checkOnly) process.exit(0);

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  banner: { js: '#!/usr/bin/env node' },
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log('build: dist/cli.js');
