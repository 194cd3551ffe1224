// The staff response list (issue #8): submitted and withdrawn responses from every channel,
// filtered by channel and by organisation, paged, and only for roles that may read responses.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { listStaffResponses, RESPONSE_PAGE_SIZE } from "@/lib/services/read/staff-response-list";
import { createConsultation } from "../respond/respond-fixtures";

const officer = async (): Promise<StaffPrincipal> => {
  const u = await db().user.create({
    data: { email: `list-${Date.now()}-${Math.random()}@council.example`, name: "Olive Officer", role: "OFFICER" },
  });
  return { id: u.id, email: u.email, name: u.name, role: "OFFICER" };
};
let n = 0;

async function seed(consultationId: string, versionId: string, data: Record<string, unknown>) {
  n += 1;
  return db().response.create({
    data: {
      consultationId,
      versionId,
      format: "STANDARD",
      status: "SUBMITTED",
      reference: `LT-${Date.now().toString(36)}-${n}`,
      submittedAt: new Date(Date.now() - n * 1000),
      ...data,
    },
  });
}

describe("staff response list", () => {
  it("lists submitted and withdrawn responses, never drafts, with who entered them", async () => {
    const f = await createConsultation();
    const staff = await officer();
    await seed(f.consultationId, f.versionId, { channel: "ONLINE" });
    await seed(f.consultationId, f.versionId, {
      channel: "PAPER",
      enteredById: staff.id,
      receivedAt: new Date("2026-01-05T12:00:00Z"),
    });
    await seed(f.consultationId, f.versionId, { channel: "ONLINE", status: "WITHDRAWN", withdrawnAt: new Date() });
    await db().response.create({
      data: { consultationId: f.consultationId, versionId: f.versionId, format: "STANDARD" },
    });
    const page = await listStaffResponses(staff, f.consultationId, { view: "all", page: 1 });
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.status).sort()).toEqual(["SUBMITTED", "SUBMITTED", "WITHDRAWN"]);
    const paper = page.rows.find((r) => r.channel === "PAPER");
    expect(paper?.enteredBy).toBe("Olive Officer");
    expect(paper?.receivedAt?.toISOString()).toBe("2026-01-05T12:00:00.000Z");
  });

  it("filters by channel and by organisation", async () => {
    const f = await createConsultation();
    const staff = await officer();
    await seed(f.consultationId, f.versionId, { channel: "ONLINE" });
    await seed(f.consultationId, f.versionId, { channel: "PHONE", enteredById: staff.id });
    await seed(f.consultationId, f.versionId, {
      channel: "EMAIL",
      organisationName: "Parent Forum",
      enteredById: staff.id,
    });
    const phone = await listStaffResponses(staff, f.consultationId, { channel: "PHONE", view: "all", page: 1 });
    expect(phone.rows.map((r) => r.channel)).toEqual(["PHONE"]);
    const orgs = await listStaffResponses(staff, f.consultationId, { view: "organisations", page: 1 });
    expect(orgs.rows.map((r) => r.organisationName)).toEqual(["Parent Forum"]);
    const people = await listStaffResponses(staff, f.consultationId, { view: "individuals", page: 1 });
    expect(people.total).toBe(2);
  });

  it("pages the list and clamps a page past the end", async () => {
    const f = await createConsultation();
    const staff = await officer();
    for (let i = 0; i < RESPONSE_PAGE_SIZE + 2; i += 1)
      await seed(f.consultationId, f.versionId, { channel: "ONLINE" });
    const second = await listStaffResponses(staff, f.consultationId, { view: "all", page: 9 });
    expect(second).toMatchObject({ total: RESPONSE_PAGE_SIZE + 2, page: 2, pageCount: 2 });
    expect(second.rows).toHaveLength(2);
  });

  it("refuses a caller without response.read", async () => {
    const f = await createConsultation();
    await expect(listStaffResponses(null, f.consultationId, { view: "all", page: 1 })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});
