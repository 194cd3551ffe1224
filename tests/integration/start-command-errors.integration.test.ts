// A wrong DATABASE_URL, or a port already in use, gives one plain-English line naming the
// setting to fix, and no stack trace.
import { spawnSync } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = result.stderr.split("\n").filter((l) => l.trim() && !l.includes("nodedir"));
  return { status: result.status, lines };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

describe("npm start refuses bad settings plainly", () => {
  it("names DATABASE_URL when nothing listens there", async () => {
    const { status, lines } = start({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/app",
      PORT: String(await freePort()),
    });
    expect(status).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/^Error: Cannot connect to the database at 127\.0\.0\.1:1\/app .*Check DATABASE_URL/),
    ]);
  });

  it("names DATABASE_URL when it is not a PostgreSQL URL", async () => {
    const { status, lines } = start({ DATABASE_URL: "mysql://localhost/app", PORT: String(await freePort()) });
    expect(status).toBe(1);
    expect(lines).toEqual(["Error: Check your settings: DATABASE_URL must start with postgres:// or postgresql://"]);
  });

  it("names PORT when the port is taken", async () => {
    const server = net.createServer().listen(0);
    await new Promise((r) => server.once("listening", r));
    const { port } = server.address() as net.AddressInfo;
    try {
      const { status, lines } = start({ PORT: String(port) });
      expect(status).toBe(1);
      expect(lines).toEqual([
        `Error: Port ${port} is already in use. Stop the other program, or set PORT to a free port, e.g. PORT=${port + 1} npm start.`,
      ]);
    } finally {
      server.close();
    }
  });
});
