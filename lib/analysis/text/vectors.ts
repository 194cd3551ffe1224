// Sparse TF-IDF vectors (sublinear tf, smoothed idf, L2-normalised) over a fixed vocabulary.
// Response vectors are computed once per corpus and kept, so that re-scoring after a codebook
// edit only rebuilds the few code vectors (see assignment.ts).
import { tokenise } from "./tokens";

/** Sorted term indices with their weights; L2 norm 1 unless empty. */
export type TSparse = { idx: Int32Array; val: Float64Array };

export type TCorpus = {
  vocab: Map<string, number>;
  terms: string[];
  idf: Float64Array;
  /** One vector per document, in input order. */
  vectors: TSparse[];
  /** Stem → a readable word seen in the text. */
  surface: Map<string, string>;
  /** Number of content stems per document (0 = nothing substantive). */
  contentCounts: number[];
};

export const EMPTY: TSparse = { idx: new Int32Array(0), val: new Float64Array(0) };

function weigh(terms: string[], vocab: Map<string, number>, idf: Float64Array): TSparse {
  const tf = new Map<number, number>();
  for (const t of terms) {
    const i = vocab.get(t);
    if (i !== undefined) tf.set(i, (tf.get(i) ?? 0) + 1);
  }
  const idx = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
  const val = new Float64Array(idx.length);
  let norm = 0;
  for (let k = 0; k < idx.length; k++) {
    const w = (1 + Math.log(tf.get(idx[k])!)) * idf[idx[k]];
    val[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < val.length; k++) val[k] /= norm;
  return { idx, val };
}

/**
 * Builds the vocabulary and idf from the documents; terms seen in fewer than `minDf` documents
 * are dropped (clustering uses 2: a term in one response cannot link two responses).
 */
export function buildCorpus(texts: string[], options: { minDf?: number } = {}): TCorpus {
  const minDf = options.minDf ?? 1;
  const surface = new Map<string, string>();
  const docs = texts.map((t) => tokenise(t, surface));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  // Sorted so the vocabulary (and everything downstream) does not depend on Map insertion order.
  const terms = [...df.keys()].filter((t) => df.get(t)! >= minDf).sort();
  const vocab = new Map(terms.map((t, i) => [t, i]));
  const n = texts.length;
  const idf = Float64Array.from(terms, (t) => Math.log((1 + n) / (1 + df.get(t)!)) + 1);
  const vectors = docs.map((d) => weigh(d.terms, vocab, idf));
  return { vocab, terms, idf, vectors, surface, contentCounts: docs.map((d) => d.stems.length) };
}

/** Vector of a new text (a code description, a query) in an existing corpus' space. */
export function vectorise(corpus: TCorpus, text: string): TSparse {
  return weigh(tokenise(text, corpus.surface).terms, corpus.vocab, corpus.idf);
}

export function dot(a: TSparse, b: TSparse): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.idx.length && j < b.idx.length) {
    if (a.idx[i] === b.idx[j]) s += a.val[i++] * b.val[j++];
    else if (a.idx[i] < b.idx[j]) i++;
    else j++;
  }
  return s;
}

/** Dot product of a sparse vector with a dense one (the fast path for scoring). */
export function dotDense(a: TSparse, dense: Float64Array): number {
  let s = 0;
  for (let k = 0; k < a.idx.length; k++) s += a.val[k] * dense[a.idx[k]];
  return s;
}

/** Weighted sum of sparse vectors as a dense vector, L2-normalised. */
export function denseCentroid(size: number, parts: { v: TSparse; w: number }[]): Float64Array {
  const out = new Float64Array(size);
  for (const { v, w } of parts) for (let k = 0; k < v.idx.length; k++) out[v.idx[k]] += w * v.val[k];
  normaliseDense(out);
  return out;
}

export function normaliseDense(v: Float64Array): void {
  let norm = 0;
  for (let k = 0; k < v.length; k++) norm += v[k] * v[k];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < v.length; k++) v[k] /= norm;
}

/** Deterministic PRNG so clustering and synthetic data repeat exactly per seed: the seed's own mulberry32. */
export { mulberry32 as seededRandom } from "@/lib/random/prng";
