/**
 * The browser host for the chat webview, server side: a tiny HTTP server on 127.0.0.1 that
 * serves the page built by `webviewHtml` (the same HTML and CSP VS Code gets, with a fresh nonce
 * per load), the built webview from dist/webview/, the bundled shim and the prebuilt corpus.
 *
 * `buildShim()` bundles `shim-entry.ts` with esbuild into .cache/webview-shim/ (git-ignored);
 * `npm run build` must have produced dist/ first.
 */
import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { passageHtml, webviewHtml } from '../../../webview/html';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SHIM_DIR = path.join(ROOT, '.cache', 'webview-shim');
const WEBVIEW_DIR = path.join(ROOT, 'dist', 'webview');
const CORPUS_FILE = path.join(ROOT, 'dist', 'corpus.json');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/** Bundles the shim for the browser; returns the bundle's path. */
export async function buildShim(outdir = SHIM_DIR): Promise<string> {
  const outfile = path.join(outdir, 'shim.js');
  await build({
    entryPoints: [path.join(__dirname, 'shim-entry.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return outfile;
}

export interface ShimServer {
  /** The chat page, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Extra knowledge for the shim's coach: a prebuilt pack file and user documents, as the
 * extension would load from its settings. Served as `/shim/knowledge.js` (setting
 * `__strideKnowledge`) before the shim runs.
 */
export interface ShimKnowledge {
  packFile?: string;
  documents?: { path: string; content: string }[];
}

export async function startShimServer(shimFile = path.join(SHIM_DIR, 'shim.js'), knowledge?: ShimKnowledge): Promise<ShimServer> {
  for (const f of [path.join(WEBVIEW_DIR, 'main.js'), CORPUS_FILE, shimFile]) {
    if (!fs.existsSync(f)) throw new Error(`shim server: ${path.relative(ROOT, f)} is missing; run \`npm run build\` (and buildShim()) first`);
  }
  const server = http.createServer((req, res) => {
    const origin = `http://${req.headers.host}`;
    const url = new URL(req.url ?? '/', origin);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'text/plain', 'GET only');
    if (url.pathname === '/passage.html') {
      // The passage view's page, as the extension serves it; the test plays the host.
      const html = passageHtml({ cspSource: origin, nonce: randomBytes(18).toString('base64'), scriptUri: `${origin}/webview/passage.js`, styleUri: `${origin}/webview/chat.css`, codiconUri: `${origin}/webview/codicon.css` });
      return send(200, 'text/html; charset=utf-8', html);
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const html = webviewHtml({
        cspSource: origin,
        nonce: randomBytes(18).toString('base64'),
        scriptUri: `${origin}/webview/main.js`,
        styleUri: `${origin}/webview/chat.css`,
        codiconUri: `${origin}/webview/codicon.css`,
        extraScriptUris: [`${origin}/shim/corpus.js`, ...(knowledge ? [`${origin}/shim/knowledge.js`] : []), `${origin}/shim/shim.js`],
        // `?host=view`: served as VS Code's sidebar view is (its title bar has New chat and Export).
        host: url.searchParams.get('host') === 'view' ? 'view' : undefined,
      });
      return send(200, 'text/html; charset=utf-8', html);
    }
    if (url.pathname === '/shim/corpus.js') {
      // JSON is a JavaScript expression: the corpus arrives as a script the CSP lets in by nonce.
      return send(200, TYPES['.js'], `globalThis.__strideCorpus = ${fs.readFileSync(CORPUS_FILE, 'utf8')};\n`);
    }
    if (url.pathname === '/shim/knowledge.js' && knowledge) {
      const pack = knowledge.packFile ? fs.readFileSync(knowledge.packFile, 'utf8') : 'undefined';
      return send(200, TYPES['.js'], `globalThis.__strideKnowledge = { pack: ${pack}, documents: ${JSON.stringify(knowledge.documents ?? [])} };\n`);
    }
    const file = /^\/webview\/([\w.-]+)$/.exec(url.pathname)?.[1] ?? /^\/shim\/(shim\.js(?:\.map)?)$/.exec(url.pathname)?.[1];
    const dir = url.pathname.startsWith('/shim/') ? path.dirname(shimFile) : WEBVIEW_DIR;
    const full = file ? path.join(dir, file) : undefined;
    if (full && fs.existsSync(full)) return send(200, TYPES[path.extname(full)] ?? 'application/octet-stream', fs.readFileSync(full));
    // Browsers ask for a favicon on their own; answer quietly instead of logging a 404.
    if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
    return send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
