// Step 2, the dry run: every row is validated with the questionnaire's schema under the
// officer's mapping, and rows already imported are counted. Only the mapping and the report
// are stored; no response is written.
import "server-only";
import { now } from "@/lib/clock";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rowHashes } from "@/lib/imports/row-hash";
import type { TTable } from "@/lib/imports/read-table";
import { rowValidator, type TMapping, type TRowError, type TRowResult } from "@/lib/imports/validate-rows";
import { londonDay } from "@/lib/text/dates";
import { deleteCheckedRows, saveCheckedRows, type TCheckedRow } from "./checked-rows";
import { importConsultation, type TImportConsultation } from "./import-context";
import { loadImport, REPORT_ERRORS_SHOWN, type TImportReport } from "./import-record";

const HASH_LOOKUP_CHUNK = 5_000;

/** Hashes of these rows that the consultation already has a response for. */
export async function importedHashes(consultationId: string, hashes: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < hashes.length; i += HASH_LOOKUP_CHUNK) {
    const rows = await db().response.findMany({
      where: { consultationId, importRowHash: { in: hashes.slice(i, i + HASH_LOOKUP_CHUNK) } },
      select: { importRowHash: true },
    });
    for (const r of rows) found.add(r.importRowHash!);
  }
  return found;
}

/** The valid rows with their hashes, in file order: what an import writes. */
export function checkedRowsOf({ results, hashes }: { results: TRowResult[]; hashes: string[] }): TCheckedRow[] {
  return results.flatMap((r, i) => (r.ok ? [{ hash: hashes[i], answers: r.answers }] : []));
}

/** Each row's validation result and hash, in file order. */
export function validateTable(
  consultation: TImportConsultation,
  table: TTable,
  mapping: TMapping,
): { results: TRowResult[]; hashes: string[] } {
  const validate = rowValidator(consultation.definition, table.headers, mapping, { today: londonDay(now()) });
  return { results: table.rows.map((cells, i) => validate(cells, table.rowNumbers[i])), hashes: rowHashes(table) };
}

export async function checkImport(
  actor: StaffPrincipal | null,
  input: { consultationId: string; importId: string; mapping: TMapping },
): Promise<TImportReport> {
  requirePermission(actor, "response.import");
  const record = await loadImport(input.consultationId, input.importId);
  if (record.status !== "UPLOADED" && record.status !== "CHECKED")
    throw new AppError("CONFLICT", "This file has already been imported. Upload it again to import it again.");
  const consultation = await importConsultation(record.consultationId, record.versionId);
  const table = validateTable(consultation, record.table, input.mapping);
  const { results, hashes } = table;
  const done = await importedHashes(record.consultationId, hashes);
  const errors: TRowError[] = results.flatMap((r) => (r.ok ? [] : r.errors));
  const validRows = checkedRowsOf(table);
  const valid = validRows.length;
  const report: TImportReport = {
    rows: results.length,
    valid,
    invalid: results.length - valid,
    duplicates: results.filter((r, i) => r.ok && done.has(hashes[i])).length,
    errorCount: errors.length,
    errors: errors.slice(0, REPORT_ERRORS_SHOWN),
    checkedAt: now().toISOString(),
    checkId: await saveCheckedRows(record.id, validRows),
  };
  const saved = await db().responseImport.updateMany({
    where: { id: record.id, status: { in: ["UPLOADED", "CHECKED"] } },
    data: {
      status: "CHECKED",
      mapping: input.mapping as unknown as Prisma.InputJsonObject,
      report: report as unknown as Prisma.InputJsonObject,
    },
  });
  if (saved.count === 0) {
    await deleteCheckedRows(record.id, report.checkId);
    throw new AppError("CONFLICT", "This file has already been imported. Upload it again to import it again.");
  }
  // The previous dry run's rows are no longer the ones an import would write.
  if (record.report?.checkId) await deleteCheckedRows(record.id, record.report.checkId);
  return report;
}
