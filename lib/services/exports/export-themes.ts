// The themes sheet of the XLSX export: each response's theme assignments from the free-text
// codebooks (suggested or accepted, never rejected), read in keyset batches like the responses.
import "server-only";
import { db } from "@/lib/db";
import type { TCell } from "@/lib/exports/export-types";
import { ZStoredCodes } from "@/lib/validation/themes";
import { EXPORT_BATCH } from "./export-source";

export const THEMES_HEADER = ["Reference", "Question key", "Theme", "Status", "Assigned by"] as const;

const STATUS: Record<string, string> = { SUGGESTED: "Suggested", ACCEPTED: "Accepted" };
const BY: Record<string, string> = { SYSTEM: "System", OFFICER: "Officer" };

/** Code id → name for every codebook of the consultation, from each codebook's newest version. */
async function codeNames(consultationId: string): Promise<Map<string, string>> {
  const versions = await db().codebookVersion.findMany({
    where: { codebook: { consultationId } },
    orderBy: { number: "asc" },
    select: { codebookId: true, codes: true },
  });
  const names = new Map<string, string>();
  for (const v of versions)
    for (const code of ZStoredCodes.parse(v.codes)) names.set(`${v.codebookId}:${code.id}`, code.name);
  return names;
}

type Row = {
  id: string;
  reference: string | null;
  questionKey: string;
  codebookId: string;
  codeId: string;
  status: string;
  assignedBy: string;
};

export async function* themeBatches(consultationId: string): AsyncGenerator<TCell[][]> {
  const names = await codeNames(consultationId);
  let after = "";
  for (;;) {
    const rows = await db().$queryRaw<Row[]>`
      SELECT t.id, r.reference, a."questionKey", t."codebookId", t."codeId", t.status::text AS status, t."assignedBy"::text AS "assignedBy"
        FROM "ThemeAssignment" t
        JOIN "Codebook" cb ON cb.id = t."codebookId"
        JOIN "Answer" a ON a.id = t."answerId"
        JOIN "Response" r ON r.id = a."responseId"
       WHERE cb."consultationId" = ${consultationId} AND t.status <> 'REJECTED' AND r.status = 'SUBMITTED' AND t.id > ${after}
       ORDER BY t.id
       LIMIT ${EXPORT_BATCH}`;
    if (rows.length === 0) return;
    after = rows[rows.length - 1].id;
    yield rows.map((t) => [
      t.reference,
      t.questionKey,
      names.get(`${t.codebookId}:${t.codeId}`) ?? t.codeId,
      STATUS[t.status] ?? t.status,
      BY[t.assignedBy] ?? t.assignedBy,
    ]);
    if (rows.length < EXPORT_BATCH) return;
  }
}
