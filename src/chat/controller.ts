/**
 * The host side of the chat, independent of where it runs: it receives the webview's messages
 * (validated here, on arrival), asks the engine, keeps the conversations and answers with
 * protocol messages. The VS Code extension, the browser test shim and the web component each
 * wrap it with their own {@link ChatHostServices}. Pure: no vscode, no DOM, no Node.
 */
import type { Coach } from '../engine/coach';
import type { Citation, Passage } from '../engine/types';
import { nameOf } from '../engine/wording';
import { fitTurn, isTurn, MAX_TEXT, parseToHost, UNDELIVERABLE_ANSWER, type ChatCitation, type ToHost, type ToWebview, type Turn } from '../protocol/messages';
import type { Abstention, AbstentionLog } from './abstentions';
import { chatToMarkdown } from './export';
import { formatPlanAnswer, formatPlanBlock, formatPlanTable, sourceLine } from './plan-block';
import { parseInput, SLASH_COMMANDS } from './slash';
import type { ChatStore } from './store';

/** What the host provides: the few things only it can do. */
export interface ChatHostServices {
  post(message: ToWebview): void;
  /** Show a passage in full beside the chat, naming its source. */
  openPassage(passage: Passage): void | PromiseLike<void>;
  /** Insert a Markdown block at the user's cursor as one undoable edit. */
  insertPlan(markdown: string, passage: Passage): void | PromiseLike<void>;
  copy(text: string): void | PromiseLike<void>;
  exportMarkdown(suggestedName: string, markdown: string): void | PromiseLike<void>;
  /** The text of the plan the user is writing, if any: exercises it names are not proposed again. */
  planText?(): string | undefined;
  /** Dropped messages and failures go here, never to the user as raw errors. */
  log(message: string): void;
  /** The coach abstained on a question: its entry in the list of what the sources lack. */
  abstained?(entry: Abstention): void;
}

export interface ChatControllerOptions {
  /** Called on first need, so opening the view does not pay for loading until it must. */
  coach: () => Coach;
  store: ChatStore;
  host: ChatHostServices;
  newId: () => string;
  now?: () => number;
  /** Where `log` writes, named for a person: default "the Stride Coach log" (VS Code's output). */
  logName?: string;
  /** Where the questions the coach abstained on are counted (kept locally, never sent). */
  abstentions?: AbstentionLog;
}

export interface ChatController {
  /** Handles one raw message from the webview; malformed ones are dropped and logged. */
  receive(raw: unknown): Promise<void>;
  /** The engine changed (settings, knowledge folders): forget cached lookups. */
  reset(): void;
}

const ANATOMY = new Set(['muscle', 'group', 'tendon']);

export const EXAMPLES = [
  'What does the soleus do at mid-stance?',
  'Exercises for weak peroneals?',
  'Is heel striking superior?',
  '/plan calves, glutes',
];

