import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { createParticipantHandler, followupProvider, PARTICIPANT_ID } from '../../src/extension/chat-participant';
import { PASSAGE_SCHEME } from '../../src/extension/passage-document';
import { closeAllEditors, EXTENSION_ID, strideCoach } from './helpers';

/** Everything a handler streamed, in order, through a stub ChatResponseStream. */
class RecordingStream implements vscode.ChatResponseStream {
  readonly parts: ({ kind: 'markdown'; text: string } | { kind: 'anchor'; uri: vscode.Uri; title?: string } | { kind: 'reference'; uri: vscode.Uri } | { kind: 'button'; command: vscode.Command } | { kind: 'progress'; text: string })[] = [];
  markdown(value: string | vscode.MarkdownString): void {
    this.parts.push({ kind: 'markdown', text: typeof value === 'string' ? value : value.value });
  }
  anchor(value: vscode.Uri | vscode.Location, title?: string): void {
    assert.ok(value instanceof vscode.Uri, 'anchors are passage document URIs');
    this.parts.push({ kind: 'anchor', uri: value, title });
  }
  button(command: vscode.Command): void {
    this.parts.push({ kind: 'button', command });
  }
  filetree(): void {
    throw new Error('the participant streams no file tree');
  }
  progress(value: string): void {
    this.parts.push({ kind: 'progress', text: value });
  }
  reference(value: vscode.Uri | vscode.Location): void {
    assert.ok(value instanceof vscode.Uri, 'references are passage document URIs');
    this.parts.push({ kind: 'reference', uri: value });
  }
  push(): void {
    throw new Error('the participant uses the typed stream methods');
  }
  get markdownText(): string {
    return this.parts.flatMap((p) => (p.kind === 'markdown' ? [p.text] : p.kind === 'anchor' ? [`[${p.title}]`] : [])).join('');
  }
  get references(): vscode.Uri[] {
    return this.parts.flatMap((p) => (p.kind === 'reference' ? [p.uri] : []));
  }
  get anchors(): vscode.Uri[] {
    return this.parts.flatMap((p) => (p.kind === 'anchor' ? [p.uri] : []));
  }
  get buttons(): vscode.Command[] {
    return this.parts.flatMap((p) => (p.kind === 'button' ? [p.command] : []));
  }
}

/** A request as the Chat view makes one; `model` is deliberately a trap: the participant must not touch it. */
function chatRequest(prompt: string, command?: string): vscode.ChatRequest {
  const request = { prompt, command, references: [], toolReferences: [], toolInvocationToken: undefined };
  Object.defineProperty(request, 'model', {
    get() {
      throw new Error('@stride used request.model');
    },
  });
  return request as unknown as vscode.ChatRequest;
}

const context: vscode.ChatContext = { history: [] };
const token = new vscode.CancellationTokenSource().token;

