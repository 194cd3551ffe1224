// L2-regularised logistic regression, written small for the learned theme model (issue #22).
// Why logistic regression and not a linear SVM: its output is a probability, and the review queue
// needs one ("how sure is the model?") to put the least sure answers first and to estimate
// agreement; an SVM's hinge margin would need a second calibration step (Platt scaling, itself a
// logistic fit). Why written here rather than from npm: the well-kept JS packages
// (ml-logistic-regression and friends) are dense, one-vs-rest over a full matrix, and start from
// random weights; ours is sparse (TF-IDF over thousands of terms), takes a fixed per-example
// offset (the codebook prior, so zero weights mean "today's scorer"), and must be bit-for-bit
// deterministic.
// Deterministic by construction: weights start at 0, the steps come from a fixed bound on the
// loss's curvature, accelerated gradient descent runs until a fixed tolerance or a fixed number of
// iterations, and every sum runs over the examples in the order given (callers sort them).
import type { TSparse } from "./vectors";

export type TExample = {
  /** Sparse features (TF-IDF: unit length). */
  x: TSparse;
  /** Dense features (the codebook-similarity scores). */
  dense: Float64Array;
  /** Fixed logit added before the learned part: the prior. Zero weights give exactly this. */
  offset: number;
  y: 0 | 1;
};

export type TLogisticOptions = {
  /** L2 weight on the sparse (word) weights. */
  lambda: number;
  /** L2 weight on the dense weights and the bias (defaults to lambda). */
  denseLambda?: number;
  /** Most iterations. */
  iterations: number;
  /**
   * Stop once no component of the mean gradient (the gradient over the model's labelled rows,
   * divided by their number) exceeds this; 0 runs every iteration.
   */
  tolerance?: number;
};

/** w over the sparse feature space (dense array, size `dims`), u over the dense features, bias b. */
export type TLogisticModel = { w: Float64Array; u: Float64Array; b: number };

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** The examples' sparse rows as one compact block (CSR) over the features they use: tight loops, no per-row objects. */
type TRows = { used: Int32Array; start: Int32Array; col: Int32Array; val: Float64Array };

function compactRows(rows: readonly TSparse[]): TRows {
  const used = Int32Array.from(new Set(rows.flatMap((x) => Array.from(x.idx)))).sort();
  const local = new Map(Array.from(used, (t, i) => [t, i]));
  const start = new Int32Array(rows.length + 1);
  rows.forEach((x, i) => (start[i + 1] = start[i] + x.idx.length));
  const col = new Int32Array(start[rows.length]);
  const val = new Float64Array(start[rows.length]);
  rows.forEach((x, i) => {
    for (let k = 0; k < x.idx.length; k++) {
      col[start[i] + k] = local.get(x.idx[k])!;
      val[start[i] + k] = x.val[k];
    }
  });
  return { used, start, col, val };
}

/**
 * A fixed quadratic bound on the log-loss's curvature, which sets the step (majorisation): the
 * Hessian is at most ¼ XᵀX, and with X = [W | D] (W the sparse rows, D the dense columns and the
 * bias), XᵀX ≤ 2·diag(WᵀW, DᵀD). The dense block keeps its exact Gram matrix (a few columns, all
 * strongly correlated: the bias and the similarity margins). The word block takes the diagonal
 * bound WᵀW ≤ diag(Σᵢ |wᵢⱼ| |wᵢ|₁) (Schur's test), so a word in few answers gets a long step
 * and a common one a short step: one scalar for all words (the top eigenvalue) made the rare ones
 * crawl. Worked out over every row, it holds for each model's subset of them too.
 */
function curvature(rows: TRows, dense: readonly Float64Array[]): { words: Float64Array; gram: Float64Array[] } {
  const denseDims = dense[0]?.length ?? 0;
  const gram = Array.from({ length: denseDims + 1 }, () => new Float64Array(denseDims + 1));
  const row = new Float64Array(denseDims + 1);
  for (const d of dense) {
    row.set(d);
    row[denseDims] = 1;
    for (let a = 0; a <= denseDims; a++) for (let b = 0; b <= denseDims; b++) gram[a][b] += row[a] * row[b];
  }
  const { used, start, col, val } = rows;
  const words = new Float64Array(used.length);
  for (let i = 0; i + 1 < start.length; i++) {
    let l1 = 0;
    for (let k = start[i]; k < start[i + 1]; k++) l1 += Math.abs(val[k]);
    for (let k = start[i]; k < start[i + 1]; k++) words[col[k]] += Math.abs(val[k]) * l1;
  }
  return { words, gram };
}

