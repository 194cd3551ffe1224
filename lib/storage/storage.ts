// Uploaded files sit behind this interface, outside the web root, so a council can swap local
// disk for object storage without touching the services. Keys are opaque and made by us.
import "server-only";
import type { Readable } from "node:stream";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "./local-disk";

export type FileStorage = {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The file's bytes, or null when no file has that key. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  /** Stores a file as it streams in (large exports), never holding it all in memory. */
  putStream(key: string, source: Readable): Promise<number>;
  /** The file as a stream, or null when no file has that key. */
  openStream(key: string): Promise<Readable | null>;
};

let storage: FileStorage | undefined;

/** The configured storage: local disk under DATA_DIR/uploads. */
export function fileStorage(): FileStorage {
  storage ??= new LocalDiskStorage(`${env().DATA_DIR}/uploads`);
  return storage;
}

/** Tests swap in another implementation. */
export function setFileStorage(next: FileStorage | undefined): void {
  storage = next;
}
