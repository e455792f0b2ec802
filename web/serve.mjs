#!/usr/bin/env node
/**
 * `npm run web`: builds what is missing or out of date (the bundle with `npm run build`, the
 * example knowledge pack with the CLI), then serves the demo page (web/demo/) and the built
 * component (dist/web/) from one folder-like root on 127.0.0.1, under a strict
 * Content-Security-Policy, until Ctrl+C.
 *
 *   npm run web                 # http://127.0.0.1:8137/ (another free port if that one is taken)
 *   npm run web -- --port 9000
 *
 * The tests import `startServer` and `ensureBuilt` from here, so they serve what a person sees.
 */
import { execFileSync, execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEMO_DIR = path.join(ROOT, 'web', 'demo');
export const DIST_DIR = path.join(ROOT, 'dist', 'web');
export const BUNDLE = path.join(DIST_DIR, 'stride-coach-chat.js');
export const EXAMPLE_PACK = path.join(DIST_DIR, 'my-club.pack.json');
const EXAMPLE_PACK_DIR = path.join(ROOT, 'examples', 'my-pack');
const CORPUS = path.join(ROOT, 'dist', 'corpus.json');
const CLI = path.join(ROOT, 'dist', 'cli.js');

/**
 * What every page is served with: only same-origin scripts, styles, images and fonts, no inline
 * script or style, no eval, fetches only to this origin (the component's `pack`), no frames,
 * no form posts, no <base>. The component needs nothing more.
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

/**
 * Builds the component (`npm run build`) if it is missing or older than its sources, and the
 * example pack (`node dist/cli.js pack examples/my-pack`) if it is missing or out of date.
 */
export function ensureBuilt({ log = (line) => console.log(line) } = {}) {
  const sources = Math.max(...['src', 'webview', 'web/src', 'knowledge'].map((d) => newestMtime(path.join(ROOT, d))), mtime(path.join(ROOT, 'esbuild.mjs')));
  if (mtime(BUNDLE) < sources || !fs.existsSync(CLI) || !fs.existsSync(CORPUS)) {
    log('web: building (npm run build)…');
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
  if (mtime(EXAMPLE_PACK) < Math.max(newestMtime(EXAMPLE_PACK_DIR), mtime(CORPUS))) {
    log('web: building the example pack…');
    execFileSync(process.execPath, [CLI, 'pack', EXAMPLE_PACK_DIR, '--out', EXAMPLE_PACK], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  }
}

/** The file under one of `dirs` that a URL path names, or undefined (never outside them). */
function resolveFile(dirs, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const rel = path.posix.normalize(decoded === '/' || decoded.endsWith('/') ? `${decoded}index.html` : decoded).replace(/^\/+/, '');
  // No parent folders, no dot-files.
  if (!rel || rel.split('/').some((part) => part === '..' || part.startsWith('.'))) return undefined;
  for (const dir of dirs) {
    const full = path.join(dir, ...rel.split('/'));
    if (!full.startsWith(dir + path.sep)) continue;
    try {
      if (fs.statSync(full).isFile()) return full;
    } catch {
      /* not in this folder */
    }
  }
  return undefined;
}

/**
 * Serves the files of `dirs` (the first folder that has a path wins) on 127.0.0.1 with `csp` on
 * every response. Port 0 picks a free port. Resolves once listening.
 *
 * @param {{ dirs?: string[], port?: number, csp?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startServer({ dirs = [DEMO_DIR, DIST_DIR], port = 0, csp = STRICT_CSP } = {}) {
  const roots = dirs.map((d) => path.resolve(d));
  const server = http.createServer((req, res) => {
    const headers = {
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-cache',
    };
    const send = (status, type, body) => {
      res.writeHead(status, { ...headers, 'Content-Type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'GET only\n');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = resolveFile(roots, url.pathname);
    if (!file) {
      if (url.pathname === '/favicon.ico') return send(204, 'text/plain; charset=utf-8', '');
      return send(404, 'text/plain; charset=utf-8', 'not found\n');
    }
    return send(200, TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', fs.readFileSync(file));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--port');
  const wanted = at >= 0 ? Number(args[at + 1]) : Number(process.env.PORT ?? 8137);
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
    console.error('web: --port takes a number from 0 to 65535');
    process.exit(2);
  }
  ensureBuilt();
  let server;
  try {
    server = await startServer({ port: wanted });
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EADDRINUSE') throw err;
    server = await startServer({ port: 0 });
  }
  const size = fs.statSync(BUNDLE).size;
  console.log(`Stride Coach web component demo: ${server.url}`);
  console.log(`  serving web/demo/ and dist/web/ (stride-coach-chat.js, ${(size / 1024).toFixed(0)} KiB; my-club.pack.json) with CSP: ${STRICT_CSP}`);
  console.log('  Ctrl+C to stop');
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
