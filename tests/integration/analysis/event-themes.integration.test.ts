// Event feedback in analysis (issue #8 parts 3 and 4): an event's points are coded against an
// open question's codebook with the same scoring as comments, the officer decides, and the theme
// counts of points stay apart from the comment counts and percentages. Organisation responses
// are listed apart.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runThemes } from "@/lib/services/analysis/free-text/run-themes";
import { editCodebook } from "@/lib/services/analysis/free-text/codebook";
import { codebookView } from "@/lib/services/analysis/free-text/review";
import {
  eventCoding,
  saveEventPointDecisions,
  setEventQuestion,
  themeEventPoints,
} from "@/lib/services/analysis/free-text/event-points";
import { listOrganisationResponses } from "@/lib/services/analysis/organisation-list";
import { saveEventFeedback } from "@/lib/services/events/event-feedback";
import { buildFindingsReport } from "@/lib/services/reports/findings";
import { ZEventPointReview } from "@/lib/validation/event-themes";
import { staffMember, themesConsultation } from "./free-text-fixtures";

async function codedConsultation() {
  const f = await themesConsultation();
  const officer = await staffMember("OFFICER");
  await runThemes(officer, { consultationId: f.consultationId, questionKey: "why", seed: 1 });
  const target = { consultationId: f.consultationId, questionKey: "why" };
  const parking = await editCodebook(officer, {
    ...target,
    op: "addCode",
    name: "Parking",
    description: "Car parking spaces, permits and charges.",
  });
  await editCodebook(officer, {
    ...target,
    op: "addCode",
    name: "Flooding",
    description: "Floods, drains and flood defences.",
  });
  const event = await db().engagementEvent.create({
    data: {
      consultationId: f.consultationId,
      title: "Parent carer session",
      startsAt: new Date("2026-01-14T18:30:00Z"),
      place: "Aylesbury library",
      attendeeCount: 23,
      feedback: {
        create: [
          { heading: "What worries you", text: "Not enough parking spaces near the centre for carers", position: 0 },
          { heading: "What worries you", text: "The drains flood on the high street", position: 1 },
        ],
      },
    },
    include: { feedback: { orderBy: { position: "asc" } } },
  });
  return { f, officer, target, event, parkingId: parking.codeId as string };
}

