/**
 * Chat webview entry (VS Code and the browser test shim): registers the vscode-elements the
 * page uses, connects to the host through `acquireVsCodeApi`, and mounts the chat into `#app`.
 */
import './elements';
import { mountChat } from './mount';
import { connectHost } from './vscode-api';

const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
// In VS Code's sidebar the view's title bar has New chat and Export; the page does not repeat them.
mountChat(root, connectHost(), { focusOnWindowFocus: true, hostTitleActions: document.body.dataset.host === 'view' });
