// Drawings and photos on Easy Read free-text answers (issue #7): checked by their bytes and
// size with the respondent's own words, stored through lib/storage as soon as they are sent
// (so an error elsewhere on the page loses nothing), replaced, removed, dropped on "Skip",
// listed on "Check your answers", and counted in the analysis under the standard question.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { summariseAnswers } from "@/lib/respond/answer-summary";
import { analysisDrawings, drawingFile } from "@/lib/services/analysis/drawings";
import { findResponseForDraftToken } from "@/lib/services/respond/response-access";
import { getRespondentConsultation } from "@/lib/services/respond/respondent-consultation";
import { saveSection } from "@/lib/services/respond/save-section";
import { startDraft } from "@/lib/services/respond/start-draft";
import { submissionKeyFor, submitResponse } from "@/lib/services/respond/submit-response";
import { fileStorage } from "@/lib/storage/storage";
import { childrenEasyReadQuestionnaire } from "@/prisma/seed/content/children/easy-read";
import { createConsultation, type TFixture } from "./respond-fixtures";

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("IHDR a small drawing"),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("JFIF a photo of a drawing")]);
// The app's own storage: the files live in the test database (issue #19).
const files = {
  get: (key: string) => fileStorage().get(key),
  has: async (key: string) => (await fileStorage().get(key)) !== null,
};

async function easyReadDraft(
  options: { required?: boolean } = {},
): Promise<{ fixture: TFixture; versionId: string; draftToken: string; responseId: string }> {
  const fixture = await createConsultation();
  const definition = JSON.parse(JSON.stringify(ZQuestionnaireDefinition.parse(childrenEasyReadQuestionnaire)));
  if (options.required) {
    for (const section of definition.sections)
      for (const q of section.questions) if (q.key === "tell-us-more") q.required = true;
  }
  const questionnaire = await db().questionnaire.create({
    data: { consultationId: fixture.consultationId, format: "EASY_READ", draft: definition },
  });
  const version = await db().questionnaireVersion.create({
    data: { questionnaireId: questionnaire.id, number: 1, definition },
  });
  const { draftToken, responseId } = await startDraft(fixture.slug, "EASY_READ");
  return { fixture, versionId: version.id, draftToken, responseId };
}

const page = (d: Awaited<ReturnType<typeof easyReadDraft>>, entries: [string, unknown][], skip = false) =>
  saveSection({
    slug: d.fixture.slug,
    draftToken: d.draftToken,
    sectionKey: "anything-else",
    versionId: d.versionId,
    entries,
    mode: "continue",
    skip,
  });
const file = (bytes: Buffer, name: string) =>
  new File([new Uint8Array(bytes)], name, { type: "application/octet-stream" });
const stored = (responseId: string) => db().answerAttachment.findMany({ where: { responseId } });

