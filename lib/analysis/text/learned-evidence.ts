// Evidence of the learned theme model (issue #22): the words whose learned weights raised a
// suggestion, and the reviewed answers accepted under the theme that the answer resembles most.
import type { TLogisticModel } from "./logistic";
import type { TContext, TLabels } from "./learned-types";
import { displayTerm } from "./tokens";

/**
 * "Resembles" evidence: for an answer, the reviewed answers accepted under a theme that it is most
 * similar to (TF-IDF cosine), found through an inverted index over the reviewed answers only, so
 * the cost follows the decisions rather than the square of the consultation. It runs for every
 * answer on every re-score, so it works in typed arrays and allocates only what it returns.
 */
export function resemblance(ctx: TContext, labels: TLabels) {
  const { corpus } = ctx.input;
  const n = corpus.vectors.length;
  const m = labels.length;
  // positive[doc · m + c]: the officer accepted theme c on doc.
  const positive = new Uint8Array(n * m);
  labels.forEach((l, c) => l.forEach((y, i) => (positive[i * m + c] = y)));
  const accepted = labels.flatMap((l) => [...l.entries()].filter(([, y]) => y === 1).map(([i]) => i));
  const reviewed = [...new Set(accepted)].sort((a, b) => a - b);
  const lists = new Map<number, number[]>();
  for (const doc of reviewed) {
    const v = corpus.vectors[doc];
    for (let k = 0; k < v.idx.length; k++) {
      const list = lists.get(v.idx[k]) ?? [];
      list.push(doc, k);
      lists.set(v.idx[k], list);
    }
  }
  // As in neighbours.ts (maxDf): a term in more than 100 reviewed answers links everything to
  // everything, and would make this quadratic on a large consultation; it is skipped.
  const cap = 100;
  const postings = new Map<number, { doc: Int32Array; w: Float64Array }>();
  for (const [t, list] of lists) {
    if (list.length / 2 > cap) continue;
    const doc = new Int32Array(list.length / 2);
    const w = new Float64Array(list.length / 2);
    for (let p = 0; p < doc.length; p++) {
      doc[p] = list[2 * p];
      w[p] = corpus.vectors[doc[p]].val[list[2 * p + 1]];
    }
    postings.set(t, { doc, w });
  }
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  let count = 0;
  const limit = ctx.options.resembles;
  return (i: number) => {
    for (let k = 0; k < count; k++) acc[touched[k]] = 0;
    count = 0;
    const v = corpus.vectors[i];
    for (let k = 0; k < v.idx.length; k++) {
      const p = postings.get(v.idx[k]);
      if (!p) continue;
      for (let q = 0; q < p.doc.length; q++) {
        const doc = p.doc[q];
        if (doc === i) continue;
        if (acc[doc] === 0) touched[count++] = doc;
        acc[doc] += v.val[k] * p.w[q];
      }
    }
    // Valid until the next answer's call (the accumulator is reused).
    return (c: number) => {
      // The best few by insertion, ties to the earlier answer: each suggestion needs at most `limit`.
      const best: { index: number; similarity: number }[] = [];
      const before = (similarity: number, index: number, than: { index: number; similarity: number }) =>
        similarity > than.similarity || (similarity === than.similarity && index < than.index);
      for (let k = 0; k < count; k++) {
        const index = touched[k];
        if (!positive[index * m + c]) continue;
        const similarity = acc[index];
        if (best.length === limit && !before(similarity, index, best[limit - 1])) continue;
        let at = best.length;
        while (at > 0 && before(similarity, index, best[at - 1])) at--;
        best.splice(at, 0, { index, similarity });
        if (best.length > limit) best.pop();
      }
      return best;
    };
  };
}

/** The words that raised this theme's learned score most for the answer (positive weight × TF-IDF). */
export function drivingTerms(ctx: TContext, model: TLogisticModel, i: number, shown: Map<number, string>): string[] {
  const { corpus } = ctx.input;
  const v = corpus.vectors[i];
  const parts: { t: number; w: number }[] = [];
  for (let k = 0; k < v.idx.length; k++) {
    const w = v.val[k] * model.w[v.idx[k]];
    if (w > 0) parts.push({ t: v.idx[k], w });
  }
  parts.sort((a, b) => b.w - a.w || a.t - b.t);
  return parts.slice(0, 5).map((p) => {
    if (!shown.has(p.t)) shown.set(p.t, displayTerm(corpus.terms[p.t], corpus.surface));
    return shown.get(p.t)!;
  });
}
