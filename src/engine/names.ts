import type { Corpus } from './corpus';
import { STOPWORDS, termOf, words } from './text';

/**
 * The entity linker over text: the longest runs of a text's words that are a passage's title or
 * alias. Questions are linked in query.ts on their classified tokens; sentences and passages here.
 */

/** How many corpus names (titles or aliases) a sentence mentions. */
export function namesIn(sentence: string, corpus: Corpus, kinds?: ReadonlySet<string>): number {
  const ts = words(sentence).filter((w) => !STOPWORDS.has(w)).map(termOf);
  // Of these kinds only, when given ("which muscles": a muscle, or what a muscle's aspect is of).
  const ofKind = (ids: readonly string[]) => !kinds || ids.some((id) => {
    const p = corpus.get(id);
    const q = p?.aspectOf ? corpus.get(p.aspectOf) : p;
    return kinds.has(q?.kind ?? '');
  });
  let n = 0;
  for (let i = 0; i < ts.length; i++) {
    for (let len = Math.min(corpus.longestName, ts.length - i); len >= 1; len--) {
      const ids = corpus.named(ts.slice(i, i + len).join(' '));
      if (ids) {
        if (!ofKind(ids)) break;
        n++;
        i += len - 1;
        break;
      }
    }
  }
  return n;
}


export interface NameMention {
  /** Passages the words name (several may share an alias). */
  ids: readonly string[];
  /** The words, as written (normalized). */
  phrase: string;
}

/** The names (titles or aliases) a text mentions, longest first at each position. */
export function linkNames(text: string, corpus: Corpus): NameMention[] {
  const ws = words(text).filter((w) => !STOPWORDS.has(w));
  const ts = ws.map(termOf);
  const out: NameMention[] = [];
  for (let i = 0; i < ts.length; i++) {
    for (let len = Math.min(corpus.longestName, ts.length - i); len >= 1; len--) {
      const ids = corpus.named(ts.slice(i, i + len).join(' '));
      if (ids) {
        out.push({ ids, phrase: ws.slice(i, i + len).join(' ') });
        i += len - 1;
        break;
      }
    }
  }
  return out;
}
