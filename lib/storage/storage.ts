// Stored files (documents, Easy Read pictures, drawings, scanned originals, import checks,
// exports) sit behind this interface, so the services never know where the bytes live. The
// default keeps them in PostgreSQL (issue #19); an object-storage adapter (S3 and the like)
// would implement FileStorage and be chosen in fileStorage() below. Keys are opaque and ours.
import "server-only";
import type { FileStorage } from "./file-storage";
import { PostgresFileStorage } from "./postgres-storage";

export type { FileStorage } from "./file-storage";

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
