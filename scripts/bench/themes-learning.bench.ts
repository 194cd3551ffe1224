// Issue #22: `npm run bench themes-learning`. (1) The learning curve on both gambling_XS questions:
// a simulated officer reviews in the queue's default order ("Most useful first") and the app's own
// pipeline learns from every decision (themes-learning-sim.ts); sample-F1 over all responses at
// 10–50 % reviewed, next to reviewing in today's order without learning. Goal: 0.80 with at most
// 40 % reviewed. The curve is also drawn as bench-output/themes-learning.svg. (2) Timings on
// 10,000 synthetic answers, 120 / 1,000 / 2,600 reviewed: retraining after a review page and
// re-scoring (target ≤ 1 s), and the review page that follows (the model remembered, learning-memo.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareResponses } from "../../lib/analysis/text/assignment";
import { decisionsFromLabels, learnThemes } from "../../lib/analysis/text/learned-themes";
import { changedSuggestions, mostUsefulFirst } from "../../lib/analysis/text/learning-summary";
import { agreementEstimate, codebookOnly, learnedModel } from "../../lib/analysis/text/learning-memo";
import { learningChart } from "./learning-chart";
import { BENCH_CODEBOOK, syntheticResponses } from "./themes.bench";
import { learningCurve, loadQuestion, type TCurvePoint } from "./themes-learning-sim";

const DATA = "/work/shared/data/themefinder-gambling-xs";
const OUT = path.join(import.meta.dirname, "..", "..", "bench-output");
/** Responses the simulated officer reviews between re-scores: 10 % of a 100-response question. */
const PAGE = 10;
const GOAL = 0.8;

function printCurve(part: string, points: TCurvePoint[]): void {
  console.log(`${part}: sample-F1 over all responses (reviewed ones count as their decisions)`);
  console.log(
    "  reviewed   learning   no learning (today's order)   k + (1-k)·F1(zero-shot)   est. agreement on the rest (held out)   actual on the rest",
  );
  for (const p of points) {
    const rest = p.share < 1 ? (p.learning - p.share) / (1 - p.share) : 1;
    const est = p.agreement === undefined ? "   –" : p.agreement.toFixed(3);
    console.log(
      `  ${`${Math.round(p.share * 100)}%`.padStart(8)}   ${p.learning.toFixed(3).padStart(8)}   ${p.baseline.toFixed(3).padStart(27)}   ${p.formula.toFixed(3).padStart(23)}   ${est.padStart(38)}   ${rest.toFixed(3).padStart(18)}`,
    );
  }
  const first = (key: "learning" | "baseline") => points.find((p) => p[key] >= GOAL);
  const at = (p?: TCurvePoint) =>
    p ? `${Math.round(p.share * 100)} %` : `not within ${Math.round(points.at(-1)!.share * 100)} %`;
  console.log(
    `  goal ${GOAL} first reached at: learning ${at(first("learning"))}, no learning ${at(first("baseline"))} (goal: at most 40 %)`,
  );
}

/** Wall-clock and CPU seconds of `fn`: on a shared machine the CPU time shows the work itself, the wall time what a user waits. */
function timed<T>(fn: () => T): { value: T; wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const cpu = process.cpuUsage(cpu0);
  return { value, wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

const secs = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(2)} s (CPU ${t.cpu.toFixed(2)} s)`;

function timings(): void {
  const texts = syntheticResponses(10_000, 7).map((r) => r.text);
  const corpus = prepareResponses(texts);
  const codebook = BENCH_CODEBOOK;
  const base = learnThemes({ corpus, texts, codebook });
  // The re-score after the codebook was written, with no decisions yet: it leaves the corpus remembered.
  learnedModel({ texts, codebook, decisions: new Map(), reviewed: [] });
  for (const reviewedCount of [100, 980, 2580]) {
    // Every 3rd answer reviewed by its best suggestion (every 7th also by its last); then one more page of 20.
    const labels = new Map<number, string[]>();
    for (let i = 0; labels.size < reviewedCount + 20; i += 3) {
      const best = base.codings[i].labels;
      const two = labels.size % 7 === 0 && best.length > 1;
      labels.set(i, two ? [best[0].codeId, best.at(-1)!.codeId] : [best[0].codeId]);
    }
    const { decisions, reviewed } = decisionsFromLabels(labels);
    learnThemes({ corpus, texts, codebook, decisions, reviewed }); // warm the JIT for this size, as a running server is
    const rebuilt = timed(() => learnThemes({ corpus: prepareResponses(texts), texts, codebook, decisions, reviewed }));
    // As the app does it (learning-memo.ts): the save re-scores with the learned model, then the
    // review page reads the same model, today's scorer alone and the held-out estimate.
    const input = { texts, codebook, decisions, reviewed };
    const open = texts.map((_, i) => i).filter((i) => !labels.has(i));
    const save = timed(() => mostUsefulFirst(learnedModel(input), open));
    const view = () => {
      const learned = learnedModel(input);
      return {
        order: mostUsefulFirst(learned, open),
        changed: changedSuggestions(codebookOnly(input), learned.codings, new Set(reviewed)),
        agreement: agreementEstimate(input, learned.codeIds),
      };
    };
    const first = timed(view);
    const again = timed(view);
    console.log(
      `10,000 answers, ${reviewed.length} reviewed (a page of 20 just saved): ` +
        `retrain + re-score + order ${save.value.length}: ${secs(save)} (target <= 1 s); ` +
        `review page after it: ${secs(first)} (held-out estimate ${first.value.agreement?.toFixed(3)}, ` +
        `worked out once per decision set), then ${secs(again)}; ` +
        `retrain with the corpus rebuilt (new answers): ${secs(rebuilt)}`,
    );
  }
}

export async function run(): Promise<void> {
  if (!fs.existsSync(DATA)) throw new Error(`The gambling_XS data set is missing at ${DATA}`);
  const curves = ["question_part_1", "question_part_2"].map((part) => {
    const points = learningCurve(loadQuestion(DATA, part), PAGE);
    printCurve(part, points);
    return { title: part, points };
  });
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, "themes-learning.svg");
  fs.writeFileSync(file, learningChart(curves));
  console.log(`chart: ${file}`);
  console.log(`load average while timing: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  timings();
}
