/**
 * The stylesheets of `<stride-coach-chat>`, built once per page and adopted by every element's
 * shadow root as constructable stylesheets (no `<style>` or `<link>` in the page or the shadow
 * root, so a page CSP of `style-src 'self'` is enough): the codicon classes, the chat's own
 * stylesheet (the very file the VS Code panel uses), the component's host rules, and the theme.
 */
import codiconCss from '@vscode/codicons/dist/codicon.css';
import chatCss from '../../webview/src/chat.css';
import componentCss from './component.css';
import { DARK_MODERN, LIGHT_MODERN, type ThemeVariable } from './themes';

/** The font family the component registers the codicon glyphs under (see codicon.ts). */
export const CODICON_FAMILY = 'stride-codicon';

/**
 * The documented custom properties a page sets to restyle the component (on the element or
 * any ancestor), and the theme variables each one feeds. Unset, the theme's value applies.
 */
export const STRIDE_PROPERTIES: Readonly<Record<string, readonly ThemeVariable[]>> = {
  '--stride-font': ['--vscode-font-family'],
  '--stride-font-size': ['--vscode-font-size'],
  '--stride-mono-font': ['--vscode-editor-font-family'],
  '--stride-bg': ['--vscode-sideBar-background', '--vscode-editor-background'],
  '--stride-fg': ['--vscode-foreground', '--vscode-editor-foreground', '--vscode-sideBarTitle-foreground', '--vscode-icon-foreground', '--vscode-input-foreground', '--vscode-settings-textInputForeground', '--vscode-editorSuggestWidget-foreground', '--vscode-notifications-foreground'],
  '--stride-muted': ['--vscode-descriptionForeground', '--vscode-input-placeholderForeground'],
  '--stride-surface': ['--vscode-input-background', '--vscode-settings-textInputBackground', '--vscode-editorWidget-background', '--vscode-editorSuggestWidget-background', '--vscode-notifications-background'],
  '--stride-border': ['--vscode-widget-border', '--vscode-input-border', '--vscode-sideBarSectionHeader-border', '--vscode-editorSuggestWidget-border', '--vscode-notifications-border'],
  '--stride-accent': ['--vscode-button-background', '--vscode-focusBorder', '--vscode-progressBar-background', '--vscode-inputOption-activeBorder', '--vscode-activityBarBadge-background'],
  '--stride-accent-fg': ['--vscode-button-foreground', '--vscode-activityBarBadge-foreground'],
  '--stride-link': ['--vscode-textLink-foreground', '--vscode-textLink-activeForeground'],
};

/** Theme variables derived from others rather than given outright. */
const DERIVED: Partial<Record<ThemeVariable, string>> = {
  // A page's accent gets a hover shade of its own; the theme's accent keeps VS Code's.
  '--vscode-button-hoverBackground': 'var(--stride-accent-hover, color-mix(in srgb, var(--vscode-button-background) 88%, black))',
};

function declarations(theme: Readonly<Record<ThemeVariable, string>>): string {
  const feeds = new Map<ThemeVariable, string>();
  for (const [property, variables] of Object.entries(STRIDE_PROPERTIES)) for (const v of variables) feeds.set(v, property);
  return (Object.entries(theme) as [ThemeVariable, string][])
    .map(([name, value]) => {
      const page = feeds.get(name);
      return `  ${name}: ${DERIVED[name] ?? (page ? `var(${page}, ${value})` : value)};`;
    })
    .join('\n');
}

/**
 * The theme variables on `:host`: light by default, dark for `theme="dark"`, and dark for
 * `theme="auto"` (or no theme) when the system prefers dark.
 */
export function themeCss(): string {
  const dark = `  color-scheme: dark;\n${declarations(DARK_MODERN)}`;
  return [
    `:host {\n  color-scheme: light;\n${declarations(LIGHT_MODERN)}\n}`,
    `:host([theme='dark']) {\n${dark}\n}`,
    `@media (prefers-color-scheme: dark) {\n:host(:not([theme='light'])) {\n${dark}\n}\n}`,
  ].join('\n');
}

/**
 * codicon.css for a shadow root: its `@font-face` goes (a font face in a shadow root is
 * ignored, and its relative URL would be a blocked fetch); the glyph classes use the family
 * the component registers through the FontFace API instead.
 */
export function codiconRules(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, '').replace(/(font:[^;]*?)\bcodicon\s*;/g, `$1"${CODICON_FAMILY}";`);
}

let sheets: { codicons: CSSStyleSheet; all: CSSStyleSheet[] } | undefined;

function sheet(text: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
}

/** The component's stylesheets, in cascade order (shared by every element on the page). */
export function componentSheets(): { codicons: CSSStyleSheet; all: CSSStyleSheet[] } {
  if (!sheets) {
    const codicons = sheet(codiconRules(codiconCss));
    sheets = { codicons, all: [codicons, sheet(chatCss), sheet(componentCss), sheet(themeCss())] };
  }
  return sheets;
}
