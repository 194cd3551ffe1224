import { describe, expect, it } from "vitest";
import {
  DOCX,
  DocumentTypeSniffer,
  ODT,
  PDF,
  fileNameForType,
  formatFileSize,
  sniffDocumentType,
  sniffScanType,
} from "./sniff";

function zip(firstName: string, firstContent: string, more = ""): Uint8Array {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(firstName.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, Buffer.from(firstName), Buffer.from(firstContent), Buffer.from(more)]);
}

describe("sniffDocumentType", () => {
  it("knows a PDF by its header, whatever the name", () => {
    expect(sniffDocumentType(Buffer.from("%PDF-1.7\n..."))).toBe(PDF);
  });
  it("knows DOCX by its content types and word/ entries", () => {
    expect(sniffDocumentType(zip("[Content_Types].xml", "<Types/>", "PK..word/document.xml"))).toBe(DOCX);
  });
  it("knows ODT by its uncompressed mimetype entry", () => {
    expect(sniffDocumentType(zip("mimetype", ODT.mimeType))).toBe(ODT);
  });
  it("refuses other files, including a zip that is not a document and a renamed executable", () => {
    expect(sniffDocumentType(zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))).toBeNull();
    expect(sniffDocumentType(zip("readme.txt", "hello"))).toBeNull();
    expect(sniffDocumentType(Buffer.from("MZ\x90\x00 this is an exe"))).toBeNull();
    expect(sniffDocumentType(new Uint8Array())).toBeNull();
  });
});

describe("DocumentTypeSniffer", () => {
  const sniffInPieces = (bytes: Uint8Array, size: number) => {
    const sniffer = new DocumentTypeSniffer();
    for (let at = 0; at < bytes.length; at += size) sniffer.push(bytes.subarray(at, at + size));
    return sniffer;
  };

  it("finds a DOCX's entry names past the head and split across pieces", () => {
    const docx = zip("[Content_Types].xml", "<Types/>", `${"x".repeat(200_000)}PK..word/document.xml`);
    for (const size of [1, 7, 4096, 65_536]) expect(sniffInPieces(docx, size).result()).toBe(DOCX);
    expect(sniffInPieces(zip("[Content_Types].xml", "<Types/>", "x".repeat(200_000)), 4096).result()).toBeNull();
  });

  it("gives up on a file after its first kilobyte shows it is no document", () => {
    const exe = sniffInPieces(Buffer.from(`MZ${"\0".repeat(2000)}`), 512);
    expect(exe.possible).toBe(false);
    expect(sniffInPieces(Buffer.from(`MZ${"\0".repeat(500)}`), 100).possible).toBe(true);
    expect(sniffInPieces(Buffer.from(`%PDF-1.7${"\0".repeat(5000)}`), 512).possible).toBe(true);
  });
});

describe("formatFileSize", () => {
  it("shows KB under a megabyte and MB with one decimal above", () => {
    expect(formatFileSize(300)).toBe("1 KB");
    expect(formatFileSize(350 * 1024)).toBe("350 KB");
    expect(formatFileSize(2.5 * 1024 * 1024)).toBe("2.5 MB");
  });
});

describe("sniffScanType", () => {
  it("recognises PDF, JPEG and PNG by their bytes, whatever the name", () => {
    expect(sniffScanType(Buffer.from("%PDF-1.7 scan"))?.mimeType).toBe("application/pdf");
    expect(sniffScanType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))?.mimeType).toBe("image/jpeg");
    expect(sniffScanType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.mimeType).toBe(
      "image/png",
    );
  });

  it("refuses anything else, such as HTML renamed to .png or a GIF", () => {
    expect(sniffScanType(Buffer.from("<html><script>alert(1)</script>"))).toBeNull();
    expect(sniffScanType(Buffer.from("GIF89a"))).toBeNull();
    expect(sniffScanType(new Uint8Array())).toBeNull();
  });
});

describe("fileNameForType", () => {
  it("ends a file's name in the extension of the type its bytes are (issue #15)", () => {
    expect(fileNameForType("evil.html", "application/pdf")).toBe("evil.pdf");
    expect(fileNameForType("Strategy 2018.PDF", "application/pdf")).toBe("Strategy 2018.pdf");
    expect(fileNameForType("report", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe(
      "report.docx",
    );
    expect(fileNameForType("scan.pdf", "image/png", "original")).toBe("scan.png");
    expect(fileNameForType("<>.html", "image/jpeg", "original")).toBe("__.jpg");
    expect(fileNameForType(".html", "application/pdf")).toBe("document.pdf");
  });
});
