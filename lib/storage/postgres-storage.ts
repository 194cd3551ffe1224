// The default storage (issue #19): files in PostgreSQL, in 512 KB chunks, so every app instance
// serves every file and one pg_dump holds them. Chunks go in one query each and come out in
// 64 KB slices, as raw bytes through the app's own pool (dbPool), never inside a long
// transaction (the embedded database is a single session), so a 20 MB document costs a chunk
// or two of memory, not 20 MB. The column is stored uncompressed (the migration sets STORAGE
// EXTERNAL): documents and pictures are compressed already, and a slice then reads only its pages.
import "server-only";
import { Readable } from "node:stream";
import { db, dbPool } from "@/lib/db";
import type { FileStorage } from "./file-storage";
import { assertStorageKey } from "./storage-key";

/** Inside the 256 KB to 1 MB range the issue sets: few rows per file, small buffers. */
export const CHUNK_BYTES = 512 * 1024;

/** Small enough that each read's buffers are short-lived garbage the collector takes at once. */
export const READ_BYTES = 64 * 1024;

/** An upload that has not completed for this long belongs to a process that died. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

type Piece = Buffer | Uint8Array | string;

/** Regroups a stream's pieces, whatever their sizes, into chunks of exactly `size` bytes (the last may be shorter). */
export async function* chunked(source: AsyncIterable<Piece>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for await (const piece of source) {
    let rest =
      typeof piece === "string" ? Buffer.from(piece) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    while (length + rest.length >= size) {
      const take = size - length;
      pending.push(rest.subarray(0, take));
      yield Buffer.concat(pending, size);
      pending = [];
      length = 0;
      rest = rest.subarray(take);
    }
    if (rest.length) {
      pending.push(rest);
      length += rest.length;
    }
  }
  if (length) yield Buffer.concat(pending, length);
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

export class PostgresFileStorage implements FileStorage {
  async put(key: string, bytes: Uint8Array): Promise<void> {
    await this.putStream(key, Readable.from([bytes]));
  }

  async get(key: string): Promise<Buffer | null> {
    const stream = await this.openStream(key);
    if (!stream) return null;
    const parts: Buffer[] = [];
    for await (const part of stream) parts.push(part as Buffer);
    return Buffer.concat(parts);
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await db().storedFile.deleteMany({ where: { key } });
  }

  /**
   * Writes the chunks under a file row with no key yet, then gives it the key (replacing any
   * file that had it) in one transaction: a reader sees the old file or the new, never half.
   */
  async putStream(key: string, source: Readable): Promise<number> {
    assertStorageKey(key);
    const { id } = await db().storedFile.create({ data: { pendingKey: key }, select: { id: true } });
    let index = 0;
    let size = 0;
    try {
      for await (const data of chunked(source, CHUNK_BYTES)) {
        // A Buffer parameter goes to PostgreSQL as binary, not hex.
        await dbPool().query(`INSERT INTO "StoredFileChunk" ("fileId", "index", "data") VALUES ($1, $2, $3)`, [
          id,
          index,
          data,
        ]);
        index += 1;
        size += data.byteLength;
      }
      await this.complete(id, key, size, index);
    } catch (error) {
      await db()
        .storedFile.deleteMany({ where: { id } })
        .catch(() => undefined);
      throw error;
    }
    return size;
  }

  private async complete(id: string, key: string, size: number, chunkCount: number): Promise<void> {
    // Two writers of one key at once: the later commit meets the unique index and tries again.
    for (let attempt = 0; ; attempt++) {
      try {
        await db().$transaction([
          db().storedFile.deleteMany({ where: { key } }),
          db().storedFile.update({ where: { id }, data: { key, sizeBytes: size, chunkCount }, select: { id: true } }),
        ]);
        return;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 2) throw error;
      }
    }
  }

  /** Reads a slice per `read()`, so memory holds a slice or two however big the file is. */
  async openStream(key: string): Promise<Readable | null> {
    assertStorageKey(key);
    const file = await db().storedFile.findUnique({ where: { key }, select: { id: true, chunkCount: true } });
    if (!file) return null;
    let index = 0;
    let offset = 0;
    const nextSlice = async (): Promise<Buffer | null> => {
      while (index < file.chunkCount) {
        const { rows } = await dbPool().query<{ data: Buffer }>(
          `SELECT substring("data" FROM $3 FOR $4) AS "data" FROM "StoredFileChunk" WHERE "fileId" = $1 AND "index" = $2`,
          [file.id, index, offset + 1, READ_BYTES],
        );
        // The file was replaced or deleted while it was being read: fail rather than send a mix.
        if (!rows[0]) throw new Error(`The stored file ${key} changed while it was being read.`);
        const slice = rows[0].data;
        if (slice.length === READ_BYTES) offset += READ_BYTES;
        else [index, offset] = [index + 1, 0];
        if (slice.length) return slice;
      }
      return null;
    };
    return new Readable({
      read() {
        nextSlice().then(
          (slice) => this.push(slice),
          (error: Error) => this.destroy(error),
        );
      },
    });
  }

  /** Its size in bytes, or null when no file has that key. */
  async sizeOf(key: string): Promise<number | null> {
    const file = await db().storedFile.findUnique({ where: { key }, select: { sizeBytes: true } });
    return file ? Number(file.sizeBytes) : null;
  }

  /** Removes uploads a process started and never finished (it died mid-file); returns how many. */
  async sweepAbandoned(now: Date): Promise<number> {
    const { count } = await db().storedFile.deleteMany({
      where: { key: null, createdAt: { lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } },
    });
    return count;
  }
}
