// npm run staff:add -- --email ada@council.gov.uk --name "Ada Lovelace" --role ADMIN
// Creates a staff account, typically the first administrator of an empty database (issue #19).
// Works on DATABASE_URL and on the embedded database, joining a running app's database rather
// than opening its folder a second time. Running it again with the same details changes nothing.
// Run with --conditions=react-server (package.json) so the app's own services load here.
import { parseArgs } from "node:util";
import { ZStaffAddCommandSchema } from "@/lib/validation/staff";
import { loadEnv, runCli, UserFacingError } from "../lib/cli";
import { openScriptDatabase } from "../lib/database";
import { applyMigrations } from "../lib/migrations";

const USAGE =
  'Usage: npm run staff:add -- --email name@council.gov.uk --name "Full Name" --role ADMIN (or OFFICER, ANALYST)';

function readOptions(): unknown {
  try {
    const { values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
      strict: true,
      allowPositionals: false,
    });
    return values;
  } catch (error) {
    throw new UserFacingError(`${(error as Error).message}. ${USAGE}`);
  }
}

runCli(async () => {
  const env = loadEnv();
  const parsed = ZStaffAddCommandSchema.safeParse(readOptions());
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${String(issue.path[0])}: ${issue.message}`);
    throw new UserFacingError(`${problems.join("; ")}. ${USAGE}`);
  }
  const database = await openScriptDatabase(env, { joinRunning: true });
  try {
    await applyMigrations(database.url);
    // The services read their settings through lib/env, which this process has not read yet.
    process.env.DATABASE_URL = database.url;
    if (database.embedded) process.env.DATABASE_POOL_MAX = "1";
    const { addStaffFromCommandLine } = await import("@/lib/services/staff/add-staff-from-command-line");
    const { isAppError } = await import("@/lib/errors");
    const { ROLE_LABELS } = await import("@/lib/permissions/permissions");
    const { db } = await import("@/lib/db");
    const input = parsed.data;
    const role = ROLE_LABELS[input.role].toLowerCase();
    try {
      const outcome = await addStaffFromCommandLine(input);
      console.log(
        outcome.status === "created"
          ? `Created the ${role} account for ${input.name} <${input.email}>. They sign in at ${env.APP_URL}/sign-in with that address: a sign-in link is emailed to it.`
          : `${input.email} already has an active ${role} account: nothing changed.`,
      );
    } catch (error) {
      if (isAppError(error)) throw new UserFacingError(error.message);
      throw error;
    } finally {
      await db().$disconnect();
    }
  } finally {
    await database.stop();
  }
});
