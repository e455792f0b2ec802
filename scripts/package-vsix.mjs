#!/usr/bin/env node
// Packages the VS Code extension (VSIX) with vsce, after a build:
//   node scripts/package-vsix.mjs [OUT.vsix]     (`npm run package`; default stride-coach-VERSION.vsix)
// vsce refuses a package.json with a `files` list beside a .vscodeignore, and the two packages
// hold different files: the npm package (`files`) the library, CLI and web component, the VSIX
// only what the extension runs (.vscodeignore). So the VSIX is packaged from a staging folder
// holding the extension's files and the same package.json without `files` — the same name,
// version and manifest — and .vscodeignore still decides what goes in.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAGE = path.join(ROOT, '.cache', 'vsix-stage');
const require = createRequire(import.meta.url);

/** What the extension needs at run time (and its marketplace page): .vscodeignore filters it further. */
const EXTENSION_FILES = ['.vscodeignore', 'README.md', 'LICENSE', 'CHANGELOG.md', 'media', 'dist/extension.js', 'dist/corpus.json', 'dist/webview'];

export function packageVsix(out) {
  for (const f of ['dist/extension.js', 'dist/corpus.json', 'dist/webview']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing; run \`npm run build\` first`);
  }
  fs.rmSync(STAGE, { recursive: true, force: true });
  fs.mkdirSync(STAGE, { recursive: true });
  for (const f of EXTENSION_FILES) fs.cpSync(path.join(ROOT, f), path.join(STAGE, f), { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  delete manifest.files;
  fs.writeFileSync(path.join(STAGE, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const target = path.resolve(out ?? path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(target, { force: true });
  const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  try {
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', target], {
      cwd: STAGE,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    fs.rmSync(STAGE, { recursive: true, force: true });
  }
  return target;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = packageVsix(process.argv[2]);
  console.log(`VSIX: ${path.relative(process.cwd(), file)} (${(fs.statSync(file).size / 1024).toFixed(0)} KiB)`);
}
