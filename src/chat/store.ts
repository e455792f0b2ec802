/**
 * Conversations kept in a host's key-value storage (VS Code's workspaceState, the browser's
 * localStorage). What comes back from storage is validated like a message: a damaged or
 * older-format chat is dropped, not trusted.
 */
import * as v from 'valibot';
import { ChatSchema, fitTurn, isTurn, type Chat, type ChatSummary, type Turn } from '../protocol/messages';

/** The part of VS Code's Memento the store needs; a localStorage wrapper fits it too. */
export interface KeyValueStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): void | PromiseLike<void>;
  /** Every key stored (Memento and localStorage have them): chats missing from the index are recovered. */
  keys?(): readonly string[];
}

/** Before per-chat keys, every chat lived in one array under this key; read once and migrated. */
const LEGACY_CHATS_KEY = 'strideCoach.chats';
/** Ids of the stored chats. */
const INDEX_KEY = 'strideCoach.chatIndex';
const CHAT_PREFIX = 'strideCoach.chat.';
const CHAT_KEY = (id: string) => `${CHAT_PREFIX}${id}`;
const CURRENT_KEY = 'strideCoach.currentChat';
/** Oldest chats beyond this are forgotten. */
export const MAX_CHATS = 100;
/** Oldest turns of a chat beyond this are forgotten. */
export const MAX_TURNS = 200;

/**
 * A stored chat as far as it can be read: a chat the schema refuses as a whole keeps every turn
 * that is valid (an answer too long for the protocol once cost the whole conversation).
 */
function salvage(raw: unknown): Chat | undefined {
  if (v.is(ChatSchema, raw)) return raw;
  const c = raw as Partial<Chat> | null;
  if (!c || typeof c !== 'object' || typeof c.id !== 'string' || !Array.isArray(c.turns)) return undefined;
  const turns = c.turns.filter((t): t is Turn => !!t && typeof t === 'object').map((t) => (isTurn(t) ? t : isTurn(fitTurnSafe(t)) ? fitTurnSafe(t) : undefined)).filter((t): t is Turn => !!t);
  const chat = {
    id: c.id,
    title: typeof c.title === 'string' ? c.title.slice(0, 2000) : 'Recovered chat',
    created: typeof c.created === 'number' ? c.created : 0,
    updated: typeof c.updated === 'number' ? c.updated : 0,
    turns: turns.slice(-MAX_TURNS),
  };
  return v.is(ChatSchema, chat) ? chat : undefined;
}

function fitTurnSafe(t: Turn): Turn | undefined {
  try {
    return fitTurn(t);
  } catch {
    return undefined;
  }
}

/**
 * Turns another window stored in this chat that this one does not have (valid ones only). Cheap
 * when there are none, the usual case: ids are compared, nothing is validated, so an answer
 * costs the same with 1 turn stored or MAX_TURNS.
 */
function turnsOnlyIn(stored: unknown, mine: readonly Turn[]): Turn[] {
  const turns = (stored as { turns?: unknown } | null)?.turns;
  if (!Array.isArray(turns)) return [];
  let have: Set<string> | undefined;
  const extra: Turn[] = [];
  for (const t of turns as { id?: unknown }[]) {
    if (!t || typeof t.id !== 'string') continue;
    have ??= new Set(mine.map((x) => x.id));
    if (!have.has(t.id) && isTurn(t)) extra.push(t);
  }
  return extra;
}

/**
 * Each chat is stored under its own key, so an answer writes one chat, not every chat; each
 * write replaces one whole value, so storage holds the previous complete chat or the new one.
 *
 * Nothing stored is lost: a chat is written before the index that lists it, the index is written
 * again whenever it does not list a chat (a failed index write is repaired by the next one), and
 * chats missing from the index are recovered from their own keys. Another window or tab on the
 * same storage may have written meanwhile: a chat is merged with what is stored before it is
 * written, and the index keeps the other's chats.
 */
export class ChatStore {
  private chats: Chat[];
  /** Chats deleted here: the index merge must not bring them back. */
  private readonly deleted = new Set<string>();

  constructor(
    private readonly kv: KeyValueStore,
    private readonly newId: () => string,
    private readonly now: () => number = Date.now,
    /** A failed write (disk full, storage gone) is reported here; memory keeps the chat. */
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    const valid = (c: unknown): c is Chat => v.is(ChatSchema, c);
    const index = kv.get<unknown>(INDEX_KEY);
    const recovered = this.unindexed(Array.isArray(index) ? index : []);
    if (Array.isArray(index) || recovered.length) {
      const ids = [...new Set([...(Array.isArray(index) ? index : []).filter((id): id is string => typeof id === 'string'), ...recovered])];
      this.chats = ids.map((id) => salvage(kv.get<unknown>(CHAT_KEY(id)))).filter((c): c is Chat => !!c);
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

  /** Ids of chats stored under their own key but missing from the index (a failed index write). */
  private unindexed(index: readonly unknown[]): string[] {
    let keys: readonly string[];
    try {
      keys = this.kv.keys?.() ?? [];
    } catch {
      return [];
    }
    const listed = new Set(index);
    return keys.filter((k) => k.startsWith(CHAT_PREFIX)).map((k) => k.slice(CHAT_PREFIX.length)).filter((id) => id && !listed.has(id));
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
    this.deleted.add(id);
    const current = this.kv.get<string>(CURRENT_KEY);
    this.write([
      () => this.kv.update(INDEX_KEY, this.mergedIndex()),
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
    for (const id of dropped) this.deleted.add(id);
    // Another tab may have added turns to this chat since it was read: keep them too.
    const stored = this.kv.get<unknown>(CHAT_KEY(chat.id));
    if (stored && stored !== chat) {
      const extra = turnsOnlyIn(stored, chat.turns);
      if (extra.length) chat.turns = [...chat.turns, ...extra].sort((a, b) => a.at - b.at).slice(-MAX_TURNS);
    }
    const storedIndex = this.kv.get<unknown>(INDEX_KEY);
    const index = this.mergedIndex(storedIndex);
    // The index is written when it changed, and whenever the stored one misses this chat (its
    // earlier write failed): the chat is never left out of it.
    if (!Array.isArray(storedIndex) || !storedIndex.includes(chat.id)) listChanged = true;
    this.write([
      () => this.kv.update(CHAT_KEY(chat.id), chat),
      ...(listChanged ? [() => this.kv.update(INDEX_KEY, index)] : []),
      ...dropped.map((id) => () => this.kv.update(CHAT_KEY(id), undefined)),
      () => this.kv.update(CURRENT_KEY, currentId),
    ]);
  }

  /** This window's chats, plus chats another window listed that were not deleted here. */
  private mergedIndex(stored: unknown = this.kv.get<unknown>(INDEX_KEY)): string[] {
    const mine = this.chats.map((c) => c.id);
    if (!Array.isArray(stored)) return mine;
    const have = new Set(mine);
    const others = stored.filter((id): id is string => typeof id === 'string' && !have.has(id) && !this.deleted.has(id));
    return [...mine, ...others];
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
