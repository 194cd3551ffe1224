// One chunk of an import written as two multi-row INSERTs (responses here, then their answers
// through answer-store's insertAnswerRows), the rows passed as one JSON parameter: Prisma's
// createMany spent most of a 20,000-row import turning objects into statements. The rows are
// the same ones the online submission stores: mirror fields, a reference, and Answer rows from
// answer-store.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mirrorFields } from "@/lib/respond/mirror-fields";
import { generateReference } from "@/lib/respond/reference";
import { insertAnswerRows, newAnswerRows } from "@/lib/services/respond/answer-store";
import type { TCheckedRow } from "./checked-rows";
import type { TImportConsultation } from "./import-context";

export type TImportTarget = {
  consultation: TImportConsultation;
  importId: string;
  channel: string;
  enteredById: string;
  at: Date;
};

/** A reference can clash with an existing one (rarely); such rows are retried with new ones. */
const REFERENCE_ATTEMPTS = 3;

async function insertResponses(
  tx: Prisma.TransactionClient,
  target: TImportTarget,
  rows: readonly TCheckedRow[],
): Promise<Map<string, TCheckedRow>> {
  const { consultation } = target;
  const batch = rows.map((row) => ({
    row,
    id: randomUUID(),
    reference: generateReference(consultation.referencePrefix),
    ...mirrorFields(consultation.definition, row.answers),
  }));
  const json = JSON.stringify(
    batch.map(({ row, id, reference, respondentType, organisationName, completedHow }) => ({
      id,
      reference,
      respondentType,
      organisationName,
      completedHow,
      hash: row.hash,
    })),
  );
  const at = target.at.toISOString();
  // ON CONFLICT DO NOTHING, like createMany's skipDuplicates: a row whose hash the
  // consultation already has is skipped, never duplicated.
  const created = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Response" ("id", "consultationId", "versionId", "format", "channel", "status", "reference", "respondentType", "organisationName",
      "completedHow", "enteredById", "receivedAt", "submittedAt", "startedAt", "updatedAt", "importId", "importRowHash")
    SELECT r."id", ${consultation.id}, ${consultation.versionId}, 'STANDARD'::"QuestionnaireFormat", ${target.channel}::"Channel", 'SUBMITTED'::"ResponseStatus",
      r."reference", r."respondentType", r."organisationName", r."completedHow"::"CompletedHow", ${target.enteredById},
      t.at, t.at, t.at, t.at, ${target.importId}, r."hash"
    FROM json_to_recordset(${json}::json) AS r("id" text, "reference" text, "respondentType" text, "organisationName" text, "completedHow" text, "hash" text),
      (SELECT (${at}::timestamptz AT TIME ZONE 'UTC')::timestamp(3) AS at) AS t
    ON CONFLICT DO NOTHING
    RETURNING "id"`;
  const ids = new Set(created.map((c) => c.id));
  return new Map(batch.filter((b) => ids.has(b.id)).map((b) => [b.id, b.row] as const));
}

/** Inserts the rows not yet imported (by hash) with their answers; returns how many were new. */
export async function insertImportedRows(
  tx: Prisma.TransactionClient,
  target: TImportTarget,
  rows: readonly TCheckedRow[],
): Promise<number> {
  let pending = rows;
  let inserted = 0;
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS && pending.length > 0; attempt++) {
    const created = await insertResponses(tx, target, pending);
    await insertAnswerRows(
      tx,
      [...created].flatMap(([id, row]) => newAnswerRows(target.consultation.definition, id, row.answers)),
    );
    inserted += created.size;
    const made = new Set([...created.values()].map((row) => row.hash));
    const skipped = pending.filter((row) => !made.has(row.hash));
    if (skipped.length === 0) break;
    // Skipped for its hash: already imported. Skipped otherwise: a reference clash, so retry.
    const existing = await tx.response.findMany({
      where: { consultationId: target.consultation.id, importRowHash: { in: skipped.map((r) => r.hash) } },
      select: { importRowHash: true },
    });
    const duplicate = new Set(existing.map((e) => e.importRowHash));
    pending = skipped.filter((row) => !duplicate.has(row.hash));
  }
  return inserted;
}
