// /api/health answers 200 with the database reachable and 503 without it.
import { afterEach, describe, expect, it, vi } from "vitest";

const realUrl = process.env.DATABASE_URL;

afterEach(() => {
  process.env.DATABASE_URL = realUrl;
  vi.resetModules();
  delete (globalThis as { hysDb?: unknown }).hysDb;
});

async function callHealth() {
  vi.resetModules();
  delete (globalThis as { hysDb?: unknown }).hysDb;
  const { GET } = await import("@/app/api/health/route");
  return GET();
}

describe("GET /api/health", () => {
  it("answers 200 when the database is reachable", async () => {
    const response = await callHealth();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
  });

  it("answers 503 when the database is not reachable, without leaking details", async () => {
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
    const response = await callHealth();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: { ok: false } });
  });
});

describe("GET /api/ready (issue #19)", () => {
  async function callReady() {
    vi.resetModules();
    delete (globalThis as { hysDb?: unknown }).hysDb;
    const { GET } = await import("@/app/api/ready/route");
    return GET();
  }

  it("answers 200 with the database reachable and no Redis configured", async () => {
    const response = await callReady();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ready",
      ready: true,
      database: true,
      redis: "not configured",
      draining: false,
    });
  });

  it("answers 503 once the instance is shutting down", async () => {
    (globalThis as { hysDraining?: boolean }).hysDraining = true;
    try {
      const response = await callReady();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ready: false, draining: true });
    } finally {
      delete (globalThis as { hysDraining?: boolean }).hysDraining;
    }
  });

  it("answers 503 when the database does not answer", async () => {
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nowhere";
    const response = await callReady();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ready: false, database: false });
  });
});
