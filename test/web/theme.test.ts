/**
 * The web component's theme, checked without a browser: both themes define every theme
 * variable the chat's stylesheet reads, and every --stride-* property the component reads is
 * documented in web/README.md.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DARK_MODERN, LIGHT_MODERN } from '../../web/src/themes';
import { ROOT } from '../helpers';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
/** Set only by high-contrast themes; the chat falls back to `transparent` or another variable. */
const CONTRAST_ONLY = new Set(['--vscode-contrastBorder', '--vscode-contrastActiveBorder', '--vscode-list-inactiveSelectionForeground']);

describe('web component theme', () => {
  it('defines, in the light and the dark theme, every theme variable the chat reads', () => {
    const used = new Set([...read('webview/src/chat.css').matchAll(/var\((--vscode-[\w-]+)/g)].map((m) => m[1]));
    assert.ok(used.size > 40, `premise: ${used.size} variables`);
    for (const name of used) {
      if (CONTRAST_ONLY.has(name)) continue;
      assert.ok(name in DARK_MODERN, `${name} in the dark theme`);
      assert.ok(name in LIGHT_MODERN, `${name} in the light theme`);
    }
    assert.deepEqual(Object.keys(LIGHT_MODERN).sort(), Object.keys(DARK_MODERN).sort(), 'the same variables in both');
  });

  it('documents every --stride-* custom property it reads', () => {
    const source = read('web/src/styles.ts') + read('web/src/component.css');
    const read_ = new Set([...source.matchAll(/'(--stride-[\w-]+)'|var\((--stride-[\w-]+)/g)].map((m) => m[1] ?? m[2]));
    const readme = read('web/README.md');
    assert.ok(read_.size >= 10, `premise: ${read_.size} properties`);
    for (const name of read_) assert.ok(readme.includes(`| \`${name}\` |`), `${name} is in the README's table`);
  });
});
