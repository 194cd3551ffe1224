// Staff administration against a real database: invitations, role changes, deactivation,
// the last-admin rule (also under concurrency), and exactly one audit event per change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { openWorld, type World } from "./world";

let world: World;
let services: {
  inviteStaff: typeof import("@/lib/services/staff/invite-staff").inviteStaff;
  changeStaffRole: typeof import("@/lib/services/staff/change-staff-role").changeStaffRole;
  deactivateStaff: typeof import("@/lib/services/staff/set-staff-active").deactivateStaff;
  reactivateStaff: typeof import("@/lib/services/staff/set-staff-active").reactivateStaff;
  createSessionFor: typeof import("@/lib/auth/session-store").createSessionFor;
  findLiveSession: typeof import("@/lib/auth/session-store").findLiveSession;
};
let admin: StaffPrincipal;

beforeAll(async () => {
  world = await openWorld("staff");
  services = {
    ...(await import("@/lib/services/staff/invite-staff")),
    ...(await import("@/lib/services/staff/change-staff-role")),
    ...(await import("@/lib/services/staff/set-staff-active")),
    ...(await import("@/lib/auth/session-store")),
  };
  admin = await world.makeStaff("ADMIN", { name: "Aisha Admin" });
});

afterAll(async () => world?.close());

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; fieldErrors?: Record<string, string[]>; message: string };
  }
  throw new Error("expected a failure");
}

describe("inviting staff", () => {
  it("creates an active account, records one event and emails the invitation", async () => {
    const before = await world.auditCount();
    const outcome = await services.inviteStaff(admin, {
      name: "Nia New",
      email: "nia.new@council.example",
      role: "OFFICER",
    });
    expect(outcome).toMatchObject({ email: "nia.new@council.example", emailSent: true });
    const user = await world.db.user.findUniqueOrThrow({ where: { id: outcome.id } });
    expect(user).toMatchObject({ role: "OFFICER", active: true, emailVerified: null, name: "Nia New" });
    expect(await world.auditCount()).toBe(before + 1);
    expect(
      await world.db.auditEvent.findFirst({ where: { action: "staff.invite", targetId: outcome.id } }),
    ).toMatchObject({
      actorId: admin.id,
      actorLabel: admin.email,
      targetType: "User",
      detail: "Invited nia.new@council.example as officer",
    });
    const mail = world.mail().find((m) => m.to.includes("nia.new@council.example"));
    expect(mail?.subject).toBe("You have been invited to Have Your Say");
    expect(mail?.text).toContain("http://hys.test/sign-in");
  });

  it("refuses an address that already has an account, changing nothing", async () => {
    const before = await world.auditCount();
    const error = await errorOf(services.inviteStaff(admin, { name: "Again", email: admin.email, role: "ANALYST" }));
    expect(error).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: ["There is already a staff account with this email address"] },
    });
    expect(await world.auditCount()).toBe(before);
  });

  it("is refused to officers and analysts", async () => {
    for (const role of ["OFFICER", "ANALYST"] as const) {
      const caller = await world.makeStaff(role);
      const error = await errorOf(
        services.inviteStaff(caller, { name: "X", email: `x-${role}@council.example`, role: "ADMIN" }),
      );
      expect(error.code).toBe("FORBIDDEN");
    }
    expect(await world.db.user.count({ where: { email: { startsWith: "x-" } } })).toBe(0);
  });
});

describe("changing roles", () => {
  it("takes effect on the person's current session and records one event", async () => {
    const officer = await world.makeStaff("OFFICER");
    const { sessionToken } = await services.createSessionFor(officer.id);
    const before = await world.auditCount();
    await services.changeStaffRole(admin, { userId: officer.id, role: "ANALYST" });
    expect((await services.findLiveSession(sessionToken))?.staff.role).toBe("ANALYST");
    expect(await world.auditCount()).toBe(before + 1);
    const event = await world.db.auditEvent.findFirstOrThrow({
      where: { action: "staff.roleChange", targetId: officer.id },
    });
    expect(event.detail).toBe(`${officer.email}: Officer to Analyst`);
  });

  it("says so when the role is unchanged, without an event", async () => {
    const analyst = await world.makeStaff("ANALYST");
    const before = await world.auditCount();
    const error = await errorOf(services.changeStaffRole(admin, { userId: analyst.id, role: "ANALYST" }));
    expect(error.fieldErrors).toEqual({ role: ["They are already analyst"] });
    expect(await world.auditCount()).toBe(before);
  });
});

describe("deactivating and reactivating", () => {
  it("ends every session at once, and a surviving session row is still refused", async () => {
    const officer = await world.makeStaff("OFFICER");
    const first = await services.createSessionFor(officer.id);
    await services.createSessionFor(officer.id);
    const before = await world.auditCount();
    expect(await services.deactivateStaff(admin, { userId: officer.id })).toEqual({ id: officer.id, sessionsEnded: 2 });
    expect(await world.db.session.count({ where: { userId: officer.id } })).toBe(0);
    expect(await services.findLiveSession(first.sessionToken)).toBeNull();
    expect(await world.auditCount()).toBe(before + 1);
    // A row written by a request that raced the deactivation is still not a way in.
    const late = await services.createSessionFor(officer.id);
    expect(await services.findLiveSession(late.sessionToken)).toBeNull();
    const again = await errorOf(services.deactivateStaff(admin, { userId: officer.id }));
    expect(again).toMatchObject({ code: "CONFLICT", message: "This account is already deactivated." });
    expect(await world.auditCount()).toBe(before + 1);
  });

  it("reactivates with one event", async () => {
    const analyst = await world.makeStaff("ANALYST", { active: false });
    const before = await world.auditCount();
    await services.reactivateStaff(admin, { userId: analyst.id });
    expect((await world.db.user.findUniqueOrThrow({ where: { id: analyst.id } })).active).toBe(true);
    expect(await world.auditCount({ action: "staff.reactivate", targetId: analyst.id })).toBe(1);
    expect(await world.auditCount()).toBe(before + 1);
  });

  it("answers NOT_FOUND for an unknown account", async () => {
    expect((await errorOf(services.deactivateStaff(admin, { userId: "nobody" }))).code).toBe("NOT_FOUND");
  });
});

describe("the last active admin", () => {
  it("cannot be demoted or deactivated, by themselves or anyone", async () => {
    // Make `admin` the only active admin in this database.
    await world.db.user.updateMany({ where: { role: "ADMIN", id: { not: admin.id } }, data: { active: false } });
    const before = await world.auditCount();
    const demote = await errorOf(services.changeStaffRole(admin, { userId: admin.id, role: "OFFICER" }));
    expect(demote).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { role: ["This is the only active administrator. Make someone else an administrator first"] },
    });
    const deactivate = await errorOf(services.deactivateStaff(admin, { userId: admin.id }));
    expect(deactivate).toMatchObject({
      code: "CONFLICT",
      message: "This is the only active administrator. Make someone else an administrator first.",
    });
    expect(await world.db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "ADMIN",
      active: true,
    });
    expect(await world.auditCount()).toBe(before);
  });

  it("can be demoted once there is another, and two admins removing each other at once leave one", async () => {
    const second = await world.makeStaff("ADMIN");
    await services.changeStaffRole(admin, { userId: second.id, role: "OFFICER" });
    await services.changeStaffRole(admin, { userId: second.id, role: "ADMIN" });
    const results = await Promise.allSettled([
      services.deactivateStaff(admin, { userId: second.id }),
      services.deactivateStaff(second, { userId: admin.id }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await world.db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT" });
  });
});
