// node --import tsx scripts/themes/quality-sweep.ts <themefinder-dataset-dir>
// Diagnostic for anyone trying to raise mapping quality: on a ThemeFinder dataset with gold
// mappings (inputs/<part>/, outputs/mapping/<date>/<part>/{themes,mapping}.{json,jsonl}) it prints
// sample-F1 per question for the default assigner and for each option moved one step, plus the
// "ranking ceiling": the F1 when every response is given exactly its gold number of labels, taken
// best-scored first. If the ceiling is below a target, no threshold choice can reach it and only
// a better scorer can. The gold is read only to score, never to predict.
import fs from "node:fs";
import path from "node:path";
import {
  DEFAULT_ASSIGN_OPTIONS,
  prepareResponses,
  scoreResponses,
  type TAssignOptions,
} from "../../lib/analysis/text/assignment";
import { sampleF1 } from "../../lib/analysis/text/sample-f1";
import { parseMapping, parseResponses, parseThemes } from "../../lib/analysis/text/themefinder-format";

const STEPS: [keyof TAssignOptions, number[]][] = [
  ["relative", [0.3, 0.5]],
  ["minScore", [0.01, 0.06]],
  ["textWeight", [0.3, 0.7]],
  ["feedbackRounds", [0, 1, 3]],
  ["feedbackSize", [4, 15]],
  ["neighbourWeight", [0, 0.15, 0.45]],
];

function question(root: string, part: string, goldDir: string) {
  const read = (...p: string[]) => fs.readFileSync(path.join(...p), "utf8");
  const responses = parseResponses(read(root, "inputs", part, "responses.jsonl"));
  const texts = responses.map((r) => r.text);
  const codebook = parseThemes(read(goldDir, part, "themes.json"));
  const gold = parseMapping(read(goldDir, part, "mapping.jsonl"));
  const code = (options: TAssignOptions) => scoreResponses(prepareResponses(texts, options), texts, codebook, options);
  const f1 = (options: TAssignOptions) =>
    sampleF1(new Map(code(options).map((c) => [responses[c.index].id, c.labels.map((l) => l.codeId)])), gold);
  // With no thresholds every code scoring >= 0 is returned, best first: the assigner's ranking.
  const ranked = code({ ...DEFAULT_ASSIGN_OPTIONS, relative: 0, minScore: -Infinity });
  const ceiling = sampleF1(
    new Map(
      ranked.map((c) => {
        const id = responses[c.index].id;
        return [id, c.labels.slice(0, gold.get(id)?.length ?? 0).map((l) => l.codeId)];
      }),
    ),
    gold,
  );
  return { f1, ceiling };
}

function main(): void {
  const root = process.argv[2];
  if (!root) throw new Error("Usage: node --import tsx scripts/themes/quality-sweep.ts <themefinder-dataset-dir>");
  const mappingDir = path.join(root, "outputs", "mapping");
  const date = fs.readdirSync(mappingDir).sort().at(-1);
  if (!date) throw new Error(`No gold mapping under ${mappingDir}`);
  const parts = fs
    .readdirSync(path.join(root, "inputs"))
    .filter((p) => fs.statSync(path.join(root, "inputs", p)).isDirectory())
    .sort();
  const questions = parts.map((p) => question(root, p, path.join(mappingDir, date)));
  const width = Math.max(8, ...parts.map((p) => p.length + 2));
  const row = (name: string, values: number[]) =>
    console.log(`${name.padEnd(24)}${values.map((v) => v.toFixed(3).padStart(width)).join("")}`);
  console.log(`${"sample-F1".padEnd(24)}${parts.map((p) => p.padStart(width)).join("")}`);
  row(
    "default",
    questions.map((q) => q.f1(DEFAULT_ASSIGN_OPTIONS)),
  );
  for (const [key, values] of STEPS) {
    for (const value of values)
      row(
        `${key} ${value}`,
        questions.map((q) => q.f1({ ...DEFAULT_ASSIGN_OPTIONS, [key]: value })),
      );
  }
  row(
    "ranking ceiling",
    questions.map((q) => q.ceiling),
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
