// What every storage adapter provides. A type of its own, so that the adapters and the chooser
// (storage.ts) do not import each other.
import type { Readable } from "node:stream";

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
