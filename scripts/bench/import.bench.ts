// Issue #8 part 2: 20,000 rows must import in under 60 s. Generates a 20,000-row CSV for the
// seed's children's questionnaire (26 columns: choices, a grid, a ranking, free
// text), then times upload (parse and store), the dry run and the import against PostgreSQL on
// 127.0.0.1, through the same services the pages call. A second dry run and import of the same
// file show the duplicate check, and the roll back is timed too.
//
// The services are marked "server-only", which Node resolves to an empty module only under the
// react-server condition, so the timed part runs in a child process started with it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createTestDatabase } from "../../tests/support/test-database";

// No full seed: the children's questionnaire is published by import-run.ts itself, which keeps
// the bench to what it measures.
export async function run(): Promise<void> {
  const database = await createTestDatabase("bench_import");
  try {
    const result = spawnSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "import-run.ts")],
      {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "production" },
      },
    );
    if (result.status !== 0) throw new Error(`the import bench failed (exit ${result.status})`);
  } finally {
    await database.drop().catch(() => undefined);
  }
}
