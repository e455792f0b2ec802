/**
 * Mounts the chat UI into a root (an element of the page, or a shadow root) and starts talking
 * to its host: restore the saved UI state, listen, then say `ready`.
 */
import { App, type AppOptions } from './app';
import type { Host } from './host';
import { restoreState } from './state';

export function mountChat(root: HTMLElement | ShadowRoot, host: Host, options: AppOptions = {}): App {
  const app = new App(root, host, restoreState(host.loadState()), options);
  app.start();
  return app;
}
