// The audit service every issue uses, the admin page's query (filters, London dates,
// pagination) and the CSV download, against a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { openWorld, type World } from "./world";

let world: World;
let audit: typeof import("@/lib/audit/record-audit-event") &
  typeof import("@/lib/services/audit/list-audit-events") &
  typeof import("@/lib/services/audit/export-audit-events");
let ZAuditFilterSchema: typeof import("@/lib/validation/staff").ZAuditFilterSchema;
let auditFilterInput: typeof import("@/lib/validation/staff").auditFilterInput;
let admin: StaffPrincipal;
let officer: StaffPrincipal;

const filter = (query: Record<string, string> = {}) => ZAuditFilterSchema.parse(auditFilterInput(query));

beforeAll(async () => {
  world = await openWorld("audit");
  audit = {
    ...(await import("@/lib/audit/record-audit-event")),
    ...(await import("@/lib/services/audit/list-audit-events")),
    ...(await import("@/lib/services/audit/export-audit-events")),
  };
  ({ ZAuditFilterSchema, auditFilterInput } = await import("@/lib/validation/staff"));
  admin = await world.makeStaff("ADMIN");
  officer = await world.makeStaff("OFFICER");
  // 30 sign-ins by the officer on 1 July 2026 (London), one publish on 2 July just after midnight London time.
  for (let i = 0; i < 30; i++) {
    await audit.recordAuditEvent(world.db, {
      actor: officer,
      action: "auth.signIn",
      targetType: "User",
      targetId: officer.id,
    });
  }
  await world.db.auditEvent.updateMany({ data: { createdAt: new Date("2026-07-01T10:00:00Z") } });
  await audit.recordAuditEvent(world.db, {
    actor: officer,
    action: "consultation.publish",
    targetType: "Consultation",
    targetId: "c1",
    detail: "Published =cmd",
  });
  await world.db.auditEvent.updateMany({
    where: { action: "consultation.publish" },
    data: { createdAt: new Date("2026-07-01T23:30:00Z") },
  });
  await audit.recordAuditEvent(world.db, {
    actor: { system: "retention job" },
    action: "record.delete",
    targetType: "Response",
    targetId: "r1",
  });
});

afterAll(async () => world?.close());

describe("recordAuditEvent", () => {
  it("commits or rolls back with the change it records", async () => {
    const before = await world.auditCount();
    await expect(
      world.db.$transaction(async (tx) => {
        await audit.recordAuditEvent(tx, { actor: admin, action: "staff.invite" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await world.auditCount()).toBe(before);
  });

  it("labels system events and keeps details short", async () => {
    expect(await world.db.auditEvent.findFirst({ where: { action: "record.delete" } })).toMatchObject({
      actorId: null,
      actorLabel: "retention job",
    });
    await audit.recordAuditEvent(world.db, { actor: admin, action: "access.refused", detail: "x".repeat(2000) });
    expect((await world.db.auditEvent.findFirstOrThrow({ where: { action: "access.refused" } })).detail).toHaveLength(
      500,
    );
  });
});

describe("listAuditEvents", () => {
  it("pages newest first, 25 at a time", async () => {
    const first = await audit.listAuditEvents(admin, filter({ person: officer.id }));
    expect(first).toMatchObject({ total: 31, page: 1, pageCount: 2 });
    expect(first.events).toHaveLength(25);
    expect(first.events[0]).toMatchObject({
      actionLabel: "Published a consultation",
      actorName: officer.name,
      targetLabel: "c1",
    });
    const second = await audit.listAuditEvents(admin, filter({ person: officer.id, page: "2" }));
    expect(second.events).toHaveLength(6);
    expect(new Set([...first.events, ...second.events].map((e) => e.id)).size).toBe(31);
    expect((await audit.listAuditEvents(admin, filter({ person: officer.id, page: "99" }))).page).toBe(2);
  });

  it("filters by action and by London calendar day", async () => {
    expect((await audit.listAuditEvents(admin, filter({ action: "consultation.publish" }))).total).toBe(1);
    const firstJuly = {
      "from-day": "1",
      "from-month": "7",
      "from-year": "2026",
      "to-day": "1",
      "to-month": "7",
      "to-year": "2026",
    };
    const onFirst = await audit.listAuditEvents(admin, filter(firstJuly));
    // 23:30 UTC on 1 July is 00:30 on 2 July in London, so the publish is not on the 1st.
    expect(onFirst.total).toBe(30);
    const second = { "from-day": "2", "from-month": "7", "from-year": "2026" };
    expect((await audit.listAuditEvents(admin, filter({ ...second, action: "consultation.publish" }))).total).toBe(1);
  });

  it("shows staff targets by email", async () => {
    const page = await audit.listAuditEvents(admin, filter({ action: "auth.signIn" }));
    expect(page.events[0].targetLabel).toBe(officer.email);
  });

  it("is for admins only", async () => {
    await expect(audit.listAuditEvents(officer, filter())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("exportAuditEvents", () => {
  it("writes the filtered events as CSV and records the download", async () => {
    const before = await world.auditCount({ action: "export.download" });
    const csv = await audit.exportAuditEvents(admin, filter({ action: "consultation.publish" }));
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("created_at,actor_email,action,target_type,target_id,detail");
    expect(lines[1]).toBe(
      `2026-07-01T23:30:00.000Z,${officer.email},consultation.publish,Consultation,c1,Published =cmd`,
    );
    expect(lines).toHaveLength(2);
    expect(await world.auditCount({ action: "export.download", actorId: admin.id })).toBe(before + 1);
  });
});
