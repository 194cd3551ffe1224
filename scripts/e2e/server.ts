// The server Playwright starts: a fresh PostgreSQL database for this run, migrated and seeded,
// then the production build (rebuilt only when sources changed). The database is dropped on exit.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startMailCatcher } from "../../tests/support/mail-catcher";
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
  buildIfNeeded();
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve/app-server.mjs"), "-p", port, "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
      HYS_TEST_CLOCK_FILE: path.join(ROOT, ".data", "e2e", "clock"),
      APP_URL: `http://127.0.0.1:${port}`,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const stop = async () => {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
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
