/**
 * Chat webview entry (VS Code and the browser test shim): registers the vscode-elements the
 * page uses, connects to the host through `acquireVsCodeApi`, and mounts the chat into `#app`.
 */
// First, so it is evaluated before anything else: when this page's script started.
import { scriptMs } from './boot-clock';
import './elements';
import { mountChat } from './mount';
import { connectHost } from './vscode-api';

const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
// In VS Code's sidebar the view's title bar has New chat and Export; the page does not repeat them.
const host = connectHost();
let booted = false;
const post = host.post;
// The first `ready` says how long the page took to boot (the host logs it).
host.post = (message) => {
  if (message.type === 'ready' && !booted) {
    booted = true;
    return post({ ...message, boot: { scriptMs: Math.round(scriptMs), readyMs: Math.round(performance.now()) } });
  }
  post(message);
};
mountChat(root, host, { focusOnWindowFocus: true, hostTitleActions: document.body.dataset.host === 'view' });
