// npm run themes -- <dir> [--codebook themes.json] [--seed 1] [--out <dir>] [--decisions <file.jsonl>] [--review-order]
// Reads ThemeFinder's layout (question.json, responses.jsonl, optional themes.json codebook) and
// writes candidate themes, or with a codebook mapping.jsonl ({"response_id", "labels"}) plus the
// evidence per assignment. With --decisions (lines {"response_id", "labels"}: officer decisions made
// elsewhere or earlier) those responses keep their decided labels and the rest get what the model
// learned from them (issue #22); --review-order writes review-order.jsonl, the undecided responses
// in the order the review queue would ask about them. Same library code as the app; deterministic.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runThemesOnDir } from "./themes-dir";

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      codebook: { type: "string" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      decisions: { type: "string" },
      "review-order": { type: "boolean", default: false },
    },
  });
  if (positionals.length !== 1) {
    throw new Error(
      "Usage: npm run themes -- <dir> [--codebook themes.json] [--seed 1] [--out <dir>] [--decisions <file.jsonl>] [--review-order]",
    );
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  const dir = positionals[0];
  const out = values.out ?? dir;
  const files = runThemesOnDir({
    dir,
    codebookPath: values.codebook,
    seed,
    decisionsPath: values.decisions,
    reviewOrder: values["review-order"],
  });
  fs.mkdirSync(out, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.writeFileSync(path.join(out, name), content.endsWith("\n") || content === "" ? content : `${content}\n`);
    console.log(`wrote ${path.join(out, name)}`);
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
