// L2-regularised logistic regression, written small for the learned theme model (issue #22).
// Why logistic regression and not a linear SVM: its output is a probability, and the review queue
// needs one ("how sure is the model?") to put the least sure answers first and to estimate
// agreement; an SVM's hinge margin would need a second calibration step (Platt scaling, itself a
// logistic fit). Why written here rather than from npm: the well-kept JS packages
// (ml-logistic-regression and friends) are dense, one-vs-rest over a full matrix, and start from
// random weights; ours is sparse (TF-IDF over thousands of terms), takes a fixed per-example
// offset (the codebook prior, so zero weights mean "today's scorer"), and must be bit-for-bit
// deterministic.
// Deterministic by construction: weights start at 0, the step size comes from a fixed number of
// power iterations from a fixed start, gradient descent (Nesterov) runs a fixed number of
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
  iterations: number;
};

/** w over the sparse feature space (dense array, size `dims`), u over the dense features, bias b. */
export type TLogisticModel = { w: Float64Array; u: Float64Array; b: number };

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Largest eigenvalue of XᵀX (X = [sparse | dense | 1]) by power iteration from the all-ones vector. */
function topEigen(examples: TExample[], xs: Int32Array[], words: number, denseDims: number): number {
  const size = words + denseDims + 1;
  let v = new Float64Array(size).fill(1 / Math.sqrt(size));
  let next = new Float64Array(size);
  let value = 1;
  for (let it = 0; it < 30; it++) {
    next.fill(0);
    examples.forEach((e, i) => {
      let z = v[size - 1];
      for (let k = 0; k < xs[i].length; k++) z += e.x.val[k] * v[xs[i][k]];
      for (let j = 0; j < denseDims; j++) z += e.dense[j] * v[words + j];
      for (let k = 0; k < xs[i].length; k++) next[xs[i][k]] += e.x.val[k] * z;
      for (let j = 0; j < denseDims; j++) next[words + j] += e.dense[j] * z;
      next[size - 1] += z;
    });
    let norm = 0;
    for (let k = 0; k < size; k++) norm += next[k] * next[k];
    norm = Math.sqrt(norm);
    if (norm === 0) return 1;
    value = norm;
    for (let k = 0; k < size; k++) next[k] /= norm;
    [v, next] = [next, v];
  }
  return value;
}

/**
 * Minimises Σ log-loss(offset + w·x + u·dense + b) + λ/2 (|w|² + |u|² + b²). With no examples the
 * weights stay 0. Features are compacted to those the examples use, so the cost scales with the
 * decisions, not the vocabulary.
 */
export function trainLogistic(examples: TExample[], dims: number, options: TLogisticOptions): TLogisticModel {
  const denseDims = examples[0]?.dense.length ?? 0;
  const model: TLogisticModel = { w: new Float64Array(dims), u: new Float64Array(denseDims), b: 0 };
  if (examples.length === 0) return model;
  const used = Int32Array.from(new Set(examples.flatMap((e) => Array.from(e.x.idx)))).sort();
  const local = new Map(Array.from(used, (t, i) => [t, i]));
  const xs = examples.map((e) => Int32Array.from(e.x.idx, (t) => local.get(t)!));
  const size = used.length + denseDims + 1;
  // Hessian of the loss ≤ ¼ XᵀX: step 1/L with L its bound (10% headroom on the power iteration).
  const denseLambda = options.denseLambda ?? options.lambda;
  const curvature = 0.25 * 1.1 * topEigen(examples, xs, used.length, denseDims);
  const wordStep = 1 / (curvature + options.lambda);
  const denseStep = 1 / (curvature + denseLambda);
  let theta = new Float64Array(size);
  let look = new Float64Array(size);
  let next = new Float64Array(size);
  let ahead = new Float64Array(size);
  const grad = new Float64Array(size);
  for (let t = 1; t <= options.iterations; t++) {
    for (let k = 0; k < size; k++) grad[k] = (k < used.length ? options.lambda : denseLambda) * look[k];
    examples.forEach((e, i) => {
      let z = e.offset + look[size - 1];
      for (let k = 0; k < xs[i].length; k++) z += e.x.val[k] * look[xs[i][k]];
      for (let j = 0; j < denseDims; j++) z += e.dense[j] * look[used.length + j];
      const r = sigmoid(z) - e.y;
      for (let k = 0; k < xs[i].length; k++) grad[xs[i][k]] += e.x.val[k] * r;
      for (let j = 0; j < denseDims; j++) grad[used.length + j] += e.dense[j] * r;
      grad[size - 1] += r;
    });
    for (let k = 0; k < size; k++) next[k] = look[k] - (k < used.length ? wordStep : denseStep) * grad[k];
    const momentum = (t - 1) / (t + 2);
    for (let k = 0; k < size; k++) ahead[k] = next[k] + momentum * (next[k] - theta[k]);
    // Swap buffers rather than allocate: this loop runs per theme per re-score.
    [theta, next] = [next, theta];
    [look, ahead] = [ahead, look];
  }
  used.forEach((term, i) => (model.w[term] = theta[i]));
  for (let j = 0; j < denseDims; j++) model.u[j] = theta[used.length + j];
  model.b = theta[size - 1];
  return model;
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
