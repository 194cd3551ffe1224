import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  vi.resetModules();
});

async function clock(env: Record<string, string>) {
  Object.assign(process.env, env);
  vi.resetModules();
  return (await import("./clock")).now;
}

describe("now()", () => {
  it("is the real time by default", async () => {
    const now = await clock({});
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it("is fixed by HYS_NOW", async () => {
    const now = await clock({ HYS_NOW: "2018-07-01T09:00:00+01:00" });
    expect(now().toISOString()).toBe("2018-07-01T08:00:00.000Z");
  });

  it("follows the test clock file while it exists, and the real clock when it does not", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hys-clock-")), "clock");
    const now = await clock({ HYS_TEST_CLOCK_FILE: file });
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
    fs.writeFileSync(file, "2030-01-02T03:04:05.000Z");
    expect(now().toISOString()).toBe("2030-01-02T03:04:05.000Z");
    fs.writeFileSync(file, "2031-01-02T03:04:05.000Z");
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(now().toISOString()).toBe("2031-01-02T03:04:05.000Z");
    fs.rmSync(file);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
