// Step 1 of a bulk import (issue #8 part 2): the uploaded file is read, refused as a whole if it
// cannot be used, and stored as a table with the columns matched to questions automatically.
// Nothing is imported yet: responses are only written after the dry run.
import "server-only";
import { createHash } from "node:crypto";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ImportFileError } from "@/lib/imports/file-error";
import { IMPORT_MAX_BYTES, IMPORT_MAX_MB } from "@/lib/imports/limits";
import { readTable, type TTable } from "@/lib/imports/read-table";
import { autoMatchColumns, importTargets } from "@/lib/imports/targets";
import type { TMapping } from "@/lib/imports/validate-rows";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { TImportUpload } from "@/lib/validation/imports";
import { importConsultation } from "./import-context";

export type TImportFile = { name: string; bytes: Uint8Array };

const fileError = (message: string) => new AppError("INVALID_INPUT", message, { file: [message] });

/** Reads the file or throws a file error the form shows beside the file input. */
export async function readImportFile(file: TImportFile | null): Promise<TTable> {
  if (!file || file.bytes.length === 0) throw fileError("Select a CSV or Excel file to upload");
  if (file.bytes.length > IMPORT_MAX_BYTES)
    throw fileError(
      `The file must be smaller than ${IMPORT_MAX_MB} MB. Split it into smaller files and import each one.`,
    );
  try {
    return await readTable(file.name, file.bytes);
  } catch (error) {
    if (error instanceof ImportFileError) throw fileError(error.message);
    throw error;
  }
}

export async function createImport(
  actor: StaffPrincipal | null,
  input: TImportUpload,
  file: TImportFile | null,
): Promise<{ importId: string }> {
  const staff = requirePermission(actor, "response.import");
  const consultation = await importConsultation(input.consultationId);
  const table = await readImportFile(file);
  const mapping: TMapping = {
    columns: autoMatchColumns(table.headers, importTargets(consultation.definition)),
    values: {},
  };
  const fileName = file!.name.replace(/[^\w .()-]/g, "_").slice(0, 120) || "import.csv";
  return db().$transaction(
    async (tx) => {
      const record = await tx.responseImport.create({
        data: {
          consultationId: consultation.id,
          versionId: consultation.versionId,
          channel: input.channel,
          fileName,
          fileSha256: createHash("sha256").update(file!.bytes).digest("hex"),
          table: table as unknown as Prisma.InputJsonObject,
          rowCount: table.rows.length,
          mapping: mapping as unknown as Prisma.InputJsonObject,
          createdById: staff.id,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor: staff,
        action: "import.upload",
        targetType: "ResponseImport",
        targetId: record.id,
        detail: `${fileName}: ${table.rows.length} rows`,
      });
      return { importId: record.id };
      // Storing a 20,000-row table is one big row: allow it more than the default 5 s.
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
