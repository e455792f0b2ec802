/**
 * The theme variables VS Code injects into every webview, with the values of its default dark
 * theme ("Dark Modern"), so the page looks in a plain browser as it does in the editor. The
 * values live with the web component, which defines them on its own host element.
 */
export { DARK_MODERN } from '../../../web/src/themes';
