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
export const ODT: TDocumentType = {
  mimeType: "application/vnd.oasis.opendocument.text",
  extension: "odt",
  label: "OpenDocument text",
};

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  Buffer.from(bytes.subarray(start, start + length)).toString("latin1");

const HEAD_BYTES = 64 * 1024;
const DOCX_ENTRIES = ["[Content_Types].xml", "word/"].map((name) => Buffer.from(name, "latin1"));
const LONGEST_ENTRY = Math.max(...DOCX_ENTRIES.map((name) => name.length));
const isZipHead = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/**
 * Judges a document as it streams past (issue #19: uploads are never held whole): the head
 * decides PDF and ODT, and DOCX needs two entry names that may come anywhere in the ZIP (entry
 * names are stored uncompressed in local headers, so a byte search finds them).
 */
export class DocumentTypeSniffer {
  private readonly headBuffer = Buffer.alloc(HEAD_BYTES);
  private headLength = 0;
  private tail = Buffer.alloc(0);
  private readonly found = DOCX_ENTRIES.map(() => false);

  push(piece: Uint8Array): void {
    const bytes = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    this.headLength += bytes.copy(this.headBuffer, this.headLength, 0, HEAD_BYTES - this.headLength);
    // The end of the last piece goes with this one, so a name split across two pieces is found.
    const window = Buffer.concat([this.tail, bytes]);
    DOCX_ENTRIES.forEach((name, i) => (this.found[i] ||= window.includes(name)));
    this.tail = window.subarray(Math.max(0, window.length - LONGEST_ENTRY + 1));
  }

  private get head(): Buffer {
    return this.headBuffer.subarray(0, this.headLength);
  }

  /** False as soon as the first kilobyte shows it is neither a PDF nor a ZIP (DOCX, ODT). */
  get possible(): boolean {
    return this.head.length < 1024 || ascii(this.head, 0, 1024).includes("%PDF-") || isZipHead(this.head);
  }

  /** The type, once every byte has been pushed; null when it is none of the three. */
  result(): TDocumentType | null {
    const head = this.head;
    // PDF readers accept the header within the first kilobyte.
    if (ascii(head, 0, 1024).includes("%PDF-")) return PDF;
    if (!isZipHead(head)) return null;
    // ODF requires an uncompressed first entry named "mimetype" holding the media type.
    const nameLength = head[26] | (head[27] << 8);
    const extraLength = head[28] | (head[29] << 8);
    if (ascii(head, 30, nameLength) === "mimetype") {
      const content = ascii(head, 30 + nameLength + extraLength, ODT.mimeType.length);
      return content === ODT.mimeType ? ODT : null;
    }
    return this.found.every(Boolean) ? DOCX : null;
  }
}

export function sniffDocumentType(bytes: Uint8Array): TDocumentType | null {
  const sniffer = new DocumentTypeSniffer();
  sniffer.push(bytes);
  return sniffer.result();
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
  const safe = name
    .replace(/[^\w .()-]/g, "_")
    .trim()
    .slice(0, 120);
  if (!extension) return safe || fallbackBase;
  const base = safe.replace(/\.[A-Za-z0-9]{1,8}$/, "").trim() || fallbackBase;
  return `${base}.${extension}`;
}
