// npm run db:migration -- <name>: writes the next migration from the change to schema.prisma.
// The diff is between datamodels, so it needs no shadow database; an in-memory PGlite
// only hosts the engine's connection.
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { createMigration } from "../lib/migrations";
import { runCli, UserFacingError } from "../lib/cli";

runCli(async () => {
  const name = process.argv.slice(2).join("_");
  if (!name) throw new UserFacingError("Give the migration a name: npm run db:migration -- add_documents");
  const scratch = await startEmbeddedPostgres(null);
  try {
    const dir = await createMigration(scratch.url, name);
    console.log(
      dir
        ? `Wrote ${dir}/migration.sql. Review it, then run npm run db:migrate.`
        : "schema.prisma has no changes since the last migration.",
    );
  } finally {
    await scratch.stop();
  }
});
