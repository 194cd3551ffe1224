// npm run themes -- <dir> [--codebook themes.json] [--seed 1] [--out <dir>]
// Reads ThemeFinder's layout (question.json, responses.jsonl, optional themes.json codebook) and
// writes candidate themes, or with a codebook mapping.jsonl ({"response_id", "labels"}) plus the
// evidence per assignment. Same library code as the app; deterministic for a given seed.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runThemesOnDir } from "./themes-dir";

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { codebook: { type: "string" }, seed: { type: "string", default: "1" }, out: { type: "string" } },
  });
  if (positionals.length !== 1) {
    throw new Error("Usage: npm run themes -- <dir> [--codebook themes.json] [--seed 1] [--out <dir>]");
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
  const dir = positionals[0];
  const out = values.out ?? dir;
  const files = runThemesOnDir({ dir, codebookPath: values.codebook, seed });
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
