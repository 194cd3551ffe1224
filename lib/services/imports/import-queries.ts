// What the import pages show: the consultation's import records, and one import with its
// mapping choices and dry-run report.
import "server-only";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { IMPORT_STALLED_AFTER_MS } from "@/lib/imports/import-status";
import { importTargets } from "@/lib/imports/targets";
import { unmatchedValues } from "@/lib/imports/unmatched-values";
import { importConsultation } from "./import-context";
import { loadImport } from "./import-record";
import { IMPORT_STALLED } from "./run-import";

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

/**
 * Marks the consultation's imports no instance has held for IMPORT_STALLED_AFTER_MS as failed,
 * so none stays "Importing": a running import's lease is renewed every few seconds and an ended
 * one is taken over within seconds, so this happens only when no instance runs background jobs.
 */
async function failStalledImports(consultationId: string): Promise<void> {
  const cutoff = new Date(now().getTime() - IMPORT_STALLED_AFTER_MS);
  await db().responseImport.updateMany({
    where: {
      consultationId,
      status: "IMPORTING",
      OR: [{ leaseUntil: { lt: cutoff } }, { leaseUntil: null, updatedAt: { lt: cutoff } }],
    },
    data: { status: "FAILED", failure: IMPORT_STALLED, leaseToken: null, leaseUntil: null },
  });
}

export async function listImports(actor: StaffPrincipal | null, consultationId: string) {
  requirePermission(actor, "response.import");
  const consultation = await db().consultation.findUnique({
    where: { id: consultationId },
    select: { id: true, title: true },
  });
  if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  await failStalledImports(consultationId);
  const imports = await db().responseImport.findMany({
    where: { consultationId },
    orderBy: { createdAt: "desc" },
    select: recordSelect,
  });
  return { consultation, imports };
}

export type TImportListItem = Awaited<ReturnType<typeof listImports>>["imports"][number];

/** One import for its page: the record, the column targets and, before import, the values to match. */
export async function getImport(actor: StaffPrincipal | null, input: { consultationId: string; importId: string }) {
  requirePermission(actor, "response.import");
  await failStalledImports(input.consultationId);
  const record = await loadImport(input.consultationId, input.importId);
  const createdBy = await db().user.findUnique({
    where: { id: record.createdById },
    select: { name: true, email: true },
  });
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
