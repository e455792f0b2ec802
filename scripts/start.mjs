#!/usr/bin/env node
// `npm start`: builds the extension and opens it in a real VS Code with the chat showing.
//   - desktop VS Code when `code` is on PATH: a development window (--extensionDevelopmentPath);
//   - otherwise the local code-server (installed on first use, see scripts/code-server.mjs) at a
//     printed http://127.0.0.1:PORT/ address, running until Ctrl+C.
// `npm start -- --web` uses code-server even where `code` exists; `--port N` picks its port.
// Runs `npm ci` only when node_modules is missing.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORKSPACE = path.join(ROOT, '.cache', 'dev-workspace');
const args = process.argv.slice(2);

function onPath(cmd) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, cmd))) return path.join(dir, cmd);
  }
  return undefined;
}

/** A small workspace to try the extension in; kept between runs, so notes made there stay. */
function devWorkspace() {
  const files = {
    'README.md': `# Try Stride Coach

The chat is in the activity bar (the running shoe), or press **Ctrl+Alt+C**.

- Ask: *What does the soleus do at mid-stance?*, *Exercises for weak peroneals?*, \`/check The soleus is mostly fast-twitch\`, \`/plan calves, glutes\`.
- Click a source to read the whole passage; **Insert into plan** on an exercise puts it at the cursor in [training-plan.md](training-plan.md).
- Hover over a muscle or exercise name in a Markdown file, such as soleus or calf raises.
- Select text and run **Stride Coach: Ask Stride Coach about Selection** from the context menu.
- Settings: \`strideCoach.knowledgeFolders\` (try \`["notes"]\`), \`strideCoach.maxCitations\`, \`strideCoach.hover.enabled\`.
`,
    'training-plan.md': '# Training plan\n\nMonday: easy 40 minutes, then strength:\n\n',
    'notes/club-sessions.md': '# Club sessions\n\n## Thursday tempo hills\n\nSix repeats of ninety seconds uphill at threshold effort, jogging back down between repeats.\n',
    '.vscode/settings.json': JSON.stringify({ 'workbench.startupEditor': 'readme' }, null, 2) + '\n',
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(WORKSPACE, name);
    if (fs.existsSync(file)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return WORKSPACE;
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'node_modules'))) {
    console.log('node_modules is missing: npm ci');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  }
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const workspace = devWorkspace();
  const env = { ...process.env, STRIDE_COACH_OPEN_CHAT: '1' };

  const code = args.includes('--web') ? undefined : onPath(process.platform === 'win32' ? 'code.cmd' : 'code');
  if (code) {
    console.log(`Opening a VS Code development window with Stride Coach (${code}).`);
    const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${ROOT}`, workspace, path.join(workspace, 'README.md')], { env, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (status) => (process.exitCode = status ?? 0));
    return;
  }

  // No desktop VS Code: the local code-server, with this folder loaded as a development extension.
  const { ensureCodeServer, prepareProfile, startCodeServer } = await import('./code-server.mjs');
  ensureCodeServer();
  const i = args.indexOf('--port');
  const port = i >= 0 ? Number(args[i + 1]) : process.env.PORT ? Number(process.env.PORT) : undefined;
  const profile = prepareProfile(path.join(ROOT, '.cache', 'dev-host'));
  const server = await startCodeServer({ profile, port, env });
  const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${ROOT}`]];
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.log(`\nStride Coach is running in VS Code (code-server ${server.url}). Open this address in a browser:\n\n  ${url}\n\nThe chat opens in the sidebar. After changing the code, run \`npm run build\` and reload the page. Ctrl+C stops it.\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}

main().catch((e) => {
  console.error(`start: ${e.message}`);
  process.exit(1);
});