describe('@stride chat participant', () => {
  afterEach(closeAllEditors);

  async function ask(prompt: string, command?: string): Promise<{ stream: RecordingStream; result: vscode.ChatResult }> {
    const api = await strideCoach();
    const handler = createParticipantHandler({ service: api.service, inserter: api.inserter, log: api.log });
    const stream = new RecordingStream();
    const result = (await handler(chatRequest(prompt, command), context, stream, token)) ?? {};
    assert.equal(result.errorDetails, undefined, result.errorDetails?.message);
    return { stream, result };
  }

  it('answers a question: the engine\'s Markdown, a reference and an anchor per cited passage, follow-ups', async () => {
    const api = await strideCoach();
    const { stream, result } = await ask('What does the soleus do at mid-stance?');
    const answer = api.service.coach().ask('What does the soleus do at mid-stance?');
    assert.ok(stream.markdownText.startsWith(answer.answer), stream.markdownText.slice(0, 200));
    assert.match(stream.markdownText, /\*\*Sources\*\*/);
    assert.equal(stream.references.length, answer.citations.length);
    assert.deepEqual(stream.references.map((u) => u.toString()), stream.anchors.map((u) => u.toString()));
    for (const [i, uri] of stream.references.entries()) {
      assert.equal(uri.scheme, PASSAGE_SCHEME);
      assert.equal(uri.query, answer.citations[i].id);
    }
    // The anchor opens the passage document the panel's citations open.
    const doc = await vscode.workspace.openTextDocument(stream.references[0]);
    assert.match(doc.getText(), /soleus/i);
    const followups = (await followupProvider.provideFollowups(result, context, token)) ?? [];
    assert.deepEqual(followups.map((f) => f.prompt), answer.followUps);
  });

  it('offers Insert into plan buttons for the exercises it cites, and a button inserts one', async () => {
    const { stream } = await ask('exercises for weak peroneals?');
    assert.ok(stream.buttons.length > 0);
    for (const b of stream.buttons) {
      assert.equal(b.command, 'strideCoach.insertPlan');
      assert.match(b.title, /^Insert into plan: /);
    }
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Plan\n\n' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(doc.positionAt(8), doc.positionAt(8));
    const [first] = stream.buttons;
    assert.equal(await vscode.commands.executeCommand(first.command, ...(first.arguments ?? [])), true);
    assert.match(doc.getText(), new RegExp(`### ${first.title.replace(/^Insert into plan: /, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('/check: the verdict in Markdown, the evidence as references', async () => {
    const api = await strideCoach();
    const { stream } = await ask('The soleus is mostly fast-twitch.', 'check');
    assert.match(stream.markdownText, /^\*\*Contradicted\.\*\*/);
    const evidence = api.service.coach().check('The soleus is mostly fast-twitch.').evidence;
    assert.ok(evidence.length > 0);
    assert.deepEqual(stream.references.map((u) => u.query), evidence.map((e) => e.id));
    assert.deepEqual(stream.buttons.filter((b) => b.command !== 'strideCoach.insertPlan'), []);
  });

  it('/plan: the block in Markdown, its exercises as references, and one button that inserts the table', async () => {
    const { stream } = await ask('weak calves equipment:none', 'plan');
    assert.match(stream.markdownText, /strength-and-mobility block for the calves/);
    assert.ok(stream.references.length > 0);
    assert.deepEqual(stream.buttons, [{ command: 'strideCoach.draftPlan', title: 'Insert into plan', arguments: [{ request: 'weak calves', equipment: ['none'], types: [] }] }]);
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Plan\n\n' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(doc.positionAt(8), doc.positionAt(8));
    const [b] = stream.buttons;
    await vscode.commands.executeCommand(b.command, ...(b.arguments ?? []));
    assert.match(doc.getText(), /\| Exercise \| Works \| Sets\/reps \| Cue \| Source \|/);
  });

  // The title says which case this host tests.
  const hasChatApi = typeof (vscode as { chat?: { createChatParticipant?: unknown } }).chat?.createChatParticipant === 'function';
  it(`is declared with its slash commands, and ${hasChatApi ? 'registered' : 'not registered'} (VS Code ${vscode.version} ${hasChatApi ? 'has' : 'lacks'} the chat API)`, async () => {
    const api = await strideCoach();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { chatParticipants: { id: string; name: string; commands: { name: string }[] }[] } };
    const declared = manifest.contributes.chatParticipants.find((p) => p.id === PARTICIPANT_ID);
    assert.ok(declared, 'declared in package.json');
    assert.equal(declared.name, 'stride');
    assert.deepEqual(declared.commands.map((c) => c.name).sort(), ['check', 'exercise', 'muscle', 'plan']);
    if (hasChatApi) {
      assert.ok(api.participant, 'registered');
      assert.equal(api.participant.id, PARTICIPANT_ID);
      const followups = (await api.participant.followupProvider?.provideFollowups({ metadata: { followUps: [{ prompt: 'weak calves', command: 'plan', label: '/plan weak calves' }] } }, context, token)) ?? [];
      assert.deepEqual(followups, [{ prompt: 'weak calves', command: 'plan', label: '/plan weak calves' }], 'its follow-up provider is set');
    } else {
      assert.equal(api.participant, undefined, 'nothing registered without the chat API');
    }
  });
});
