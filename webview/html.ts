/**
 * The chat page's HTML, shared by every host (VS Code's webview view and editor panel, the
 * browser test shim) so all of them serve the same strict Content-Security-Policy: nothing but
 * the one bundled script carrying the nonce runs, styles and fonts come only from the built
 * webview folder, and nothing remote loads. Pure: no vscode, no DOM.
 */
export interface WebviewHtmlOptions {
  /** The origin allowed for styles, fonts and images (`webview.cspSource` in VS Code). */
  cspSource: string;
  /** Fresh per page load, from a cryptographic random source. */
  nonce: string;
  /** URIs of the built files in dist/webview/. */
  scriptUri: string;
  styleUri: string;
  codiconUri: string;
  /** Scripts the host adds before the chat script (the test shim), carrying the same nonce. */
  extraScriptUris?: string[];
  /** `view`: VS Code's sidebar view, whose title bar carries New chat and Export. */
  host?: 'view' | 'panel';
}

export function contentSecurityPolicy(o: Pick<WebviewHtmlOptions, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `img-src ${o.cspSource} data:`,
    `style-src ${o.cspSource}`,
    `font-src ${o.cspSource}`,
    `script-src 'nonce-${o.nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function webviewHtml(o: WebviewHtmlOptions): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const scripts = [...(o.extraScriptUris ?? []), o.scriptUri].map((u) => `<script nonce="${attr(o.nonce)}" src="${attr(u)}"></script>`).join('\n    ');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(o))}" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="stylesheet" href="${attr(o.codiconUri)}" id="vscode-codicon-stylesheet" />
    <link rel="stylesheet" href="${attr(o.styleUri)}" />
    <title>Stride Coach</title>
  </head>
  <body${o.host ? ` data-host="${attr(o.host)}"` : ''}>
    <div id="app"><p class="boot-loading" role="status"><span class="codicon codicon-loading codicon-modifier-spin" aria-hidden="true"></span> Loading Stride Coach…</p></div>
    ${scripts}
  </body>
</html>`;
}

/** The passage view's page (passage-view.ts in the extension, the browser tests): same CSP, its own script. */
export function passageHtml(o: Omit<WebviewHtmlOptions, 'extraScriptUris'>): string {
  return webviewHtml(o).replace('<title>Stride Coach</title>', '<title>Passage</title>').replace('Loading Stride Coach…', 'Loading the passage…');
}
