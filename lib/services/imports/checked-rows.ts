// The dry run's validated rows, kept so the import writes them without validating every row a
// second time (issue #8: 20,000 rows in under 60 s). They are a file in the upload storage, one
// per dry run, named in the stored report: checking again with another mapping writes a new
// file, so an import always writes exactly the rows of the report the officer read.
import "server-only";
import { randomUUID } from "node:crypto";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { fileStorage } from "@/lib/storage/storage";

/** A valid row: its content hash (for idempotency) and its answers as the schema returned them. */
export type TCheckedRow = { hash: string; answers: TAnswers };

const keyOf = (importId: string, checkId: string) => `imports/${importId.toLowerCase()}/checked-${checkId}.json`;

/** Stores the rows and returns the id the report keeps. */
export async function saveCheckedRows(importId: string, rows: readonly TCheckedRow[]): Promise<string> {
  const checkId = randomUUID();
  await fileStorage().put(keyOf(importId, checkId), Buffer.from(JSON.stringify(rows)));
  return checkId;
}

/** The stored rows, or null when the file is gone (a report checked before rows were kept). */
export async function loadCheckedRows(importId: string, checkId: string | undefined): Promise<TCheckedRow[] | null> {
  if (!checkId) return null;
  const bytes = await fileStorage().get(keyOf(importId, checkId));
  return bytes ? (JSON.parse(bytes.toString("utf8")) as TCheckedRow[]) : null;
}

export async function deleteCheckedRows(importId: string, checkId: string | undefined): Promise<void> {
  if (checkId) await fileStorage().delete(keyOf(importId, checkId));
}
