// Plain files under one folder, never under public/. The app stored files this way before they
// moved into PostgreSQL (issue #19); tests and the start-up move still use it.
import { createReadStream, createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import path from "node:path";
import { isSafeStorageKey } from "./storage-key";

export class LocalDiskStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** Keys are ours, but a path that escapes the root is refused all the same. */
  private pathOf(key: string): string {
    const full = path.resolve(this.root, key);
    if (!isSafeStorageKey(key) || !full.startsWith(this.root + path.sep)) throw new Error(`Unsafe storage key: ${key}`);
    return full;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const full = this.pathOf(key);
    await fs.mkdir(path.dirname(full), { recursive: true });
    // Write then rename, so a reader never sees half a file.
    const temporary = `${full}.${process.pid}.partial`;
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, full);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }

  /** Streams into a temporary file, then renames it: the size in bytes. */
  async putStream(key: string, source: Readable): Promise<number> {
    const full = this.pathOf(key);
    await fs.mkdir(path.dirname(full), { recursive: true });
    const temporary = `${full}.${process.pid}.partial`;
    try {
      await pipeline(source, createWriteStream(temporary));
      await fs.rename(temporary, full);
    } catch (error) {
      await fs.rm(temporary, { force: true });
      throw error;
    }
    return (await fs.stat(full)).size;
  }

  async openStream(key: string): Promise<Readable | null> {
    const full = this.pathOf(key);
    try {
      await fs.access(full);
    } catch {
      return null;
    }
    return createReadStream(full);
  }
}
