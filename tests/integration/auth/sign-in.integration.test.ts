// The emailed-link journey through next-auth itself (its Pages-style handler, which needs no
// Next.js request scope): neutral answers for unknown addresses, single-use and expiring
// links, refused tampering, and one audit event per sign-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { followSignInLink, sessionCookieOf, signInLinkFor } from "./follow-sign-in-link";
import { openWorld, type World } from "./world";

let world: World;
let requestSignInLink: typeof import("@/lib/services/staff/request-sign-in-link").requestSignInLink;
let ZSignInRequestSchema: typeof import("@/lib/validation/auth").ZSignInRequestSchema;
let ipCounter = 0;

beforeAll(async () => {
  world = await openWorld("signin");
  requestSignInLink = (await import("@/lib/services/staff/request-sign-in-link")).requestSignInLink;
  ZSignInRequestSchema = (await import("@/lib/validation/auth")).ZSignInRequestSchema;
});

afterAll(async () => world?.close());

const ask = (email: string) =>
  requestSignInLink(ZSignInRequestSchema.parse({ email }), { ip: `203.0.113.${++ipCounter}` });

const linkFor = (email: string) => signInLinkFor(world.mail(), email);
const follow = followSignInLink;

describe("asking for a sign-in link", () => {
  it("emails an active member a single-use link, storing only the token's hash", async () => {
    const officer = await world.makeStaff("OFFICER");
    await ask(officer.email.toUpperCase());
    const link = linkFor(officer.email);
    const token = new URL(link).searchParams.get("token")!;
    expect(new URL(link).searchParams.get("callbackUrl")).toBe("http://hys.test/staff");
    const rows = await world.db.verificationToken.findMany({ where: { identifier: officer.email } });
    expect(rows).toHaveLength(1);
    expect(rows[0].token).not.toBe(token);
    expect(rows[0].expires.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(rows[0].expires.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
  });

  it("sends nothing to unknown or deactivated addresses, and answers the same", async () => {
    const gone = await world.makeStaff("OFFICER", { active: false });
    const sent = world.mail().length;
    await expect(ask("stranger@example.com")).resolves.toBeUndefined();
    await expect(ask(gone.email)).resolves.toBeUndefined();
    expect(world.mail().length).toBe(sent);
    expect(
      await world.db.verificationToken.count({ where: { identifier: { in: ["stranger@example.com", gone.email] } } }),
    ).toBe(0);
  });

  it("limits requests per address", async () => {
    const analyst = await world.makeStaff("ANALYST");
    for (let i = 0; i < 5; i++) await ask(analyst.email);
    await expect(ask(analyst.email)).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("following a sign-in link", () => {
  let officer: StaffPrincipal;
  let link: string;

  beforeAll(async () => {
    officer = await world.makeStaff("OFFICER");
    await ask(officer.email);
    link = linkFor(officer.email);
  });

  it("signs in once: a secure-by-default session cookie, a session row and one audit event", async () => {
    const outcome = await follow(link);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("http://hys.test/staff");
    const cookie = sessionCookieOf(outcome);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    // Served over http in this test, so not Secure (it is whenever APP_URL is https).
    expect(cookie).not.toMatch(/Secure/);
    expect(await world.db.session.count({ where: { userId: officer.id } })).toBe(1);
    expect((await world.db.user.findUniqueOrThrow({ where: { id: officer.id } })).emailVerified).not.toBeNull();
    expect(await world.auditCount({ action: "auth.signIn", actorId: officer.id })).toBe(1);
  });

  it("refuses the same link a second time, changing nothing", async () => {
    const events = await world.auditCount();
    const outcome = await follow(link);
    expect(outcome.location).toBe("/sign-in/problem?error=Verification");
    expect(sessionCookieOf(outcome)).toBeUndefined();
    expect(await world.db.session.count({ where: { userId: officer.id } })).toBe(1);
    expect(await world.auditCount()).toBe(events);
  });

  it("refuses a tampered token and an expired link", async () => {
    const analyst = await world.makeStaff("ANALYST");
    await ask(analyst.email);
    const good = linkFor(analyst.email);
    const tampered = new URL(good);
    const token = tampered.searchParams.get("token")!;
    tampered.searchParams.set("token", `${token.slice(0, -1)}${token.endsWith("0") ? "1" : "0"}`);
    expect((await follow(tampered.toString())).location).toBe("/sign-in/problem?error=Verification");
    const otherAddress = new URL(good);
    otherAddress.searchParams.set("email", "admin@council.example");
    expect((await follow(otherAddress.toString())).location).toBe("/sign-in/problem?error=Verification");

    const expiring = await world.makeStaff("ANALYST");
    await ask(expiring.email);
    await world.db.verificationToken.updateMany({
      where: { identifier: expiring.email },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect((await follow(linkFor(expiring.email))).location).toBe("/sign-in/problem?error=Verification");
    expect(await world.db.session.count({ where: { userId: { in: [analyst.id, expiring.id] } } })).toBe(0);
    expect(await world.auditCount({ action: "auth.signIn", actorId: { in: [analyst.id, expiring.id] } })).toBe(0);
  });

  it("refuses a link whose account was deactivated after it was sent", async () => {
    const leaver = await world.makeStaff("OFFICER");
    await ask(leaver.email);
    await world.db.user.update({ where: { id: leaver.id }, data: { active: false } });
    const outcome = await follow(linkFor(leaver.email));
    expect(outcome.location).toBe("/sign-in/problem?error=AccessDenied");
    expect(await world.db.session.count({ where: { userId: leaver.id } })).toBe(0);
  });

  it("never creates an account for an address nobody invited", async () => {
    const { makeSignInLink } = await import("@/lib/auth/sign-in-link");
    // A genuine, stored token for an address with no account (as if the row were planted).
    const forged = makeSignInLink("intruder@example.com", "/staff");
    await world.db.verificationToken.create({
      data: { identifier: "intruder@example.com", token: forged.hashedToken, expires: forged.expires },
    });
    const outcome = await follow(forged.url);
    expect(outcome.location).toBe("/sign-in/problem?error=AccessDenied");
    expect(await world.db.user.count({ where: { email: "intruder@example.com" } })).toBe(0);
  });
});

describe("next-auth's own link request endpoint", () => {
  it("is turned away, so every request goes through validation and rate limits", async () => {
    const { POST } = await import("@/app/api/auth/[...nextauth]/route");
    const { NextRequest } = await import("next/server");
    const request = new NextRequest("http://hys.test/api/auth/signin/email", {
      method: "POST",
      body: new URLSearchParams({ email: "a@b.c" }),
    });
    const response = await POST(request, { params: Promise.resolve({ nextauth: ["signin", "email"] }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://hys.test/sign-in");
    expect(world.mail().some((m) => m.to.includes("a@b.c"))).toBe(false);
  });
});
