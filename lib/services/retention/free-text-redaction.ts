// Free text redacted in place (issue #21) with the redaction quotes and exports use
// (lib/analysis/text/redaction), given the respondent's own name when we hold it. The original
// words are overwritten: there is no copy left to restore.
import "server-only";
import { db } from "@/lib/db";
import { redact } from "@/lib/analysis/text/redaction";

export type TTextRow = { id: string; text: string; name: string | null };
export type TRedacted = { id: string; text: string };

/** The rows whose text had personal details, with the redacted text. CPU only. */
export function redactRows(rows: readonly TTextRow[]): TRedacted[] {
  return rows
    .map((r) => ({ id: r.id, text: redact(r.text, { respondentName: r.name ?? undefined }).text, was: r.text }))
    .filter((r) => r.text !== r.was);
}

/** Overwrites the answers' text; how many rows it wrote. */
export async function writeRedacted(changed: readonly TRedacted[]): Promise<number> {
  if (changed.length === 0) return 0;
  await db().$executeRaw`
    UPDATE "Answer" a SET "text" = v.t
      FROM unnest(${changed.map((c) => c.id)}::text[], ${changed.map((c) => c.text)}::text[]) AS v(id, t)
     WHERE a."id" = v.id`;
  return changed.length;
}

/** Rewrites the rows whose text had personal details; how many changed. */
export async function redactAnswersInPlace(rows: readonly TTextRow[]): Promise<number> {
  return writeRedacted(redactRows(rows));
}
