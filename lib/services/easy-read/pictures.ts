// Officers' own Easy Read pictures (issue #7, "Pictures"): for example Photosymbols the council
// licenses. Uploaded per consultation with a required description, checked by their bytes,
// kept in the same file storage as documents, and offered in the builder's picker beside the
// bundled OpenMoji set. They are served publicly, as the Easy Read pages show them to everyone.
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import type { TLibraryPicture } from "@/lib/questionnaire/easy-read/pictures";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { fileStorage } from "@/lib/storage/storage";
import { PICTURE_MAX_MB, type TEasyReadPictureUpload } from "@/lib/validation/easy-read-picture";
import { checkImage, type TUploadedImage } from "./image-upload";

/** The public address of an uploaded picture, stored in a question's or option's `image`. */
export const uploadedPictureSrc = (id: string) => `/easy-read/uploads/${id}`;

/** Keywords every uploaded picture answers to, so "own" or "uploaded" lists them all. */
const UPLOAD_KEYWORDS = ["uploaded", "own picture"];

export async function uploadEasyReadPicture(
  actor: StaffPrincipal | null,
  input: TEasyReadPictureUpload,
  file: TUploadedImage | null,
): Promise<{ id: string }> {
  const staff = requirePermission(actor, "questionnaire.edit");
  const type = checkImage(file, { field: "file", what: "picture", maxMb: PICTURE_MAX_MB, required: true })!;
  const consultation = await db().consultation.findUnique({
    where: { id: input.consultationId },
    select: { id: true },
  });
  if (!consultation) throw new AppError("NOT_FOUND", "We could not find that consultation.");
  const bytes = file!.bytes;
  const key = `${consultation.id.toLowerCase()}/easy-read/${crypto.randomUUID()}.${type.extension}`;
  // Stored first: a failed transaction leaves an orphan file, never a row without its file.
  await fileStorage().put(key, bytes);
  try {
    return await db().$transaction(async (tx) => {
      const picture = await tx.easyReadPicture.create({
        data: {
          consultationId: consultation.id,
          altText: input.altText,
          mimeType: type.mimeType,
          sizeBytes: bytes.length,
          storageKey: key,
          uploadedById: staff.id,
        },
      });
      await recordAuditEvent(tx, {
        actor: staff,
        action: "easyRead.pictureUpload",
        targetType: "EasyReadPicture",
        targetId: picture.id,
        detail: input.altText,
      });
      return { id: picture.id };
    });
  } catch (error) {
    await fileStorage().delete(key);
    throw error;
  }
}

/** The consultation's uploaded pictures, newest first, as the picker lists them. */
export async function listEasyReadPictures(
  actor: StaffPrincipal | null,
  consultationId: string,
): Promise<TLibraryPicture[]> {
  requirePermission(actor, "questionnaire.edit");
  const rows = await db().easyReadPicture.findMany({
    where: { consultationId },
    orderBy: { createdAt: "desc" },
    select: { id: true, altText: true },
  });
  return rows.map((r) => ({ src: uploadedPictureSrc(r.id), name: r.altText, keywords: UPLOAD_KEYWORDS }));
}

/** An uploaded picture's bytes and checked type, for the public route. */
export async function getEasyReadPictureFile(id: string): Promise<{ bytes: Buffer; mimeType: string }> {
  const picture = await db().easyReadPicture.findUnique({
    where: { id },
    select: { storageKey: true, mimeType: true },
  });
  const bytes = picture && (await fileStorage().get(picture.storageKey));
  if (!picture || !bytes) throw new AppError("NOT_FOUND", "We could not find that picture.");
  return { bytes, mimeType: picture.mimeType };
}
