// Theme suggestions that learn from officer decisions (issue #22). Per question and per theme, a
// logistic regression (logistic.ts: why that and not an SVM) over the features the scorer
// already has: the answer's TF-IDF words and two-word phrases, plus its codebook-similarity
// margin to every theme. The codebook prior enters as a fixed offset (priorScale × the answer's
// margin over today's threshold), and the learned weights are pulled towards 0 (L2): with few
// decisions the offset dominates and suggestions are today's; with none the model is not run at
// all, so they are byte for byte today's (assignAll, without decisions).
// Labels: an accepted or hand-added theme is a positive, a rejected one a negative, and on an
// answer the officer has fully reviewed (a decision and no open suggestion left) every theme not
// accepted is a negative too: the officer saw the answer and did not give it that theme.
// Order-independent: every training set and sum runs in corpus order (callers sort the answers by
// text), decisions are read into sets, and training is deterministic (logistic.ts).
import {
  assignAll,
  evidenceFor,
  fallbackLabel,
  prepareCodebook,
  priorScores,
  DEFAULT_ASSIGN_OPTIONS,
  type TAssignment,
  type TOfficerDecisions,
  type TResponseCoding,
} from "./assignment";
import { logit, sigmoid, trainMany, type TLogisticModel, type TTrainingSet } from "./logistic";
import { drivingTerms, resemblance } from "./learned-evidence";
import type { TContext, TLabels, TLearnInput, TLearnOptions, TLearnedResult } from "./learned-types";

export type { TContext, TLabels, TLearnInput, TLearnOptions, TLearnedResult } from "./learned-types";

export const DEFAULT_LEARN_OPTIONS: TLearnOptions = {
  priorScale: 3,
  // Measured on the gambling_XS learning curves (issue #22 notes): 0.1 pulled the words too hard
  // towards the prior (Q1 0.741 at 40 % reviewed against 0.777 now); 0.01–0.03 are alike.
  lambda: 0.03,
  denseLambda: 10,
  alwaysBest: true,
  rocchio: true,
  // At 2,600 decisions, 60 iterations leave 2.4 % of 10,000 answers with some theme called
  // differently from the fully converged model (100 iterations: 1 %, for 40 % more time), and the
  // learning curves identical.
  iterations: 60,
  tolerance: 1e-5,
  resembles: 3,
};

/** Labels from decisions, restricted to `keep` answers when given (held-out estimates). */
export function labelsFrom(
  codeIds: string[],
  decisions: TOfficerDecisions,
  reviewed: readonly number[],
  keep?: (i: number) => boolean,
): TLabels {
  const ok = keep ?? (() => true);
  return codeIds.map((id) => {
    const labels = new Map<number, 0 | 1>();
    for (const r of reviewed) if (ok(r)) labels.set(r, 0);
    const d = decisions.get(id);
    for (const r of d?.rejected ?? []) if (ok(r)) labels.set(r, 0);
    for (const a of d?.accepted ?? []) if (ok(a)) labels.set(a, 1);
    return labels;
  });
}

/** The prior and the features, once per question: reused by every training run (held-out folds too). */
export function learningContext(input: TLearnInput): TContext {
  const options = input.assign ?? DEFAULT_ASSIGN_OPTIONS;
  const learn = input.learn ?? DEFAULT_LEARN_OPTIONS;
  const prepared = prepareCodebook(input.corpus, input.codebook, options, learn.rocchio ? input.decisions : undefined);
  const scored = priorScores(input.corpus, input.texts, prepared, options);
  const { scores, cuts, substantive } = scored;
  const margins = scores.map((s, i) => Float64Array.from(s, (x) => Math.min(2, Math.max(-1, (x - cuts[i]) / cuts[i]))));
  return { input, substantive, prepared, scored, margins, options: learn };
}

function train(ctx: TContext, labels: TLabels): TLogisticModel[] {
  const { corpus } = ctx.input;
  // Every theme trains over the answers labelled for any theme, in corpus order whatever order the
  // decisions came in (so the floating-point sums repeat exactly); an answer with no label for a
  // theme is left out of that theme's training set.
  const union = [...new Set(labels.flatMap((l) => [...l.keys()]))].sort((a, b) => a - b);
  const m = labels.length;
  const set: TTrainingSet = {
    rows: union.map((i) => corpus.vectors[i]),
    dense: union.map((i) => ctx.margins[i]),
    models: m,
    labels: new Int8Array(union.length * m).fill(-1),
    offsets: new Float64Array(union.length * m),
  };
  union.forEach((i, row) => {
    for (let c = 0; c < m; c++) {
      set.labels[row * m + c] = labels[c].get(i) ?? -1;
      set.offsets[row * m + c] = ctx.options.priorScale * ctx.margins[i][c];
    }
  });
  return trainMany(set, corpus.terms.length, ctx.options);
}

function probabilities(ctx: TContext, models: TLogisticModel[], i: number): Float64Array {
  const x = ctx.input.corpus.vectors[i];
  const margins = ctx.margins[i];
  return Float64Array.from(models, (m, c) => sigmoid(logit(m, x, margins, ctx.options.priorScale * margins[c])));
}

