// The server Playwright starts: a fresh PostgreSQL database for this run, migrated and seeded,
// a real SMTP catcher and a real OpenID Connect provider (E2E_PORT + 1000), then the production
// build (rebuilt only when sources changed). The database is dropped on exit.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startMailCatcher } from "../../tests/support/mail-catcher";
import { startTestOidcProvider } from "../../tests/support/oidc-test-provider";
import { E2E_COUNCIL_NAME } from "../../e2e/helpers/council-name";
import { E2E_OIDC_ACCOUNT_NAME, E2E_OIDC_PEOPLE, E2E_OIDC_ROLE_MAP } from "../../e2e/helpers/identity-provider";
import { createTestDatabase } from "../../tests/support/test-database";
import { buildIfNeeded, ensureGeneratedClient } from "../lib/build";
import { ROOT } from "../lib/migrations";
import { runSeed } from "../lib/seeding";

export const E2E_STATE = path.join(ROOT, ".data", "e2e", "database-url");
const MAIL_DIR = path.join(ROOT, ".data", "e2e", "mail");

async function main() {
  const port = process.env.E2E_PORT ?? "3100";
  ensureGeneratedClient();
  const database = await createTestDatabase("e2e");
  fs.mkdirSync(path.dirname(E2E_STATE), { recursive: true });
  fs.writeFileSync(E2E_STATE, database.url);
  fs.rmSync(path.join(ROOT, ".data", "e2e", "clock"), { force: true });
  await runSeed(database.url, new Date(), false);
  // A real SMTP server in this process; e2e/helpers/mailbox.ts reads what it caught.
  fs.rmSync(MAIL_DIR, { recursive: true, force: true });
  const mail = await startMailCatcher(MAIL_DIR);
  // Staff sign in with emailed links and this provider (e2e/staff/oidc-sign-in.spec.ts).
  const oidc = await startTestOidcProvider({
    appUrl: `http://127.0.0.1:${port}`,
    port: Number(port) + 1000,
    people: E2E_OIDC_PEOPLE,
  });
  buildIfNeeded();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "scripts/serve/app-server.mjs"), "-p", port, "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
        HYS_TEST_CLOCK_FILE: path.join(ROOT, ".data", "e2e", "clock"),
        // Specs move the clock years ahead; the schedule must not anonymise what later specs read.
        RETENTION_SCHEDULE: "off",
        APP_URL: `http://127.0.0.1:${port}`,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        STAFF_SIGN_IN: "both",
        OIDC_ISSUER: oidc.issuer,
        OIDC_CLIENT_ID: oidc.clientId,
        OIDC_CLIENT_SECRET: oidc.clientSecret,
        OIDC_DISPLAY_NAME: E2E_OIDC_ACCOUNT_NAME,
        // Not the default council, so a page that names the wrong one fails its check (issue #18).
        COUNCIL_NAME: E2E_COUNCIL_NAME,
        OIDC_ROLE_CLAIM: "groups",
        OIDC_ROLE_MAP: E2E_OIDC_ROLE_MAP,
      },
    },
  );
  const stop = async () => {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    await oidc.close();
    await database.drop().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  child.on("exit", async (code) => {
    await database.drop().catch(() => undefined);
    process.exit(code ?? 1);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
