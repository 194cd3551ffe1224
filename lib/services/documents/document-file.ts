// Serves a stored document version. Public visitors may only fetch files of published
// consultations; staff with consultation.read may fetch drafts' files for preview.
import "server-only";
import type { Readable } from "node:stream";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fileNameForType } from "@/lib/storage/sniff";
import { fileStorage } from "@/lib/storage/storage";

/** What a download's headers need to know about its file. */
export type TFileDescription = { fileName: string; mimeType: string; sizeBytes: number };

/** Streamed from storage a chunk at a time, so a large document never sits whole in memory. */
export type TDocumentFile = TFileDescription & { stream: Readable };

export async function getDocumentFile(
  versionId: string,
  options: { slug?: string; includeDrafts: boolean },
): Promise<TDocumentFile> {
  const version = await db().documentVersion.findUnique({
    where: { id: versionId },
    include: { document: { include: { consultation: { select: { slug: true, stage: true } } } } },
  });
  const consultation = version?.document.consultation;
  const visible =
    consultation &&
    (options.includeDrafts || consultation.stage !== "DRAFT") &&
    (!options.slug || consultation.slug === options.slug);
  if (!version || !visible) throw new AppError("NOT_FOUND", "We could not find that document.");
  const stream = await fileStorage().openStream(version.storageKey);
  if (!stream) throw new AppError("NOT_FOUND", "We could not find that document.");
  return { stream, fileName: version.fileName, mimeType: version.mimeType, sizeBytes: version.sizeBytes };
}

/**
 * Headers that make the browser treat the file as the document it is, never as a page. The name
 * ends in the checked type's extension even for files stored before names were corrected.
 */
export function documentHeaders(file: TFileDescription): HeadersInit {
  const name = fileNameForType(file.fileName, file.mimeType);
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
  return {
    "Content-Type": file.mimeType,
    "Content-Length": String(file.sizeBytes),
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, max-age=300",
  };
}
