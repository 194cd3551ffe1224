// Prisma's schema engine compiled to WebAssembly, driven through our own pg adapter.
// Why: the CLI cannot download its native schema-engine binary on our machines, and Node 20
// cannot `import` a .wasm file, so we instantiate it ourselves (DEVELOPERS.md, Prisma 7).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);
// The wasm glue module (schema_engine_bg.js) is a process-wide singleton, but this file can be
// evaluated more than once in one process (test runners re-import per file). Starting the
// wasm twice would swap the instance under live engines and hang them, so the started
// promise lives on globalThis.
const shared = globalThis as unknown as { hysSchemaEngineWasm?: Promise<void> };

function startWasm(): Promise<void> {
  shared.hysSchemaEngineWasm ??= (async () => {
    // The package exports only its JS entry points, so find the .wasm beside one of them.
    const entry = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = fs.readFileSync(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return shared.hysSchemaEngineWasm;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

export type EngineHandle = { engine: SchemaEngine; close: () => Promise<void> };

/** Opens a schema engine on `databaseUrl` with `schema` as its datamodel. One connection only. */
export async function openSchemaEngine(databaseUrl: string, schema: string): Promise<EngineHandle> {
  await startWasm();
  // Our own pool, so closing the engine really closes its connection: the embedded server
  // takes one connection at a time, and the next step (seeding, serving) needs it.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const factory = new PrismaPg(pool);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const logs: string[] = [];
  const engine = (await bg.SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    (line: string) => logs.push(line),
    adapter,
  )) as SchemaEngine;
  return {
    engine,
    close: async () => {
      engine.free();
      await pool.end();
    },
  };
}

/** Diff two datamodels without touching a database: the SQL that turns `from` into `to`. */
export async function diffSchemas(databaseUrl: string, from: string | null, to: string): Promise<string> {
  const { engine, close } = await openSchemaEngine(databaseUrl, to);
  try {
    const result = await engine.diff({
      from:
        from === null
          ? { tag: "empty" }
          : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  } finally {
    await close();
  }
}

/** True when a diff script contains no statements. */
export function isEmptyScript(script: string): boolean {
  return (
    script
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("--")).length === 0
  );
}

export type { MigrationList };