describe("drawings on Easy Read answers", () => {
  it("keeps a PNG or JPEG under the standard question's key, with or without writing, and shows it on check answers", async () => {
    const d = await easyReadDraft();
    expect(await page(d, [["tell-us-more-drawing", file(PNG, "my drawing.png")]])).toMatchObject({ ok: true });
    const [first] = await stored(d.responseId);
    expect(first).toMatchObject({
      questionKey: "anything-else",
      sourceQuestionKey: "tell-us-more",
      fileName: "my drawing.png",
      mimeType: "image/png",
      sizeBytes: PNG.length,
    });
    expect(await files.get(first.storageKey)).toEqual(PNG);

    // A new file replaces the old one, and the old file goes.
    expect(
      await page(d, [
        ["tell-us-more", "Swimming is fun"],
        ["tell-us-more-drawing", file(JPEG, "photo.jpg")],
      ]),
    ).toMatchObject({ ok: true });
    const [second] = await stored(d.responseId);
    expect(second).toMatchObject({ fileName: "photo.jpg", mimeType: "image/jpeg" });
    expect(await files.has(first.storageKey)).toBe(false);

    // Sending the page again with no file chosen keeps it, whatever name the empty part arrived
    // with: a server action call from the browser delivered it named, not "" (issue #17).
    expect(
      await page(d, [
        ["tell-us-more", "Swimming is fun"],
        ["tell-us-more-drawing", new File([], "")],
      ]),
    ).toMatchObject({ ok: true });
    expect(
      await page(d, [
        ["tell-us-more", "Swimming is fun"],
        ["tell-us-more-drawing", new File([], "blob")],
      ]),
    ).toMatchObject({ ok: true });
    expect(await stored(d.responseId)).toHaveLength(1);

    const consultation = await getRespondentConsultation(d.fixture.slug);
    const response = (await findResponseForDraftToken(consultation, d.draftToken))!;
    expect(response.drawings).toEqual({ "tell-us-more": "photo.jpg" });
    const row = summariseAnswers(response.journey, response.answers, {
      includeEquality: false,
      drawings: response.drawings,
    })
      .flatMap((s) => s.rows)
      .find((r) => r.questionKey === "tell-us-more");
    expect(row).toEqual({
      questionKey: "tell-us-more",
      question: "Is there anything else you want to tell us?",
      lines: ["Swimming is fun", "Your drawing or photo: photo.jpg"],
      answered: true,
    });
  });

  it("refuses other types and files over 10MB with the respondent's words, keeping the page's writing", async () => {
    const d = await easyReadDraft();
    expect(
      await page(d, [
        ["tell-us-more", "Hello"],
        ["tell-us-more-drawing", file(Buffer.from("GIF89a drawing"), "drawing.gif")],
      ]),
    ).toMatchObject({
      ok: false,
      fieldErrors: { "tell-us-more-drawing": "The file must be a JPG or PNG" },
    });
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    PNG.copy(big);
    expect(
      await page(d, [
        ["tell-us-more", "Hello"],
        ["tell-us-more-drawing", file(big, "huge.png")],
      ]),
    ).toMatchObject({
      ok: false,
      fieldErrors: { "tell-us-more-drawing": "The file must be smaller than 10MB" },
    });
    expect(await stored(d.responseId)).toHaveLength(0);
    expect(
      await db().answer.findFirst({ where: { responseId: d.responseId, questionKey: "anything-else" } }),
    ).toMatchObject({ text: "Hello" });
  });

  it("keeps the drawing when something else on the page has an error", async () => {
    const d = await easyReadDraft();
    const tooLong = Array.from({ length: 501 }, () => "word").join(" ");
    const result = await page(d, [
      ["tell-us-more", tooLong],
      ["tell-us-more-drawing", file(PNG, "kept.png")],
    ]);
    expect(result.ok).toBe(false);
    expect(result.ok === false && Object.keys(result.fieldErrors)).toEqual(["tell-us-more"]);
    expect((await stored(d.responseId)).map((a) => a.fileName)).toEqual(["kept.png"]);
  });

  it("lets a drawing alone answer a required question, which still asks for something without one", async () => {
    const d = await easyReadDraft({ required: true });
    const empty = await page(d, [["tell-us-more", ""]]);
    expect(empty.ok === false && Object.keys(empty.fieldErrors)).toEqual(["tell-us-more"]);
    expect(
      await page(d, [
        ["tell-us-more", ""],
        ["tell-us-more-drawing", file(PNG, "instead of words.png")],
      ]),
    ).toMatchObject({ ok: true });
    // Saving the page again without a new file keeps the drawing, which still answers it.
    expect(await page(d, [["tell-us-more", ""]])).toMatchObject({ ok: true });
    expect((await stored(d.responseId)).map((a) => a.fileName)).toEqual(["instead of words.png"]);
  });

  it("takes the drawing away on 'Take away' and on 'Skip this question'", async () => {
    const d = await easyReadDraft();
    await page(d, [["tell-us-more-drawing", file(PNG, "one.png")]]);
    const [one] = await stored(d.responseId);
    expect(await page(d, [["tell-us-more-drawing-remove", "yes"]])).toMatchObject({ ok: true });
    expect(await stored(d.responseId)).toHaveLength(0);
    expect(await files.has(one.storageKey)).toBe(false);
    await page(d, [["tell-us-more-drawing", file(PNG, "two.png")]]);
    expect(await page(d, [], true)).toMatchObject({ ok: true });
    expect(await stored(d.responseId)).toHaveLength(0);
  });

  it("counts submitted answers with a drawing in the analysis, and serves the file only from submitted responses", async () => {
    const d = await easyReadDraft();
    await page(d, [["tell-us-more-drawing", file(PNG, "only a drawing.png")]]);
    const [drawing] = await stored(d.responseId);
    const user = await db().user.create({ data: { email: `drawings-${Date.now()}@council.example`, role: "OFFICER" } });
    const officer = { id: user.id, email: user.email, name: null, role: "OFFICER" as const };
    await expect(drawingFile(officer, d.fixture.consultationId, drawing.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await analysisDrawings(officer, d.fixture.consultationId)).toEqual([]);

    const sent = await submitResponse({
      slug: d.fixture.slug,
      draftToken: d.draftToken,
      submissionKey: submissionKeyFor(d.draftToken),
      versionId: d.versionId,
      receipt: { wantsUpdates: false },
    });
    expect(sent).toMatchObject({ ok: true });
    const [question] = await analysisDrawings(officer, d.fixture.consultationId);
    expect(question).toMatchObject({
      questionKey: "anything-else",
      title: "Is there anything else you would like to tell us about the draft strategy?",
      count: 1,
      withText: 0,
    });
    expect(question.items).toEqual([
      { id: drawing.id, reference: expect.stringMatching(/^SB-/), fileName: "only a drawing.png", withText: false },
    ]);
    expect(await drawingFile(officer, d.fixture.consultationId, drawing.id)).toEqual({
      bytes: PNG,
      mimeType: "image/png",
    });
    await expect(drawingFile(officer, "another-consultation", drawing.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
