import type { KeyValueStore } from '../chat/store';

/**
 * The chat store's storage: VS Code's workspaceState, written behind. Each `update` of a Memento
 * sends the whole of the extension's state (every chat, up to MAX_TURNS turns each) to the main
 * process at once, so writing on every answer made each answer cost more the longer the history
 * (issue 6; one key per chat does not change that: a Memento sends all its keys as one value).
 * Here the latest value of each key is kept in memory and read back at once, and what
 * changed is written at most `delayMs` after the first change (and on flush: deactivation,
 * disposal), so a question costs the same with 1 turn stored or 20,000.
 */

/** The part of vscode.Memento used here. */
export interface Memento {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): PromiseLike<void>;
  keys?(): readonly string[];
}

export const WRITE_DELAY_MS = 1000;

export class DeferredState implements KeyValueStore {
  private readonly pending = new Map<string, unknown>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** Writes sent to the Memento so far (for the tests). */
  writes = 0;

  constructor(
    private readonly target: Memento,
    private readonly delayMs = WRITE_DELAY_MS,
    private readonly onError: (e: unknown) => void = () => undefined,
  ) {}

  get<T>(key: string): T | undefined {
    return this.pending.has(key) ? (this.pending.get(key) as T) : this.target.get<T>(key);
  }

  /** Kept in memory; written at most `delayMs` later, with whatever else was written meanwhile. */
  update(key: string, value: unknown): void {
    this.pending.set(key, value);
    this.timer ??= setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Keys stored or waiting to be (a key waiting to be removed is left out). */
  keys(): readonly string[] {
    const out = new Set(this.target.keys?.() ?? []);
    for (const [key, value] of this.pending) {
      if (value === undefined) out.delete(key);
      else out.add(key);
    }
    return [...out];
  }

  /** Whether some write is waiting. */
  get dirty(): boolean {
    return this.pending.size > 0;
  }

  /** Writes what is waiting now; resolves when the Memento has it. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pending.size) return this.writing;
    const entries = [...this.pending];
    this.pending.clear();
    this.writing = this.writing.then(async () => {
      for (const [key, value] of entries) {
        this.writes++;
        try {
          await this.target.update(key, value);
        } catch (e) {
          // Kept to be written again with the next change (or flush), unless a newer value came:
          // one failed write must not lose the chat it carried.
          if (!this.pending.has(key)) this.pending.set(key, value);
          this.onError(e);
        }
      }
    });
    return this.writing;
  }
}
