// Rolling back an import as a whole (issue #8): its responses and their answers are deleted in
// one transaction with the audit row, and the record stays, marked rolled back, as evidence.
// The rows' hashes go with the responses, so the same file can then be imported again.
import "server-only";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { loadImport } from "./import-record";

const NOTHING = "There is nothing to roll back: this import has not added any responses.";

export async function rollbackImport(
  actor: StaffPrincipal | null,
  input: { consultationId: string; importId: string },
): Promise<{ deleted: number }> {
  const staff = requirePermission(actor, "response.import");
  const record = await loadImport(input.consultationId, input.importId);
  if (record.status === "IMPORTING")
    throw new AppError("CONFLICT", "Wait until the import has finished before rolling it back.");
  if (record.status !== "IMPORTED" && record.status !== "FAILED") throw new AppError("INVALID_INPUT", NOTHING);
  return db().$transaction(
    async (tx) => {
      const marked = await tx.responseImport.updateMany({
        where: { id: record.id, status: { in: ["IMPORTED", "FAILED"] } },
        data: { status: "ROLLED_BACK", rolledBackAt: now() },
      });
      if (marked.count === 0) throw new AppError("CONFLICT", "This import has just been rolled back by someone else.");
      const { count } = await tx.response.deleteMany({ where: { importId: record.id } });
      if (count === 0) throw new AppError("INVALID_INPUT", NOTHING);
      await recordAuditEvent(tx, {
        actor: staff,
        action: "import.rollback",
        targetType: "ResponseImport",
        targetId: record.id,
        detail: `${record.fileName}: ${count} responses deleted`,
      });
      return { deleted: count };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
