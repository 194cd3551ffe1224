// Issue #9 acceptance: closed-question dashboard queries over 100,000 responses in 1 s or less.
// Builds a fresh PostgreSQL database, fills it in SQL with generate_series (100,000 responses,
// ~10 answer rows each, equality rows for a third), then times the app's own services, imported
// outside Next with the "server-only" guard resolved to its empty build (as builder.bench does).
import { BENCH_ANALYST as analyst, loadAverage, withAnalysisDatabase } from "./analysis-fill";
import { report, timeEach } from "./stats";

const RESPONSES = 100_000;

export async function run(): Promise<void> {
  await withAnalysisDatabase("bench_analysis", RESPONSES, "bench-analysis", async (_url, consultationId) => {
    const { analysisDashboard } = await import("../../lib/services/analysis/dashboard");
    const { closedResults } = await import("../../lib/services/analysis/closed-results");
    const { crossTab } = await import("../../lib/services/analysis/cross-tab");
    const { equalityProfile } = await import("../../lib/services/analysis/equality-profile");
    const n = 10;
    console.log(`load average (1, 5, 15 min): ${loadAverage()}`);
    report(
      "dashboard totals (100k responses)",
      await timeEach(n, () => analysisDashboard(analyst, consultationId)),
      "<= 1000 ms",
    );
    report("closed results, merged", await timeEach(n, () => closedResults(analyst, consultationId, {})), "<= 1000 ms");
    report(
      "closed results, split by channel",
      await timeEach(n, () => closedResults(analyst, consultationId, {}, "channel")),
      "<= 1000 ms",
    );
    report(
      "closed results, filtered (district + type)",
      await timeEach(n, () => closedResults(analyst, consultationId, { district: "HP21", respondentType: "carer" })),
      "<= 1000 ms",
    );
    report(
      "cross-tab who × uses",
      await timeEach(n, () => crossTab(analyst, consultationId, {}, "who", "uses")),
      "<= 1000 ms",
    );
    report("equality profile", await timeEach(n, () => equalityProfile(analyst, consultationId)), "<= 1000 ms");
    console.log(`load average after: ${loadAverage()}`);
  });
}