export function createChatController(options: ChatControllerOptions): ChatController {
  const { store, host, newId } = options;
  const now = options.now ?? Date.now;
  let byId: Map<string, Passage> | undefined;
  let chatId: string | undefined;

  const coach = () => options.coach();
  const lookup = (id: string) => {
    if (!byId) byId = new Map(coach().passages().map((p) => [p.id, p]));
    return byId.get(id);
  };

  function names() {
    const muscles: string[] = [];
    const exercises: string[] = [];
    for (const p of coach().passages()) {
      if (p.kind === 'muscle' || p.kind === 'group' || p.kind === 'tendon') muscles.push(nameOf(p));
      else if (p.kind === 'exercise') exercises.push(p.title);
    }
    return { muscles: [...new Set(muscles)].sort(), exercises: [...new Set(exercises)].sort() };
  }

  function gait() {
    return coach()
      .gait()
      .map((g) => ({
        phase: g.phase,
        ...(g.passage ? { passageId: g.passage.id } : {}),
        muscles: g.muscles.map((m) => ({ id: m.id, title: m.name, passageId: m.passage.id })),
      }));
  }

  /** Every muscle, group and tendon the corpus has, for the map's regions, with its group. */
  function mapMuscles() {
    const all = coach().passages();
    const groups = all.filter((p) => p.kind === 'group');
    return all
      .filter((p) => ANATOMY.has(p.kind) && !p.aspectOf)
      .map((p) => {
        // A member's group is a group that lists it and that it lists back ("soleus" ↔ "calves").
        const group = p.kind === 'group' ? undefined : groups.find((g) => g.related?.includes(p.id) && p.related?.includes(g.id) && !g.aspectOf);
        return { id: p.id, title: nameOf(p), ...(group ? { group: group.id } : {}) };
      });
  }

  /**
   * The muscles a turn is about: anatomy it cites, and what the cited passages work or belong
   * to, so the map can light them up.
   */
  function withMuscles(turn: Turn): Turn {
    const ids = new Set<string>();
    for (const c of turn.citations) {
      const p = lookup(c.id);
      if (!p) continue;
      if (ANATOMY.has(p.kind)) ids.add(p.id);
      for (const r of [...(p.works ?? []), ...(p.kind === 'exercise' ? [] : (p.related ?? []))]) if (ANATOMY.has(lookup(r)?.kind ?? '')) ids.add(r);
    }
    return ids.size ? { ...turn, muscles: [...ids].slice(0, 40) } : turn;
  }

  function toChatCitation(c: Citation): ChatCitation {
    return { ...c, source: { ...c.source }, insertable: c.kind === 'exercise' };
  }

  function answerTurn(text: string): Turn {
    const base = { id: newId(), question: text, at: now() };
    const input = parseInput(text.slice(0, MAX_TEXT));
    switch (input.kind) {
      case 'usage':
        return { ...base, mode: 'usage', answer: input.message, abstained: true, citations: [], followUps: [], tookMs: 0 };
      case 'help':
        return {
          ...base,
          mode: 'ask',
          answer: ['I answer from a curated corpus of running muscles, exercises and injuries, and cite every passage I use.', '', ...SLASH_COMMANDS.map((c) => `- \`/${c.name}${c.args ? ' ' + c.args : ''}\`: ${c.description}`)].join('\n'),
          abstained: false,
          citations: [],
          followUps: EXAMPLES.slice(0, 3),
          tookMs: 0,
        };
      case 'check': {
        const r = coach().check(input.claim);
        const verdictLine = { supported: 'The sources support this.', contradicted: 'The sources say otherwise.', unverified: 'I cannot find this in the sources, either way.' }[r.verdict];
        const answer = [`**${r.verdict[0].toUpperCase()}${r.verdict.slice(1)}.** ${verdictLine}`, ...r.notes.map((n) => `- ${n}`), r.evidence.length ? `\nEvidence: ${r.evidence.map((e) => `[${e.n}]`).join(' ')}` : ''].join('\n');
        return { ...base, mode: 'check', verdict: r.verdict, answer, abstained: r.verdict === 'unverified' && !r.evidence.length, citations: r.evidence.map(toChatCitation), followUps: [], tookMs: r.tookMs };
      }
      case 'plan':
        return { ...base, ...plan(input) };
      default: {
        const a = coach().ask(input.question);
        return { ...base, mode: 'ask', answer: a.answer, abstained: a.abstained, citations: a.citations.map(toChatCitation), followUps: a.followUps, tookMs: a.tookMs };
      }
    }
  }

  /** A drafted block: a short list with citation markers in the chat, a table to insert. */
  function plan(input: { request: string; equipment?: string[]; types?: string[] }): Omit<Turn, 'id' | 'question' | 'at'> {
    const started = now();
    const exclude = host.planText?.();
    const p = coach().plan(input.request, { equipment: input.equipment, types: input.types, ...(exclude ? { exclude } : {}) });
    const filters = [input.equipment?.length ? `equipment: ${input.equipment.join(', ')}` : '', input.types?.length ? `kind: ${input.types.join(', ')}` : ''].filter(Boolean).join('; ');
    if (!p.items.length) {
      const why = !p.targets.length
        ? 'That is not in my sources: I could not find a muscle, weakness or complaint I know in that request.'
        : `I have no exercises in my sources for ${p.targets.map((t) => t.title).join(', ')}${filters ? ` with ${filters}` : ''}.`;
      return { mode: 'plan', answer: why, abstained: true, citations: [], followUps: p.targets.length && filters ? [`/plan ${input.request}`] : [], tookMs: now() - started };
    }
    const citations: ChatCitation[] = p.items.map((item) => ({ ...toChatCitation(item.citation), insertable: true }));
    return {
      mode: 'plan',
      answer: formatPlanAnswer(p, filters),
      abstained: false,
      citations,
      followUps: [],
      block: formatPlanTable(p),
      tookMs: now() - started,
    };
  }

  function sendInit() {
    const chat = chatId ? (store.open(chatId) ?? store.current()) : store.current();
    chatId = chat.id;
    host.post({ type: 'init', chat, names: names(), examples: EXAMPLES, gait: gait(), mapMuscles: mapMuscles() });
    host.post({ type: 'chats', chats: store.list() });
  }

  async function handle(m: ToHost): Promise<void> {
    switch (m.type) {
      case 'ready':
        return sendInit();
      case 'ask': {
        // Cut to what the protocol carries before it is stored or sent: an answer the view would
        // drop must never be stored (a stored turn the schema refuses cost the whole chat).
        const turn = fitTurn(withMuscles(answerTurn(m.text)));
        if (!isTurn(turn)) {
          host.log(`ask: the answer to request ${m.requestId} does not fit the protocol; not stored`);
          return host.post({ type: 'failed', requestId: m.requestId, message: UNDELIVERABLE_ANSWER });
        }
        // A usage message is the user's typo, not something the sources lack.
        if (turn.abstained && turn.mode !== 'usage') {
          const entry = options.abstentions?.record(turn.question);
          if (entry) host.abstained?.(entry);
        }
        const chat = store.append(chatId ?? store.current().id, turn);
        chatId = chat.id;
        host.post({ type: 'answer', requestId: m.requestId, chatId: chat.id, chatTitle: chat.title, turn });
        host.post({ type: 'chats', chats: store.list() });
        return;
      }
      case 'openCitation': {
        const p = lookup(m.passageId);
        if (!p) return host.log(`openCitation: no passage ${m.passageId}`);
        return void (await host.openPassage(p));
      }
      case 'insertPlan': {
        const p = lookup(m.passageId);
        if (!p || p.kind !== 'exercise') return host.log(`insertPlan: ${m.passageId} is not an exercise`);
        return void (await host.insertPlan(formatPlanBlock(p, lookup), p));
      }
      case 'insertTurn': {
        const turn = chatId ? store.get(chatId)?.turns.find((t) => t.id === m.turnId) : undefined;
        if (!turn?.block) return host.log(`insertTurn: turn ${m.turnId} has no block to insert`);
        const first = turn.citations[0] ? lookup(turn.citations[0].id) : undefined;
        if (!first) return host.log(`insertTurn: turn ${m.turnId} cites nothing`);
        return void (await host.insertPlan(turn.block, first));
      }
      case 'copyAnswer': {
        const turn = chatId ? store.get(chatId)?.turns.find((t) => t.id === m.turnId) : undefined;
        if (!turn) return host.log(`copyAnswer: no turn ${m.turnId}`);
        await host.copy(turn.block ?? [turn.answer, '', ...turn.citations.map((c) => `[${c.n}] ${c.title}: ${sourceLine(lookup(c.id) ?? ({ source: c.source } as Passage))}`)].join('\n').trim());
        return host.post({ type: 'notice', level: 'info', message: turn.block ? 'Plan table copied.' : 'Answer copied, with its sources.', turnId: turn.id });
      }
      case 'newChat': {
        const chat = store.create();
        chatId = chat.id;
        host.post({ type: 'chat', chat });
        host.post({ type: 'chats', chats: store.list() });
        return;
      }
      case 'openChat': {
        const chat = store.open(m.chatId);
        if (!chat) return host.log(`openChat: no chat ${m.chatId}`);
        chatId = chat.id;
        return host.post({ type: 'chat', chat });
      }
      case 'deleteChat': {
        store.delete(m.chatId);
        if (m.chatId === chatId) {
          const chat = store.current();
          chatId = chat.id;
          host.post({ type: 'chat', chat });
        }
        return host.post({ type: 'chats', chats: store.list() });
      }
      case 'listChats':
        return host.post({ type: 'chats', chats: store.list(m.query), query: m.query });
      case 'exportChat': {
        const chat = chatId ? store.get(chatId) : undefined;
        if (!chat || !chat.turns.length) return host.post({ type: 'notice', level: 'info', message: 'Nothing to export yet: ask a question first.' });
        const name = `stride-coach-${chat.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'chat'}.md`;
        return void (await host.exportMarkdown(name, chatToMarkdown(chat)));
      }
    }
  }

  return {
    async receive(raw) {
      const parsed = parseToHost(raw);
      if (!parsed.ok) {
        host.log(`dropped a malformed message from the webview (${parsed.reason})`);
        return;
      }
      try {
        await handle(parsed.message);
      } catch (err) {
        host.log(`failed to handle ${parsed.message.type}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        const message = `Something went wrong handling that; the details are in ${options.logName ?? 'the Stride Coach log'}.`;
        // A question that fails still ends its wait: the view stops the spinner.
        if (parsed.message.type === 'ask') host.post({ type: 'failed', requestId: parsed.message.requestId, message });
        else host.post({ type: 'notice', level: 'error', message });
      }
    },
    reset() {
      byId = undefined;
    },
  };
}
