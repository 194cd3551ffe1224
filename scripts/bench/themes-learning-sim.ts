// The simulated officer of `npm run bench themes-learning` (issue #22): reviews a ThemeFinder
// question page by page in the queue's default order ("Most useful first"), decides every
// suggestion by the gold labels and adds the missing gold themes by hand, so a reviewed response
// ends with exactly its gold themes. After each page the app's own pipeline (runPipeline) learns
// from every decision so far and re-scores the rest. The gold is read only to decide and to score.
import fs from "node:fs";
import path from "node:path";
import { runPipeline } from "../../lib/analysis/text/pipeline";
import { sampleF1 } from "../../lib/analysis/text/sample-f1";
import { parseMapping, parseResponses, parseThemes } from "../../lib/analysis/text/themefinder-format";

export const CHECKPOINTS = [0, 0.1, 0.2, 0.3, 0.4, 0.5];

export type TCurvePoint = {
  share: number;
  reviewed: number;
  learning: number;
  baseline: number;
  formula: number;
  agreement?: number;
};

export function loadQuestion(root: string, part: string) {
  const mappingDir = path.join(root, "outputs", "mapping");
  const date = fs.readdirSync(mappingDir).sort().at(-1)!;
  const read = (...p: string[]) => fs.readFileSync(path.join(...p), "utf8");
  return {
    responses: parseResponses(read(root, "inputs", part, "responses.jsonl")),
    codebook: parseThemes(read(mappingDir, date, part, "themes.json")),
    gold: parseMapping(read(mappingDir, date, part, "mapping.jsonl")),
  };
}

/** Sample-F1 over all responses: reviewed ones count as their decisions (the gold), the rest as suggested. */
function overall(
  codings: { id: string; labels: { codeId: string }[] }[],
  reviewed: ReadonlySet<string>,
  gold: Map<string, string[]>,
): number {
  return sampleF1(
    new Map(codings.map((c) => [c.id, reviewed.has(c.id) ? gold.get(c.id)! : c.labels.map((l) => l.codeId)])),
    gold,
  );
}

/**
 * The learning curve at each checkpoint share, reviewing `pageSize` responses between re-scores,
 * next to the baseline: the same share reviewed in today's order (least confident first) with no
 * learning, the rest keeping the zero-shot suggestions; `formula` is k + (1 − k) · F1(zero-shot).
 */
export function learningCurve(q: ReturnType<typeof loadQuestion>, pageSize: number): TCurvePoint[] {
  const input = { responses: q.responses.map((r) => ({ id: r.id, text: r.text })), codebook: q.codebook, seed: 1 };
  const zeroShot = runPipeline(input);
  const zeroF1 = overall(zeroShot.codings!, new Set(), q.gold);
  const n = q.responses.length;
  const points: TCurvePoint[] = [];
  const decided: { id: string; labels: string[] }[] = [];
  let next = zeroShot.usefulOrder!;
  let current = zeroShot;
  for (const share of CHECKPOINTS) {
    const target = Math.round(share * n);
    while (decided.length < target) {
      for (const id of next.slice(0, Math.min(pageSize, target - decided.length)))
        decided.push({ id, labels: q.gold.get(id)! });
      current = runPipeline({ ...input, decisions: decided, estimate: decided.length === target });
      next = current.usefulOrder!;
    }
    const baselineReviewed = new Set(zeroShot.reviewOrder!.slice(0, target));
    points.push({
      share,
      reviewed: target,
      learning: overall(current.codings!, new Set(decided.map((d) => d.id)), q.gold),
      baseline: overall(zeroShot.codings!, baselineReviewed, q.gold),
      formula: share + (1 - share) * zeroF1,
      agreement: current.learning?.agreement,
    });
  }
  return points;
}
