/**
 * The webview's only channel to its host. Outgoing: typed `ToHost` messages through
 * `acquireVsCodeApi().postMessage`. Incoming: window `message` events, each validated with the
 * shared protocol schema; anything that does not parse is dropped with a warning and never
 * reaches the UI. Every host (VS Code, the browser shim, the web component) provides
 * `acquireVsCodeApi`, so this module is the same everywhere.
 */
import { parseToWebview, type ToHost, type ToWebview } from '../../src/protocol/messages';

/** What VS Code's `acquireVsCodeApi()` returns (it may be called only once per page). */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): unknown;
}

declare global {
  function acquireVsCodeApi(): VsCodeApi;
}

export interface Host {
  post(message: ToHost): void;
  /** Whatever the page last saved with {@link Host.saveState}; unvalidated. */
  loadState(): unknown;
  saveState(state: unknown): void;
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
      return;
    }
    handle(parsed.message);
  };
  window.addEventListener('message', listener);
  return () => window.removeEventListener('message', listener);
}