/** Probabilities of the prior alone (the offset): how sure today's scorer is, for the review order. */
function priorProbabilities(ctx: TContext, i: number): Float64Array {
  return Float64Array.from(ctx.margins[i], (m) => sigmoid(ctx.options.priorScale * m));
}

/** Learned labels of one answer: every theme at p ≥ 0.5, most probable first; a fallback when none. */
function labelAnswer(
  ctx: TContext,
  i: number,
  p: Float64Array,
  evidence: (c: number) => TAssignment["evidence"],
): TResponseCoding {
  const { corpus, codebook } = ctx.input;
  const substantive = ctx.substantive[i];
  const labels: TAssignment[] = [];
  let margin = 1;
  let best = 0;
  p.forEach((q, c) => {
    margin = Math.min(margin, Math.abs(2 * q - 1));
    if (q > p[best]) best = c;
  });
  p.forEach((q, c) => {
    if (substantive && (q >= 0.5 || (ctx.options.alwaysBest && c === best && ctx.margins[i][c] > -1)))
      labels.push({ codeId: ctx.prepared.codes[c].id, score: q, evidence: evidence(c) });
  });
  labels.sort((a, b) => b.score - a.score || a.codeId.localeCompare(b.codeId));
  if (labels.length === 0) labels.push(fallbackLabel(corpus, codebook, i, substantive));
  return { index: i, labels, confidence: margin };
}

function hasDecisions(input: TLearnInput): boolean {
  if (input.reviewed?.length) return true;
  for (const d of input.decisions?.values() ?? []) if (d.accepted.length || d.rejected.length) return true;
  return false;
}

/** Suggestions for every answer: today's when there are no decisions, else the learned model's. */
export function learnThemes(input: TLearnInput): TLearnedResult {
  const ctx = learningContext(input);
  const options = input.assign ?? DEFAULT_ASSIGN_OPTIONS;
  const learning = hasDecisions(input);
  // With decisions the prior's labels are only compared with the learned ones: no evidence needed.
  const prior = assignAll(input.corpus, input.texts, input.codebook, ctx.prepared, options, {
    scored: ctx.scored,
    evidence: !learning,
  });
  const codeIds = ctx.prepared.codes.map((c) => c.id);
  if (!learning) {
    return {
      codings: prior,
      prior,
      probabilities: input.corpus.vectors.map((_, i) => priorProbabilities(ctx, i)),
      codeIds,
      learned: false,
    };
  }
  const labels = labelsFrom(codeIds, input.decisions ?? new Map(), input.reviewed ?? []);
  const models = train(ctx, labels);
  const resembles = resemblance(ctx, labels);
  const neighbours = ctx.options.resembles;
  const probs = input.corpus.vectors.map((_, i) => probabilities(ctx, models, i));
  const shown = new Map<number, string>();
  const fullyReviewed = new Set(input.reviewed ?? []);
  const codings = probs.map((p, i) => {
    // A reviewed answer keeps the officer's decisions, so its evidence is never shown: not worked out.
    if (fullyReviewed.has(i)) return labelAnswer(ctx, i, p, () => ({ sharedTerms: [], fromNeighbours: 0 }));
    const similar = neighbours ? resembles(i) : () => [];
    return labelAnswer(ctx, i, p, (c) => {
      const raw = ctx.scored.raw[i][c];
      const fromNeighbours = Math.max(
        0,
        ctx.scored.scores[i][c] -
          (ctx.scored.scores[i] === ctx.scored.raw[i] ? ctx.scored.scores[i][c] : (1 - options.neighbourWeight) * raw),
      );
      const base = evidenceFor(input.corpus, input.corpus.vectors[i], ctx.prepared, c, fromNeighbours);
      return { ...base, learnedTerms: drivingTerms(ctx, models[c], i, shown), resembles: similar(c) };
    });
  });
  return { codings, prior, probabilities: probs, codeIds, learned: true };
}

/** Predicted label sets for held-out answers, training only on `labels` (see learning-summary.ts). */
export function predictHeldOut(ctx: TContext, labels: TLabels, heldOut: number[]): Map<number, string[]> {
  const models = train(ctx, labels);
  return new Map(
    heldOut.map((i) => [
      i,
      labelAnswer(ctx, i, probabilities(ctx, models, i), () => ({ sharedTerms: [], fromNeighbours: 0 })).labels.map(
        (l) => l.codeId,
      ),
    ]),
  );
}

/**
 * Decisions given as each reviewed answer's final themes (ThemeFinder's mapping.jsonl shape, the
 * CLI's --decisions and the bench's simulated officer): every theme given is accepted, and the
 * answer counts as fully reviewed, so the themes not given are negatives.
 */
export function decisionsFromLabels(labels: ReadonlyMap<number, readonly string[]>): {
  decisions: TOfficerDecisions;
  reviewed: number[];
} {
  const decisions = new Map<string, { accepted: number[]; rejected: number[] }>();
  const reviewed = [...labels.keys()].sort((a, b) => a - b);
  for (const i of reviewed) {
    for (const id of new Set(labels.get(i))) {
      const d = decisions.get(id) ?? { accepted: [], rejected: [] };
      d.accepted.push(i);
      decisions.set(id, d);
    }
  }
  return { decisions, reviewed };
}
