// A document upload streams into storage as it arrives (issue #19): a multi-chunk file lands
// byte for byte with its size and checksum, is refused mid-stream when it is no document or too
// big (leaving nothing stored, and the form's other fields still read), and comes back out of
// the download service as a stream.
import crypto from "node:crypto";
import { buffer } from "node:stream/consumers";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { getDocumentFile } from "@/lib/services/documents/document-file";
import { receiveDocumentUpload } from "@/lib/services/documents/stage-document";
import { maxUploadBytes, uploadDocument } from "@/lib/services/documents/upload-document";
import { CHUNK_BYTES } from "@/lib/storage/postgres-storage";
import { fileStorage } from "@/lib/storage/storage";
import { makeConsultation } from "../publishing/fixtures";

let officer: StaffPrincipal;
let consultation: { id: string; slug: string };

beforeAll(async () => {
  officer = await db().user.create({
    data: { email: `stream-${crypto.randomUUID()}@council.example`, name: "Stream Officer", role: "OFFICER" },
    select: { id: true, email: true, name: true, role: true },
  });
  consultation = await makeConsultation(db(), "open");
});

/** The browser's multipart POST: the file first, as the upload form orders its fields. */
function uploadRequest(file: Buffer, name = "strategy.pdf"): Request {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(file)], name, { type: "application/pdf" }));
  for (const [k, v] of Object.entries({
    title: "Streaming strategy",
    kind: "FULL_STRATEGY",
    versionLabel: "Version 1",
  }))
    form.set(k, v);
  return new Request(`http://hys.test/staff/consultations/${consultation.id}/documents/upload`, {
    method: "POST",
    body: form,
  });
}

const pendingUploads = () => db().storedFile.count({ where: { key: null } });

describe("streaming a document upload", () => {
  it("stores a multi-chunk PDF byte for byte, records it, and serves it back as a stream", async () => {
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), crypto.randomBytes(3 * CHUNK_BYTES + 777)]);
    const received = await receiveDocumentUpload(officer, consultation.id, uploadRequest(pdf));
    expect(received.fields).toEqual({ title: "Streaming strategy", kind: "FULL_STRATEGY", versionLabel: "Version 1" });
    expect(received.staged).toMatchObject({
      name: "strategy.pdf",
      mimeType: "application/pdf",
      sizeBytes: pdf.length,
      sha256: crypto.createHash("sha256").update(pdf).digest("hex"),
    });
    expect((await fileStorage().get(received.staged!.key))!.equals(pdf)).toBe(true);

    const { documentId } = await uploadDocument(
      officer,
      {
        consultationId: consultation.id,
        documentId: null,
        title: "Streaming strategy",
        kind: "FULL_STRATEGY",
        versionLabel: "Version 1",
        changeNote: null,
      },
      received.staged,
    );
    const version = await db().documentVersion.findFirstOrThrow({ where: { documentId } });
    expect(version).toMatchObject({
      storageKey: received.staged!.key,
      sizeBytes: pdf.length,
      mimeType: "application/pdf",
    });
    const file = await getDocumentFile(version.id, { slug: consultation.slug, includeDrafts: false });
    expect(file.sizeBytes).toBe(pdf.length);
    expect((await buffer(file.stream)).equals(pdf)).toBe(true);
  });

  it("refuses a renamed executable part-way, keeps nothing, and still reads the other fields", async () => {
    const before = await pendingUploads();
    const exe = Buffer.concat([Buffer.from("MZ\x90\x00"), crypto.randomBytes(2 * CHUNK_BYTES)]);
    const received = await receiveDocumentUpload(officer, consultation.id, uploadRequest(exe));
    expect(received).toMatchObject({
      staged: null,
      fileProblem: "The file must be a PDF, a Word document (DOCX) or an OpenDocument text file (ODT)",
    });
    expect(received.fields.versionLabel).toBe("Version 1");
    expect(await pendingUploads()).toBe(before);
  });

  it("refuses a file over the size limit once it passes the limit", async () => {
    const big = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(maxUploadBytes())]);
    const received = await receiveDocumentUpload(officer, consultation.id, uploadRequest(big));
    expect(received).toMatchObject({
      staged: null,
      fileProblem: expect.stringMatching(/^The file must be smaller than \d+ MB$/),
    });
  });

  it("asks for a file when the file input was left empty", async () => {
    const received = await receiveDocumentUpload(officer, consultation.id, uploadRequest(Buffer.alloc(0), ""));
    expect(received).toMatchObject({ staged: null, fileProblem: "Select a file to upload" });
  });

  it("refuses someone who may not edit consultations before reading anything", async () => {
    const analyst = { ...officer, role: "ANALYST" as const };
    await expect(
      receiveDocumentUpload(analyst, consultation.id, uploadRequest(Buffer.from("%PDF-1.7"))),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
