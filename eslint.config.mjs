// Lint: chiefly the architecture rule that keeps the engine, the chat logic and the protocol
// runnable anywhere (Node, a browser page, a web worker, the VS Code extension host).
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'events', 'stream', 'http', 'https', 'net', 'readline', 'worker_threads'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test-results/**', 'scratch/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/chat/**/*.ts', 'src/protocol/**/*.ts', 'webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'Only src/extension/ may import vscode.' }, ...NODE_BUILTINS.map((name) => ({ name, message: 'Node built-ins belong in src/node/ (the Node adapter).' }))],
          patterns: [
            { group: ['node:*'], message: 'Node built-ins belong in src/node/ (the Node adapter).' },
            { group: ['**/node/*', '**/extension/*', '**/build/*'], message: 'The engine core must not depend on Node or VS Code adapters.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/node/**/*.ts', 'src/build/**/*.ts', 'src/cli.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Only src/extension/ may import vscode.' }] }],
    },
  },
);
