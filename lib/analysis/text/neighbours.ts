// Each response's nearest other responses (cosine over TF-IDF), used to smooth code scores over
// the corpus: a short answer that shares no word with a code's description still leans towards
// the codes its closest neighbours match ("my son started betting" sits next to other addiction
// stories). Computed once per corpus, so re-scoring after a codebook edit stays cheap.
import type { TSparse } from "./vectors";

export type TNeighbours = { idx: Int32Array; sim: Float64Array }[];

/**
 * Top-`k` neighbours with positive similarity, via an inverted index. Terms in more than a
 * fifth of the documents, or more than `maxDf`, are skipped: they link everything to everything
 * and would make the search quadratic on large consultations.
 */
export function nearestNeighbours(vectors: TSparse[], k: number, maxDf = 100): TNeighbours {
  const postings = new Map<number, { doc: number; w: number }[]>();
  vectors.forEach((v, doc) => {
    for (let i = 0; i < v.idx.length; i++) {
      let list = postings.get(v.idx[i]);
      if (!list) postings.set(v.idx[i], (list = []));
      list.push({ doc, w: v.val[i] });
    }
  });
  const cap = Math.min(maxDf, Math.max(2, Math.floor(vectors.length / 5)));
  const acc = new Float64Array(vectors.length);
  return vectors.map((v, doc) => {
    const touched: number[] = [];
    for (let i = 0; i < v.idx.length; i++) {
      const list = postings.get(v.idx[i])!;
      if (list.length > cap) continue;
      for (const p of list) {
        if (p.doc === doc) continue;
        if (acc[p.doc] === 0) touched.push(p.doc);
        acc[p.doc] += v.val[i] * p.w;
      }
    }
    // Keep the best k by insertion (k is small); ties go to the earlier document, so the
    // result is deterministic.
    const idx: number[] = [];
    const sim: number[] = [];
    for (const d of touched) {
      const s = acc[d];
      acc[d] = 0;
      if (idx.length === k && !(s > sim[k - 1] || (s === sim[k - 1] && d < idx[k - 1]))) continue;
      let at = idx.length;
      while (at > 0 && (s > sim[at - 1] || (s === sim[at - 1] && d < idx[at - 1]))) at--;
      idx.splice(at, 0, d);
      sim.splice(at, 0, s);
      if (idx.length > k) {
        idx.pop();
        sim.pop();
      }
    }
    return { idx: Int32Array.from(idx), sim: Float64Array.from(sim) };
  });
}

/** Scores mixed with the similarity-weighted mean of the neighbours' scores (weight `alpha`). */
export function smoothScores(scores: Float64Array[], neighbours: TNeighbours, alpha: number): Float64Array[] {
  if (alpha === 0) return scores;
  return scores.map((own, i) => {
    const { idx, sim } = neighbours[i];
    let total = 0;
    for (let n = 0; n < idx.length; n++) total += sim[n];
    if (total === 0) return own;
    const out = new Float64Array(own.length);
    for (let c = 0; c < own.length; c++) out[c] = (1 - alpha) * own[c];
    for (let n = 0; n < idx.length; n++) {
      const near = scores[idx[n]];
      const w = (alpha * sim[n]) / total;
      for (let c = 0; c < own.length; c++) out[c] += w * near[c];
    }
    return out;
  });
}
