// At start-up, files an earlier version kept on local disk (DATA_DIR/uploads) move into the
// database (issue #19), under the same keys, so the rows that name them keep working.
// Each file is deleted from disk only once the database holds all of it, so the move is
// idempotent (a moved file is no longer on disk) and resumable (a start cut short leaves the
// rest on disk, and an abandoned half-written copy that is swept later).
import "server-only";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { now } from "@/lib/clock";
import { PostgresFileStorage } from "./postgres-storage";
import { isSafeStorageKey } from "./storage-key";

export type TMoveOutcome = {
  moved: number;
  movedBytes: number;
  alreadyStored: number;
  skipped: number;
  failed: number;
};

async function* filesUnder(root: string, dir = root): AsyncGenerator<string> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(root, full);
    else if (entry.isFile()) yield full;
  }
}

/** Removes folders the move emptied, deepest first; the root stays. */
async function pruneEmptyFolders(root: string, dir = root): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) if (entry.isDirectory()) await pruneEmptyFolders(root, path.join(dir, entry.name));
  if (dir !== root) await fs.rmdir(dir).catch(() => undefined);
}

async function moveOne(storage: PostgresFileStorage, full: string, key: string, outcome: TMoveOutcome): Promise<void> {
  const { size } = await fs.stat(full);
  if ((await storage.sizeOf(key)) === size) {
    // Stored by a start that stopped before deleting it, or by another app process moving at the same time.
    outcome.alreadyStored += 1;
  } else {
    const stored = await storage.putStream(key, createReadStream(full));
    if (stored !== size) throw new Error(`${key}: stored ${stored} bytes of ${size}`);
    outcome.moved += 1;
    outcome.movedBytes += size;
  }
  await fs.rm(full, { force: true });
}

/** Moves every file under `root` into the database; logs one line when there was anything to do. */
export async function moveLocalFilesIntoDatabase(
  root: string,
  log: (line: string) => void = console.log,
): Promise<TMoveOutcome> {
  const storage = new PostgresFileStorage();
  const outcome: TMoveOutcome = { moved: 0, movedBytes: 0, alreadyStored: 0, skipped: 0, failed: 0 };
  const swept = await storage.sweepAbandoned(now());
  for await (const full of filesUnder(root)) {
    const key = path.relative(root, full).split(path.sep).join("/");
    // A half-written local file (".partial") or anything else the app never named.
    if (!isSafeStorageKey(key)) {
      outcome.skipped += 1;
      continue;
    }
    try {
      await moveOne(storage, full, key, outcome);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        outcome.alreadyStored += 1;
        continue;
      }
      outcome.failed += 1;
      log(`[storage] could not move ${key} into the database: ${(error as Error).message}`);
    }
  }
  await pruneEmptyFolders(root);
  if (outcome.moved + outcome.alreadyStored + outcome.skipped + outcome.failed + swept > 0) {
    const mb = (outcome.movedBytes / 1_048_576).toFixed(1);
    log(
      `[storage] files on disk in ${root} moved into the database: ${outcome.moved} moved (${mb} MB), ${outcome.alreadyStored} already there, ` +
        `${outcome.failed} failed, ${outcome.skipped} left on disk (not stored files)${swept ? `; ${swept} abandoned partial upload(s) removed` : ""}.`,
    );
  }
  return outcome;
}
