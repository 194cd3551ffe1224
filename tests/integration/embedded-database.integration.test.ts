// The embedded path a newcomer gets without DATABASE_URL: start PGlite, migrate, seed, query,
// stop, start again, and the data is still there.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { applyMigrations } from "../../scripts/lib/migrations";
import { createScriptClient } from "../../scripts/lib/prisma";
import { runSeed } from "../../scripts/lib/seeding";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-embedded-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function counts(url: string) {
  const client = createScriptClient(url);
  try {
    return {
      consultations: await client.consultation.count(),
      users: await client.user.count(),
      responses: await client.response.count(),
      titles: (await client.consultation.findMany({ select: { title: true }, orderBy: { title: "asc" } })).map(
        (c) => c.title,
      ),
    };
  } finally {
    await client.$disconnect();
  }
}

describe("embedded PostgreSQL (PGlite)", () => {
  it("starts, migrates, seeds once, serves queries and keeps data across restarts", async () => {
    const first = await startEmbeddedPostgres(path.join(dir, "pglite"));
    let before;
    try {
      expect(await applyMigrations(first.url)).not.toHaveLength(0);
      expect((await runSeed(first.url, new Date(), true)).seeded).toBe(true);
      before = await counts(first.url);
      expect(before.consultations).toBe(2);
      expect(before.titles).toEqual([
        "Adult Short Breaks: draft strategy 2018 to 2022",
        "Short Breaks for Disabled Children: draft strategy 2018 to 2022",
      ]);
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedPostgres(path.join(dir, "pglite"));
    try {
      expect(await applyMigrations(second.url)).toEqual([]);
      expect((await runSeed(second.url, new Date(), true)).seeded).toBe(false);
      expect(await counts(second.url)).toEqual(before);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it("refuses to open a data folder another process holds, with a plain message", async () => {
    const held = await startEmbeddedPostgres(path.join(dir, "held"));
    try {
      await expect(startEmbeddedPostgres(path.join(dir, "held"))).rejects.toThrow(/Is another copy of the app running/);
    } finally {
      await held.stop();
    }
  }, 60_000);
});
