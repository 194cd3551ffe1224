// Responding online through the service API: start, save pages, submit, and every way the
// input can be refused without writing anything (issue #6).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { hashToken } from "@/lib/respond/tokens";
import { saveSection } from "@/lib/services/respond/save-section";
import { startDraft } from "@/lib/services/respond/start-draft";
import { submissionKeyFor, submitResponse } from "@/lib/services/respond/submit-response";
import {
  closeConsultation,
  createConsultation,
  pageEntries,
  publishNewVersion,
  storedResponse,
} from "./respond-fixtures";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

describe("responding online", () => {
  it("starts a draft, saves pages, and submits once with a reference", async () => {
    const fixture = await createConsultation();
    const { draftToken, responseId } = await startDraft(fixture.slug);
    const draft = await db().response.findUniqueOrThrow({ where: { id: responseId } });
    expect(draft).toMatchObject({
      status: "DRAFT",
      channel: "ONLINE",
      format: "STANDARD",
      versionId: fixture.versionId,
      draftTokenHash: hashToken(draftToken),
      reference: null,
    });

    const save = (sectionKey: string, answers: Record<string, unknown>, mode: "continue" | "save-later" = "continue") =>
      saveSection({
        slug: fixture.slug,
        draftToken,
        sectionKey,
        versionId: fixture.versionId,
        entries: pageEntries(sectionKey, answers as never),
        mode,
      });

    expect(
      await save("about-you", {
        "respondent-type": { optionKey: "parent-carer" },
        postcode: "hp20 1ua",
        "child-age": { optionKeys: ["age-14-17"] },
      }),
    ).toMatchObject({ ok: true, nextSlug: "vision" });
    expect(
      await save("vision", {
        "vision-agree": "disagree",
        "vision-disagree-why": "It does not say how.",
        "topic-importance": { "importance-fees": "very-important" },
      }),
    ).toMatchObject({ ok: true, nextSlug: "types" });
    expect(await save("final", { "help-completing": { optionKey: "family" } })).toMatchObject({
      ok: true,
      nextSlug: "equality-monitoring",
    });
    expect(await save("equality-monitoring", { "equality-consent": { optionKey: "yes" } })).toMatchObject({
      ok: true,
      nextSlug: "equality-about-you",
    });
    expect(
      await save("equality-about-you", {
        "equality-sex": { optionKey: "prefer-not-to-say" },
        "equality-age": { optionKey: "age-35-44" },
      }),
    ).toMatchObject({ ok: true, nextSlug: "equality-about-the-child" });

    const stored = await storedResponse(responseId);
    expect(stored.answers.map((a) => a.questionKey)).toEqual([
      "child-age",
      "help-completing",
      "postcode",
      "respondent-type",
      "topic-importance.importance-fees",
      "vision-agree",
      "vision-disagree-why",
    ]);
    expect(stored.answers.find((a) => a.questionKey === "postcode")?.text).toBe("HP20");
    // Equality answers live in their own table, never as Answer rows.
    expect(stored.equality?.answers).toEqual({
      "equality-consent": { optionKey: "yes" },
      "equality-sex": { optionKey: "prefer-not-to-say" },
      "equality-age": { optionKey: "age-35-44" },
    });

    const result = await submitResponse({
      slug: fixture.slug,
      draftToken,
      submissionKey: submissionKeyFor(draftToken),
      versionId: fixture.versionId,
      receipt: { wantsUpdates: false },
    });
    expect(result).toEqual({ ok: true, reference: expect.stringMatching(/^SB-[2-9A-Z]{4}-[2-9A-Z]{4}$/) });
    const sent = await storedResponse(responseId);
    expect(sent).toMatchObject({
      status: "SUBMITTED",
      reference: result.ok && result.reference,
      respondentType: "parent-carer",
      completedHow: "WITH_FAMILY_HELP",
      draftTokenHash: null,
      submissionKey: submissionKeyFor(draftToken),
    });
    expect(sent.submittedAt).toBeInstanceOf(Date);
    expect(sent.answers).toHaveLength(7);
  });

  it("starts on the first page, and after a change names the page it newly brings in", async () => {
    const fixture = await createConsultation();
    const { draftToken, firstPageSlug } = await startDraft(fixture.slug);
    expect(firstPageSlug).toBe("about-you");
    const save = (sectionKey: string, answers: Record<string, unknown>) =>
      saveSection({
        slug: fixture.slug,
        draftToken,
        sectionKey,
        versionId: fixture.versionId,
        entries: pageEntries(sectionKey, answers as never),
        mode: "continue",
      });
    expect(await save("equality-monitoring", { "equality-consent": { optionKey: "no" } })).toMatchObject({
      ok: true,
      nextSlug: undefined,
      newPageSlug: undefined,
    });
    // Changing "no" to "yes" from "Check your answers" must visit the questions it brings in.
    expect(await save("equality-monitoring", { "equality-consent": { optionKey: "yes" } })).toMatchObject({
      ok: true,
      newPageSlug: "equality-about-you",
    });
  });

  it("keeps every answer given on a page with errors, and saves nothing", async () => {
    const fixture = await createConsultation();
    const { draftToken, responseId } = await startDraft(fixture.slug);
    const result = await saveSection({
      slug: fixture.slug,
      draftToken,
      sectionKey: "about-you",
      versionId: fixture.versionId,
      entries: [
        ["postcode", "not a postcode"],
        ["child-age", "age-0-4"],
        ["child-age", "age-5-10"],
      ],
      mode: "continue",
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        "respondent-type": "Select an answer for 'Which of these best describes you?'",
        postcode: "Enter a real UK postcode, or the first part of one, like HP20",
      },
      values: { postcode: "not a postcode", "child-age": ["age-0-4", "age-5-10"] },
    });
    expect((await storedResponse(responseId)).answers).toEqual([]);
  });

  it("saves what is valid on 'Save and come back later'", async () => {
    const fixture = await createConsultation();
    const { draftToken, responseId } = await startDraft(fixture.slug);
    const result = await saveSection({
      slug: fixture.slug,
      draftToken,
      sectionKey: "about-you",
      versionId: fixture.versionId,
      entries: [
        ["postcode", "HP19"],
        ["respondent-type", "no-such-option"],
      ],
      mode: "save-later",
    });
    expect(result.ok).toBe(true);
    expect((await storedResponse(responseId)).answers.map((a) => [a.questionKey, a.text])).toEqual([
      ["postcode", "HP19"],
    ]);
  });

  it("removes answers to questions that a changed answer hides", async () => {
    const fixture = await createConsultation();
    const { draftToken, responseId } = await startDraft(fixture.slug);
    const save = (sectionKey: string, answers: Record<string, unknown>) =>
      saveSection({
        slug: fixture.slug,
        draftToken,
        sectionKey,
        versionId: fixture.versionId,
        entries: pageEntries(sectionKey, answers as never),
        mode: "continue",
      });
    await save("about-you", {
      "respondent-type": { optionKey: "parent-carer" },
      "child-age": { optionKeys: ["age-14-17"] },
    });
    await save("transition", { "transition-info": { optionKey: "no" }, "plan-from-14": "agree" });
    await save("vision", { "vision-agree": "disagree", "vision-disagree-why": "Because." });
    expect((await storedResponse(responseId)).answers.map((a) => a.questionKey)).toContain("transition-info");

    // Now a professional: the child's questions, and the transition question that hangs off them, go.
    await save("about-you", { "respondent-type": { optionKey: "professional" } });
    // And agreeing hides the "why do you disagree" follow-up on the same page.
    await save("vision", { "vision-agree": "agree", "vision-disagree-why": "Left in the box without JavaScript." });
    expect((await storedResponse(responseId)).answers.map((a) => a.questionKey)).toEqual([
      "plan-from-14",
      "respondent-type",
      "vision-agree",
    ]);
  });

  it("refuses tampered or oversized input and writes nothing", async () => {
    const fixture = await createConsultation();
    const { draftToken, responseId } = await startDraft(fixture.slug);
    const base = {
      slug: fixture.slug,
      draftToken,
      sectionKey: "about-you",
      versionId: fixture.versionId,
      mode: "continue" as const,
    };
    const before = await db().response.findUniqueOrThrow({ where: { id: responseId } });

    expect(
      await codeOf(
        saveSection({
          ...base,
          entries: [
            ["respondent-type", "professional"],
            ["is-admin", "yes"],
          ],
        }),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      await codeOf(
        saveSection({
          ...base,
          entries: [
            ["respondent-type", "professional"],
            ["vision-agree", "agree"],
          ],
        }),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      await codeOf(
        saveSection({ ...base, versionId: "someone-elses-version", entries: [["respondent-type", "professional"]] }),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      await codeOf(
        saveSection({
          ...base,
          entries: [
            ["respondent-type", "professional"],
            ["postcode", "x".repeat(1024 * 1024)],
          ],
        }),
      ),
    ).toBe("INVALID_INPUT");
    expect(await codeOf(saveSection({ ...base, sectionKey: "no-such-page", entries: [] }))).toBe("INVALID_INPUT");
    expect(
      await codeOf(
        saveSection({ ...base, draftToken: "x".repeat(43), entries: [["respondent-type", "professional"]] }),
      ),
    ).toBe("NOT_FOUND");
    // An option the question never offered is an error on the page, not a stored answer.
    expect(await saveSection({ ...base, entries: [["respondent-type", "administrator"]] })).toMatchObject({
      ok: false,
      fieldErrors: { "respondent-type": "Select an option from the list" },
    });

    const after = await storedResponse(responseId);
    expect(after.answers).toEqual([]);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("keeps a draft on the version it started with after a new one is published", async () => {
    const fixture = await createConsultation();
    const { draftToken } = await startDraft(fixture.slug);
    const v2 = await publishNewVersion(fixture);
    const save = (versionId: string) =>
      saveSection({
        slug: fixture.slug,
        draftToken,
        sectionKey: "about-you",
        versionId,
        entries: [["respondent-type", "professional"]],
        mode: "continue",
      });
    expect(await save(fixture.versionId)).toMatchObject({ ok: true });
    expect(await codeOf(save(v2))).toBe("INVALID_INPUT");
    const next = await startDraft(fixture.slug);
    expect((await db().response.findUniqueOrThrow({ where: { id: next.responseId } })).versionId).toBe(v2);
  });

  it("sends a draft with a required answer missing back to that page", async () => {
    const fixture = await createConsultation();
    const { draftToken } = await startDraft(fixture.slug);
    await saveSection({
      slug: fixture.slug,
      draftToken,
      sectionKey: "vision",
      versionId: fixture.versionId,
      entries: [["vision-agree", "agree"]],
      mode: "continue",
    });
    const result = await submitResponse({
      slug: fixture.slug,
      draftToken,
      submissionKey: submissionKeyFor(draftToken),
      versionId: fixture.versionId,
      receipt: { wantsUpdates: false },
    });
    expect(result).toEqual({ ok: false, problemSlug: "about-you" });
  });

  it("refuses everything once the consultation has closed", async () => {
    const fixture = await createConsultation();
    const { draftToken, responseId } = await startDraft(fixture.slug);
    await closeConsultation(fixture);
    expect(await codeOf(startDraft(fixture.slug))).toBe("CONSULTATION_CLOSED");
    expect(
      await codeOf(
        saveSection({
          slug: fixture.slug,
          draftToken,
          sectionKey: "about-you",
          versionId: fixture.versionId,
          entries: [["respondent-type", "professional"]],
          mode: "continue",
        }),
      ),
    ).toBe("CONSULTATION_CLOSED");
    expect(
      await codeOf(
        submitResponse({
          slug: fixture.slug,
          draftToken,
          submissionKey: submissionKeyFor(draftToken),
          versionId: fixture.versionId,
          receipt: { wantsUpdates: false },
        }),
      ),
    ).toBe("CONSULTATION_CLOSED");
    expect((await storedResponse(responseId)).status).toBe("DRAFT");

    const closed = await createConsultation({ open: false });
    expect(await codeOf(startDraft(closed.slug))).toBe("CONSULTATION_CLOSED");
  });
});
