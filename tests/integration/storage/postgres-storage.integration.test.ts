// Files in PostgreSQL (issue #19): chunked, streamed both ways, whole or not at all, and the
// start-up move of files an earlier version kept on disk (idempotent and resumable).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { moveLocalFilesIntoDatabase } from "@/lib/storage/move-local-files";
import { CHUNK_BYTES, PostgresFileStorage, READ_BYTES } from "@/lib/storage/postgres-storage";

const storage = new PostgresFileStorage();
const roots: string[] = [];
const key = (name: string) => `test/${crypto.randomUUID()}/${name}`;

afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

/** Pieces of awkward sizes, as a network upload or an export writer hands them over. */
function piecesOf(bytes: Buffer): Buffer[] {
  const pieces: Buffer[] = [];
  for (let at = 0, step = 1; at < bytes.length; at += step, step = (step * 7 + 13_001) % 300_000)
    pieces.push(bytes.subarray(at, at + step));
  return pieces;
}

async function chunkRows(fileKey: string) {
  const file = await db().storedFile.findUniqueOrThrow({
    where: { key: fileKey },
    select: { id: true, chunkCount: true, sizeBytes: true },
  });
  const chunks = await db().$queryRaw<
    { index: number; size: number }[]
  >`SELECT "index", length("data") AS "size" FROM "StoredFileChunk" WHERE "fileId" = ${file.id} ORDER BY "index"`;
  return { file, chunks };
}

describe("PostgreSQL file storage", () => {
  it("round-trips a multi-chunk file byte for byte, in chunks of 256 KB to 1 MB", async () => {
    const bytes = crypto.randomBytes(3 * CHUNK_BYTES + 12_345);
    const fileKey = key("strategy.pdf");
    expect(await storage.putStream(fileKey, Readable.from(piecesOf(bytes)))).toBe(bytes.length);
    const { file, chunks } = await chunkRows(fileKey);
    expect(file.chunkCount).toBe(4);
    expect(Number(file.sizeBytes)).toBe(bytes.length);
    expect(chunks.map((c) => c.index)).toEqual([0, 1, 2, 3]);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.size).toBe(CHUNK_BYTES);
    expect(CHUNK_BYTES).toBeGreaterThanOrEqual(256 * 1024);
    expect(CHUNK_BYTES).toBeLessThanOrEqual(1024 * 1024);
    expect((await storage.get(fileKey))!.equals(bytes)).toBe(true);
  });

  it("reads a file out a slice at a time", async () => {
    const bytes = crypto.randomBytes(2 * CHUNK_BYTES + 1);
    const fileKey = key("big.csv");
    await storage.put(fileKey, bytes);
    const pieces: Buffer[] = [];
    for await (const piece of (await storage.openStream(fileKey))!) pieces.push(piece as Buffer);
    expect(pieces.map((p) => p.length)).toEqual([...Array<number>((2 * CHUNK_BYTES) / READ_BYTES).fill(READ_BYTES), 1]);
    expect(Buffer.concat(pieces).equals(bytes)).toBe(true);
  });

  it("stores chunks while the file is still arriving, rather than after holding it all", async () => {
    const fileKey = key("export.xlsx");
    const rowsSeen: number[] = [];
    async function* slowSource() {
      for (let i = 0; i < 4; i++) {
        rowsSeen.push(await db().storedFileChunk.count({ where: { file: { pendingKey: fileKey } } }));
        yield crypto.randomBytes(CHUNK_BYTES);
      }
    }
    await storage.putStream(fileKey, Readable.from(slowSource()));
    // Each chunk is in the database before the source is asked for the next piece but one.
    expect(rowsSeen).toEqual([0, 0, 1, 2]);
  });

  it("replaces a file whole, and a failed upload leaves nothing behind", async () => {
    const fileKey = key("checked-rows.json");
    await storage.put(fileKey, Buffer.from("first"));
    await storage.put(fileKey, Buffer.from("second"));
    expect((await storage.get(fileKey))!.toString()).toBe("second");
    async function* failing() {
      yield crypto.randomBytes(CHUNK_BYTES + 10);
      throw new Error("the connection dropped");
    }
    await expect(storage.putStream(fileKey, Readable.from(failing()))).rejects.toThrow("the connection dropped");
    expect((await storage.get(fileKey))!.toString()).toBe("second");
    expect(await db().storedFile.count({ where: { pendingKey: fileKey, key: null } })).toBe(0);
    await storage.delete(fileKey);
    expect(await storage.get(fileKey)).toBeNull();
    expect(await storage.openStream(fileKey)).toBeNull();
  });

  it("refuses a key that could escape its place", async () => {
    await expect(storage.put("../etc/passwd", Buffer.from("x"))).rejects.toThrow(/Unsafe storage key/);
  });
});

