// Issue #9 acceptance: closed-question dashboard queries over 100,000 responses in 1 s or less.
// Builds a fresh PostgreSQL database, fills it in SQL with generate_series (100,000 responses,
// ~10 answer rows each, equality rows for a third), then times the app's own services, imported
// outside Next with the "server-only" guard resolved to its empty build (as builder.bench does).
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createTestDatabase } from "../../tests/support/test-database";
import { fillAnalysisConsultation } from "./analysis-fill";
import { setEnvForTests } from "../../lib/env";
import { report, timeEach } from "./stats";

const SERVER_ONLY_EMPTY = pathToFileURL(path.resolve(import.meta.dirname, "../../node_modules/server-only/empty.js")).href;
const HOOK = `export async function resolve(s, c, next) { return s === "server-only" ? { url: ${JSON.stringify(SERVER_ONLY_EMPTY)}, shortCircuit: true } : next(s, c); }`;
const RESPONSES = 100_000;

export async function run(): Promise<void> {
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`);
  const database = await createTestDatabase("bench_analysis");
  // lib/env caches settings on first read (the test database helper reads them): set it through env.
  setEnvForTests({ DATABASE_URL: database.url });
  try {
    const consultationId = await fillAnalysisConsultation(database.url, RESPONSES, "bench-analysis");
    const { analysisDashboard } = await import("../../lib/services/analysis/dashboard");
    const { closedResults } = await import("../../lib/services/analysis/closed-results");
    const { crossTab } = await import("../../lib/services/analysis/cross-tab");
    const { equalityProfile } = await import("../../lib/services/analysis/equality-profile");
    const analyst = { id: "bench", email: "bench@council.example", name: null, role: "ANALYST" as const };
    const n = 10;
    // Figures on a shared 2-core machine include other processes' queueing: say how loaded it was.
    console.log(`load average (1, 5, 15 min): ${os.loadavg().map((l) => l.toFixed(2)).join(", ")} on ${os.cpus().length} CPUs`);
    report("dashboard totals (100k responses)", await timeEach(n, () => analysisDashboard(analyst, consultationId)), "<= 1000 ms");
    report("closed results, merged", await timeEach(n, () => closedResults(analyst, consultationId, {})), "<= 1000 ms");
    report("closed results, split by channel", await timeEach(n, () => closedResults(analyst, consultationId, {}, "channel")), "<= 1000 ms");
    report("closed results, filtered (district + type)", await timeEach(n, () => closedResults(analyst, consultationId, { district: "HP21", respondentType: "carer" })), "<= 1000 ms");
    report("cross-tab who × uses", await timeEach(n, () => crossTab(analyst, consultationId, {}, "who", "uses")), "<= 1000 ms");
    report("equality profile", await timeEach(n, () => equalityProfile(analyst, consultationId)), "<= 1000 ms");
    console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(", ")}`);
  } finally {
    const { db } = await import("../../lib/db");
    await db().$disconnect();
    await database.drop();
  }
}
