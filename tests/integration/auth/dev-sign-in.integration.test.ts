// The development sign-in shortcut works outside production and is refused in production.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setEnvForTests } from "@/lib/env";
import { openWorld, type World } from "./world";

let world: World;
let restoreEnv = () => {};

beforeAll(async () => {
  world = await openWorld("devsignin");
});

afterAll(async () => {
  restoreEnv();
  await world?.close();
});

describe("dev sign-in shortcut", () => {
  it("starts a session for an active account outside production, with one audit event", async () => {
    const { devSignIn } = await import("@/lib/services/auth/dev-sign-in");
    const analyst = await world.makeStaff("ANALYST");
    const session = await devSignIn(analyst.email.toUpperCase());
    expect(session?.sessionToken).toMatch(/^[0-9a-f]{64}$/);
    expect(await world.auditCount({ action: "auth.signIn", actorId: analyst.id })).toBe(1);
    const gone = await world.makeStaff("OFFICER", { active: false });
    expect(await devSignIn(gone.email)).toBeNull();
    expect(await devSignIn("nobody@example.com")).toBeNull();
  });

  it("is refused when NODE_ENV is production, whoever asks", async () => {
    const admin = await world.makeStaff("ADMIN");
    restoreEnv = setEnvForTests({ NODE_ENV: "production", NEXTAUTH_SECRET: "a-production-secret-for-this-test" });
    const { vi } = await import("vitest");
    vi.resetModules();
    const { devSignIn, isDevSignInAvailable } = await import("@/lib/services/auth/dev-sign-in");
    expect(isDevSignInAvailable()).toBe(false);
    expect(await devSignIn(admin.email)).toBeNull();
    const { GET } = await import("@/app/api/auth/dev-sign-in/route");
    const { NextRequest } = await import("next/server");
    const response = await GET(new NextRequest(`http://hys.test/api/auth/dev-sign-in?email=${admin.email}`));
    expect(response.status).toBe(404);
    expect(await world.db.session.count({ where: { userId: admin.id } })).toBe(0);
  });
});