describe("moving files from local disk at start-up", () => {
  function diskWith(files: Record<string, Buffer>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "hys-move-"));
    roots.push(root);
    for (const [name, bytes] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), bytes);
    }
    return root;
  }

  it("moves every file under its key, logs the counts, and does nothing the second time", async () => {
    const consultation = crypto.randomUUID();
    const files = {
      [`${consultation}/${crypto.randomUUID()}.pdf`]: crypto.randomBytes(2 * CHUNK_BYTES + 99),
      [`easy-read/${consultation}/${crypto.randomUUID()}.png`]: crypto.randomBytes(2_000),
      [`exports/${consultation}/${crypto.randomUUID()}.csv`]: Buffer.from("reference\r\nA1\r\n"),
    };
    const root = diskWith({ ...files, [`${consultation}/half-written.pdf.123.partial`]: Buffer.from("%PDF") });
    const lines: string[] = [];
    const first = await moveLocalFilesIntoDatabase(root, (line) => lines.push(line));
    expect(first).toMatchObject({ moved: 3, alreadyStored: 0, failed: 0, skipped: 1 });
    expect(lines.at(-1)).toMatch(/3 moved \(1\.0 MB\), 0 already there, 0 failed, 1 left on disk/);
    for (const [fileKey, bytes] of Object.entries(files)) {
      expect((await storage.get(fileKey))!.equals(bytes)).toBe(true);
      expect(fs.existsSync(path.join(root, fileKey))).toBe(false);
    }
    const again = await moveLocalFilesIntoDatabase(root, (line) => lines.push(line));
    expect(again).toMatchObject({ moved: 0, alreadyStored: 0, failed: 0, skipped: 1 });
  });

  it("resumes a move cut short: a file stored but not yet deleted, and a half-written copy", async () => {
    const stored = `${crypto.randomUUID()}/stored.pdf`;
    const interrupted = `${crypto.randomUUID()}/interrupted.docx`;
    const files = { [stored]: crypto.randomBytes(CHUNK_BYTES + 5), [interrupted]: crypto.randomBytes(3 * CHUNK_BYTES) };
    const root = diskWith(files);
    // The earlier start stored the first file and died before deleting it...
    await storage.put(stored, files[stored]);
    // ...and died part-way through the second, leaving a keyless upload with one chunk.
    const abandoned = await db().storedFile.create({
      data: { pendingKey: interrupted, createdAt: new Date(Date.now() - 2 * 86_400_000) },
    });
    await db().storedFileChunk.create({
      data: { fileId: abandoned.id, index: 0, data: new Uint8Array(files[interrupted].subarray(0, CHUNK_BYTES)) },
    });
    const lines: string[] = [];
    const outcome = await moveLocalFilesIntoDatabase(root, (line) => lines.push(line));
    expect(outcome).toMatchObject({ moved: 1, alreadyStored: 1, failed: 0 });
    expect(lines.at(-1)).toMatch(/1 abandoned partial upload\(s\) removed/);
    expect(await db().storedFile.count({ where: { id: abandoned.id } })).toBe(0);
    for (const [fileKey, bytes] of Object.entries(files))
      expect((await storage.get(fileKey))!.equals(bytes)).toBe(true);
    expect(fs.readdirSync(root)).toEqual([]);
  });
});