describe("event feedback points and themes", () => {
  it("suggests themes for an event's points with the shared scoring, and counts accepted points apart from comments", async () => {
    const { f, officer, target, event, parkingId } = await codedConsultation();
    const before = await codebookView(officer, f.consultationId, "why");
    const { suggested } = await setEventQuestion(officer, {
      consultationId: f.consultationId,
      eventId: event.id,
      questionKey: "why",
    });
    expect(suggested).toBeGreaterThan(0);
    const coding = await eventCoding(officer, f.consultationId, event.id);
    const parkingPoint = coding.points.find((p) => p.answerId === event.feedback[0].id);
    const parkingSuggestion = parkingPoint?.suggestions.find((s) => s.codeName === "Parking");
    expect(parkingSuggestion?.evidence.sharedTerms.length).toBeGreaterThan(0);
    expect(coding.points[1].suggestions.map((s) => s.codeName)).toContain("Flooding");

    const form = ZEventPointReview.parse({
      ...target,
      eventId: event.id,
      [`decision-${parkingSuggestion?.assignmentId}`]: "ACCEPTED",
      [`add-${event.feedback[1].id}`]: parkingId,
    });
    expect(await saveEventPointDecisions(officer, form)).toEqual({ accepted: 1, rejected: 0, added: 1 });

    const after = await codebookView(officer, f.consultationId, "why");
    const parking = after?.codes.find((c) => c.id === parkingId);
    const parkingBefore = before?.codes.find((c) => c.id === parkingId);
    expect(parking?.eventPoints).toBe(2);
    // Event points never enter the comment counts or the percentage base.
    expect({ accepted: parking?.accepted, suggested: parking?.suggested, commenters: after?.commenters }).toEqual({
      accepted: parkingBefore?.accepted,
      suggested: parkingBefore?.suggested,
      commenters: before?.commenters,
    });
    expect(
      await db().themeAssignment.count({
        where: { answer: { response: { consultationId: f.consultationId } }, codebookId: after?.codebookId },
      }),
    ).toBe(await db().themeAssignment.count({ where: { codebookId: before?.codebookId } }));
    expect((await themeEventPoints(officer, { ...target, codeId: parkingId })).map((p) => p.text)).toEqual(
      event.feedback.map((p) => p.text),
    );
    expect(
      await db().auditEvent.count({
        where: { targetId: event.id, action: { in: ["analysis.eventQuestion", "analysis.eventPointReview"] } },
      }),
    ).toBe(2);
    // The report's theme section shows the points beside, not inside, the comment count.
    const reported = (await buildFindingsReport(await staffMember("ADMIN"), f.consultationId)).themes
      .find((t) => t.questionKey === "why")
      ?.themes.find((t) => t.name === "Parking");
    expect(reported).toMatchObject({ n: (parking?.accepted ?? 0) + (parking?.suggested ?? 0), eventPoints: 2 });

    // A codebook edit re-scores suggestions and keeps the officer's decisions.
    await editCodebook(officer, {
      ...target,
      op: "addCode",
      name: "Library",
      description: "Library opening hours and books.",
    });
    expect(
      (await codebookView(officer, f.consultationId, "why"))?.codes.find((c) => c.id === parkingId)?.eventPoints,
    ).toBe(2);
    // Saving the event with the same points keeps them and their themes.
    const held = await db().engagementEvent.findUniqueOrThrow({ where: { id: event.id } });
    await saveEventFeedback(officer, {
      consultationId: f.consultationId,
      eventId: event.id,
      audience: null,
      attendeeCount: 30,
      facilitator: held.facilitator,
      points: event.feedback.map((p) => ({ heading: p.heading, text: p.text })),
    });
    expect(
      await db().eventPointTheme.count({
        where: { pointId: { in: event.feedback.map((p) => p.id) }, status: "ACCEPTED" },
      }),
    ).toBe(2);
    // A new point gets suggestions; the points kept keep their decisions; a removed point's go.
    const points = [
      { heading: "What worries you", text: event.feedback[0].text },
      { heading: "What impact", text: "Parking permits cost carers too much" },
    ];
    await saveEventFeedback(officer, {
      consultationId: f.consultationId,
      eventId: event.id,
      audience: null,
      attendeeCount: 30,
      facilitator: held.facilitator,
      points,
    });
    const now = await eventCoding(officer, f.consultationId, event.id);
    expect(now.points.map((p) => [p.text, p.accepted])).toEqual([
      [points[0].text, ["Parking"]],
      [points[1].text, []],
    ]);
    expect(now.points[1].suggestions.map((s) => s.codeName)).toContain("Parking");
    expect(
      (await codebookView(officer, f.consultationId, "why"))?.codes.find((c) => c.id === parkingId)?.eventPoints,
    ).toBe(1);
  });

  it("drops the points' themes when the event moves to another question, and needs a signed-in coder", async () => {
    const { f, officer, event } = await codedConsultation();
    await setEventQuestion(officer, { consultationId: f.consultationId, eventId: event.id, questionKey: "why" });
    expect(await db().eventPointTheme.count({ where: { point: { eventId: event.id } } })).toBeGreaterThan(0);
    await expect(
      setEventQuestion(null, { consultationId: f.consultationId, eventId: event.id, questionKey: "" }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(
      setEventQuestion(officer, { consultationId: f.consultationId, eventId: event.id, questionKey: "plan" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setEventQuestion(officer, { consultationId: f.consultationId, eventId: event.id, questionKey: "" });
    expect(await db().eventPointTheme.count({ where: { point: { eventId: event.id } } })).toBe(0);
    expect((await eventCoding(officer, f.consultationId, event.id)).questionKey).toBeNull();
    // A stale form (question changed since it loaded) saves nothing.
    const stale = ZEventPointReview.parse({
      consultationId: f.consultationId,
      questionKey: "why",
      eventId: event.id,
      [`add-${event.feedback[0].id}`]: "T1",
    });
    await expect(saveEventPointDecisions(officer, stale)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("organisation responses in analysis", () => {
  it("lists submitted organisation responses apart, with channel, date and publication consent", async () => {
    const { f } = await codedConsultation();
    const base = {
      consultationId: f.consultationId,
      versionId: f.versionId,
      format: "STANDARD" as const,
      respondentType: "organisation",
    };
    await db().response.create({
      data: {
        ...base,
        status: "SUBMITTED",
        submittedAt: new Date("2026-01-10T10:00:00Z"),
        organisationName: "Carers Bucks",
        organisationPublish: true,
      },
    });
    await db().response.create({
      data: {
        ...base,
        status: "SUBMITTED",
        channel: "PAPER",
        submittedAt: new Date(),
        receivedAt: new Date("2026-01-12T00:00:00Z"),
        organisationName: "Action for Children",
      },
    });
    await db().response.create({
      data: {
        ...base,
        status: "SUBMITTED",
        submittedAt: new Date(),
        withdrawnAt: new Date(),
        organisationName: "Withdrawn Org",
      },
    });
    await db().response.create({ data: { ...base, status: "DRAFT", organisationName: "Draft Org" } });
    const rows = await listOrganisationResponses(await staffMember("ANALYST"), f.consultationId);
    expect(rows.map((r) => [r.organisationName, r.channel, r.receivedAt?.toISOString(), r.agreedToPublish])).toEqual([
      ["Action for Children", "PAPER", "2026-01-12T00:00:00.000Z", false],
      ["Carers Bucks", "ONLINE", "2026-01-10T10:00:00.000Z", true],
    ]);
    await expect(listOrganisationResponses(null, f.consultationId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
