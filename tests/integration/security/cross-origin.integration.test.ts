// Issue #15 item 8: every staff route handler (state-changing or serving personal data) refuses
// a request from another website with 403, before it reads or changes anything, even for a
// signed-in administrator; a request from our own pages still works (the authorisation table).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import path from "node:path";
import { ROUTES, type TableContext } from "../auth/endpoint-table";
import { openWorld, type World } from "../auth/world";
import { signInAdministrator } from "./admin-cookie";

const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", async () => (await import("./admin-cookie")).headersMock(request));

const ROOT = path.resolve(import.meta.dirname, "../../..");
let world: World;
let ctx: TableContext;
let counter = 0;

beforeAll(async () => {
  world = await openWorld("cross-origin");
  await signInAdministrator(world, request);
  ctx = {
    world,
    target: (role, active = true) => world.makeStaff(role, { active }),
    unique: () => `${Date.now().toString(36)}-x${++counter}`,
  };
});

afterAll(async () => world?.close());

const staffRoutes = Object.entries(ROUTES).filter(
  ([key, entry]) => entry.access !== "public" && key.startsWith("app/(staff)"),
);

describe.each(staffRoutes)("%s", (key, entry) => {
  if (entry.access === "public") return;
  const call = async (headers: Record<string, string>) => {
    const [file, method] = key.split("#");
    const handler = (await import(/* @vite-ignore */ path.join(ROOT, file)))[method] as (
      request: Request,
      context: unknown,
    ) => Promise<Response>;
    const init = entry.init ? await entry.init(ctx) : {};
    const merged = new Headers(init.headers);
    for (const [name, value] of Object.entries(headers)) merged.set(name, value);
    return handler(new Request(await entry.url(ctx), { method, ...init, headers: merged }), {
      params: Promise.resolve({}),
    });
  };

  it("refuses a post or fetch from another website with 403, changing and recording nothing", async () => {
    const before = await world.auditCount();
    const response = await call({ origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/another website/);
    expect(await world.auditCount()).toBe(before);
  });

  it("refuses a link followed from another website", async () => {
    expect((await call({ "sec-fetch-site": "cross-site" })).status).toBe(403);
  });
});
