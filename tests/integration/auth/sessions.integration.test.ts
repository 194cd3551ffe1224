// Database sessions: hashed at rest, idle expiry, renewal at most once per updateAge,
// and sign-out ending the session on the server.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWorld, type World } from "./world";

let world: World;
let store: typeof import("@/lib/auth/session-store");
let config: typeof import("@/lib/auth/config");
let signOut: typeof import("@/lib/services/staff/sign-out-staff").signOutStaff;

beforeAll(async () => {
  world = await openWorld("sessions");
  store = await import("@/lib/auth/session-store");
  config = await import("@/lib/auth/config");
  signOut = (await import("@/lib/services/staff/sign-out-staff")).signOutStaff;
});

afterAll(async () => world?.close());

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

describe("staff sessions", () => {
  it("defaults to a 12-hour idle expiry", () => {
    expect(config.sessionTimes()).toEqual({ maxAgeSeconds: 12 * 3600, updateAgeSeconds: 15 * 60 });
  });

  it("finds the staff member for a live token, and stores only the token's hash", async () => {
    const officer = await world.makeStaff("OFFICER");
    const { sessionToken, expires } = await store.createSessionFor(officer.id);
    expect(expires.getTime()).toBeGreaterThan(Date.now() + 11.9 * 3600_000);
    expect(await world.db.session.count({ where: { sessionToken } })).toBe(0);
    expect(await world.db.session.count({ where: { sessionToken: hash(sessionToken) } })).toBe(1);
    expect((await store.findLiveSession(sessionToken))?.staff).toEqual({
      id: officer.id,
      email: officer.email,
      name: officer.name,
      role: "OFFICER",
    });
    expect(await store.findLiveSession("not-a-token")).toBeNull();
    // The stored hash is not itself a token.
    expect(await store.findLiveSession(hash(sessionToken))).toBeNull();
  });

  it("ends a session idle for longer than the limit and deletes it", async () => {
    const analyst = await world.makeStaff("ANALYST");
    const { sessionToken } = await store.createSessionFor(analyst.id);
    await world.db.session.update({
      where: { sessionToken: hash(sessionToken) },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect(await store.findLiveSession(sessionToken)).toBeNull();
    expect(await world.db.session.count({ where: { userId: analyst.id } })).toBe(0);
  });

  it("moves the expiry on when used, but writes at most once per update interval", async () => {
    const officer = await world.makeStaff("OFFICER");
    const { sessionToken, expires } = await store.createSessionFor(officer.id);
    const fresh = await store.findLiveSession(sessionToken);
    expect(fresh?.expires.getTime()).toBe(expires.getTime());
    // Last renewed 20 minutes ago: due for renewal.
    const stale = new Date(Date.now() + 12 * 3600_000 - 20 * 60_000);
    await world.db.session.update({ where: { sessionToken: hash(sessionToken) }, data: { expires: stale } });
    const renewed = await store.findLiveSession(sessionToken);
    expect(renewed!.expires.getTime()).toBeGreaterThan(stale.getTime() + 19 * 60_000);
    const row = await world.db.session.findUniqueOrThrow({ where: { sessionToken: hash(sessionToken) } });
    expect(row.expires.getTime()).toBe(renewed!.expires.getTime());
  });

  it("signing out deletes the session on the server and records one event", async () => {
    const officer = await world.makeStaff("OFFICER");
    const { sessionToken } = await store.createSessionFor(officer.id);
    await signOut(officer, sessionToken);
    expect(await store.findLiveSession(sessionToken)).toBeNull();
    expect(await world.auditCount({ action: "auth.signOut", actorId: officer.id })).toBe(1);
  });
});
