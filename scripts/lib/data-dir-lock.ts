// PGlite does not lock its data folder, and two processes writing one folder corrupt it.
// A pid file beside the folder guards it; a lock left by a process that died is taken over.
import fs from "node:fs";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live process holding the folder, or null when nobody does. */
export function lockHolder(dataDir: string): number | null {
  let holder: number;
  try {
    holder = Number(fs.readFileSync(`${dataDir}.lock`, "utf8"));
  } catch {
    return null;
  }
  return holder && isAlive(holder) ? holder : null;
}

/** Takes the lock or throws; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockFile, "utf8"));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(`process ${holder} is using it`);
      }
      if (holder === process.pid) throw new Error("this process already has it open");
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new Error("its lock file could not be taken");
}
