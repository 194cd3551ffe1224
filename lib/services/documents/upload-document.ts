// An officer uploads a consultation document or a new version of one (issue #4 §1, uploads).
// The file is checked by its bytes, limited in size, stored outside the web root, and the old
// version is kept. Replacing a document on a published consultation adds a public change-log line.
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/services/audit/record-audit-event";
import { fileStorage } from "@/lib/storage/storage";
import { fileNameForType, sniffDocumentType } from "@/lib/storage/sniff";
import type { TDocumentUpload } from "@/lib/validation/document";
import type { DocumentKind } from "@/lib/generated/prisma/client";

export type TUploadedFile = { name: string; bytes: Uint8Array };

export const maxUploadBytes = () => env().UPLOAD_MAX_MB * 1024 * 1024;

const fileError = (message: string) => new AppError("INVALID_INPUT", undefined, { file: [message] });

/** Checks the file alone, before anything is stored. */
export function checkFile(file: TUploadedFile | null) {
  if (!file || file.bytes.length === 0) throw fileError("Select a file to upload");
  if (file.bytes.length > maxUploadBytes()) throw fileError(`The file must be smaller than ${env().UPLOAD_MAX_MB} MB`);
  const type = sniffDocumentType(file.bytes);
  if (!type) throw fileError("The file must be a PDF, a Word document (DOCX) or an OpenDocument text file (ODT)");
  return type;
}

export async function uploadDocument(actor: StaffPrincipal | null, input: TDocumentUpload, file: TUploadedFile | null): Promise<{ documentId: string; consultationId: string }> {
  const staff = requirePermission(actor, "consultation.edit");
  const type = checkFile(file);
  const consultation = await db().consultation.findUnique({ where: { id: input.consultationId }, select: { id: true, stage: true } });
  if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  if (input.documentId) {
    const owner = await db().consultationDocument.findUnique({ where: { id: input.documentId }, select: { consultationId: true } });
    if (owner?.consultationId !== consultation.id) throw new AppError("NOT_FOUND", "We could not find that document.");
  }
  const bytes = file!.bytes;
  const key = `${consultation.id.toLowerCase()}/${crypto.randomUUID()}.${type.extension}`;
  // Stored first: a failed transaction leaves an orphan file, never a row without its file.
  await fileStorage().put(key, bytes);
  const at = now();
  const safeName = fileNameForType(file!.name, type.mimeType);
  try {
    return await db().$transaction(async (tx) => {
      const document = input.documentId
        ? await tx.consultationDocument.update({ where: { id: input.documentId }, data: { title: input.title, kind: input.kind as DocumentKind } })
        : await tx.consultationDocument.create({
            data: { consultationId: consultation.id, title: input.title, kind: input.kind as DocumentKind, position: await tx.consultationDocument.count({ where: { consultationId: consultation.id } }), createdAt: at },
          });
      await tx.documentVersion.create({
        data: {
          documentId: document.id,
          versionLabel: input.versionLabel,
          fileName: safeName,
          mimeType: type.mimeType,
          sizeBytes: bytes.length,
          storageKey: key,
          sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
          changeNote: input.changeNote,
          uploadedById: staff.id,
          createdAt: at,
        },
      });
      if (consultation.stage !== "DRAFT") {
        const what = input.documentId ? `${input.title} replaced by ${input.versionLabel}` : `${input.title} (${input.versionLabel}) added`;
        await tx.consultationChange.create({ data: { consultationId: consultation.id, summary: input.changeNote ? `${what}: ${input.changeNote}` : `${what}.`, createdAt: at } });
      }
      await recordAuditEvent(tx, { actor: staff, action: "document.upload", targetType: "ConsultationDocument", targetId: document.id, detail: `${input.title} ${input.versionLabel}` });
      return { documentId: document.id, consultationId: consultation.id };
    });
  } catch (error) {
    await fileStorage().delete(key);
    throw error;
  }
}
