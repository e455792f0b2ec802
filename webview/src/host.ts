/**
 * What the chat UI needs from whatever hosts it. In VS Code that is `acquireVsCodeApi()` and
 * window `message` events (vscode-api.ts); in the `<stride-coach-chat>` web component it is
 * direct, in-page calls to the chat controller (web/src/in-page-host.ts). Either way the UI only
 * ever sees validated `ToWebview` messages and only ever sends `ToHost` messages.
 */
import type { ChatCitation, ToHost, ToWebview } from '../../src/protocol/messages';

export interface Host {
  post(message: ToHost): void;
  /** Calls `handle` with each valid host message, in order; returns a function that stops it. */
  listen(handle: (message: ToWebview) => void): () => void;
  /** Whatever the page last saved with {@link Host.saveState}; unvalidated. */
  loadState(): unknown;
  saveState(state: unknown): void;
  /**
   * A citation of an answer was chosen. Optional: a host that defines it decides what happens
   * (the web component fires a cancelable `citation-click` event first); without it the UI
   * asks the host to open the passage (`openCitation`).
   */
  openCitation?(citation: ChatCitation): void;
}
