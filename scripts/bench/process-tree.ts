// What a benchmark reads about the app's processes from /proc (Linux): the process tree under
// `npm start`'s cluster primary, and each process's resident memory.
import fs from "node:fs";

/** Process ids of `pid` and all its descendants (the cluster's app processes), from /proc. */
export function processTree(pid: number): number[] {
  const children = fs.readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
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
