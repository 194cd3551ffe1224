// One clock for the whole app. Nothing else calls `new Date()` for "now", so tests and demos
// can move time instead of sleeping: HYS_NOW fixes it (refused in production), and
// HYS_TEST_CLOCK_FILE lets end-to-end tests move it while the server runs.
import fs from "node:fs";
import { env } from "@/lib/env";

let cachedFile: { mtimeMs: number; value: Date | null } | undefined;

function fromClockFile(file: string): Date | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  if (cachedFile?.mtimeMs !== stat.mtimeMs) {
    const parsed = new Date(fs.readFileSync(file, "utf8").trim());
    cachedFile = { mtimeMs: stat.mtimeMs, value: Number.isNaN(parsed.getTime()) ? null : parsed };
  }
  return cachedFile.value;
}

export function now(): Date {
  const { HYS_NOW, HYS_TEST_CLOCK_FILE } = env();
  if (HYS_TEST_CLOCK_FILE) {
    const fromFile = fromClockFile(HYS_TEST_CLOCK_FILE);
    if (fromFile) return fromFile;
  }
  return HYS_NOW ? new Date(HYS_NOW) : new Date();
}
