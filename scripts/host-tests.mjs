// Used by test-host.mjs (the extension in code-server): builds the
// extension, bundles the extension-host test suite, packages and checks the VSIX, and prepares
// a fresh copy of the fixture workspace.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './code-server.mjs';
import { packageVsix } from './package-vsix.mjs';

export { ROOT };
export const TESTS_OUT = path.join(ROOT, '.cache', 'extension-host-tests');
export const TESTS_INDEX = path.join(TESTS_OUT, 'index.js');
export const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'extension-host', 'workspace');
export const EXTENSION_ID = 'stride-coach.stride-coach';
export const MAX_VSIX_BYTES = 1024 * 1024;

/**
 * The UI check's screenshots stay in test-results/ (ignored by git); under `npm run screenshots`
 * (STRIDE_SCREENSHOTS=docs) they also refresh the README's pictures in docs/, as
 * test/helpers.ts's keepScreenshot does for the browser tests.
 */
export function keepScreenshot(shot, docName) {
  if (process.env.STRIDE_SCREENSHOTS !== 'docs') return;
  fs.mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
  fs.copyFileSync(shot, path.join(ROOT, 'docs', docName));
}


/** `npm run build`: corpus, CLI, extension and webview into dist/. */
export function buildExtension() {
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

/** The in-host suite as one CommonJS file exporting run(); vscode and mocha come from outside. */
export async function buildHostTests() {
  fs.rmSync(TESTS_OUT, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(ROOT, 'test', 'extension-host', 'index.ts')],
    outfile: TESTS_INDEX,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return TESTS_INDEX;
}

/**
 * A fresh copy of the fixture workspace (the tests edit files and settings in it), with the club
 * knowledge pack (test/fixtures/packs/club) built into packs/club.pack.json by the CLI, against
 * the corpus just built (a pack records the corpus it was built with).
 */
export function prepareWorkspace(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(FIXTURE_WORKSPACE, dir, { recursive: true });
  const pack = path.join(dir, 'packs', 'club.pack.json');
  fs.mkdirSync(path.dirname(pack), { recursive: true });
  execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'pack', path.join(ROOT, 'test', 'fixtures', 'packs', 'club'), '--out', pack], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

/** Packages the VSIX with vsce, as `npm run package` does (after a build). */
export { packageVsix };

/** Names of the files in a zip, from its central directory (no unzip needed). */
export function zipEntries(file) {
  const buf = fs.readFileSync(file);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: damaged central directory`);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    names.push({ name: buf.toString('utf8', at + 46, at + 46 + nameLen), size: buf.readUInt32LE(at + 24) });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|readme\.md|LICENSE\.txt|changelog\.md)$/i,
  /^extension\/dist\/(extension\.js|corpus\.json)$/,
  /^extension\/dist\/webview\/[^/]+\.(js|css|ttf|woff2?|svg|png)$/,
  /^extension\/media\/[^/]+$/,
];
const REQUIRED = ['extension/package.json', 'extension/dist/extension.js', 'extension/dist/corpus.json', 'extension/dist/webview/main.js', 'extension/dist/webview/chat.css', 'extension/dist/webview/codicon.css'];

/** Checks the VSIX: under 1 MB, only the runtime files, nothing missing. Returns its size. */
export function checkVsix(file) {
  const size = fs.statSync(file).size;
  const entries = zipEntries(file);
  const names = entries.map((e) => e.name);
  const problems = [];
  if (size >= MAX_VSIX_BYTES) problems.push(`${(size / 1024).toFixed(0)} KB is not under 1 MB`);
  for (const n of names) if (!ALLOWED.some((re) => re.test(n))) problems.push(`unexpected file in the VSIX: ${n}`);
  for (const n of REQUIRED) if (!names.includes(n)) problems.push(`missing from the VSIX: ${n}`);
  if (problems.length) throw new Error(`VSIX check failed:\n  ${problems.join('\n  ')}`);
  return { size, entries };
}
