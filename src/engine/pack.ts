import { calibrate } from './calibrate';
import { Corpus, type SerializedCorpus } from './corpus';
import { LEXICON } from './lexicon';
import { corpusProblem } from './pack-schema';
import type { Passage } from './types';

/**
 * Knowledge packs: a team's own passages and documents, prebuilt into a file that the library,
 * the CLI, the extension and the web component load beside the built-in corpus. Pure: the Node
 * side that reads folders lives in src/node/pack.ts.
 *
 * A pack carries the combined index (built-in corpus + its own passages) so that loading it is
 * a JSON parse, not a re-index. The built-in corpus it was built against is recorded by a
 * fingerprint; against a different built-in corpus (or beside other packs) the combination is
 * rebuilt from the passages instead, which is correct but slower.
 *
 * A pack adds passages in its own namespace and nothing else: its copy of the built-in passages
 * must be exactly the built-in corpus it names (or it is refused), its own passages must match
 * the checksum it was written with, and the whole of it is validated at load (pack-schema.ts).
 */

export const PACK_FORMAT = 'stride-pack';
/** 2: packs carry a checksum of their own passages. */
export const PACK_VERSION = 2;

export interface SerializedPack {
  format: typeof PACK_FORMAT;
  version: number;
  /** Namespace of the pack's ids: every passage id is `<name>:<id>`. */
  name: string;
  description?: string;
  /** What built it, for people reading a refusal message. */
  builtBy: string;
  /**
   * The built-in corpus the combined index was built with, and the analyzer that built it
   * ({@link analyzerStamp}; packs written before it was recorded have none and are rebuilt).
   */
  base: { fingerprint: string; passages: number; analyzer?: string };
  /** How many of `corpus.passages` (at the end) are the pack's own. */
  own: number;
  /** {@link contentChecksum} of the pack's own passages, checked at load. */
  checksum: string;
  /** Built-in passages followed by the pack's own, with the index over all of them. */
  corpus: SerializedCorpus;
}

/** Pack names: lower-case letters, digits and dashes, so `name:id` reads well and stays unique. */
export const PACK_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** A short, stable hash of passages (FNV-1a over ids, titles and text): "is this the same corpus?". */
export function fingerprint(passages: readonly Passage[]): string {
  return `fnv1a-${passages.length}-${fnv1a(passages.map((p) => `${p.id}\u0000${p.title}\u0000${p.text}`))}`;
}

