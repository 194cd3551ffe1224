// Easy Read responses (issue #7): answers to linked questions are stored under the standard
// question keys with the mapped standard options, so analysis counts both formats together by
// question key and can still split them by format; Easy-Read-only answers keep their own keys.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { formValuesToEntries, toFormDefaults } from "@/lib/questionnaire/forms/form-data";
import { buildJourney } from "@/lib/respond/journey";
import { equalityProfile } from "@/lib/services/analysis/equality-profile";
import { findResponseForDraftToken } from "@/lib/services/respond/response-access";
import { getRespondentConsultation } from "@/lib/services/respond/respondent-consultation";
import { saveSection } from "@/lib/services/respond/save-section";
import { startDraft } from "@/lib/services/respond/start-draft";
import { submissionKeyFor, submitResponse } from "@/lib/services/respond/submit-response";
import { childrenEasyReadQuestionnaire } from "@/prisma/seed/content/children/easy-read";
import { createConsultation, pageEntries, type TFixture } from "./respond-fixtures";

const EASY_READ = ZQuestionnaireDefinition.parse(childrenEasyReadQuestionnaire);
const EASY_READ_JOURNEY = buildJourney(EASY_READ, { aboutChild: true });

async function withEasyRead(fixture: TFixture): Promise<string> {
  const definition = JSON.parse(JSON.stringify(EASY_READ));
  const questionnaire = await db().questionnaire.create({
    data: { consultationId: fixture.consultationId, format: "EASY_READ", draft: definition },
  });
  const version = await db().questionnaireVersion.create({
    data: { questionnaireId: questionnaire.id, number: 1, definition },
  });
  return version.id;
}

async function respond(
  fixture: TFixture,
  format: "STANDARD" | "EASY_READ",
  versionId: string,
  pages: [string, TAnswers][],
) {
  const { draftToken, responseId } = await startDraft(fixture.slug, format);
  for (const [sectionKey, answers] of pages) {
    const entries =
      format === "EASY_READ"
        ? formValuesToEntries(toFormDefaults(EASY_READ_JOURNEY.definition, answers, sectionKey))
        : pageEntries(sectionKey, answers);
    const saved = await saveSection({
      slug: fixture.slug,
      draftToken,
      sectionKey,
      versionId,
      entries,
      mode: "continue",
    });
    expect(saved.ok, sectionKey).toBe(true);
  }
  return { draftToken, responseId };
}

const send = (fixture: TFixture, draftToken: string, versionId: string) =>
  submitResponse({
    slug: fixture.slug,
    draftToken,
    submissionKey: submissionKeyFor(draftToken),
    versionId,
    receipt: { wantsUpdates: false },
  });

type TCount = { questionKey: string; optionKey: string; format: string; count: number };

