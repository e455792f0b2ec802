/**
 * Chat webview entry: registers the few vscode-elements components the page uses, restores the
 * saved UI state, starts listening to the host, then tells the host it is ready.
 */
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-icon/index.js';
import '@vscode-elements/elements/dist/vscode-progress-ring/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import { App } from './app';
import { restoreState } from './state';
import { connectHost, onHostMessage } from './vscode-api';

const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
const host = connectHost();
const app = new App(root, host, restoreState(host.loadState()));
// Listen before saying ready, so the host's init cannot arrive unheard.
onHostMessage((message) => app.receive(message));
host.post({ type: 'ready' });
