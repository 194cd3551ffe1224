// Organisation responses published in full (issue #8 part 4): only sent, not withdrawn,
// organisation responses that agreed to publication; only after the consultation has closed;
// never equality monitoring answers or contact details.
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { EQUALITY_CONSENT_KEY } from "@/lib/respond/equality-questions";
import { getPublicOrganisationResponses } from "@/lib/services/respond/organisation-responses";
import { closeConsultation, createConsultation, type TFixture } from "../respond/respond-fixtures";

type TRow = { organisationName?: string; organisationPublish?: boolean; withdrawn?: boolean; text: string };

async function response(fixture: TFixture, row: TRow) {
  return db().response.create({
    data: {
      consultationId: fixture.consultationId,
      versionId: fixture.versionId,
      format: "STANDARD",
      channel: "PAPER",
      status: row.withdrawn ? "WITHDRAWN" : "SUBMITTED",
      withdrawnAt: row.withdrawn ? new Date() : null,
      submittedAt: new Date("2026-03-02T10:00:00Z"),
      receivedAt: new Date("2026-03-01T12:00:00Z"),
      organisationName: row.organisationName ?? null,
      organisationPublish: row.organisationPublish ?? false,
      respondentType: "professional",
      answers: {
        create: [
          { questionKey: "respondent-type", optionKeys: ["professional"] },
          { questionKey: "postcode", optionKeys: [], text: "HP20 1UA" },
          { questionKey: "anything-else", optionKeys: [], text: row.text },
        ],
      },
      equality: {
        create: {
          answers: { [EQUALITY_CONSENT_KEY]: { optionKey: "yes" }, "equality-age": { optionKey: "age-35-44" } },
        },
      },
    },
  });
}

it("lists published organisation responses only after closing, without equality answers or contact details", async () => {
  const fixture = await createConsultation();
  await response(fixture, {
    organisationName: "Parent Carer Forum",
    organisationPublish: true,
    text: "The forum supports more holiday clubs. Ask jo.bloggs@example.org or 07700 900123.",
  });
  await response(fixture, {
    organisationName: "Quiet Charity",
    organisationPublish: false,
    text: "Not for publication.",
  });
  await response(fixture, {
    organisationName: "Withdrawn Group",
    organisationPublish: true,
    withdrawn: true,
    text: "Withdrawn.",
  });
  await response(fixture, { text: "An individual's view." });

  const open = await getPublicOrganisationResponses(fixture.slug);
  expect(open).toMatchObject({ closed: false, responses: [] });

  await closeConsultation(fixture);
  const page = (await getPublicOrganisationResponses(fixture.slug))!;
  expect(page.closed).toBe(true);
  expect(page.responses.map((r) => r.organisationName)).toEqual(["Parent Carer Forum"]);
  const [forum] = page.responses;
  expect(forum.receivedAt).toEqual(new Date("2026-03-01T12:00:00Z"));
  const rows = forum.sections.flatMap((s) => s.rows);
  // Published free text is redacted like analysis quotes: no email address or phone number.
  expect(rows.find((r) => r.questionKey === "anything-else")?.lines).toEqual([
    "The forum supports more holiday clubs. Ask [email] or [phone].",
  ]);
  expect(JSON.stringify(page)).not.toMatch(/jo\.bloggs|07700/);
  expect(rows.some((r) => r.questionKey === "respondent-type" && r.answered)).toBe(true);
  // No postcode, no equality monitoring.
  expect(rows.map((r) => r.questionKey)).not.toContain("postcode");
  expect(forum.sections.some((s) => s.equality)).toBe(false);
  expect(JSON.stringify(page)).not.toContain("HP20");
  expect(rows.some((r) => r.questionKey.startsWith("equality"))).toBe(false);
});

it("finds no page for an unknown or draft consultation", async () => {
  expect(await getPublicOrganisationResponses("no-such-consultation")).toBeNull();
  const fixture = await createConsultation();
  await db().consultation.update({ where: { id: fixture.consultationId }, data: { stage: "DRAFT" } });
  expect(await getPublicOrganisationResponses(fixture.slug)).toBeNull();
});
