// Staff sign-in through the council's OpenID Connect provider (issue #20), against a real
// provider (oidc-provider, in-process, over HTTP) and next-auth's own handler: invited staff
// bound to their subject, the role claim creating, re-roling and deactivating accounts, the
// last-admin rule, refused tokens (issuer, audience, expiry), replayed state, and
// STAFF_SIGN_IN switching emailed links off. No part of next-auth or HTTP is mocked.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startTestOidcProvider, type TestOidcProvider } from "../../support/oidc-test-provider";
import { returnToApp, sessionCookieIn, signInThroughProvider, tripToProvider } from "./oidc-browser";
import { openWorld, type World } from "./world";

const TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";
const ROLE_MAP = "g-admins=ADMIN,g-officers=OFFICER,g-analysts=ANALYST";

let world: World;
let provider: TestOidcProvider;
let restoreEnv: () => void;
let people = 0;
// openWorld resets modules; the code under test reads the fresh lib/env, so settings go through it.
let setEnvForTests: typeof import("@/lib/env").setEnvForTests;

beforeAll(async () => {
  world = await openWorld("oidc");
  ({ setEnvForTests } = await import("@/lib/env"));
  provider = await startTestOidcProvider({ appUrl: "http://hys.test" });
  restoreEnv = setEnvForTests({
    STAFF_SIGN_IN: "both",
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_ROLE_CLAIM: undefined,
    OIDC_ROLE_MAP: undefined,
  });
});

afterAll(async () => {
  restoreEnv?.();
  await provider?.close();
  await world?.close();
});

beforeEach(() => provider.tamper(null));

/** A person at the provider, Entra-style: tenant and object ids, and an email. */
function person(claims: { email?: string; preferred_username?: string; groups?: string[] } = {}): {
  login: string;
  email: string;
  subject: string;
} {
  people += 1;
  const login = `person-${people}`;
  const oid = `00000000-0000-4000-8000-${String(people).padStart(12, "0")}`;
  const email = claims.email ?? `${login}@council.example`;
  provider.people.set(login, {
    tid: TENANT,
    oid,
    name: `Person ${people}`,
    ...claims,
    email: claims.email ?? (claims.preferred_username ? undefined : email),
  });
  return { login, email, subject: `${TENANT}:${oid}` };
}

const sessionsOf = (userId: string) => world.db.session.count({ where: { userId } });
const refusals = () => world.auditCount({ action: "auth.signInRefused" });

