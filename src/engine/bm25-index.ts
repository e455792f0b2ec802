/**
 * An inverted index scored with BM25F (title/aliases weighted above body text).
 *
 * Why our own and not minisearch: at 100k passages minisearch's query path measured ~0.8 s p95
 * here, while flat typed-array postings scored into a reused accumulator stay in single-digit
 * milliseconds (see bench/). Pure: no Node or DOM APIs.
 */

export interface IndexDocument {
  /** Title and aliases: matches here weigh NAME_WEIGHT times a body match. */
  name: string[];
  /** Body terms. */
  body: string[];
}

export interface SerializedIndex {
  format: 'stride-bm25';
  /** 2: postings hold BM25F's length-normalized, field-weighted term frequency. */
  version: 2;
  docCount: number;
  /** Field-weighted length of each document. */
  lengths: number[];
  terms: string[];
  /** Per term: doc ids delta-encoded, interleaved with weighted term frequencies. */
  postings: number[][];
}

export interface ScoredDoc {
  doc: number;
  score: number;
}

export interface WeightedTerm {
  term: string;
  /** Multiplies the term's BM25 contribution (corrections and expansions weigh less). */
  weight: number;
  /**
   * Terms of one group stand for one word of the query (the word and the words it is read as): a
   * document scores the best of them, not their sum. Terms without a group stand alone.
   */
  group?: number;
}

/**
 * BM25F: each field's term frequency is normalized by that field's own length before the fields
 * are summed, so a short title that is exactly the name ("Hamstrings") outweighs a long headline
 * that merely contains it ("What the hamstrings do in each step"): that normalization is the
 * name field's boost. A flat extra weight on top (2 or 3) measured no better on held-out
 * questions (dev set up, blind sets down), so the fields weigh alike. Documents never change once
 * built, so the normalized frequency is computed at build time and stored.
 */
const NAME_WEIGHT = 1;
/**
 * Term-frequency saturation. Passages are a few sentences, so a word said three times in one
 * (a "Don't" list that says "throat" and "sing" at every line) is not three times the evidence:
 * below the usual 1.2 the passage that says more of the question's different words wins. Measured
 * over the dev set and nine blind sets (hits at top 1, of 490): 1.2 → 388, 1.0 → 388, 0.9 → 390,
 * 0.8 → 392, 0.7 → 391, 0.6 → 391, 0.5 → 388; false abstentions 14 → 12 at 0.8 and 0.9. At 0.8
 * the muscle map's "What does the calves do in running?" no longer cites the calves, and a blind
 * claim loses its support: 0.9 keeps both.
 */
const K1 = 0.9;
const NO_DOCS = new Int32Array(0);
const B_NAME = 0.75;
const B_BODY = 0.75;

export class Bm25Index {
  readonly docCount: number;
  private readonly lengths: Float32Array;
  private readonly termIds: Map<string, number>;
  private readonly terms: string[];
  private readonly postingDocs: Int32Array[];
  private readonly postingTfs: Float32Array[];
  private scratch: Float64Array;
  private readonly seen: Uint8Array;
  /** One group's best contribution per document while the group is read (0 outside). */
  private readonly groupBest: Float64Array;

  private constructor(lengths: Float32Array, terms: string[], docs: Int32Array[], tfs: Float32Array[]) {
    this.docCount = lengths.length;
    this.lengths = lengths;
    this.terms = terms;
    this.termIds = new Map(terms.map((t, i) => [t, i]));
    this.postingDocs = docs;
    this.postingTfs = tfs;
    this.scratch = new Float64Array(this.docCount);
    this.seen = new Uint8Array(this.docCount);
    this.groupBest = new Float64Array(this.docCount);
  }

  static build(documents: readonly IndexDocument[]): Bm25Index {
    const lists = new Map<string, { docs: number[]; tfs: number[] }>();
    const lengths = new Float32Array(documents.length);
    let nameTotal = 0;
    let bodyTotal = 0;
    for (const d of documents) {
      nameTotal += d.name.length;
      bodyTotal += d.body.length;
    }
    const avgName = documents.length ? Math.max(1, nameTotal / documents.length) : 1;
    const avgBody = documents.length ? Math.max(1, bodyTotal / documents.length) : 1;
    documents.forEach((d, doc) => {
      const nameTf = new Map<string, number>();
      const bodyTf = new Map<string, number>();
      for (const t of d.name) nameTf.set(t, (nameTf.get(t) ?? 0) + 1);
      for (const t of d.body) bodyTf.set(t, (bodyTf.get(t) ?? 0) + 1);
      lengths[doc] = d.name.length * NAME_WEIGHT + d.body.length;
      const nameNorm = 1 - B_NAME + (B_NAME * d.name.length) / avgName;
      const bodyNorm = 1 - B_BODY + (B_BODY * d.body.length) / avgBody;
      for (const t of new Set([...nameTf.keys(), ...bodyTf.keys()])) {
        const tf = (NAME_WEIGHT * (nameTf.get(t) ?? 0)) / nameNorm + (bodyTf.get(t) ?? 0) / bodyNorm;
        let l = lists.get(t);
        if (!l) lists.set(t, (l = { docs: [], tfs: [] }));
        l.docs.push(doc);
        l.tfs.push(tf);
      }
    });
    const terms = [...lists.keys()].sort();
    return new Bm25Index(
      lengths,
      terms,
      terms.map((t) => Int32Array.from(lists.get(t)!.docs)),
      terms.map((t) => Float32Array.from(lists.get(t)!.tfs)),
    );
  }

