import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers';

/** Every import specifier in the TypeScript files under a folder. */
function importsUnder(dir: string): { file: string; spec: string }[] {
  const out: { file: string; spec: string }[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'";]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      out.push({ file: path.relative(ROOT, file), spec: m[1] ?? m[2] ?? m[3] });
    }
  }
  return out;
}

describe('architecture', () => {
  // The engine, the chat logic and the protocol run in the extension host, the CLI, a browser
  // page and a web component alike: none of them may reach for vscode, Node or the DOM.
  for (const dir of ['src/engine', 'src/chat', 'src/protocol']) {
    it(`${dir} imports no vscode and no Node built-ins`, () => {
      const found = importsUnder(dir);
      assert.ok(found.length > 0, 'the scan sees imports');
      if (dir === 'src/engine') assert.ok(found.some((f) => f.spec === 'fuse.js'), 'the scan sees the engine importing fuse.js');
      const bad = found.filter(({ spec }) => spec === 'vscode' || spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'crypto'].includes(spec) || spec.includes('/node/') || spec.includes('/extension/'));
      assert.deepEqual(bad, []);
    });
  }

  it('only src/extension imports vscode', () => {
    const bad = ['src/engine', 'src/chat', 'src/protocol', 'src/node', 'src/build', 'webview'].flatMap(importsUnder).filter(({ spec }) => spec === 'vscode');
    assert.deepEqual(bad, []);
  });
});

describe('lint rule no-restricted-imports (eslint.config.mjs)', () => {
  // The same rule the lint step enforces, shown to bite: engine code that reaches for Node or
  // vscode fails lint; the Node adapter may use Node.
  async function lint(code: string, filePath: string) {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: ROOT });
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
    return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
  }

  it('rejects vscode and Node imports in the engine, chat and protocol', async () => {
    for (const [code, file] of [
      ["import * as fs from 'node:fs';\nexport const x = fs;\n", 'src/engine/probe.ts'],
      ["import * as vscode from 'vscode';\nexport const x = vscode;\n", 'src/chat/probe.ts'],
      ["import { loadBuiltinCorpus } from '../node/builtin';\nexport const x = loadBuiltinCorpus;\n", 'src/protocol/probe.ts'],
      ["import * as path from 'path';\nexport const x = path;\n", 'webview/src/probe.ts'],
    ]) {
      const messages = await lint(code, file);
      assert.ok(messages.some((m) => m.startsWith('no-restricted-imports')), `${file}: ${messages.join('; ') || 'no error'}`);
    }
  });

  it('lets the Node adapter use Node', async () => {
    assert.deepEqual(await lint("import * as fs from 'node:fs';\nexport const x = fs;\n", 'src/node/probe.ts'), []);
  });
});
