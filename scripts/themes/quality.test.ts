// Quality check on i.AI ThemeFinder's synthetic gambling_XS set: the gold themes.json is the
// codebook (no pinned examples) and the mapping is compared with the gold mapping.jsonl using
// ThemeFinder's metric (sample-averaged F1). The gold mapping is read only here, after prediction.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sampleF1 } from "../../lib/analysis/text/sample-f1";
import { parseMapping } from "../../lib/analysis/text/themefinder-format";
import { runThemesOnDir } from "./themes-dir";

const DATA = "/work/shared/data/themefinder-gambling-xs";
// Issue #9 asks for 0.80 on each question. The lexical assigner does not reach it yet (see the
// figures printed); these floors (achieved minus 0.02) stop regressions until it does. Raise
// them, never lower them. `scripts/themes/quality-sweep.ts` shows why thresholds alone cannot
// close the gap: its "ranking ceiling" (each response given its gold number of best-scored
// labels) is below 0.60 on both questions, so only a better scorer can.
const TARGET = 0.8;
const FLOORS: Record<string, number> = { question_part_1: 0.44, question_part_2: 0.57 };

describe.skipIf(!fs.existsSync(DATA))("theme assignment quality on themefinder-gambling-xs", () => {
  for (const [part, floor] of Object.entries(FLOORS)) {
    it(`${part}: sample-F1 against the gold mapping`, () => {
      const gold = path.join(DATA, "outputs/mapping/2025-07-22", part);
      const files = runThemesOnDir({
        dir: path.join(DATA, "inputs", part),
        codebookPath: path.join(gold, "themes.json"),
        seed: 1,
      });
      const f1 = sampleF1(
        parseMapping(files["mapping.jsonl"]),
        parseMapping(fs.readFileSync(path.join(gold, "mapping.jsonl"), "utf8")),
      );
      console.log(`${part}: sample-F1 ${f1.toFixed(3)} (floor ${floor}, issue target ${TARGET})`);
      expect(f1).toBeGreaterThanOrEqual(floor);
    });
  }
});
