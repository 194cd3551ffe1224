// Spherical k-means over sparse L2-normalised vectors (cosine similarity), k-means++ seeding
// from a seeded PRNG so a run repeats exactly. In-house because ml-kmeans works on dense
// matrices, which at tens of thousands of TF-IDF features would not fit the speed target.
import { dotDense, normaliseDense, seededRandom, type TSparse } from "./vectors";

export type TClustering = { assignments: Int32Array; centroids: Float64Array[] };

export function sphericalKMeans(
  vectors: TSparse[],
  dims: number,
  k: number,
  seed: number,
  iterations = 12,
): TClustering {
  const n = vectors.length;
  const rnd = seededRandom(seed);
  const toDense = (v: TSparse) => {
    const d = new Float64Array(dims);
    for (let j = 0; j < v.idx.length; j++) d[v.idx[j]] = v.val[j];
    return d;
  };
  // k-means++: next centre drawn with probability proportional to (1 − best cosine).
  const centroids: Float64Array[] = [toDense(vectors[Math.floor(rnd() * n)])];
  const best = new Float64Array(n).fill(-Infinity);
  while (centroids.length < Math.min(k, n)) {
    const last = centroids[centroids.length - 1];
    let total = 0;
    for (let i = 0; i < n; i++) {
      best[i] = Math.max(best[i], dotDense(vectors[i], last));
      total += Math.max(0, 1 - best[i]);
    }
    if (total === 0) break;
    let r = rnd() * total;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= Math.max(0, 1 - best[i]);
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    centroids.push(toDense(vectors[pick]));
  }
  const assignments = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let c = 0;
      let s = -Infinity;
      for (let j = 0; j < centroids.length; j++) {
        const d = dotDense(vectors[i], centroids[j]);
        if (d > s) [s, c] = [d, j];
      }
      if (it === 0 || assignments[i] !== c) changed++;
      assignments[i] = c;
    }
    if (changed === 0) break;
    const sums = centroids.map(() => new Float64Array(dims));
    for (let i = 0; i < n; i++) {
      const v = vectors[i];
      const sum = sums[assignments[i]];
      for (let j = 0; j < v.idx.length; j++) sum[v.idx[j]] += v.val[j];
    }
    // An emptied cluster keeps its old centre rather than collapsing to zero.
    sums.forEach((sum, j) => {
      if (sum.some((x) => x !== 0)) {
        normaliseDense(sum);
        centroids[j] = sum;
      }
    });
  }
  return { assignments, centroids };
}
