/**
 * Conversations kept in a host's key-value storage (VS Code's workspaceState, the browser's
 * localStorage). What comes back from storage is validated like a message: a damaged or
 * older-format chat is dropped, not trusted.
 */
import * as v from 'valibot';
import { ChatSchema, type Chat, type ChatSummary } from '../protocol/messages';

/** The part of VS Code's Memento the store needs; a localStorage wrapper fits it too. */
export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): void | PromiseLike<void>;
}

/** Before per-chat keys, every chat lived in one array under this key; read once and migrated. */
const LEGACY_CHATS_KEY = 'strideCoach.chats';
/** Ids of the stored chats. */
const INDEX_KEY = 'strideCoach.chatIndex';
const CHAT_KEY = (id: string) => `strideCoach.chat.${id}`;
const CURRENT_KEY = 'strideCoach.currentChat';
/** Oldest chats beyond this are forgotten. */
export const MAX_CHATS = 100;
/** Oldest turns of a chat beyond this are forgotten. */
export const MAX_TURNS = 200;

/**
 * Each chat is stored under its own key, so an answer writes one chat, not every chat; each
 * write replaces one whole value, so storage holds the previous complete chat or the new one.
 */
export class ChatStore {
  private chats: Chat[];

  constructor(
    private readonly kv: KeyValueStore,
    private readonly newId: () => string,
    private readonly now: () => number = Date.now,
    /** A failed write (disk full, storage gone) is reported here; memory keeps the chat. */
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    const valid = (c: unknown): c is Chat => v.is(ChatSchema, c);
    const index = kv.get<unknown>(INDEX_KEY);
    if (Array.isArray(index)) {
      this.chats = index.filter((id): id is string => typeof id === 'string').map((id) => kv.get<unknown>(CHAT_KEY(id))).filter(valid);
    } else {
      const legacy = kv.get<unknown>(LEGACY_CHATS_KEY);
      this.chats = Array.isArray(legacy) ? legacy.filter(valid) : [];
      if (this.chats.length) {
        this.write([
          ...this.chats.map((c) => () => kv.update(CHAT_KEY(c.id), c)),
          () => kv.update(INDEX_KEY, this.chats.map((c) => c.id)),
          () => kv.update(LEGACY_CHATS_KEY, undefined),
        ]);
      }
    }
  }

  list(query = ''): ChatSummary[] {
    const q = query.trim().toLowerCase();
    return this.chats
      .filter((c) => !q || c.title.toLowerCase().includes(q) || c.turns.some((t) => t.question.toLowerCase().includes(q) || t.answer.toLowerCase().includes(q)))
      .sort((a, b) => b.updated - a.updated)
      .map((c) => ({ id: c.id, title: c.title, updated: c.updated, turns: c.turns.length }));
  }

  get(id: string): Chat | undefined {
    return this.chats.find((c) => c.id === id);
  }

  /** The chat the view shows: the last one opened, or a new empty one. */
  current(): Chat {
    const id = this.kv.get<string>(CURRENT_KEY);
    return (id && this.get(id)) || this.create();
  }

  create(): Chat {
    const t = this.now();
    const chat: Chat = { id: this.newId(), title: 'New chat', created: t, updated: t, turns: [] };
    this.chats.push(chat);
    this.save(chat, chat.id, true);
    return chat;
  }

  open(id: string): Chat | undefined {
    const chat = this.get(id);
    if (chat) this.write([() => this.kv.update(CURRENT_KEY, chat.id)]);
    return chat;
  }

  append(chatId: string, turn: Chat['turns'][number]): Chat {
    const chat = this.get(chatId) ?? this.create();
    if (!chat.turns.length) chat.title = turn.question.replace(/\s+/g, ' ').trim().slice(0, 80) || 'New chat';
    chat.turns.push(turn);
    if (chat.turns.length > MAX_TURNS) chat.turns.splice(0, chat.turns.length - MAX_TURNS);
    chat.updated = this.now();
    this.save(chat, chat.id, false);
    return chat;
  }

  delete(id: string): void {
    this.chats = this.chats.filter((c) => c.id !== id);
    const current = this.kv.get<string>(CURRENT_KEY);
    this.write([
      () => this.kv.update(INDEX_KEY, this.chats.map((c) => c.id)),
      () => this.kv.update(CHAT_KEY(id), undefined),
      ...(current === id ? [() => this.kv.update(CURRENT_KEY, undefined)] : []),
    ]);
  }

  /** Writes one chat (and the index when the set of chats changed), oldest chats trimmed. */
  private save(chat: Chat, currentId: string, listChanged: boolean): void {
    const dropped: string[] = [];
    if (this.chats.length > MAX_CHATS) {
      this.chats.sort((a, b) => b.updated - a.updated);
      dropped.push(...this.chats.splice(MAX_CHATS).map((c) => c.id));
      listChanged = true;
    }
    const index = this.chats.map((c) => c.id);
    this.write([
      () => this.kv.update(CHAT_KEY(chat.id), chat),
      ...(listChanged ? [() => this.kv.update(INDEX_KEY, index)] : []),
      ...dropped.map((id) => () => this.kv.update(CHAT_KEY(id), undefined)),
      () => this.kv.update(CURRENT_KEY, currentId),
    ]);
  }

  /**
   * Runs the writes in order: at once with a synchronous store (localStorage), one after another
   * with an asynchronous one (VS Code's Memento). The first failure stops the rest and is reported.
   */
  private write(steps: (() => void | PromiseLike<void>)[]): void {
    const run = (i: number): void => {
      for (; i < steps.length; i++) {
        let r: void | PromiseLike<void>;
        try {
          r = steps[i]();
        } catch (error) {
          return this.onError(error);
        }
        if (r && typeof r.then === 'function') {
          r.then(() => run(i + 1), (error: unknown) => this.onError(error));
          return;
        }
      }
    };
    run(0);
  }
}
