/**
 * What ships, and how big it is: raw and gzip sizes of each bundle, and the VSIX. Reads the files
 * `npm run build` (and `npm run package`, for the VSIX) produced; a missing file is reported as
 * missing, not guessed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { saveResults } from './results';

const ROOT = path.resolve(__dirname, '..');
const files: [string, string][] = [
  ['web component (engine + UI + corpus, one script)', 'dist/web/stride-coach-chat.js'],
  ['webview script (VS Code panel)', 'dist/webview/main.js'],
  ['webview stylesheet', 'dist/webview/chat.css'],
  ['extension host bundle', 'dist/extension.js'],
  ['library, engine (ESM)', 'dist/lib/index.mjs'],
  ['built-in corpus + index', 'dist/corpus.json'],
  ['CLI launcher', 'dist/cli.js'],
  ['CLI', 'dist/cli-main.js'],
  ['CLI code cache (this Node only; not in the npm package)', 'dist/cli-main.code-cache'],
];
// `npm run package` leaves the VSIX in the project folder; `npm run test:host` in .cache/host-run.
const vsix = [ROOT, path.join(ROOT, '.cache', 'host-run')]
  .filter((d) => fs.existsSync(d))
  .flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.vsix')).map((f) => path.join(d, f)))
  .sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs);
const rows = files.map(([what, rel]) => {
  const p = path.join(ROOT, rel);
  if (!fs.existsSync(p)) return { what, file: rel, missing: true };
  const buf = fs.readFileSync(p);
  return { what, file: rel, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
});
if (vsix.length) {
  const p = vsix[vsix.length - 1];
  rows.push({ what: 'VSIX (already compressed)', file: path.relative(ROOT, p), bytes: fs.statSync(p).size, gzip: fs.statSync(p).size });
} else rows.push({ what: 'VSIX', file: '(run npm run package)', missing: true });

const kb = (n?: number) => (n === undefined ? '–' : `${(n / 1024).toFixed(1)} KiB`);
console.log('\n| what ships | file | raw | gzip |\n| --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.what} | ${r.file} | ${'missing' in r ? 'missing' : kb(r.bytes)} | ${'missing' in r ? '–' : kb(r.gzip)} |`);
saveResults('sizes', rows);
