/**
 * The VS Code host: outgoing typed `ToHost` messages go through
 * `acquireVsCodeApi().postMessage`; incoming window `message` events are each validated with
 * the shared protocol schema, and anything that does not parse is dropped with a warning and
 * never reaches the UI. VS Code and the browser test shim both provide `acquireVsCodeApi`.
 * (The web component talks to its controller in-page instead: web/src/in-page-host.ts.)
 */
import { failedInsteadOf, parseToWebview, type ToWebview } from '../../src/protocol/messages';
import type { Host } from './host';

export type { Host } from './host';

/** What VS Code's `acquireVsCodeApi()` returns (it may be called only once per page). */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): unknown;
}

declare global {
  function acquireVsCodeApi(): VsCodeApi;
}

export function connectHost(): Host {
  let api: VsCodeApi;
  if (typeof acquireVsCodeApi === 'function') {
    api = acquireVsCodeApi();
  } else {
    // Opened outside any host (a plain browser tab): keep the UI usable but inert.
    console.warn('stride-coach: no host (acquireVsCodeApi is missing); messages go nowhere');
    let state: unknown;
    api = { postMessage: () => undefined, getState: () => state, setState: (s) => (state = s) };
  }
  return {
    post: (message) => api.postMessage(message),
    listen: onHostMessage,
    loadState: () => api.getState(),
    saveState: (state) => void api.setState(state),
  };
}

/** Calls `handle` with each valid host message; returns a function that stops listening. */
export function onHostMessage(handle: (message: ToWebview) => void): () => void {
  const listener = (event: MessageEvent) => {
    const parsed = parseToWebview(event.data);
    if (!parsed.ok) {
      console.warn(`stride-coach: dropped a malformed host message (${parsed.reason})`);
      // An answer that cannot be shown still ends the wait for it, with a notice.
      const failed = failedInsteadOf(event.data);
      if (failed) handle(failed);
      return;
    }
    handle(parsed.message);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
