// The cluster launcher's shared rate limits: with several app processes, a limit of N lets N
// attempts through in total, not N per process (lib/rate-limit/limiter.ts).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const here = import.meta.dirname;

function runCluster(workers: number, limit: number, attempts: number) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(here, "cluster.mjs"), path.join(here, "fixtures/limit-worker.ts")],
    {
      env: { ...process.env, WEB_CONCURRENCY: String(workers), LIMIT: String(limit), ATTEMPTS: String(attempts) },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  const lines = result.stdout.split("\n").filter(Boolean);
  return {
    status: result.status,
    stderr: result.stderr,
    allowed: lines.filter((l) => l === "allowed").length,
    refused: lines.filter((l) => l === "refused").length,
  };
}

describe("scripts/serve/cluster.mjs", () => {
  it("shares one set of rate-limit counters between its app processes", () => {
    const run = runCluster(3, 5, 4);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // 3 processes × 4 attempts against a limit of 5: exactly 5 pass, whichever process asked.
    expect(run.allowed).toBe(5);
    expect(run.refused).toBe(7);
  }, 60_000);

  it("refuses to start without an entry script", () => {
    const result = spawnSync(process.execPath, [path.join(here, "cluster.mjs")], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Usage: node scripts/serve/cluster.mjs <entry script>");
  });
});
