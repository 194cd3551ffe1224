// A forgotten or hand-edited migration must fail CI: the committed migrations, applied to an
// empty database, must give exactly the schema in prisma/schema.prisma.
import fs from "node:fs";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { diffSchemas, isEmptyScript } from "../../scripts/lib/schema-engine";
import { listMigrations, pendingSchemaChange, readSchema, SNAPSHOT_PATH } from "../../scripts/lib/migrations";
import { describeSchema } from "../support/catalog";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const made: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(made.map((d) => d.drop()));
});

describe("migrations", () => {
  it("cover every change in schema.prisma (no migration forgotten)", async () => {
    const scratch = await createTestDatabase("scratch", false);
    made.push(scratch);
    const script = await pendingSchemaChange(scratch.url);
    expect(script.trim(), "schema.prisma changed without a migration: run npm run db:migration -- <name>").toSatisfy(
      isEmptyScript,
    );
    expect(fs.readFileSync(SNAPSHOT_PATH, "utf8")).toBe(readSchema());
  });

  it("applied to an empty database give exactly the schema in schema.prisma", async () => {
    const migrated = await createTestDatabase("migrated");
    const reference = await createTestDatabase("reference", false);
    made.push(migrated, reference);
    // The reference is built straight from schema.prisma, with no migration history.
    const script = await diffSchemas(reference.url, null, readSchema());
    const client = new pg.Client({ connectionString: reference.url });
    await client.connect();
    await client.query(script);
    await client.end();
    const [actual, expected] = await Promise.all([describeSchema(migrated.url), describeSchema(reference.url)]);
    expect(actual.columns.length).toBeGreaterThan(20);
    expect(actual).toEqual(expected);
  });

  it("keep Prisma's _prisma_migrations bookkeeping so `prisma migrate deploy` still works", async () => {
    const migrated = await createTestDatabase("bookkeeping");
    made.push(migrated);
    const client = new pg.Client({ connectionString: migrated.url });
    await client.connect();
    const { rows } = await client.query(
      "select migration_name, finished_at, checksum from _prisma_migrations order by migration_name",
    );
    await client.end();
    const names = listMigrations().migrationDirectories.map((d) => d.path);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
