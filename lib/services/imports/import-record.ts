// Loading an import and its stored parts in the shapes the steps need.
import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TTable } from "@/lib/imports/read-table";
import type { TImportReport, TMapping } from "@/lib/imports/validate-rows";

export type { TImportReport };

export const REPORT_ERRORS_SHOWN = 500;

export async function loadImport(consultationId: string, importId: string) {
  const row = await db().responseImport.findFirst({ where: { id: importId, consultationId } });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that import.");
  return {
    ...row,
    table: row.table as unknown as TTable,
    mapping: row.mapping as unknown as TMapping | null,
    report: row.report as unknown as TImportReport | null,
  };
}
