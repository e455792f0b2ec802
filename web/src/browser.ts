/**
 * What the component needs from the browser, each with a fallback: key-value storage
 * (localStorage, or memory when the page may not use it or it is full), the clipboard
 * (`navigator.clipboard`, or a hidden textarea and `execCommand('copy')`), and a file download
 * (a Blob URL on an `<a download>`).
 */
import type { KeyValueStore } from '../../src/chat/store';

/** The store's own key names, shortened under the element's prefix: `<prefix>.chats`. */
function storageKey(prefix: string, key: string): string {
  return `${prefix}.${key.replace(/^strideCoach\./, '')}`;
}

function webStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    // Reading the property throws where storage is disabled (sandboxed frames, some privacy modes).
    return window[kind] ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * A `KeyValueStore` (what the chat store keeps its chats in) over web storage under a prefix.
 * Values are JSON; a value that cannot be stored (storage off, quota reached) is kept in memory
 * for this page's life, with one warning.
 */
export function prefixedStore(
  prefix: string,
  kind: 'localStorage' | 'sessionStorage' = 'localStorage',
  /** Told each time a value could not be stored (the user should know their history is at risk). */
  onFailure?: (error: unknown) => void,
): KeyValueStore {
  const storage = webStorage(kind);
  const memory = new Map<string, string>();
  /**
   * The value last written or read per key with its JSON: while storage still holds that JSON
   * (no other tab wrote), it is handed back as is instead of parsed again on every answer.
   */
  const known = new Map<string, { raw: string; value: unknown }>();
  let warned = false;
  return {
    keys(): string[] {
      // Back from `<prefix>.chat.x` to the store's own `strideCoach.chat.x`.
      const out = new Set<string>();
      const own = `${prefix}.`;
      try {
        for (let i = 0; storage && i < storage.length; i++) {
          const k = storage.key(i);
          if (k?.startsWith(own)) out.add(`strideCoach.${k.slice(own.length)}`);
        }
      } catch {
        // Storage that cannot be listed: only the index is used.
      }
      for (const k of memory.keys()) if (k.startsWith(own)) out.add(`strideCoach.${k.slice(own.length)}`);
      return [...out];
    },
    get<T>(key: string): T | undefined {
      const k = storageKey(prefix, key);
      let raw: string | null | undefined = memory.get(k);
      if (raw === undefined) {
        try {
          raw = storage?.getItem(k);
        } catch {
          raw = undefined;
        }
      }
      if (raw === null || raw === undefined) return undefined;
      const seen = known.get(k);
      if (seen?.raw === raw) return seen.value as T;
      try {
        const value = JSON.parse(raw) as T;
        known.set(k, { raw, value });
        return value;
      } catch {
        return undefined;
      }
    },
    update(key: string, value: unknown): void {
      const k = storageKey(prefix, key);
      const raw = value === undefined ? undefined : JSON.stringify(value);
      try {
        if (!storage) throw new Error(`${kind} is not available`);
        if (raw === undefined) storage.removeItem(k);
        else storage.setItem(k, raw);
        memory.delete(k);
        if (raw === undefined) known.delete(k);
        else known.set(k, { raw, value });
      } catch (err) {
        if (raw === undefined) memory.delete(k);
        else memory.set(k, raw);
        if (!warned) console.warn(`stride-coach: cannot save to ${kind} (${err instanceof Error ? err.message : String(err)}); keeping it for this page only`);
        warned = true;
        onFailure?.(err);
      }
    },
  };
}

/** Copies text; throws with a reason when the browser allows neither way. */
export async function copyText(text: string, root: ShadowRoot): Promise<void> {
  let reason = 'the Clipboard API is not available';
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch (err) {
    reason = err instanceof Error ? err.message : String(err);
  }
  // The older way: select the text in a textarea the user never sees, and copy the selection.
  const focused = root.activeElement;
  const buffer = document.createElement('textarea');
  buffer.className = 'copy-buffer';
  buffer.value = text;
  buffer.readOnly = true;
  buffer.setAttribute('aria-hidden', 'true');
  buffer.tabIndex = -1;
  root.append(buffer);
  buffer.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  buffer.remove();
  if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  if (!copied) throw new Error(reason);
}

/** Offers `text` as a file download named `name`. */
export function download(name: string, text: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  // Long enough for the browser to have started the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
