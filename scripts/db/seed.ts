// npm run db:seed: idempotent. Writes the demo content of prisma/seed (its consultations) and one
// staff user per role.
import { loadEnv, runCli } from "../lib/cli";
import { openScriptDatabase } from "../lib/database";
import { runSeed } from "../lib/seeding";

runCli(async () => {
  const env = loadEnv();
  const database = await openScriptDatabase(env);
  try {
    const { summary } = await runSeed(database.url, env.HYS_NOW ? new Date(env.HYS_NOW) : new Date(), false);
    console.log(
      `Seeded ${summary?.consultations} consultations, ${summary?.users} staff users, ${summary?.responses} responses.`,
    );
  } finally {
    await database.stop();
  }
});
