// The scanned original of an entered response (issue #8): a PDF, JPEG or PNG checked by its
// bytes, stored through lib/storage like consultation documents, and served only to staff who
// may read responses. Replacing it keeps nothing of the old file.
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { fileNameForType, sniffScanType } from "@/lib/storage/sniff";
import { fileStorage } from "@/lib/storage/storage";
import { maxUploadBytes, type TUploadedFile } from "@/lib/services/documents/upload-document";
import { reopenRetentionSteps } from "@/lib/services/retention/late-entries";

/** Why a file was refused, by code, so the page (not the query string) owns the words. */
export const ORIGINAL_ERRORS = {
  missing: "Select the scanned original to upload",
  "too-big": () => `The file must be smaller than ${env().UPLOAD_MAX_MB} MB`,
  type: "The scanned original must be a PDF, JPEG or PNG file",
} as const;
export type TOriginalError = keyof typeof ORIGINAL_ERRORS;

export const originalErrorText = (code: string): string | undefined => {
  const entry = ORIGINAL_ERRORS[code as TOriginalError];
  return typeof entry === "function" ? entry() : entry;
};

const fileError = (code: TOriginalError) => new AppError("INVALID_INPUT", originalErrorText(code), { file: [code] });

export async function attachOriginal(
  actor: StaffPrincipal | null,
  ids: { consultationId: string; responseId: string },
  file: TUploadedFile | null,
): Promise<void> {
  const staff = requirePermission(actor, "response.enter");
  if (!file || file.bytes.length === 0) throw fileError("missing");
  if (file.bytes.length > maxUploadBytes()) throw fileError("too-big");
  const type = sniffScanType(file.bytes);
  if (!type) throw fileError("type");
  const row = await db().response.findFirst({
    where: { id: ids.responseId, consultationId: ids.consultationId, enteredById: { not: null } },
    select: { id: true, reference: true, scanStorageKey: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that entered response.");
  const key = `responses/${ids.consultationId.toLowerCase()}/${crypto.randomUUID()}.${type.extension}`;
  // Stored first: a failed transaction leaves an orphan file, never a row without its file.
  await fileStorage().put(key, file.bytes);
  const fileName = fileNameForType(file.name, type.mimeType, "original");
  try {
    await db().$transaction(async (tx) => {
      await tx.response.update({
        where: { id: row.id },
        data: {
          scanStorageKey: key,
          scanFileName: fileName,
          scanMimeType: type.mimeType,
          scanSizeBytes: file.bytes.length,
        },
      });
      await recordAuditEvent(tx, {
        actor: staff,
        action: "response.attachOriginal",
        targetType: "Response",
        targetId: row.id,
        detail: `${row.reference ?? "draft"}: ${fileName}`,
      });
      await reopenRetentionSteps(tx, ids.consultationId);
    });
  } catch (error) {
    await fileStorage().delete(key);
    throw error;
  }
  if (row.scanStorageKey) await fileStorage().delete(row.scanStorageKey);
}

/** The stored original for download (response.read). */
export async function getOriginal(actor: StaffPrincipal | null, ids: { consultationId: string; responseId: string }) {
  requirePermission(actor, "response.read");
  const row = await db().response.findFirst({
    where: { id: ids.responseId, consultationId: ids.consultationId },
    select: { scanStorageKey: true, scanFileName: true, scanMimeType: true },
  });
  const bytes = row?.scanStorageKey ? await fileStorage().get(row.scanStorageKey) : null;
  if (!row || !bytes) throw new AppError("NOT_FOUND", "There is no scanned original for that response.");
  return { bytes, fileName: row.scanFileName ?? "original", mimeType: row.scanMimeType ?? "application/octet-stream" };
}