/** FNV-1a over strings, as 8 hex digits. */
function fnv1a(parts: Iterable<string>, h = 0x811c9dc5): string {
  for (const s of parts) {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 1;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const analyzerStamps = new WeakMap<object, string>();

/**
 * Which analyzer indexed a built-in corpus: the lexicon's stamp and a hash of the terms its index
 * holds. A pack's prebuilt index is only as good as the tokenizer, stemmer and lexicon that made
 * it; when this build reads the built-in passages into other terms (a new stemming rule, another
 * stopword), a pack made by an older build is rebuilt from its passages instead of trusted.
 */
export function analyzerStamp(base: SerializedCorpus | Corpus): string {
  let stamp = analyzerStamps.get(base);
  if (stamp === undefined) {
    const terms = base instanceof Corpus ? base.index.allTerms() : base.index.terms;
    analyzerStamps.set(base, (stamp = `${LEXICON.stamp}-${terms.length}-${fnv1a(terms)}`));
  }
  return stamp;
}

/** FNV-1a over every field of every passage (its JSON): "was this changed after it was built?". */
export function contentChecksum(passages: readonly Passage[]): string {
  return `fnv1a-json-${passages.length}-${fnv1a(passages.map((p) => JSON.stringify(p)))}`;
}

/** The pack's passages, from its combined corpus. */
export function packPassages(pack: SerializedPack): Passage[] {
  return pack.corpus.passages.slice(pack.corpus.passages.length - pack.own);
}

/**
 * Checks that a parsed file is a pack this version can read; throws a message that says what to
 * do when it is not (never misreads an old or foreign file).
 */
/** Content checksum of a validated pack's copy of the built-in passages, for combine(). */
const baseChecksums = new WeakMap<object, string>();
/** Content checksum of a built-in corpus's passages, by the array (computed once per corpus). */
const builtinChecksums = new WeakMap<readonly Passage[], string>();

export function validatePack(data: unknown, source = 'pack'): SerializedPack {
  const d = data as Partial<SerializedPack> | null;
  if (!d || typeof d !== 'object' || d.format !== PACK_FORMAT) {
    throw new Error(`stride-coach: ${source} is not a Stride Coach knowledge pack`);
  }
  if (d.version !== PACK_VERSION) {
    throw new Error(
      `stride-coach: ${source} is pack format version ${String(d.version)}${d.builtBy ? ` (built by ${d.builtBy})` : ''}; this version reads version ${PACK_VERSION}. Rebuild it with \`stride-coach pack <folder> --out <file>\`.`,
    );
  }
  if (typeof d.name !== 'string' || !PACK_NAME.test(d.name)) throw new Error(`stride-coach: ${source} has no valid name`);
  if (!d.corpus || !Array.isArray(d.corpus.passages) || typeof d.own !== 'number' || !Number.isInteger(d.own) || d.own < 0 || d.own > d.corpus.passages.length) {
    throw new Error(`stride-coach: ${source} is damaged (its passages do not add up); rebuild it`);
  }
  if (!d.base || typeof d.base.fingerprint !== 'string' || d.base.passages !== d.corpus.passages.length - d.own) {
    throw new Error(`stride-coach: ${source} is damaged (its built-in passages do not add up); rebuild it`);
  }
  if (d.base.analyzer !== undefined && typeof d.base.analyzer !== 'string') {
    throw new Error(`stride-coach: ${source} is damaged (its analyzer stamp is not text); rebuild it`);
  }
  if (typeof d.builtBy !== 'string' || (d.description !== undefined && typeof d.description !== 'string')) {
    throw new Error(`stride-coach: ${source} is damaged (builtBy or description is not text); rebuild it`);
  }
  const problem = corpusProblem(d.corpus, d.own);
  if (problem) throw new Error(`stride-coach: ${source} is damaged (${problem}); rebuild it`);
  const own = d.corpus.passages.slice(d.corpus.passages.length - d.own);
  for (const p of own) {
    if (!p.id.startsWith(`${d.name}:`)) throw new Error(`stride-coach: ${source} is damaged (passage ids are not in its namespace); rebuild it`);
  }
  // Its copy of the built-in passages is the one it names: editing the soleus passage and keeping
  // the fingerprint is refused, never served under the curated article's name.
  if (fingerprint(d.corpus.passages.slice(0, d.base.passages)) !== d.base.fingerprint) {
    throw new Error(`stride-coach: ${source} changes built-in passages; a pack can only add passages of its own. Rebuild it`);
  }
  if (typeof d.checksum !== 'string' || contentChecksum(own) !== d.checksum) {
    throw new Error(`stride-coach: ${source} does not match its checksum (it was changed after it was built); rebuild it`);
  }
  return d as SerializedPack;
}

/**
 * The corpus to answer from: the built-in one, plus any packs. One pack built against this very
 * built-in corpus loads as is; anything else is rebuilt from the passages.
 */
export function combine(base: SerializedCorpus | Corpus, packs: readonly SerializedPack[]): Corpus {
  if (!packs.length) return base instanceof Corpus ? base : Corpus.fromJSON(base);
  const names = new Set<string>();
  for (const p of packs) {
    if (names.has(p.name)) throw new Error(`stride-coach: two packs are named "${p.name}"; pack names must differ`);
    names.add(p.name);
  }
  const basePassages = base instanceof Corpus ? base.passages : base.passages;
  // The prebuilt combination is used only when its built-in part is this built-in corpus, every
  // field alike (the fingerprint covers ids, titles and text), indexed by this analyzer; anything
  // else is rebuilt from the pack's own passages, so a pack's copy of a built-in passage is never
  // what answers, and an index of another analyzer's terms is never searched with this one's.
  const [only] = packs;
  if (packs.length === 1 && only.base.analyzer === analyzerStamp(base) && only.base.fingerprint === fingerprint(basePassages) && sameBase(only, basePassages)) {
    return Corpus.fromJSON(only.corpus);
  }
  return Corpus.build([...basePassages, ...packs.flatMap(packPassages)]);
}

function sameBase(pack: SerializedPack, basePassages: readonly Passage[]): boolean {
  const copy = pack.corpus.passages;
  if (copy.length - pack.own !== basePassages.length) return false;
  let mine = baseChecksums.get(pack);
  if (mine === undefined) baseChecksums.set(pack, (mine = contentChecksum(copy.slice(0, basePassages.length))));
  let builtin = builtinChecksums.get(basePassages);
  if (builtin === undefined) builtinChecksums.set(basePassages, (builtin = contentChecksum(basePassages)));
  return mine === builtin;
}

/**
 * Puts a pack's passages in its namespace: ids become `<name>:<id>`, and references to the
 * pack's own passages follow; references to the built-in corpus stay as they are.
 */
export function namespacePassages(name: string, passages: readonly Passage[]): Passage[] {
  const own = new Set(passages.map((p) => p.id));
  const ref = (id: string) => (own.has(id) ? `${name}:${id}` : id);
  return passages.map((p) => ({
    ...p,
    id: `${name}:${p.id}`,
    ...(p.related ? { related: p.related.map(ref) } : {}),
    ...(p.works ? { works: p.works.map(ref) } : {}),
  }));
}

/** Builds a pack from validated passages (already namespaced) against a built-in corpus. */
export function makePack(options: { name: string; description?: string; builtBy: string; base: SerializedCorpus | Corpus; passages: readonly Passage[] }): SerializedPack {
  const basePassages = options.base instanceof Corpus ? options.base.passages : options.base.passages;
  const corpus = Corpus.build([...basePassages, ...options.passages]);
  // The pack carries thresholds fitted to its own passages, so loading it need not refit them.
  corpus.calibration = calibrate(corpus);
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: options.name,
    ...(options.description ? { description: options.description } : {}),
    builtBy: options.builtBy,
    base: { fingerprint: fingerprint(basePassages), passages: basePassages.length, analyzer: analyzerStamp(options.base) },
    own: options.passages.length,
    checksum: contentChecksum(options.passages),
    corpus: corpus.toJSON(),
  };
}
