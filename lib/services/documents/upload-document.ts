// An officer uploads a consultation document or a new version of one (issue #4 §1, uploads).
// The file is checked by its bytes, limited in size, stored outside the web root, and the old
// version is kept. Replacing a document on a published consultation adds a public change-log line.
// The upload route streams the file into storage as it arrives (stage-document.ts), so a 20 MB
// document is never held whole in memory (issue #19).
import "server-only";
import crypto from "node:crypto";
import { Readable } from "node:stream";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { fileStorage } from "@/lib/storage/storage";
import { fileNameForType, sniffDocumentType } from "@/lib/storage/sniff";
import type { TDocumentUpload } from "@/lib/validation/document";
import type { DocumentKind } from "@/lib/generated/prisma/client";

export type TUploadedFile = { name: string; bytes: Uint8Array };

/** A file already in storage, checked as it streamed in (stageDocumentFile). */
export type TStagedDocument = {
  name: string;
  key: string;
  mimeType: string;
  extension: string;
  sizeBytes: number;
  sha256: string;
};

export const maxUploadBytes = () => env().UPLOAD_MAX_MB * 1024 * 1024;

/** What is wrong with an uploaded file, shown beside the file input. */
export const FILE_PROBLEMS = {
  missing: () => "Select a file to upload",
  tooBig: () => `The file must be smaller than ${env().UPLOAD_MAX_MB} MB`,
  notADocument: () => "The file must be a PDF, a Word document (DOCX) or an OpenDocument text file (ODT)",
};

export const fileError = (message: string) => new AppError("INVALID_INPUT", undefined, { file: [message] });

/** Checks the file alone, before anything is stored. */
export function checkFile(file: TUploadedFile | null) {
  if (!file || file.bytes.length === 0) throw fileError(FILE_PROBLEMS.missing());
  if (file.bytes.length > maxUploadBytes()) throw fileError(FILE_PROBLEMS.tooBig());
  const type = sniffDocumentType(file.bytes);
  if (!type) throw fileError(FILE_PROBLEMS.notADocument());
  return type;
}

/** The bytes of a file already read (tests, small callers) stored as a staged document. */
async function stageBytes(file: TUploadedFile, consultationId: string): Promise<TStagedDocument> {
  const type = checkFile(file);
  const key = `${consultationId.toLowerCase()}/${crypto.randomUUID()}.${type.extension}`;
  await fileStorage().putStream(key, Readable.from([file.bytes]));
  const sha256 = crypto.createHash("sha256").update(file.bytes).digest("hex");
  return {
    name: file.name,
    key,
    mimeType: type.mimeType,
    extension: type.extension,
    sizeBytes: file.bytes.length,
    sha256,
  };
}

export async function uploadDocument(
  actor: StaffPrincipal | null,
  input: TDocumentUpload,
  file: TUploadedFile | TStagedDocument | null,
): Promise<{ documentId: string; consultationId: string }> {
  const staged = file && "key" in file ? file : null;
  try {
    const staff = requirePermission(actor, "consultation.edit");
    if (!file) throw fileError(FILE_PROBLEMS.missing());
    if (!staged) checkFile(file as TUploadedFile);
    const consultation = await db().consultation.findUnique({
      where: { id: input.consultationId },
      select: { id: true, stage: true },
    });
    if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
    if (input.documentId) {
      const owner = await db().consultationDocument.findUnique({
        where: { id: input.documentId },
        select: { consultationId: true },
      });
      if (owner?.consultationId !== consultation.id)
        throw new AppError("NOT_FOUND", "We could not find that document.");
    }
    // Stored first: a failed transaction leaves an orphan file, never a row without its file.
    return await recordDocument(
      staff,
      input,
      consultation,
      staged ?? (await stageBytes(file as TUploadedFile, consultation.id)),
    );
  } catch (error) {
    // A file streamed in before its form was checked goes again when the upload is refused.
    if (staged) await fileStorage().delete(staged.key);
    throw error;
  }
}

async function recordDocument(
  staff: StaffPrincipal,
  input: TDocumentUpload,
  consultation: { id: string; stage: string },
  stored: TStagedDocument,
) {
  const at = now();
  const safeName = fileNameForType(stored.name, stored.mimeType);
  try {
    return await db().$transaction(async (tx) => {
      const document = input.documentId
        ? await tx.consultationDocument.update({
            where: { id: input.documentId },
            data: { title: input.title, kind: input.kind as DocumentKind },
          })
        : await tx.consultationDocument.create({
            data: {
              consultationId: consultation.id,
              title: input.title,
              kind: input.kind as DocumentKind,
              position: await tx.consultationDocument.count({ where: { consultationId: consultation.id } }),
              createdAt: at,
            },
          });
      await tx.documentVersion.create({
        data: {
          documentId: document.id,
          versionLabel: input.versionLabel,
          fileName: safeName,
          mimeType: stored.mimeType,
          sizeBytes: stored.sizeBytes,
          storageKey: stored.key,
          sha256: stored.sha256,
          changeNote: input.changeNote,
          uploadedById: staff.id,
          createdAt: at,
        },
      });
      if (consultation.stage !== "DRAFT") {
        const what = input.documentId
          ? `${input.title} replaced by ${input.versionLabel}`
          : `${input.title} (${input.versionLabel}) added`;
        await tx.consultationChange.create({
          data: {
            consultationId: consultation.id,
            summary: input.changeNote ? `${what}: ${input.changeNote}` : `${what}.`,
            createdAt: at,
          },
        });
      }
      await recordAuditEvent(tx, {
        actor: staff,
        action: "document.upload",
        targetType: "ConsultationDocument",
        targetId: document.id,
        detail: `${input.title} ${input.versionLabel}`,
      });
      return { documentId: document.id, consultationId: consultation.id };
    });
  } catch (error) {
    await fileStorage().delete(stored.key);
    throw error;
  }
}
