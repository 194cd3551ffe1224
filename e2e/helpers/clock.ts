// Moves the app's clock during an e2e run (lib/clock.ts reads this file on every call).
import fs from "node:fs";
import path from "node:path";

export const E2E_CLOCK_FILE = path.resolve(import.meta.dirname, "../../.data/e2e/clock");

/** Sets "now" for the app under test; `null` goes back to the real clock. */
export function setAppClock(at: Date | null): void {
  if (at === null) fs.rmSync(E2E_CLOCK_FILE, { force: true });
  else fs.writeFileSync(E2E_CLOCK_FILE, at.toISOString());
}
