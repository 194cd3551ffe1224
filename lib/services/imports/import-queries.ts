// What the import pages show: the consultation's import records, and one import with its
// mapping choices and dry-run report.
import "server-only";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { importStalled } from "@/lib/imports/import-status";
import { IMPORT_STALLED } from "./run-import";
import { importTargets } from "@/lib/imports/targets";
import { unmatchedValues } from "@/lib/imports/unmatched-values";
import { importConsultation } from "./import-context";
import { loadImport } from "./import-record";

const recordSelect = {
  id: true,
  fileName: true,
  channel: true,
  status: true,
  rowCount: true,
  importedCount: true,
  rejectedCount: true,
  duplicateCount: true,
  processedCount: true,
  createdAt: true,
  importedAt: true,
  rolledBackAt: true,
  createdBy: { select: { name: true, email: true } },
} as const;

export async function listImports(actor: StaffPrincipal | null, consultationId: string) {
  requirePermission(actor, "response.import");
  const consultation = await db().consultation.findUnique({ where: { id: consultationId }, select: { id: true, title: true } });
  if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const imports = await db().responseImport.findMany({ where: { consultationId }, orderBy: { createdAt: "desc" }, select: recordSelect });
  return { consultation, imports };
}

export type TImportListItem = Awaited<ReturnType<typeof listImports>>["imports"][number];

/** One import for its page: the record, the column targets and, before import, the values to match. */
export async function getImport(actor: StaffPrincipal | null, input: { consultationId: string; importId: string }) {
  requirePermission(actor, "response.import");
  let record = await loadImport(input.consultationId, input.importId);
  if (importStalled(record, now())) {
    // No instance has held it for minutes, so none runs background jobs: it never stays "Importing".
    const leaseUntil = record.leaseUntil;
    await db().responseImport.updateMany({
      where: { id: record.id, status: "IMPORTING", leaseUntil },
      data: { status: "FAILED", failure: IMPORT_STALLED, leaseToken: null, leaseUntil: null },
    });
    record = await loadImport(input.consultationId, input.importId);
  }
  const createdBy = await db().user.findUnique({ where: { id: record.createdById }, select: { name: true, email: true } });
  const consultation = await importConsultation(record.consultationId, record.versionId);
  const targets = importTargets(consultation.definition).map((t) => ({ name: t.name, label: t.label }));
  const mapping = record.mapping ?? { columns: [], values: {} };
  const mapped = record.status === "UPLOADED" || record.status === "CHECKED";
  return {
    consultation: { id: consultation.id, title: consultation.title },
    record: { ...record, table: undefined, createdBy },
    headers: record.table.headers,
    /** The first non-blank value of each column, to help the officer recognise it. */
    examples: record.table.headers.map((_, i) => record.table.rows.find((r) => r[i]?.trim())?.[i]?.slice(0, 60) ?? ""),
    targets,
    mapping,
    unmatched: mapped ? unmatchedValues(consultation.definition, record.table, mapping) : [],
  };
}

export type TImportView = Awaited<ReturnType<typeof getImport>>;
