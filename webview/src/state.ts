/**
 * The UI state the webview saves with `setState`, so a hidden or reloaded view comes back at
 * once (the host's `init` refreshes it a moment later). What comes back is validated like a
 * host message: state written by an older version of the webview is dropped, not trusted.
 *
 * The payload stays small however long the chat: only the open chat's latest
 * {@link STATE_TURNS} turns are saved (enough to paint the view before the host answers); the
 * host's `init` brings the whole chat back.
 */
import * as v from 'valibot';
import { ChatSchema } from '../../src/protocol/messages';

const ViewStateSchema = v.object({
  version: v.literal(1),
  chat: v.optional(ChatSchema),
  draft: v.pipe(v.string(), v.maxLength(20000)),
  scrollTop: v.number(),
  historyOpen: v.boolean(),
  historyQuery: v.pipe(v.string(), v.maxLength(2000)),
  /** Optional, so state saved before the map and the gait view existed still restores. */
  mapOpen: v.optional(v.boolean()),
  gaitOpen: v.optional(v.boolean()),
  /** Open but folded to their title line, so the conversation keeps the height. */
  mapCollapsed: v.optional(v.boolean()),
  gaitCollapsed: v.optional(v.boolean()),
  /** How many of the latest turns the log had paged in ("Show earlier"). */
  shown: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type ViewState = v.InferOutput<typeof ViewStateSchema>;

/** Turns of the open chat kept in the saved state (the newest). */
export const STATE_TURNS = 20;

export const EMPTY_STATE: ViewState = { version: 1, draft: '', scrollTop: 0, historyOpen: false, historyQuery: '' };

export function restoreState(raw: unknown): ViewState {
  const r = v.safeParse(ViewStateSchema, raw);
  return r.success ? r.output : { ...EMPTY_STATE };
}

/** Saves at most every `delayMs`, always with the latest state (typing and scrolling are chatty). */
export function debouncedSaver(save: (state: ViewState) => void, delayMs = 150) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: ViewState | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (latest) save(latest);
    latest = undefined;
  };
  return {
    /** Saves now: for changes that must survive an immediate reload (a new turn). */
    now(state: ViewState) {
      latest = state;
      flush();
    },
    later(state: ViewState) {
      latest = state;
      timer ??= setTimeout(flush, delayMs);
    },
    flush,
  };
}

