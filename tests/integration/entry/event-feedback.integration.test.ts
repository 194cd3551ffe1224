// Engagement events after they happen (issue #8, part 3): attendance, facilitator and feedback
// points under headings, audited, listed per consultation for analysis, never counted as responses.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffPrincipal, TRole } from "@/lib/permissions/permissions";
import { listEventFeedback, saveEventFeedback } from "@/lib/services/events/event-feedback";
import { newToken } from "@/lib/respond/tokens";
import { ZEventFeedbackSchema } from "@/lib/validation/event-feedback";
import { createConsultation } from "../respond/respond-fixtures";

async function staffMember(role: TRole): Promise<StaffPrincipal> {
  const u = await db().user.create({
    data: { email: `events-${newToken().slice(0, 10).toLowerCase()}@council.example`, name: "Eve Events", role },
  });
  return { id: u.id, email: u.email, name: u.name, role };
}

async function eventFor(consultationId: string) {
  return db().engagementEvent.create({
    data: {
      consultationId,
      title: "Parent carer session",
      startsAt: new Date("2026-01-14T18:30:00Z"),
      place: "Aylesbury library",
    },
  });
}

describe("event feedback", () => {
  it("records attendance and points under the default headings, audited, and lists them for analysis", async () => {
    const f = await createConsultation();
    const officer = await staffMember("OFFICER");
    const event = await eventFor(f.consultationId);
    const input = ZEventFeedbackSchema.parse({
      consultationId: f.consultationId,
      eventId: event.id,
      audience: "Parents and carers",
      attendeeCount: "23",
      facilitator: "Short Breaks Team",
      "points-0": "Holiday clubs\n\n  Staff who know my child  ",
      "points-2": "Losing our direct payment",
    });
    await saveEventFeedback(officer, input);
    const [listed] = await listEventFeedback(await staffMember("ANALYST"), f.consultationId);
    expect(listed).toMatchObject({
      attendeeCount: 23,
      facilitator: "Short Breaks Team",
      audience: "Parents and carers",
    });
    expect(listed.headings).toEqual([
      {
        heading: "What works well",
        points: [
          expect.objectContaining({ text: "Holiday clubs" }),
          expect.objectContaining({ text: "Staff who know my child" }),
        ],
      },
      { heading: "What worries you", points: [expect.objectContaining({ text: "Losing our direct payment" })] },
    ]);
    expect(await db().auditEvent.count({ where: { targetId: event.id, action: "event.record" } })).toBe(1);
    // Event feedback is not a response.
    expect(await db().response.count({ where: { consultationId: f.consultationId } })).toBe(0);

    await saveEventFeedback(officer, { ...input, attendeeCount: 25, points: input.points.slice(0, 1) });
    const edits = await db().auditEvent.findMany({ where: { targetId: event.id, action: "event.edit" } });
    expect(edits.map((e) => e.detail)).toEqual(["Parent carer session: changed number attending, feedback points"]);
    expect(await db().eventFeedbackPoint.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("needs a heading for the officer's own points, and whole numbers attending", () => {
    const base = { consultationId: "c", eventId: "e" };
    const issues = (input: Record<string, string>) =>
      ZEventFeedbackSchema.safeParse({ ...base, ...input }).error?.issues.map((i) => i.message);
    expect(issues({ "points-3": "A point" })).toEqual([
      "Enter a heading for your own points, or move them under one of the headings above",
    ]);
    expect(issues({ attendeeCount: "about 20" })).toEqual(["Number attending must be a whole number, like 12"]);
    expect(ZEventFeedbackSchema.parse({ ...base, ownHeading: "Transport", "points-3": "Buses" }).points).toEqual([
      { heading: "Transport", text: "Buses" },
    ]);
  });

  it("lets only roles with the permissions record or read it", async () => {
    const f = await createConsultation();
    const event = await eventFor(f.consultationId);
    const input = ZEventFeedbackSchema.parse({
      consultationId: f.consultationId,
      eventId: event.id,
      "points-1": "More places",
    });
    await expect(saveEventFeedback(await staffMember("ANALYST"), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listEventFeedback(null, f.consultationId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const other = await createConsultation();
    await expect(
      saveEventFeedback(await staffMember("OFFICER"), { ...input, consultationId: other.consultationId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().eventFeedbackPoint.count({ where: { eventId: event.id } })).toBe(0);
  });
});
