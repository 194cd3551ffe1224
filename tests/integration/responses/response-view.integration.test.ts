// One response as staff read it (response.read): online and imported responses open too, read-only;
// drafts are not found; a withdrawn response shows no answers; equality answers stay out of the page.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EQUALITY_CONSENT_KEY } from "@/lib/respond/equality-questions";
import { summariseAnswers } from "@/lib/respond/answer-summary";
import { getResponseForReading, showOriginalText } from "@/lib/services/read/response-view";
import { staffMember } from "../analysis/free-text-fixtures";
import { createConsultation, type TFixture } from "../respond/respond-fixtures";

async function onlineResponse(fixture: TFixture, status: "DRAFT" | "SUBMITTED" | "WITHDRAWN") {
  return db().response.create({
    data: {
      consultationId: fixture.consultationId,
      versionId: fixture.versionId,
      format: "STANDARD",
      channel: "ONLINE",
      status,
      reference: status === "DRAFT" ? null : `RV-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
      submittedAt: status === "DRAFT" ? null : new Date("2026-03-02T10:00:00Z"),
      withdrawnAt: status === "WITHDRAWN" ? new Date("2026-03-03T10:00:00Z") : null,
      answers: {
        create: [{ questionKey: "anything-else", optionKeys: [], text: "More holiday clubs near Aylesbury, please." }],
      },
      equality: {
        create: {
          answers: { [EQUALITY_CONSENT_KEY]: { optionKey: "yes" }, "equality-age": { optionKey: "age-35-44" } },
        },
      },
    },
  });
}

it("opens an online response read-only for an analyst, with its answers and without equality answers", async () => {
  const fixture = await createConsultation();
  const analyst = await staffMember("ANALYST");
  const sent = await onlineResponse(fixture, "SUBMITTED");
  const view = await getResponseForReading(analyst, fixture.consultationId, sent.id);
  expect(view).toMatchObject({
    reference: sent.reference,
    status: "SUBMITTED",
    channel: "ONLINE",
    entered: false,
    receivedAt: new Date("2026-03-02T10:00:00Z"),
  });
  const rows = summariseAnswers(view.journey, view.answers, {
    includeEquality: false,
    drawings: view.drawings,
  }).flatMap((s) => s.rows);
  expect(rows.find((r) => r.questionKey === "anything-else")?.lines).toEqual([
    "More holiday clubs near Aylesbury, please.",
  ]);
  expect(rows.some((r) => r.questionKey.startsWith("equality"))).toBe(false);
});

it("does not find drafts or another consultation's responses, and shows no answers of a withdrawn one", async () => {
  const fixture = await createConsultation();
  const other = await createConsultation();
  const officer = await staffMember("OFFICER");
  const draft = await onlineResponse(fixture, "DRAFT");
  await expect(getResponseForReading(officer, fixture.consultationId, draft.id)).rejects.toMatchObject({
    code: "NOT_FOUND",
  });
  const sent = await onlineResponse(fixture, "SUBMITTED");
  await expect(getResponseForReading(officer, other.consultationId, sent.id)).rejects.toMatchObject({
    code: "NOT_FOUND",
  });
  const withdrawn = await onlineResponse(fixture, "WITHDRAWN");
  const view = await getResponseForReading(officer, fixture.consultationId, withdrawn.id);
  expect(view).toMatchObject({ status: "WITHDRAWN", answers: {}, withdrawnAt: new Date("2026-03-03T10:00:00Z") });
});

it("needs a signed-in member of staff", async () => {
  const fixture = await createConsultation();
  const sent = await onlineResponse(fixture, "SUBMITTED");
  await expect(getResponseForReading(null, fixture.consultationId, sent.id)).rejects.toMatchObject({
    code: "UNAUTHENTICATED",
  });
});

describe("personal details in a response's words (issue #15)", () => {
  async function withPersonalText(fixture: TFixture) {
    return db().response.create({
      data: {
        consultationId: fixture.consultationId,
        versionId: fixture.versionId,
        format: "STANDARD",
        channel: "ONLINE",
        status: "SUBMITTED",
        reference: `RV-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
        submittedAt: new Date("2026-03-02T10:00:00Z"),
        answers: {
          create: [
            {
              questionKey: "anything-else",
              optionKeys: [],
              text: "My name is Jane Smith, call 07700 900123 or jane.smith@example.org, NI AB123456C \u202Eevil",
            },
          ],
        },
      },
    });
  }
  const textOf = (view: Awaited<ReturnType<typeof getResponseForReading>>) =>
    summariseAnswers(view.journey, view.answers, { includeEquality: false, drawings: view.drawings })
      .flatMap((s) => s.rows)
      .find((r) => r.questionKey === "anything-else")
      ?.lines.join(" ");

  it("shows the redacted words by default, as exports do, with bidi overrides made visible", async () => {
    const fixture = await createConsultation();
    const analyst = await staffMember("ANALYST");
    const sent = await withPersonalText(fixture);
    const shown = textOf(await getResponseForReading(analyst, fixture.consultationId, sent.id));
    expect(shown).not.toMatch(/07700|jane\.smith|AB123456C|Jane Smith/);
    expect(shown).toContain("[phone]");
    expect(shown).toContain("[email]");
    expect(shown).toContain("[U+202E]");
  });

  it("shows the original only after a reason, recorded as one personalData.view event, to that reader only", async () => {
    const fixture = await createConsultation();
    const analyst = await staffMember("ANALYST");
    const otherAnalyst = await staffMember("ANALYST");
    const sent = await withPersonalText(fixture);
    const before = await db().auditEvent.count({ where: { action: "personalData.view", targetId: sent.id } });
    const { grant } = await showOriginalText(analyst, {
      consultationId: fixture.consultationId,
      responseId: sent.id,
      reason: "Safeguarding concern",
    });
    const events = await db().auditEvent.findMany({ where: { action: "personalData.view", targetId: sent.id } });
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)?.detail).toContain("Safeguarding concern");
    const original = await getResponseForReading(analyst, fixture.consultationId, sent.id, grant);
    expect(original.original).toBe(true);
    expect(textOf(original)).toContain("07700 900123");
    // Someone else's grant opens nothing, and an officer (no export.personalData) cannot ask.
    expect((await getResponseForReading(otherAnalyst, fixture.consultationId, sent.id, grant)).original).toBe(false);
    const officer = await staffMember("OFFICER");
    await expect(
      showOriginalText(officer, { consultationId: fixture.consultationId, responseId: sent.id, reason: "Curious" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
