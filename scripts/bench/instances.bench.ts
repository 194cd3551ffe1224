// Issue #19: throughput at saturation through nginx with one and with two app instances, on the
// same journeys, and the CPU each process used. Both instances run throughout (one app process
// each, WEB_CONCURRENCY=1, on one PostgreSQL database and Redis); only nginx's upstream list
// changes between the phases. Respondents are plain HTTP clients (no JavaScript) in this process,
// each pressing the next button as soon as a page arrives, for a fixed time. Everything shares the
// machine's cores (and PostgreSQL serves other work too), so the ratio shows where the CPU goes
// rather than what two machines would give.
import os from "node:os";
import { startNginx, type Nginx } from "../../tests/deployment/nginx";
import { freePort, instanceSettings, prepare, startApp, stopApp, type AppProcess } from "../load/app-server";
import { runJourney } from "../load/respond-journey";
import { cpuMs, processesNamed, treeCpuMs } from "./process-tree";

const RESPONDENTS = 40;
const PHASE_MS = 45_000;

const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");

type Measured = { journeysPerSecond: number; postsPerSecond: number; appCpuMsPerJourney: number };

/** CPU meters for the phase: each instance's process tree, nginx, and PostgreSQL's backends. */
function cpuMeters(nginx: Nginx, apps: Record<string, AppProcess>) {
  const instances = Object.entries(apps).map(([name, app]) => [`instance ${name}`, app.child.pid] as const);
  const trees = [...instances, ["nginx", nginx.pid] as const];
  const before = new Map(trees.map(([name, pid]) => [name, treeCpuMs(pid) ?? 0]));
  // PostgreSQL's backends come and go with connections: each one's CPU since the start (or since
  // it began), while it exists; one that ends during the run takes its share with it.
  const postgresBefore = new Map(processesNamed("postgres").map((pid) => [pid, cpuMs(pid)]));
  return (): Record<string, number> => {
    const used = Object.fromEntries(trees.map(([name, pid]) => [name, (treeCpuMs(pid) ?? 0) - before.get(name)!]));
    const postgres = processesNamed("postgres").map((pid) => Math.max(0, cpuMs(pid) - (postgresBefore.get(pid) ?? 0)));
    const label = "PostgreSQL (every backend, shared with other work; at least)";
    return { ...used, [label]: postgres.reduce((a, b) => a + b, 0) };
  };
}

async function saturate(label: string, nginx: Nginx, apps: Record<string, AppProcess>): Promise<Measured> {
  const journey = () => runJourney(nginx.origin, { retries: 0, retryDelayMs: () => 0 });
  // Warm-up: every instance renders each page once and opens its pool before anything is timed.
  await Promise.all(Array.from({ length: 6 }, journey));
  const loadBefore = loadAverage();
  const meter = cpuMeters(nginx, apps);
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  let journeys = 0;
  let posts = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: RESPONDENTS }, async () => {
      while (performance.now() - started < PHASE_MS) {
        const outcome = await journey();
        if (!outcome.reference) failed++;
        else journeys++;
        posts += outcome.timings.filter((t) => t.kind !== "page" && t.kind !== "open").length;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = meter();
  const client = process.cpuUsage(clientBefore);
  const appCpuMs = Object.entries(used).reduce((sum, [name, ms]) => sum + (name.startsWith("instance") ? ms : 0), 0);
  const measured = {
    journeysPerSecond: journeys / seconds,
    postsPerSecond: posts / seconds,
    appCpuMsPerJourney: appCpuMs / Math.max(journeys, 1),
  };
  const cpus = os.cpus().length;
  console.log(
    `\n${label}: ${journeys} journeys (${failed} failed) in ${seconds.toFixed(1)} s by ${RESPONDENTS} respondents`,
  );
  const { journeysPerSecond, postsPerSecond } = measured;
  console.log(`  throughput: ${journeysPerSecond.toFixed(2)} journeys/s, ${postsPerSecond.toFixed(1)} form posts/s`);
  console.log(`  load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAverage()} on ${cpus} CPUs`);
  const share = (ms: number) => `${(ms / 1000).toFixed(1)} s CPU = ${(ms / 10 / seconds).toFixed(0)}% of one core`;
  for (const [name, ms] of Object.entries(used)) console.log(`  ${name}: ${share(ms)}`);
  const clientMs = (client.user + client.system) / 1000;
  console.log(`  respondents (this bench process): ${share(clientMs)}`);
  // What the machine gave this test: on a shared machine the rest went to other work.
  const ours = Object.values(used).reduce((sum, ms) => sum + ms, 0) + clientMs;
  console.log(`  all of the above: ${((ours / 1000 / seconds / cpus) * 100).toFixed(0)}% of the ${cpus} CPUs`);
  console.log(`  app CPU per journey (instances together): ${measured.appCpuMsPerJourney.toFixed(0)} ms`);
  if (failed > journeys / 100) throw new Error(`${failed} journeys failed`);
  return measured;
}

export async function run(): Promise<void> {
  const database = await prepare("bench_instances");
  const ports = { a: await freePort(3600, 3624), b: await freePort(3625, 3649) };
  const nginxPort = await freePort(3575, 3599);
  const settings = instanceSettings("bench", database.url, `http://127.0.0.1:${nginxPort}`);
  const apps: Record<string, AppProcess> = {};
  let nginx: Nginx | undefined;
  try {
    [apps.a, apps.b] = await Promise.all([startApp(ports.a, settings.of("a")), startApp(ports.b, settings.of("b"))]);
    console.log(
      `two instances (one app process each), nginx round robin, ${os.cpus().length} CPUs shared by everything`,
    );
    nginx = await startNginx(nginxPort, [ports.a]);
    const one = await saturate("1 instance behind nginx", nginx, { a: apps.a });
    await nginx.stop();
    nginx = await startNginx(nginxPort, [ports.a, ports.b]);
    const two = await saturate("2 instances behind nginx", nginx, apps);
    const ratio = two.journeysPerSecond / one.journeysPerSecond;
    const perSecond = `${one.journeysPerSecond.toFixed(2)} → ${two.journeysPerSecond.toFixed(2)}`;
    console.log(`\n1 → 2 instances: ${ratio.toFixed(2)}× the journeys per second (${perSecond})`);
    // Independent of how much CPU other work left us: what a second machine would add, if the database keeps up.
    const [cpuOne, cpuTwo] = [one, two].map((m) => m.appCpuMsPerJourney.toFixed(0));
    console.log(`app CPU per journey: ${cpuOne} ms with 1 instance, ${cpuTwo} ms with 2`);
  } finally {
    await nginx?.stop().catch(() => undefined);
    for (const app of Object.values(apps)) await stopApp(app).catch(() => undefined);
    await database.drop().catch(() => undefined);
    settings.removeDataDirs();
  }
}