  static fromJSON(data: SerializedIndex): Bm25Index {
    if (!data || data.format !== 'stride-bm25' || data.version !== 2) {
      throw new Error('stride-coach: unsupported index format (rebuild with `npm run build`)');
    }
    const docs: Int32Array[] = [];
    const tfs: Float32Array[] = [];
    for (const p of data.postings) {
      const n = p.length / 2;
      const d = new Int32Array(n);
      const f = new Float32Array(n);
      let last = 0;
      for (let i = 0; i < n; i++) {
        last += p[2 * i];
        d[i] = last;
        f[i] = p[2 * i + 1];
      }
      docs.push(d);
      tfs.push(f);
    }
    return new Bm25Index(Float32Array.from(data.lengths), data.terms, docs, tfs);
  }

  toJSON(): SerializedIndex {
    return {
      format: 'stride-bm25',
      version: 2,
      docCount: this.docCount,
      lengths: Array.from(this.lengths),
      terms: this.terms,
      postings: this.postingDocs.map((d, i) => {
        const out: number[] = [];
        let last = 0;
        for (let j = 0; j < d.length; j++) {
          out.push(d[j] - last, Math.round(this.postingTfs[i][j] * 1000) / 1000);
          last = d[j];
        }
        return out;
      }),
    };
  }

  has(term: string): boolean {
    return this.termIds.has(term);
  }

  /** Number of documents containing the term. */
  df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.postingDocs[id].length;
  }

  /** The documents that contain a term, in order. */
  docsWith(term: string): Readonly<Int32Array> {
    const id = this.termIds.get(term);
    return id === undefined ? NO_DOCS : this.postingDocs[id];
  }

  /** Does a document contain a term (in its name or body)? Binary search in the posting list. */
  contains(term: string, doc: number): boolean {
    const id = this.termIds.get(term);
    if (id === undefined) return false;
    const docs = this.postingDocs[id];
    let lo = 0;
    let hi = docs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (docs[mid] === doc) return true;
      if (docs[mid] < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** BM25 idf (never negative). */
  idf(term: string): number {
    const n = this.df(term);
    return Math.log(1 + (this.docCount - n + 0.5) / (n + 0.5));
  }

  /** The idf a term that occurs nowhere would have: the ceiling for unknown words. */
  maxIdf(): number {
    return Math.log(1 + (this.docCount + 0.5) / 0.5);
  }

  /** Every indexed term, for building the typo-correction vocabulary. */
  allTerms(): readonly string[] {
    return this.terms;
  }

  /** Top `limit` documents for the weighted terms, best first. */
  search(query: readonly WeightedTerm[], limit: number): ScoredDoc[] {
    const acc = this.scratch;
    const seen = this.seen;
    const touched: number[] = [];
    // Each group's best contribution per document, added to the document's score when the group ends.
    const groups = new Map<number, WeightedTerm[]>();
    const alone: WeightedTerm[][] = [];
    for (const t of query) {
      if (t.group === undefined) alone.push([t]);
      else {
        const g = groups.get(t.group);
        if (g) g.push(t);
        else groups.set(t.group, [t]);
      }
    }
    const add = (d: number, score: number) => {
      if (!seen[d]) {
        seen[d] = 1;
        acc[d] = 0;
        touched.push(d);
      }
      acc[d] += score;
    };
    const best = this.groupBest;
    const inGroup: number[] = [];
    for (const group of [...groups.values(), ...alone]) {
      // (A word read only as itself adds its contribution straight away.)
      const single = group.length === 1;
      for (const { term, weight } of group) {
        const id = this.termIds.get(term);
        if (id === undefined || weight <= 0) continue;
        const docs = this.postingDocs[id];
        const tfs = this.postingTfs[id];
        const idf = weight * Math.log(1 + (this.docCount - docs.length + 0.5) / (docs.length + 0.5));
        for (let i = 0; i < docs.length; i++) {
          const d = docs[i];
          const tf = tfs[i];
          const score = (idf * tf * (K1 + 1)) / (tf + K1);
          if (single) add(d, score);
          else {
            if (best[d] === 0) inGroup.push(d);
            if (score > best[d]) best[d] = score;
          }
        }
      }
      for (const d of inGroup) {
        add(d, best[d]);
        best[d] = 0;
      }
      inGroup.length = 0;
    }
    const top = topK(touched, acc, limit);
    for (const d of touched) seen[d] = 0;
    return top;
  }
}

/** Keeps the k best of `docs` by score with a small min-heap: O(n log k), no full sort. */
function topK(docs: number[], scores: Float64Array, k: number): ScoredDoc[] {
  if (k <= 0) return [];
  const heap: ScoredDoc[] = [];
  const better = (a: ScoredDoc, b: ScoredDoc) => a.score > b.score || (a.score === b.score && a.doc < b.doc);
  for (const doc of docs) {
    const item = { doc, score: scores[doc] };
    if (heap.length < k) {
      heap.push(item);
      let i = heap.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (better(heap[p], heap[i])) {
          [heap[p], heap[i]] = [heap[i], heap[p]];
          i = p;
        } else break;
      }
    } else if (better(item, heap[0])) {
      heap[0] = item;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && better(heap[m], heap[l])) m = l;
        if (r < heap.length && better(heap[m], heap[r])) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}
