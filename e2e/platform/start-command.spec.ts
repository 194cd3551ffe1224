// The README's first command on the embedded database: it serves the hub with both seeded
// consultations; stopped and started again, the data is still there and is not seeded twice.
// It reuses the production build the e2e server made, so no second build happens here.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT = 3290;

type Started = { child: ChildProcess; output: () => string };

function startApp(dataDir: string): Started {
  let output = "";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  // The same command as `npm start`, without npm in between, so the signal reaches it directly.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return { child, output: () => output };
}

async function stopApp({ child }: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill("SIGINT");
  return exited;
}

async function hubHtml(started: Started): Promise<string> {
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${PORT}/api/health`).catch(() => null))?.status ?? 0, {
      timeout: 120_000,
      message: `npm start did not answer; it printed:\n${started.output()}`,
    })
    .toBe(200);
  return (await fetch(`http://127.0.0.1:${PORT}/`)).text();
}

test("npm start serves the seeded hub on the embedded database and keeps its data across restarts", async () => {
  test.setTimeout(300_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-start-"));
  try {
    const first = startApp(dataDir);
    const html = await hubHtml(first);
    expect(html).toContain("Short Breaks for Disabled Children: draft strategy 2018 to 2022");
    expect(html).toContain("Adult Short Breaks: draft strategy 2018 to 2022");
    expect(first.output()).toContain("Seeded the empty embedded database");
    expect(await stopApp(first)).toBe(0);
    // A clean stop shuts the database down and releases the data folder for the next start.
    expect(first.output()).toContain("The embedded database was shut down cleanly.");
    expect(fs.existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);

    const second = startApp(dataDir);
    const again = await hubHtml(second);
    expect(again).toContain("Short Breaks for Disabled Children: draft strategy 2018 to 2022");
    expect(second.output()).not.toContain("Seeded");
    expect(await stopApp(second)).toBe(0);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
