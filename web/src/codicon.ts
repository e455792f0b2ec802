/**
 * Codicons inside the component without touching the page's stylesheets: the glyph font is
 * registered from bytes bundled with the component (FontFace API, so no font URL, no fetch,
 * no `font-src` needed), under a family name of its own so it cannot clash with a page's codicon
 * font; the glyph classes are adopted where icons are drawn (see styles.ts).
 *
 * vscode-elements' `<vscode-icon>` (used inside vscode-button and vscode-toolbar-button)
 * expects a `<link id="vscode-codicon-stylesheet">` in the page and warns when there is none.
 * Without that link, the icon class is given the codicon classes as a constructable stylesheet
 * instead and stops looking for it; a page that does have the link keeps its own behaviour.
 */
import codiconFont from '@vscode/codicons/dist/codicon.ttf';
import { CODICON_FAMILY } from './styles';

let registered = false;

/** Registers the codicon font with the page's FontFaceSet (once). */
export function registerCodiconFont(): void {
  if (registered || typeof FontFace !== 'function') return;
  registered = true;
  const face = new FontFace(CODICON_FAMILY, codiconFont, { display: 'block' });
  document.fonts.add(face);
  face.load().catch((err: unknown) => console.warn(`stride-coach: the icon font did not load (${String(err)})`));
}

interface LitElementClass {
  elementStyles?: (CSSStyleSheet | { styleSheet?: CSSStyleSheet })[];
  prototype: { _getStylesheetConfig?: () => { href?: string; nonce?: string } };
}

let patched = false;

/** Gives `<vscode-icon>` the codicon classes (once), unless the page links codicon.css itself. */
export function adoptCodiconsInVscodeIcon(codicons: CSSStyleSheet): void {
  if (patched) return;
  patched = true;
  const Icon = customElements.get('vscode-icon') as unknown as LitElementClass | undefined;
  if (!Icon || !Array.isArray(Icon.elementStyles)) return;
  Icon.elementStyles.push(codicons);
  const original = Icon.prototype._getStylesheetConfig;
  if (typeof original !== 'function') return;
  Icon.prototype._getStylesheetConfig = function (this: unknown) {
    return document.getElementById('vscode-codicon-stylesheet') ? original.call(this) : { href: undefined, nonce: undefined };
  };
}
