// npm run db:migrate: applies pending migrations offline through the wasm schema engine.
import { applyMigrations } from "../lib/migrations";
import { loadEnv, runCli } from "../lib/cli";
import { openScriptDatabase } from "../lib/database";

runCli(async () => {
  const database = await openScriptDatabase(loadEnv());
  try {
    const applied = await applyMigrations(database.url);
    console.log(
      applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "The database is up to date.",
    );
  } finally {
    await database.stop();
  }
});
