/**
 * Passage view entry (VS Code's passage webview): waits for `show` messages from the extension,
 * each validated, and renders the passage; link clicks go back as validated requests.
 */
import { parseToPassageView, type FromPassageView } from '../../src/protocol/passage';
import { renderPassage } from './passage-page';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : { postMessage: () => undefined };
const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
root.classList.add('passage-root');
const post = (m: FromPassageView) => api.postMessage(m);

window.addEventListener('message', (event: MessageEvent) => {
  const parsed = parseToPassageView(event.data);
  if (!parsed.ok) {
    console.warn(`stride-coach: dropped a malformed host message (${parsed.reason})`);
    return;
  }
  renderPassage(root, parsed.message.passage, post);
});
post({ type: 'ready' });
