// Receives a document upload as it arrives (issue #19): the form's text fields, and its one file
// streamed straight into storage while its size, type and checksum are worked out, so memory
// holds a piece of the file at a time rather than all of it. uploadDocument then records it,
// or deletes it if the form turns out to be wrong.
import "server-only";
import crypto from "node:crypto";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { requirePermission, type StaffPrincipal } from "@/lib/permissions/permissions";
import { isAppError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/storage";
import { DocumentTypeSniffer } from "@/lib/storage/sniff";
import { FILE_PROBLEMS, fileError, maxUploadBytes, type TStagedDocument } from "./upload-document";

export type TReceivedUpload = { fields: Record<string, string>; staged: TStagedDocument | null; fileProblem?: string };

type Staging = { staged: TStagedDocument } | { error: unknown };

/** Streams one file into storage, refusing it (INVALID_INPUT on `file`) as soon as it is too big or plainly no document. */
export async function stageDocumentFile(
  consultationId: string,
  name: string,
  source: Readable,
): Promise<TStagedDocument> {
  const max = maxUploadBytes();
  const sniffer = new DocumentTypeSniffer();
  const hash = crypto.createHash("sha256");
  let size = 0;
  const checked = new Transform({
    transform(piece: Buffer, _encoding, done) {
      size += piece.length;
      if (size > max) return done(fileError(FILE_PROBLEMS.tooBig()));
      sniffer.push(piece);
      if (!sniffer.possible) return done(fileError(FILE_PROBLEMS.notADocument()));
      hash.update(piece);
      done(null, piece);
    },
  });
  // The type is known only at the end (a DOCX's entries may come anywhere), so the key has no extension.
  const key = `${consultationId.toLowerCase()}/${crypto.randomUUID()}`;
  // Storage may not read yet (it first opens the file's row): an early refusal waits in the
  // stream, and putStream meets it when it starts reading, rather than crashing the process.
  checked.on("error", () => undefined);
  source.pipe(checked);
  try {
    await fileStorage().putStream(key, checked);
  } catch (error) {
    // Read the rest of the file and drop it, so the form's later fields still arrive.
    source.unpipe(checked);
    source.resume();
    throw error;
  }
  const type = sniffer.result();
  if (size === 0 || !type) {
    await fileStorage().delete(key);
    throw fileError(size === 0 ? FILE_PROBLEMS.missing() : FILE_PROBLEMS.notADocument());
  }
  return { name, key, mimeType: type.mimeType, extension: type.extension, sizeBytes: size, sha256: hash.digest("hex") };
}

/** Reads a multipart document form: its fields, and its `file` staged in storage (or why not). */
export async function receiveDocumentUpload(
  actor: StaffPrincipal | null,
  consultationId: string,
  request: Request,
): Promise<TReceivedUpload> {
  requirePermission(actor, "consultation.edit");
  const fields: Record<string, string> = {};
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": request.headers.get("content-type") ?? "" },
      limits: { files: 1, fields: 20, fieldSize: 10_000 },
    });
  } catch {
    return { fields, staged: null, fileProblem: FILE_PROBLEMS.missing() };
  }
  let staging: Promise<Staging> | undefined;
  // A file input left empty arrives as a field with no value.
  parser.on("field", (name, value) => {
    if (name !== "file") fields[name] = value;
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || staging) {
      stream.resume();
      return;
    }
    staging = stageDocumentFile(consultationId, info.filename ?? "", stream).then(
      (staged) => ({ staged }),
      (error: unknown) => ({ error }),
    );
  });
  try {
    if (request.body) await pipeline(Readable.fromWeb(request.body as WebReadableStream<Uint8Array>), parser);
  } catch (error) {
    // The browser gave up part-way: nothing of this upload is kept.
    const outcome = await staging;
    if (outcome && "staged" in outcome) await fileStorage().delete(outcome.staged.key);
    throw error;
  }
  const outcome = await staging;
  if (!outcome) return { fields, staged: null, fileProblem: FILE_PROBLEMS.missing() };
  if ("staged" in outcome) return { fields, staged: outcome.staged };
  const problem = isAppError(outcome.error) ? outcome.error.fieldErrors?.file?.[0] : undefined;
  if (!problem) throw outcome.error;
  return { fields, staged: null, fileProblem: problem };
}

/** Removes a staged file whose form was refused. */
export async function discardStagedDocument(staged: TStagedDocument | null): Promise<void> {
  if (staged) await fileStorage().delete(staged.key);
}
