// A private world for the staff-auth integration tests: their own migrated database (so
// "last active admin" rules see only this file's accounts) and a real SMTP catcher.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { vi } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readCaughtMail, startMailCatcher, type CaughtMail } from "../../support/mail-catcher";
import { createTestDatabase } from "../../support/test-database";
import { setEnvForTests } from "@/lib/env";
import type { StaffPrincipal, TRole } from "@/lib/permissions/permissions";

export type World = {
  db: PrismaClient;
  mail: () => CaughtMail[];
  /** Creates an account; unique email unless given. */
  makeStaff: (role: TRole, overrides?: { email?: string; active?: boolean; name?: string }) => Promise<StaffPrincipal>;
  auditCount: (where?: Record<string, unknown>) => Promise<number>;
  close: () => Promise<void>;
};

const MIGRATIONS = path.resolve(import.meta.dirname, "../../../prisma/migrations");
let counter = 0;

/**
 * Runs the committed migration SQL directly. The wasm schema engine behind
 * createTestDatabase's migrate step cannot be loaded by a second test file in the same
 * worker, so this file's database is built without it.
 */
async function migrate(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = fs
      .readdirSync(MIGRATIONS, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const name of names) await client.query(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  } finally {
    await client.end();
  }
}

export async function openWorld(label: string): Promise<World> {
  const database = await createTestDatabase(label, false);
  await migrate(database.url);
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-auth-mail-"));
  const catcher = await startMailCatcher(mailDir);
  // NEXTAUTH_URL too: next-auth derives it from APP_URL, and the next world must not inherit it.
  const restoreEnv = setEnvForTests({
    DATABASE_URL: database.url,
    SMTP_URL: `smtp://127.0.0.1:${catcher.port}`,
    APP_URL: "http://hys.test",
    NEXTAUTH_URL: undefined,
  });
  delete (globalThis as { hysDb?: unknown }).hysDb;
  vi.resetModules();
  const { db } = await import("@/lib/db");
  const client = db();
  return {
    db: client,
    mail: () => readCaughtMail(mailDir),
    async makeStaff(role, overrides = {}) {
      counter += 1;
      const email = overrides.email ?? `${role.toLowerCase()}-${counter}-${Date.now().toString(36)}@council.example`;
      const user = await client.user.create({
        data: { email, name: overrides.name ?? `${role} ${counter}`, role, active: overrides.active ?? true },
        select: { id: true, email: true, name: true, role: true },
      });
      return user;
    },
    auditCount: (where = {}) => client.auditEvent.count({ where }),
    async close() {
      await client.$disconnect();
      delete (globalThis as { hysDb?: unknown }).hysDb;
      await catcher.stop();
      await database.drop();
      restoreEnv();
      vi.resetModules();
    },
  };
}