/** Cholesky factor of a small symmetric positive definite matrix (the dense block's step). */
function cholesky(m: Float64Array[]): Float64Array[] {
  const l = m.map((r) => new Float64Array(r.length));
  for (let i = 0; i < m.length; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = m[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(sum) : sum / l[j][j];
    }
  }
  return l;
}

/** Solves L Lᵀ x = g for the dense block of one model: entries from + m·stride (m = 0…), in place in out. */
function solveInto(l: Float64Array[], g: Float64Array, from: number, stride: number, out: Float64Array): void {
  const n = l.length;
  for (let i = 0; i < n; i++) {
    let sum = g[from + i * stride];
    for (let k = 0; k < i; k++) sum -= l[i][k] * out[from + k * stride];
    out[from + i * stride] = sum / l[i][i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = out[from + i * stride];
    for (let k = i + 1; k < n; k++) sum -= l[k][i] * out[from + k * stride];
    out[from + i * stride] = sum / l[i][i];
  }
}

/**
 * Several models trained at once over the same rows and features (the learned model's themes):
 * each row has a label per model, or none (−1: not in that model's training set). The rows are
 * compacted once and the step bound worked out once for all of them; before, every theme copied
 * its rows into objects and ran its own 30 power iterations.
 */
export type TTrainingSet = {
  rows: readonly TSparse[];
  /** Dense features per row, the same for every model. */
  dense: readonly Float64Array[];
  models: number;
  /** Row-major, rows × models: 1, 0, or −1 (unlabelled for that model). */
  labels: Int8Array;
  /** Row-major, rows × models: the fixed logit (the prior) each model starts from. */
  offsets: Float64Array;
};

/**
 * Minimises, per model, Σ log-loss(offset + w·x + u·dense + b) + λ/2 (|w|² + |u|² + b²) over its
 * labelled rows. With no labelled rows a model's weights stay 0. Features are compacted to those
 * the rows use, so the cost scales with the decisions, not the vocabulary. Nesterov's accelerated
 * gradient in the metric of a fixed quadratic bound on the loss (curvature: per word, and the Gram
 * matrix of the dense block), with adaptive restart (momentum reset when it points uphill). Each
 * model stops once none of its mean gradient's components exceeds `tolerance`, or after
 * `iterations`. Everything depends only on the training set as given (rows in corpus order).
 */
export function trainMany(set: TTrainingSet, dims: number, options: TLogisticOptions): TLogisticModel[] {
  const { rows, dense, models: m, labels, offsets } = set;
  const denseDims = dense[0]?.length ?? 0;
  const out = Array.from({ length: m }, (): TLogisticModel => ({
    w: new Float64Array(dims),
    u: new Float64Array(denseDims),
    b: 0,
  }));
  const n = rows.length;
  if (n === 0 || m === 0) return out;
  const compact = compactRows(rows);
  const { used, start, col, val } = compact;
  const words = used.length;
  const size = words + denseDims + 1;
  const lambda = options.lambda;
  const denseLambda = options.denseLambda ?? options.lambda;
  const bound = curvature(compact, dense);
  // Hessian of the log-loss ≤ ½ diag(words, gram) (see curvature), plus the L2 terms.
  const wordStep = Float64Array.from(bound.words, (d) => 1 / (0.5 * d + lambda));
  const denseBound = bound.gram.map((r, a) => Float64Array.from(r, (v, b) => 0.5 * v + (a === b ? denseLambda : 0)));
  const denseFactor = cholesky(denseBound);
  const counts = new Float64Array(m);
  for (let k = 0; k < labels.length; k++) if (labels[k] >= 0) counts[k % m]++;
  const tolerance = Float64Array.from(counts, (count) => (options.tolerance ?? 0) * count);
  // Parameters are stored feature-major: entry k·m + c is feature k of model c.
  let theta = new Float64Array(size * m);
  const look = new Float64Array(size * m);
  let next = new Float64Array(size * m);
  const grad = new Float64Array(size * m);
  const step = new Float64Array(size * m);
  const t = new Float64Array(m).fill(1);
  const active = new Uint8Array(m).fill(1);
  const colm = Int32Array.from(col, (k) => k * m);
  const denseAt = words * m;
  const largest = new Float64Array(m);
  const uphill = new Float64Array(m);
  const biasAt = (size - 1) * m;
  let running = m;
  for (let it = 1; it <= options.iterations && running > 0; it++) {
    for (let k = 0; k < words * m; k++) grad[k] = lambda * look[k];
    for (let k = words * m; k < size * m; k++) grad[k] = denseLambda * look[k];
    // Model by model: an answer's score then sums in a register, and the rows stream from cache.
    for (let c = 0; c < m; c++) {
      if (!active[c]) continue;
      for (let i = 0; i < n; i++) {
        const y = labels[i * m + c];
        if (y < 0) continue;
        const d = dense[i];
        const end = start[i + 1];
        let z = offsets[i * m + c] + look[biasAt + c];
        for (let k = start[i]; k < end; k++) z += val[k] * look[colm[k] + c];
        for (let j = 0; j < denseDims; j++) z += d[j] * look[denseAt + j * m + c];
        const r = sigmoid(z) - y;
        for (let k = start[i]; k < end; k++) grad[colm[k] + c] += val[k] * r;
        for (let j = 0; j < denseDims; j++) grad[denseAt + j * m + c] += d[j] * r;
        grad[biasAt + c] += r;
      }
    }
    for (let j = 0; j < words; j++) {
      const w = wordStep[j];
      for (let k = j * m; k < (j + 1) * m; k++) step[k] = w * grad[k];
    }
    for (let c = 0; c < m; c++) solveInto(denseFactor, grad, words * m + c, m, step);
    largest.fill(0);
    uphill.fill(0);
    for (let f = 0; f < size; f++) {
      for (let c = 0, k = f * m; c < m; c++, k++) {
        const g = grad[k];
        if (g > largest[c]) largest[c] = g;
        else if (-g > largest[c]) largest[c] = -g;
        next[k] = look[k] - step[k];
        uphill[c] += g * (next[k] - theta[k]);
      }
    }
    for (let c = 0; c < m; c++) {
      if (!active[c]) {
        // A finished model keeps its weights: carried over unchanged.
        for (let k = c; k < size * m; k += m) next[k] = look[k] = theta[k];
        continue;
      }
      if (largest[c] <= tolerance[c]) {
        active[c] = 0;
        running--;
        for (let k = c; k < size * m; k += m) look[k] = next[k];
        continue;
      }
      // Adaptive restart (O'Donoghue & Candès): momentum that moves against the gradient is dropped.
      if (uphill[c] > 0) t[c] = 1;
      const tNext = (1 + Math.sqrt(1 + 4 * t[c] * t[c])) / 2;
      const momentum = (t[c] - 1) / tNext;
      t[c] = tNext;
      for (let k = c; k < size * m; k += m) look[k] = next[k] + momentum * (next[k] - theta[k]);
    }
    // Swap buffers rather than allocate: this loop runs on every re-score.
    [theta, next] = [next, theta];
  }
  for (let c = 0; c < m; c++) {
    used.forEach((term, i) => (out[c].w[term] = theta[i * m + c]));
    for (let j = 0; j < denseDims; j++) out[c].u[j] = theta[(words + j) * m + c];
    out[c].b = theta[biasAt + c];
  }
  return out;
}

/** One model: trainMany with a single column of labels. */
export function trainLogistic(examples: TExample[], dims: number, options: TLogisticOptions): TLogisticModel {
  const set: TTrainingSet = {
    rows: examples.map((e) => e.x),
    dense: examples.map((e) => e.dense),
    models: 1,
    labels: Int8Array.from(examples, (e) => e.y),
    offsets: Float64Array.from(examples, (e) => e.offset),
  };
  const [model] = trainMany(set, dims, options);
  return examples.length ? model : { w: new Float64Array(dims), u: new Float64Array(0), b: 0 };
}

/** The model's logit for one answer (offset included). */
export function logit(model: TLogisticModel, x: TSparse, dense: Float64Array, offset: number): number {
  let z = offset + model.b;
  for (let k = 0; k < x.idx.length; k++) z += x.val[k] * model.w[x.idx[k]];
  // u is empty when nothing was learned: the dense features then weigh 0.
  for (let j = 0; j < model.u.length; j++) z += dense[j] * model.u[j];
  return z;
}

export { sigmoid };
