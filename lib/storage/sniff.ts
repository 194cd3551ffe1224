// What a file is, judged by its bytes rather than its name (issue #4, uploads). Only the three
// formats councils publish consultation documents in are accepted: PDF, DOCX and ODT.

import { sniffImageType } from "./sniff-image";

export type TDocumentType = { mimeType: string; extension: "pdf" | "docx" | "odt"; label: string };

export const PDF: TDocumentType = { mimeType: "application/pdf", extension: "pdf", label: "PDF" };
export const DOCX: TDocumentType = {
  mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  extension: "docx",
  label: "Word document",
};
export const ODT: TDocumentType = { mimeType: "application/vnd.oasis.opendocument.text", extension: "odt", label: "OpenDocument text" };

const ascii = (bytes: Uint8Array, start: number, length: number) => Buffer.from(bytes.subarray(start, start + length)).toString("latin1");

/** ZIP entry names are stored uncompressed in local headers, so a byte search finds them. */
const hasEntry = (bytes: Uint8Array, name: string) => Buffer.from(bytes).includes(Buffer.from(name, "latin1"));

export function sniffDocumentType(bytes: Uint8Array): TDocumentType | null {
  // PDF readers accept the header within the first kilobyte.
  if (ascii(bytes, 0, 1024).includes("%PDF-")) return PDF;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) return null;
  // ODF requires an uncompressed first entry named "mimetype" holding the media type.
  const nameLength = bytes[26] | (bytes[27] << 8);
  const extraLength = bytes[28] | (bytes[29] << 8);
  if (ascii(bytes, 30, nameLength) === "mimetype") {
    const content = ascii(bytes, 30 + nameLength + extraLength, ODT.mimeType.length);
    return content === ODT.mimeType ? ODT : null;
  }
  if (hasEntry(bytes, "[Content_Types].xml") && hasEntry(bytes, "word/")) return DOCX;
  return null;
}

export type TScanType = { mimeType: "application/pdf" | "image/jpeg" | "image/png"; extension: "pdf" | "jpg" | "png" };

/** A scanned paper response (issue #8): a PDF, or a JPEG or PNG as the picture uploads judge them. */
export function sniffScanType(bytes: Uint8Array): TScanType | null {
  if (ascii(bytes, 0, 1024).includes("%PDF-")) return { mimeType: "application/pdf", extension: "pdf" };
  return sniffImageType(bytes);
}

/** "2.4 MB", "350 KB": the size shown beside a document link. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const EXTENSION_OF_TYPE: Readonly<Record<string, string>> = {
  [PDF.mimeType]: PDF.extension,
  [DOCX.mimeType]: DOCX.extension,
  [ODT.mimeType]: ODT.extension,
  "image/jpeg": "jpg",
  "image/png": "png",
};

/**
 * A file's name as we store and serve it: safe characters only, ending in the extension of the
 * type its bytes were judged to be. A PDF uploaded as "evil.html" is "evil.pdf" (issue #15), so
 * nothing downstream (a browser, a mail client, a desktop) is told it is something else.
 */
export function fileNameForType(name: string, mimeType: string, fallbackBase = "document"): string {
  const extension = EXTENSION_OF_TYPE[mimeType];
  const safe = name.replace(/[^\w .()-]/g, "_").trim().slice(0, 120);
  if (!extension) return safe || fallbackBase;
  const base = safe.replace(/\.[A-Za-z0-9]{1,8}$/, "").trim() || fallbackBase;
  return `${base}.${extension}`;
}
