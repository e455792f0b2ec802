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

const CHATS_KEY = 'strideCoach.chats';
const CURRENT_KEY = 'strideCoach.currentChat';
/** Oldest chats beyond this are forgotten. */
export const MAX_CHATS = 100;
/** Oldest turns of a chat beyond this are forgotten. */
export const MAX_TURNS = 200;

export class ChatStore {
  private chats: Chat[];

  constructor(
    private readonly kv: KeyValueStore,
    private readonly newId: () => string,
    private readonly now: () => number = Date.now,
    /** A failed write (disk full, storage gone) is reported here; memory keeps the chat. */
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    const raw = kv.get<unknown>(CHATS_KEY);
    this.chats = Array.isArray(raw) ? raw.filter((c): c is Chat => v.is(ChatSchema, c)) : [];
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
    void this.persist(chat.id);
    return chat;
  }

  open(id: string): Chat | undefined {
    const chat = this.get(id);
    if (chat) void this.persist(chat.id);
    return chat;
  }

  append(chatId: string, turn: Chat['turns'][number]): Chat {
    const chat = this.get(chatId) ?? this.create();
    if (!chat.turns.length) chat.title = turn.question.replace(/\s+/g, ' ').trim().slice(0, 80) || 'New chat';
    chat.turns.push(turn);
    if (chat.turns.length > MAX_TURNS) chat.turns.splice(0, chat.turns.length - MAX_TURNS);
    chat.updated = this.now();
    void this.persist(chat.id);
    return chat;
  }

  delete(id: string): void {
    this.chats = this.chats.filter((c) => c.id !== id);
    void this.persist(this.kv.get<string>(CURRENT_KEY) === id ? undefined : this.kv.get<string>(CURRENT_KEY));
  }

  /**
   * Writes the whole list as one value, so storage holds either the previous complete list or
   * the new one, never half of it; a failed write leaves the previous one in place.
   */
  private async persist(currentId: string | undefined): Promise<void> {
    if (this.chats.length > MAX_CHATS) {
      this.chats.sort((a, b) => b.updated - a.updated);
      this.chats.length = MAX_CHATS;
    }
    try {
      await this.kv.update(CHATS_KEY, this.chats);
      await this.kv.update(CURRENT_KEY, currentId);
    } catch (error) {
      this.onError(error);
    }
  }
}
