// Stored files (documents, Easy Read pictures, drawings, scanned originals, import checks,
// exports) sit behind this interface, so the services never know where the bytes live. The
// default keeps them in PostgreSQL (issue #19); an object-storage adapter (S3 and the like)
// would implement FileStorage and be chosen in fileStorage() below. Keys are opaque and ours.
import "server-only";
import type { Readable } from "node:stream";
import { PostgresFileStorage } from "./postgres-storage";

export type FileStorage = {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The file's bytes, or null when no file has that key. For small files: it reads them all. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  /** Stores a file as it streams in (large exports), never holding it all in memory; its size in bytes. */
  putStream(key: string, source: Readable): Promise<number>;
  /** The file as a stream, or null when no file has that key. */
  openStream(key: string): Promise<Readable | null>;
};

let storage: FileStorage | undefined;

/** The configured storage: PostgreSQL, through the app's own connection pool. */
export function fileStorage(): FileStorage {
  storage ??= new PostgresFileStorage();
  return storage;
}

/** Tests swap in another implementation. */
export function setFileStorage(next: FileStorage | undefined): void {
  storage = next;
}