describe("invited staff only (no role claim)", () => {
  it("signs in an invited officer, binding the account to tid+oid, with one sign-in event naming the method", async () => {
    const someone = person();
    const officer = await world.makeStaff("OFFICER", { email: someone.email });
    const answer = await signInThroughProvider(someone.login);
    expect(answer.location).toBe("http://hys.test/staff");
    expect(sessionCookieIn(answer)).toMatch(/HttpOnly/);
    expect(await sessionsOf(officer.id)).toBe(1);
    const binding = await world.db.account.findMany({ where: { userId: officer.id } });
    expect(binding.map((a) => [a.provider, a.providerAccountId])).toEqual([["oidc", someone.subject]]);
    const events = await world.db.auditEvent.findMany({
      where: { actorId: officer.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action).sort()).toEqual(["auth.identityLinked", "auth.signIn"]);
    expect(events.find((e) => e.action === "auth.signIn")?.detail).toBe(
      "Signed in through the identity provider (OpenID Connect)",
    );

    // Bound: the subject decides, even if the provider's email changes later.
    provider.people.set(someone.login, { ...provider.people.get(someone.login), email: "renamed@council.example" });
    expect((await signInThroughProvider(someone.login)).location).toBe("http://hys.test/staff");
    expect(await sessionsOf(officer.id)).toBe(2);
  });

  it("falls back to preferred_username when the token has no email", async () => {
    const someone = person({ preferred_username: `upn-${Date.now()}@council.example` });
    const analyst = await world.makeStaff("ANALYST", { email: provider.people.get(someone.login)!.preferred_username });
    expect((await signInThroughProvider(someone.login)).location).toBe("http://hys.test/staff");
    expect(await sessionsOf(analyst.id)).toBe(1);
  });

  it("refuses someone nobody invited with the neutral page and an audit event, creating nothing", async () => {
    const stranger = person();
    const before = await refusals();
    const answer = await signInThroughProvider(stranger.login);
    expect(answer.location).toBe("/sign-in/problem?error=AccessDenied");
    expect(sessionCookieIn(answer)).toBeUndefined();
    expect(await world.db.user.count({ where: { email: stranger.email } })).toBe(0);
    expect(await world.db.account.count({ where: { providerAccountId: stranger.subject } })).toBe(0);
    expect(await refusals()).toBe(before + 1);
  });

  it("refuses a deactivated account even though the provider signed the person in", async () => {
    const leaver = person();
    const account = await world.makeStaff("OFFICER", { email: leaver.email, active: false });
    const answer = await signInThroughProvider(leaver.login);
    expect(answer.location).toBe("/sign-in/problem?error=AccessDenied");
    expect(await sessionsOf(account.id)).toBe(0);
    expect(await world.auditCount({ action: "auth.signInRefused", actorId: account.id })).toBe(1);
  });

  it("ignores groups when no role claim is configured", async () => {
    const grouped = person({ groups: ["g-admins"] });
    expect((await signInThroughProvider(grouped.login)).location).toBe("/sign-in/problem?error=AccessDenied");
    expect(await world.db.user.count({ where: { email: grouped.email } })).toBe(0);
  });
});

describe("roles from the groups claim (OIDC_ROLE_CLAIM, OIDC_ROLE_MAP)", () => {
  let restore: () => void;
  beforeAll(() => {
    restore = setEnvForTests({ OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: ROLE_MAP });
  });
  afterAll(() => restore());

  it("creates an officer from a group mapped to OFFICER, moves the role with the group, and deactivates when no group remains", async () => {
    const someone = person({ groups: ["g-unrelated", "g-officers"] });
    const first = await signInThroughProvider(someone.login);
    expect(first.location).toBe("http://hys.test/staff");
    const created = await world.db.user.findUniqueOrThrow({ where: { email: someone.email } });
    expect([created.role, created.active]).toEqual(["OFFICER", true]);
    expect(await world.auditCount({ action: "staff.createFromClaim", targetId: created.id })).toBe(1);
    expect(await world.auditCount({ action: "auth.signIn", actorId: created.id })).toBe(1);

    provider.people.set(someone.login, { ...provider.people.get(someone.login), groups: ["g-analysts"] });
    expect((await signInThroughProvider(someone.login)).location).toBe("http://hys.test/staff");
    expect((await world.db.user.findUniqueOrThrow({ where: { id: created.id } })).role).toBe("ANALYST");
    expect(await world.auditCount({ action: "staff.roleChangeFromClaim", targetId: created.id })).toBe(1);

    provider.people.set(someone.login, { ...provider.people.get(someone.login), groups: ["g-unrelated"] });
    const last = await signInThroughProvider(someone.login);
    expect(last.location).toBe("/sign-in/problem?error=AccessDenied");
    const after = await world.db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(after.active).toBe(false);
    // Deactivation ends the sessions the earlier sign-ins started.
    expect(await sessionsOf(created.id)).toBe(0);
    expect(await world.auditCount({ action: "staff.deactivateFromClaim", targetId: created.id })).toBe(1);
    expect(await world.auditCount({ action: "auth.signInRefused", actorId: created.id })).toBe(1);

    // Back in a group, a deactivated account stays refused until an administrator reactivates it.
    provider.people.set(someone.login, { ...provider.people.get(someone.login), groups: ["g-officers"] });
    expect((await signInThroughProvider(someone.login)).location).toBe("/sign-in/problem?error=AccessDenied");
  });

  it("refuses someone whose groups map to no role, creating nothing", async () => {
    const outsider = person({ groups: ["g-unrelated"] });
    expect((await signInThroughProvider(outsider.login)).location).toBe("/sign-in/problem?error=AccessDenied");
    expect(await world.db.user.count({ where: { email: outsider.email } })).toBe(0);
  });

  it("keeps the only active administrator: not demoted, not deactivated", async () => {
    expect(await world.db.user.count({ where: { role: "ADMIN", active: true } })).toBe(0);
    const boss = person({ groups: ["g-admins"] });
    expect((await signInThroughProvider(boss.login)).location).toBe("http://hys.test/staff");
    const admin = await world.db.user.findUniqueOrThrow({ where: { email: boss.email } });
    expect(admin.role).toBe("ADMIN");

    provider.people.set(boss.login, { ...provider.people.get(boss.login), groups: ["g-officers"] });
    expect((await signInThroughProvider(boss.login)).location).toBe("http://hys.test/staff");
    expect((await world.db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
    const kept = await world.db.auditEvent.findFirstOrThrow({
      where: { action: "staff.roleChangeFromClaim", targetId: admin.id },
    });
    expect(kept.detail).toMatch(/kept as Administrator/);

    provider.people.set(boss.login, { ...provider.people.get(boss.login), groups: [] });
    expect((await signInThroughProvider(boss.login)).location).toBe("/sign-in/problem?error=AccessDenied");
    expect(await world.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "ADMIN",
      active: true,
    });
    expect(await world.auditCount({ action: "staff.deactivateFromClaim", targetId: admin.id })).toBe(0);
  });
});

describe("the provider's answer is checked", () => {
  it.each([
    ["a wrong audience", { aud: "some-other-app" }],
    ["a wrong issuer", { iss: "https://login.example.net/another-tenant/v2.0" }],
    ["an expired token", { exp: Math.floor(Date.now() / 1000) - 3600 }],
  ])("refuses %s, signed with the provider's own key, and records it", async (_label, claims) => {
    const someone = person();
    const officer = await world.makeStaff("OFFICER", { email: someone.email });
    const before = await refusals();
    provider.tamper(claims);
    const answer = await signInThroughProvider(someone.login);
    expect(answer.location).toMatch(/error=OAuthCallback/);
    expect(sessionCookieIn(answer)).toBeUndefined();
    expect(await sessionsOf(officer.id)).toBe(0);
    expect(await world.db.account.count({ where: { userId: officer.id } })).toBe(0);
    // next-auth reports the failure to its logger, which records it without holding up the answer.
    await vi.waitFor(async () => expect(await refusals()).toBe(before + 1));
  });

  it("refuses a replayed callback (state already used) and one carrying another sign-in's state", async () => {
    const someone = person();
    const officer = await world.makeStaff("OFFICER", { email: someone.email });
    const trip = await tripToProvider(someone.login);
    const first = await returnToApp(trip);
    expect(first.location).toBe("http://hys.test/staff");

    // The browser after the first callback: next-auth cleared the state, PKCE and nonce cookies.
    const afterwards = {
      ...trip.appCookies,
      ...Object.fromEntries(first.setCookies.map((c) => c.split(";", 1)[0].split("=")).map(([k, v]) => [k, v])),
    };
    for (const [name, value] of Object.entries(afterwards)) if (!value) delete afterwards[name];
    expect((await returnToApp(trip, afterwards)).location).toMatch(/error=OAuthCallback/);
    // Even with the original cookies (stolen along with the URL), the code and state are spent.
    expect((await returnToApp(trip)).location).toMatch(/error=OAuthCallback/);

    // Login CSRF: a code and state from one sign-in, brought back in a browser that started another.
    const other = await tripToProvider(someone.login);
    expect(
      (await returnToApp({ callback: other.callback, appCookies: (await tripToProvider(someone.login)).appCookies }))
        .location,
    ).toMatch(/error=OAuthCallback/);
    expect(await sessionsOf(officer.id)).toBe(1);
  });
});

describe("STAFF_SIGN_IN", () => {
  it("with oidc alone, refuses link requests and links issued before the switch", async () => {
    const officer = await world.makeStaff("OFFICER");
    const { makeSignInLink } = await import("@/lib/auth/sign-in-link");
    const link = makeSignInLink(officer.email, "/staff");
    await world.db.verificationToken.create({
      data: { identifier: officer.email, token: link.hashedToken, expires: link.expires },
    });
    const restore = setEnvForTests({ STAFF_SIGN_IN: "oidc" });
    try {
      const { requestSignInLink } = await import("@/lib/services/staff/request-sign-in-link");
      await expect(
        requestSignInLink({ email: officer.email, callbackUrl: "/staff" }, { ip: "198.51.100.20" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      const { callNextAuth } = await import("@/lib/auth/next-auth-call");
      const { authOptions } = await import("@/lib/services/auth/next-auth-options");
      const url = new URL(link.url);
      const answer = await callNextAuth(authOptions(), {
        method: "GET",
        action: ["callback", "email"],
        query: Object.fromEntries(url.searchParams),
        host: "hys.test",
      });
      expect(answer.status).toBe(400);
      expect(sessionCookieIn(answer)).toBeUndefined();
      expect(await sessionsOf(officer.id)).toBe(0);
      // The provider still works.
      const someone = person();
      await world.makeStaff("ANALYST", { email: someone.email });
      expect((await signInThroughProvider(someone.login)).location).toBe("http://hys.test/staff");
    } finally {
      restore();
    }
  });

  it("with email alone, the identity-provider start answers 404", async () => {
    const restore = setEnvForTests({ STAFF_SIGN_IN: "email" });
    try {
      const { POST } = await import("@/app/(auth)/sign-in/oidc/route");
      const { NextRequest } = await import("next/server");
      const response = await POST(
        new NextRequest("http://hys.test/sign-in/oidc", {
          method: "POST",
          body: new URLSearchParams({ callbackUrl: "/staff" }),
        }),
      );
      expect(response.status).toBe(404);
    } finally {
      restore();
    }
  });

  it("turns away a start posted from another site", async () => {
    const { POST } = await import("@/app/(auth)/sign-in/oidc/route");
    const { NextRequest } = await import("next/server");
    const foreign = new NextRequest("http://hys.test/sign-in/oidc", {
      method: "POST",
      headers: { origin: "https://attacker.example" },
      body: new URLSearchParams(),
    });
    expect((await POST(foreign)).status).toBe(403);
    const own = await POST(
      new NextRequest("http://hys.test/sign-in/oidc", {
        method: "POST",
        headers: { origin: "http://hys.test" },
        body: new URLSearchParams({ callbackUrl: "/staff/consultations" }),
      }),
    );
    expect(own.status).toBe(303);
    expect(own.headers.get("location")).toMatch(new RegExp(`^${provider.issuer}/auth\\?`));
    expect(own.headers.getSetCookie().some((c) => c.startsWith("next-auth.state="))).toBe(true);
  });
});
