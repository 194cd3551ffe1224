// Issue #6 acceptance, responding online: server time for a page save and for a submit at 50
// concurrent respondents (p95 < 100 ms), first-load JavaScript of a question page (≤ 120 KB
// gzipped), and the page usable before any JavaScript loads. Runs the production build with
// `next start` against a fresh PostgreSQL database on 127.0.0.1; respondents are plain HTTP
// clients posting the server-action forms as a browser without JavaScript does.
//
// Server time is measured as request sent → response headers received, on loopback, for the
// form POST alone (the action's 303; the redirected page's GET is reported separately). It
// includes the client's own scheduling on this machine, so it is an upper bound. Alongside it,
// the server process's own CPU time (from /proc, user + system, all its threads) per form post
// and the page it leads to: a figure other load on the machine barely changes, unlike latency.
// The load average is printed with each phase: when other processes load the machine, the
// latencies show it.
import os from "node:os";
import { freePort, prepare, startApp, stopApp } from "../load/app-server";
import { runJourney, type JourneyOutcome, type StepKind } from "../load/respond-journey";
import { treeCpuMs as serverCpuMs } from "./process-tree";
import { questionPage } from "./respond-page-weight";
import { percentile, report, type Timing } from "./stats";

const RESPONDENTS = 50;
const JOURNEYS_EACH = 1;

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    totalMs: sorted.reduce((a, b) => a + b, 0),
  };
}

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");

type Phase = { label: string; respondents: number; journeysEach: number; thinkMs?: () => number; target?: boolean };

async function phase(origin: string, pid: number | undefined, p: Phase): Promise<void> {
  const outcomes: JourneyOutcome[] = [];
  const loadBefore = loadAverage();
  const cpuBefore = serverCpuMs(pid);
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: p.respondents }, async () => {
      for (let i = 0; i < p.journeysEach; i++)
        outcomes.push(await runJourney(origin, { retries: 0, retryDelayMs: () => 0, thinkMs: p.thinkMs }));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = serverCpuMs(pid);
  const failed = outcomes.filter((o) => !o.reference);
  const byKind = (kind: StepKind | "page") =>
    timing(outcomes.flatMap((o) => o.timings.filter((t) => t.kind === kind).map((t) => t.ms)));
  const posts = outcomes.reduce(
    (n, o) => n + o.timings.filter((t) => t.kind !== "page" && t.kind !== "open").length,
    0,
  );
  console.log(
    `\n${p.label}: ${outcomes.length - failed.length} sent, ${failed.length} failed, ${seconds.toFixed(1)} s, ${(posts / seconds).toFixed(1)} form posts/s`,
  );
  console.log(
    `  load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAverage()} on ${os.cpus().length} CPUs${os.loadavg()[0] > os.cpus().length * 0.75 ? " (other processes are loading the machine: latencies below include their queueing)" : ""}`,
  );
  if (cpuBefore !== undefined && cpuAfter !== undefined) {
    const cpu = cpuAfter - cpuBefore;
    const client = process.cpuUsage(clientBefore);
    // The respondents run in this process on the same 2 cores: their CPU is taken from the server's.
    console.log(`  respondents' own CPU (this bench process): ${((client.user + client.system) / 1e6).toFixed(1)} s`);
    console.log(
      `  server process CPU: ${(cpu / 1000).toFixed(1)} s in ${seconds.toFixed(1)} s (${((cpu / 1000 / seconds) * 100).toFixed(0)}% of one core), ${(cpu / posts).toFixed(1)} ms per form post including the page it leads to`,
    );
  }
  for (const f of failed.slice(0, 5)) console.log(`  failed: ${f.error ?? JSON.stringify(f.failures[0])}`);
  const target = p.target ? "p95 < 100 ms" : undefined;
  report("  page save (POST → 303 headers)", byKind("save"), target);
  report("  submit (POST → 303 headers)", byKind("submit"), target);
  report("  start (POST → 303 headers)", byKind("start"));
  report("  next page render (GET → headers)", byKind("page"));
  if (failed.length > 0) throw new Error(`${failed.length} journeys failed`);
}

export async function run(): Promise<void> {
  const database = await prepare("bench_respond");
  const port = await freePort(3600, 3649);
  const app = await startApp(port, { DATABASE_URL: database.url, RESPONDENT_RATE_LIMIT_FACTOR: "1000" });
  console.log(
    `app processes: ${process.env.WEB_CONCURRENCY ?? os.availableParallelism()} (WEB_CONCURRENCY), sharing ${os.cpus().length} CPUs with PostgreSQL and the respondents`,
  );
  try {
    await questionPage(app.origin);
    // Warm up: fills caches and opens the database pool before anything is timed.
    await Promise.all(Array.from({ length: 5 }, () => runJourney(app.origin, { retries: 0, retryDelayMs: () => 0 })));
    await phase(app.origin, app.child.pid, {
      label: "1 respondent, one request at a time (the server's own time per request)",
      respondents: 1,
      journeysEach: 5,
    });
    // People read and answer each page for a minute or more; 1–3 s is far faster than that, so
    // this is a burst of very quick respondents, all on the site at once.
    await phase(app.origin, app.child.pid, {
      label: `${RESPONDENTS} concurrent respondents, 1–3 s on each page`,
      respondents: RESPONDENTS,
      journeysEach: 1,
      thinkMs: () => 1000 + Math.random() * 2000,
      target: true,
    });
    // No pause at all: every respondent presses the next button the moment a page arrives. This
    // saturates the 2 cores, so latency here is queueing (Little's law), shown for capacity.
    await phase(app.origin, app.child.pid, {
      label: `${RESPONDENTS} concurrent respondents, no pause (saturation)`,
      respondents: RESPONDENTS,
      journeysEach: JOURNEYS_EACH,
    });
  } finally {
    await stopApp(app);
    await database.drop().catch(() => undefined);
  }
}
