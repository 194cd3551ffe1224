// The timed part of retention.bench.ts, in its own process as the app would run it: one run of
// the retention schedule through the app's service (the daily job's claim included), then its
// time and counts.
import { db } from "@/lib/db";
import { runRetentionIfDue } from "@/lib/services/retention/worker";
import { runCli } from "../lib/cli";

async function main() {
  const started = performance.now();
  const result = await runRetentionIfDue({ who: "bench" });
  const seconds = (performance.now() - started) / 1000;
  if (!result?.finished) throw new Error("the retention run did not claim the job or did not finish");
  console.log(`retention run: ${seconds.toFixed(1)} s, ${result.stepsApplied} steps applied (target < 60 s)`);
  console.log(
    `  ${Object.entries(result.counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n.toLocaleString("en-GB")}`)
      .join(", ")}`,
  );
  console.log(
    `  per step: ${Object.entries(result.seconds)
      .map(([k, s]) => `${k} ${s.toFixed(1)} s`)
      .join(", ")}`,
  );
  // On a shared machine, wall time includes waiting for a CPU: the process's own CPU time shows its share.
  const cpu = process.cpuUsage();
  console.log(`  this process's CPU time: ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
  console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  await db().$disconnect();
}

runCli(main);
