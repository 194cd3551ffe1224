// What a benchmark reads about the app's processes from /proc (Linux): the process tree under
// `npm start`'s cluster primary, and each process's resident memory.
import fs from "node:fs";

/** Process ids of `pid` and all its descendants (the cluster's app processes), from /proc. */
export function processTree(pid: number): number[] {
  const children = fs
    .readdirSync(`/proc/${pid}/task`)
    .flatMap((tid) =>
      fs.readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  return [pid, ...children.flatMap(processTree)];
}

/** A process's resident set size in MB (VmRSS), or 0 once it has gone. */
export function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}

// USER_HZ: 100 on every Linux build we run on (getconf CLK_TCK).
const CLOCK_TICKS = 100;

/** CPU time (user + system, all threads) of one process so far, in ms, or 0 once it has gone. */
export function cpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    // Fields 14 and 15 of stat(5), counted from 1, are the 12th and 13th after the ") ".
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** CPU time of `pid` and all its descendants so far, in ms, or undefined off Linux. */
export function treeCpuMs(pid: number | undefined): number | undefined {
  try {
    return processTree(pid!).reduce((sum, id) => sum + cpuMs(id), 0);
  } catch {
    return undefined;
  }
}

/** Process ids whose command name is `name` (e.g. every PostgreSQL backend), from /proc. */
export function processesNamed(name: string): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim() === name;
      } catch {
        return false;
      }
    });
}