/** The analysis query: submitted answers by question key and option, split by format. */
async function counts(consultationId: string, questionKeys: string[]): Promise<TCount[]> {
  const rows = await db().$queryRaw<{ questionKey: string; optionKey: string; format: string; count: bigint }[]>`
    SELECT a."questionKey", o."optionKey", r."format"::text AS "format", count(*) AS "count"
    FROM "Answer" a JOIN "Response" r ON r."id" = a."responseId", unnest(a."optionKeys") AS o("optionKey")
    WHERE r."consultationId" = ${consultationId} AND r."status" = 'SUBMITTED' AND a."questionKey" = ANY(${questionKeys})
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

describe("Easy Read responses", () => {
  it("uses the Easy Read version when asked for it", async () => {
    const fixture = await createConsultation();
    const versionId = await withEasyRead(fixture);
    expect((await getRespondentConsultation(fixture.slug, "EASY_READ")).version?.id).toBe(versionId);
    expect((await getRespondentConsultation(fixture.slug)).version?.id).toBe(fixture.versionId);
  });

  it("merges linked answers into the standard question's totals, split by format, and keeps the Easy Read answer", async () => {
    const fixture = await createConsultation();
    const easyReadVersion = await withEasyRead(fixture);
    const standard = await respond(fixture, "STANDARD", fixture.versionId, [
      [
        "about-you",
        { "respondent-type": { optionKey: "parent-carer" }, "current-breaks": { optionKeys: ["care-at-home"] } },
      ],
      ["vision", { "vision-agree": "agree" }],
    ]);
    const easyRead = await respond(fixture, "EASY_READ", easyReadVersion, [
      ["who", { "who-is-filling-in": { optionKey: "family-helped" } }],
      ["which-breaks", { "which-short-breaks": { optionKeys: ["carer-at-home", "youth-club", "after-school-club"] } }],
      ["big-idea", { "like-our-idea": { optionKey: "like" } }],
      ["feel", { "feel-about-breaks": { optionKey: "happy" } }],
      ["anything-else", { "tell-us-more": "I like swimming" }],
    ]);

    // Resuming the draft shows the Easy Read answers, not the standard ones they were stored as.
    const consultation = await getRespondentConsultation(fixture.slug);
    const draft = await findResponseForDraftToken(consultation, easyRead.draftToken);
    expect(draft?.answers).toMatchObject({
      "like-our-idea": { optionKey: "like" },
      "which-short-breaks": { optionKeys: ["after-school-club", "youth-club", "carer-at-home"] },
    });

    expect(await send(fixture, standard.draftToken, fixture.versionId)).toMatchObject({ ok: true });
    expect(await send(fixture, easyRead.draftToken, easyReadVersion)).toMatchObject({ ok: true });

    expect(await counts(fixture.consultationId, ["vision-agree", "current-breaks", "feel-about-breaks"])).toEqual([
      { questionKey: "current-breaks", optionKey: "care-at-home", format: "EASY_READ", count: 1 },
      { questionKey: "current-breaks", optionKey: "care-at-home", format: "STANDARD", count: 1 },
      { questionKey: "current-breaks", optionKey: "universal-activities", format: "EASY_READ", count: 1 },
      { questionKey: "feel-about-breaks", optionKey: "happy", format: "EASY_READ", count: 1 },
      { questionKey: "vision-agree", optionKey: "agree", format: "EASY_READ", count: 1 },
      { questionKey: "vision-agree", optionKey: "agree", format: "STANDARD", count: 1 },
    ]);

    const stored = await db().response.findUniqueOrThrow({
      where: { id: easyRead.responseId },
      include: { answers: { orderBy: { questionKey: "asc" } } },
    });
    expect(stored.format).toBe("EASY_READ");
    expect(stored.completedHow).toBe("WITH_FAMILY_HELP");
    expect(
      stored.answers.map((a) => [a.questionKey, a.optionKeys, a.text, a.sourceQuestionKey, a.sourceOptionKeys]),
    ).toEqual([
      ["anything-else", [], "I like swimming", "tell-us-more", []],
      [
        "current-breaks",
        ["universal-activities", "care-at-home"],
        null,
        "which-short-breaks",
        ["after-school-club", "youth-club", "carer-at-home"],
      ],
      ["feel-about-breaks", ["happy"], null, null, []],
      ["help-completing", ["family"], null, "who-is-filling-in", ["family-helped"]],
      ["vision-agree", ["agree"], null, "like-our-idea", ["like"]],
    ]);
  });

  it("stores Easy Read equality answers under the standard keys, so the equality profile counts both formats", async () => {
    const fixture = await createConsultation();
    const easyReadVersion = await withEasyRead(fixture);
    const standard = await respond(fixture, "STANDARD", fixture.versionId, [
      ["about-you", { "respondent-type": { optionKey: "parent-carer" } }],
      ["equality-monitoring", { "equality-consent": { optionKey: "yes" } }],
      ["equality-about-you", { "equality-age": { optionKey: "age-35-44" } }],
    ]);
    // One question per Easy Read page, each page keyed by its question.
    const easyRead = await respond(fixture, "EASY_READ", easyReadVersion, [
      ["equality-consent", { "equality-consent": { optionKey: "yes" } }],
      ["equality-age", { "equality-age": { optionKey: "age-35-44" } }],
      ["equality-child-needs", { "equality-child-needs": { optionKeys: ["prefer-not-to-say"] } }],
    ]);
    expect(await send(fixture, standard.draftToken, fixture.versionId)).toMatchObject({ ok: true });
    expect(await send(fixture, easyRead.draftToken, easyReadVersion)).toMatchObject({ ok: true });

    const stored = await db().equalityMonitoring.findUniqueOrThrow({ where: { responseId: easyRead.responseId } });
    expect(stored.answers).toEqual({
      "equality-consent": { optionKey: "yes" },
      "equality-age": { optionKey: "age-35-44" },
      "equality-child-needs": { optionKeys: ["prefer-not-to-say"] },
    });
    expect(
      await db().answer.count({ where: { responseId: easyRead.responseId, questionKey: { startsWith: "equality-" } } }),
    ).toBe(0);

    const user = await db().user.create({
      data: { email: `easy-read-equality-${Date.now()}@council.example`, role: "ANALYST" },
    });
    const profile = await equalityProfile(
      { id: user.id, email: user.email, name: null, role: "ANALYST" },
      fixture.consultationId,
    );
    expect(profile.base).toBe(2);
    const age = profile.characteristics.find((c) => c.key === "equality-age")!;
    // Both answered the age question (counts under 5 are suppressed, so read it from "Not answered").
    expect(age.rows.find((r) => r.label === "Not answered")?.cell).toEqual({ kind: "shown", value: 0 });
    expect(age.rows.find((r) => r.key === "age-35-44")?.cell).toEqual({ kind: "small" });
  });
});
