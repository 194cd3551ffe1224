// Officers' edits of the Easy Read summary (issue #7): saved as the blocks the public page
// shows, removed when emptied, audited in the same transaction, and refused without consultation.edit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { openWorld, type World } from "../auth/world";
import { makeConsultation } from "../publishing/fixtures";

let world: World;
let officer: StaffPrincipal;
let analyst: StaffPrincipal;
let service: typeof import("@/lib/services/easy-read/summary");

beforeAll(async () => {
  world = await openWorld("easy-read-summary");
  officer = await world.makeStaff("OFFICER");
  analyst = await world.makeStaff("ANALYST");
  service = await import("@/lib/services/easy-read/summary");
});

afterAll(async () => {
  await world?.close();
});

describe("editing the Easy Read summary", () => {
  it("saves the blocks, then removes the summary, with an audit event each time", async () => {
    const c = await makeConsultation(world.db, "draft");
    const blocks = [
      { picture: "/easy-read/pictures/1F3E0.svg", heading: "Our idea", text: "More short breaks near home." },
      { text: "Tell us what you think." },
    ];
    await service.saveEasyReadSummary(officer, c.id, blocks);
    expect((await world.db.consultation.findUniqueOrThrow({ where: { id: c.id } })).easyReadSummary).toEqual(blocks);
    await service.saveEasyReadSummary(officer, c.id, null);
    expect((await world.db.consultation.findUniqueOrThrow({ where: { id: c.id } })).easyReadSummary).toBeNull();
    expect(await world.auditCount({ targetId: c.id, action: "consultation.edit" })).toBe(2);
  });

  it("needs consultation.edit and an existing consultation", async () => {
    const c = await makeConsultation(world.db, "draft");
    await expect(service.saveEasyReadSummary(analyst, c.id, [{ text: "Hi" }])).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(service.saveEasyReadSummary(officer, "missing", [{ text: "Hi" }])).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await world.auditCount({ targetId: c.id })).toBe(0);
  });
});
