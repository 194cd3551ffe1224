// What the officer's decisions have done (issue #22): the review order that teaches the learned
// model fastest ("Most useful first"), how many suggestions the decisions changed, and the
// agreement the model can be expected to reach on the answers nobody has reviewed, estimated from
// held-out decisions (k-fold over the reviewed answers, folds fixed by corpus position).
import type { TOfficerDecisions, TResponseCoding } from "./assignment";
import { labelsFrom, learningContext, predictHeldOut, type TLearnedResult, type TLearnInput } from "./learned-themes";

/** Folds of the held-out estimate, and the fewest reviewed answers it is given for (two per fold). */
export const ESTIMATE_FOLDS = 5;
export const ESTIMATE_MIN_REVIEWED = 2 * ESTIMATE_FOLDS;

/** Each answer already queued for a theme discounts that theme's next answer by this factor (the spread). */
export const SPREAD_DECAY = 0.9;

/**
 * "Most useful first": the answers whose suggestions the model is least sure of, spread across
 * themes. An answer's doubt is the expected number of its suggestions that are wrong, Σ min(p, 1 − p)
 * over the themes (so several coin tosses outrank one); it joins the queue of the theme it is least
 * sure about. The next answer asked about is the most doubtful queue head after discounting each
 * theme by SPREAD_DECAY per answer already taken from it, so one uncertain theme cannot fill a page.
 * `candidates` are the answers that may be asked about (those not yet reviewed).
 */
export function mostUsefulFirst(
  result: Pick<TLearnedResult, "probabilities" | "codeIds">,
  candidates: readonly number[],
): number[] {
  const byTheme = new Map<number, { index: number; doubt: number }[]>();
  for (const index of [...candidates].sort((a, b) => a - b)) {
    let theme = 0;
    let doubt = 0;
    result.probabilities[index].forEach((q, c) => {
      const d = Math.min(q, 1 - q);
      doubt += d;
      // The first theme wins ties (codebook order).
      if (d > Math.min(result.probabilities[index][theme], 1 - result.probabilities[index][theme])) theme = c;
    });
    const queue = byTheme.get(theme) ?? [];
    queue.push({ index, doubt });
    byTheme.set(theme, queue);
  }
  const queues = [...byTheme.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, q]) => ({ items: q.sort((a, b) => b.doubt - a.doubt || a.index - b.index), taken: 0 }));
  const order: number[] = [];
  while (order.length < candidates.length) {
    let pick = -1;
    let value = -Infinity;
    queues.forEach((q, t) => {
      const head = q.items[q.taken];
      if (head && head.doubt * SPREAD_DECAY ** q.taken > value)
        [pick, value] = [t, head.doubt * SPREAD_DECAY ** q.taken];
    });
    order.push(queues[pick].items[queues[pick].taken++].index);
  }
  return order;
}

/**
 * (Answer, theme) pairs on answers not reviewed where the suggestions with decisions (`after`)
 * differ from the codebook's alone, with no decisions (`before`).
 */
export function changedSuggestions(
  before: readonly TResponseCoding[],
  after: readonly TResponseCoding[],
  reviewed: ReadonlySet<number>,
): number {
  let changed = 0;
  after.forEach((c, i) => {
    if (reviewed.has(i)) return;
    const was = new Set(before[i].labels.map((l) => l.codeId));
    const now = new Set(c.labels.map((l) => l.codeId));
    for (const id of now) if (!was.has(id)) changed++;
    for (const id of was) if (!now.has(id)) changed++;
  });
  return changed;
}

/** Per answer, the themes the officer gave it (accepted, including hand-added). */
export function decidedLabels(decisions: TOfficerDecisions, reviewed: readonly number[]): Map<number, string[]> {
  const out = new Map<number, string[]>(reviewed.map((r) => [r, []]));
  for (const id of [...decisions.keys()].sort()) for (const a of decisions.get(id)!.accepted) out.get(a)?.push(id);
  return out;
}

function setF1(predicted: string[], gold: string[]): number {
  const g = new Set(gold);
  const both = predicted.filter((p) => g.has(p)).length;
  return predicted.length + gold.length === 0 ? 1 : (2 * both) / (predicted.length + gold.length);
}

/**
 * Sample-F1 agreement between the model and the officer on reviewed answers the model was not
 * trained on: the reviewed answers are split into ESTIMATE_FOLDS folds by position, and each fold
 * is predicted from the other folds' decisions (and every decision on answers not fully reviewed).
 * Undefined below ESTIMATE_MIN_REVIEWED reviewed answers: too few to say.
 */
export function heldOutAgreement(input: TLearnInput, codeIds: string[]): number | undefined {
  const decisions = input.decisions ?? new Map();
  const sorted = [...new Set(input.reviewed ?? [])].sort((a, b) => a - b);
  if (sorted.length < ESTIMATE_MIN_REVIEWED) return undefined;
  const officer = decidedLabels(decisions, sorted);
  const fold = new Map(sorted.map((r, k) => [r, k % ESTIMATE_FOLDS]));
  let total = 0;
  for (let f = 0; f < ESTIMATE_FOLDS; f++) {
    const heldOut = sorted.filter((r) => fold.get(r) === f);
    const keep = (i: number) => fold.get(i) !== f;
    // The fold's own decisions are left out of the prior too (they are its seeds), not only of the training set.
    const training = { ...input, decisions: withoutAnswers(decisions, keep), reviewed: sorted.filter(keep) };
    const predicted = predictHeldOut(
      learningContext(training),
      labelsFrom(codeIds, training.decisions, training.reviewed),
      heldOut,
    );
    for (const r of heldOut) {
      // A fallback ("Other") the officer accepted counts like any theme. An answer the officer gave
      // no theme at all agrees with a fallback prediction, and disagrees with any theme.
      const gold = officer.get(r)!;
      const mine = predicted.get(r)!;
      total += setF1(mine, gold.length ? gold : mine.filter((p) => !codeIds.includes(p)));
    }
  }
  return total / sorted.length;
}

function withoutAnswers(decisions: TOfficerDecisions, keep: (i: number) => boolean): TOfficerDecisions {
  return new Map(
    [...decisions].map(([id, d]) => [id, { accepted: d.accepted.filter(keep), rejected: d.rejected.filter(keep) }]),
  );
}
