// The services behind the themes screens (issue #9 part 4): the index (comment counts, newest
// run, codebook version), campaign responses for the "campaign in or out" filter, retiring a
// theme, a page of review decisions saved at once, high-confidence bulk accept, and the quote
// stars of one theme.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { runThemes } from "@/lib/services/analysis/free-text/run-themes";
import { editCodebook } from "@/lib/services/analysis/free-text/codebook";
import { codebookView, reviewQueue } from "@/lib/services/analysis/free-text/review";
import { bulkAccept } from "@/lib/services/analysis/free-text/review-decisions";
import { saveReviewDecisions } from "@/lib/services/analysis/free-text/review-batch";
import { setQuoteStars, themeQuotes } from "@/lib/services/analysis/free-text/quotes";
import { campaignResponseIds, findOpenQuestion, themesOverview } from "@/lib/services/analysis/free-text/overview";
import { closedResults } from "@/lib/services/analysis/closed-results";
import { HIGH_CONFIDENCE } from "@/lib/validation/themes";
import { answerTexts, CAMPAIGN, staffMember, themesConsultation } from "./free-text-fixtures";

let f: Awaited<ReturnType<typeof themesConsultation>>;
let officer: StaffPrincipal;
let analyst: StaffPrincipal;
const q = () => ({ consultationId: f.consultationId, questionKey: "why" });
const ids: Record<string, string> = {};

beforeAll(async () => {
  f = await themesConsultation();
  officer = await staffMember("OFFICER");
  analyst = await staffMember("ANALYST");
});

describe("the themes index", () => {
  it("lists the open questions with their comment counts before and after a run", async () => {
    expect(await themesOverview(analyst, f.consultationId)).toEqual([
      {
        key: "why",
        title: "Why do you say that?",
        place: "Questions",
        comments: answerTexts().length,
        run: null,
        codebookVersion: null,
      },
    ]);
    expect(await findOpenQuestion(analyst, f.consultationId, "plan")).toBeNull();
    await expect(themesOverview(null, f.consultationId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await runThemes(officer, { ...q(), seed: 1 });
    for (const [name, description] of [
      ["Parking", "Car parking spaces, permits and charges for drivers."],
      ["Library", "Library opening hours, books, reading and study space."],
      ["Flooding", "Flooding, blocked drains and flood defences."],
    ]) {
      ids[name] = (await editCodebook(officer, { ...q(), op: "addCode", name, description })).codeId as string;
    }
    const [row] = await themesOverview(analyst, f.consultationId);
    expect(row.run).toMatchObject({ answerCount: answerTexts().length, campaigns: 1 });
    expect(row.run?.candidates).toBeGreaterThan(0);
    expect(row.codebookVersion).toBe(3);
  });

  it("names the responses in campaigns, and the closed-question filter takes them in or out", async () => {
    const campaign = await campaignResponseIds(analyst, f.consultationId);
    const expected = await db().answer.findMany({
      where: {
        questionKey: "why",
        text: { startsWith: CAMPAIGN },
        response: { status: "SUBMITTED", consultationId: f.consultationId },
      },
      select: { responseId: true },
    });
    expect(campaign).toEqual(expected.map((a) => a.responseId).sort());
    const base = async (mode?: "include" | "exclude") =>
      (
        await closedResults(
          analyst,
          f.consultationId,
          mode ? { campaign: { mode, responseIds: campaign } } : {},
          "none",
        )
      ).base;
    expect(await base("include")).toBe(12);
    expect(await base("exclude")).toBe((await base()) - 12);
  });

  it("counts each theme's share of commenters and its high-confidence suggestions", async () => {
    const view = await codebookView(analyst, f.consultationId, "why");
    expect(view?.commenters).toBe(answerTexts().length);
    const library = view?.codes.find((c) => c.id === ids.Library);
    const sure = await db().themeAssignment.count({
      where: {
        codebookId: view?.codebookId,
        codeId: ids.Library,
        status: "SUGGESTED",
        confidence: { gte: HIGH_CONFIDENCE },
      },
    });
    expect(library?.highConfidence).toBe(sure);
    expect(library?.suggested).toBeGreaterThanOrEqual(sure);
  });
});

describe("reviewing a page at once", () => {
  it("accepts, rejects and adds a theme in one audited transaction", async () => {
    const { items } = await reviewQueue(officer, { ...q(), limit: 3 });
    const [a, b, c] = items;
    const audits = await db().auditEvent.count({ where: { action: "analysis.themeReview" } });
    const saved = await saveReviewDecisions(officer, {
      ...q(),
      decisions: [
        { assignmentId: a.suggestions[0].assignmentId, decision: "ACCEPTED" },
        { assignmentId: b.suggestions[0].assignmentId, decision: "REJECTED" },
      ],
      additions: [{ answerId: c.answerId, codeId: ids.Flooding }],
    });
    expect(saved).toMatchObject({ accepted: 1, rejected: 1, added: 1 });
    expect(
      (await db().themeAssignment.findUniqueOrThrow({ where: { id: a.suggestions[0].assignmentId } })).status,
    ).toBe("ACCEPTED");
    expect(
      (await db().themeAssignment.findUniqueOrThrow({ where: { id: b.suggestions[0].assignmentId } })).status,
    ).toBe("REJECTED");
    expect(
      await db().themeAssignment.count({
        where: { answerId: c.answerId, codeId: ids.Flooding, assignedBy: "OFFICER", status: "ACCEPTED" },
      }),
    ).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "analysis.themeReview" } })).toBe(audits + 1);
  });

  it("saves nothing when a suggestion was decided meanwhile, or for a theme not in the codebook", async () => {
    const { items } = await reviewQueue(officer, { ...q(), limit: 2 });
    const decided = await db().themeAssignment.findFirstOrThrow({
      where: { status: "ACCEPTED", codebook: { consultationId: f.consultationId } },
    });
    const open = items[0].suggestions[0].assignmentId;
    await expect(
      saveReviewDecisions(officer, {
        ...q(),
        decisions: [
          { assignmentId: open, decision: "ACCEPTED" },
          { assignmentId: decided.id, decision: "REJECTED" },
        ],
        additions: [],
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Reload the review queue") });
    expect((await db().themeAssignment.findUniqueOrThrow({ where: { id: open } })).status).toBe("SUGGESTED");
    await expect(
      saveReviewDecisions(officer, {
        ...q(),
        decisions: [],
        additions: [{ answerId: items[0].answerId, codeId: "T99" }],
      }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { [`add-${items[0].answerId}`]: ["Select a theme from the codebook"] },
    });
    await expect(
      saveReviewDecisions(officer, {
        ...q(),
        decisions: [],
        additions: [{ answerId: f.draftAnswerId, codeId: ids.Parking }],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      saveReviewDecisions(analyst, {
        ...q(),
        decisions: [{ assignmentId: open, decision: "ACCEPTED" }],
        additions: [],
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("bulk-accepts only the high-confidence suggestions when asked, leaving the rest in the queue", async () => {
    const where = { codeId: ids.Library, status: "SUGGESTED" as const, codebook: { consultationId: f.consultationId } };
    const sure = await db().themeAssignment.count({ where: { ...where, confidence: { gte: HIGH_CONFIDENCE } } });
    const unsure = await db().themeAssignment.count({ where: { ...where, confidence: { lt: HIGH_CONFIDENCE } } });
    expect(await bulkAccept(officer, { ...q(), codeId: ids.Library, confidence: "high" })).toMatchObject({
      accepted: sure,
    });
    expect(await db().themeAssignment.count({ where })).toBe(unsure);
  });
});

describe("retiring a theme", () => {
  it("writes a version without it, drops its open suggestions and keeps officer decisions", async () => {
    const before = await codebookView(officer, f.consultationId, "why");
    const accepted = await db().themeAssignment.count({
      where: { codeId: ids.Flooding, status: "ACCEPTED", codebook: { consultationId: f.consultationId } },
    });
    expect(accepted).toBeGreaterThan(0);
    const out = await editCodebook(officer, { ...q(), op: "retireCode", codeId: ids.Flooding });
    const after = await codebookView(officer, f.consultationId, "why");
    expect(out.versionNumber).toBe((before?.versionNumber ?? 0) + 1);
    expect(after?.codes.some((c) => c.id === ids.Flooding)).toBe(false);
    expect(after?.versions[0].note).toBe('Retired "Flooding"');
    expect(
      await db().themeAssignment.count({
        where: { codeId: ids.Flooding, status: "SUGGESTED", codebook: { consultationId: f.consultationId } },
      }),
    ).toBe(0);
    expect(
      await db().themeAssignment.count({
        where: { codeId: ids.Flooding, status: "ACCEPTED", codebook: { consultationId: f.consultationId } },
      }),
    ).toBe(accepted);
    await expect(editCodebook(officer, { ...q(), op: "retireCode", codeId: "OTHER" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { codeId: ['"Other" cannot be retired'] },
    });
    // A new theme never takes a retired theme's id.
    expect((await editCodebook(officer, { ...q(), op: "addCode", name: "Floods", description: "" })).codeId).not.toBe(
      ids.Flooding,
    );
  });
});

describe("quote stars on a theme", () => {
  it("stars exactly the ticked quotes of those shown, per officer, as redacted text", async () => {
    const { total, quotes } = await themeQuotes(officer, { ...q(), codeId: ids.Parking, limit: 4 });
    expect(total).toBeGreaterThan(4);
    expect(quotes).toHaveLength(4);
    const shown = quotes.map((x) => x.answerId);
    expect(await setQuoteStars(officer, { ...q(), codeId: ids.Parking, shown, starred: shown.slice(0, 2) })).toEqual({
      starred: 2,
      unstarred: 0,
    });
    expect(await setQuoteStars(officer, { ...q(), codeId: ids.Parking, shown, starred: shown.slice(1, 3) })).toEqual({
      starred: 1,
      unstarred: 1,
    });
    const mine = (await themeQuotes(officer, { ...q(), codeId: ids.Parking, limit: 4 })).quotes;
    expect(mine.filter((x) => x.starredByMe).map((x) => x.answerId)).toEqual(shown.slice(1, 3));
    const theirs = (await themeQuotes(analyst, { ...q(), codeId: ids.Parking, limit: 4 })).quotes;
    expect(theirs.filter((x) => x.starredByMe)).toEqual([]);
    expect(theirs.filter((x) => x.stars === 1).map((x) => x.answerId)).toEqual(shown.slice(1, 3));
    await expect(
      setQuoteStars(officer, { ...q(), codeId: ids.Parking, shown: [f.draftAnswerId], starred: [] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setQuoteStars(officer, { ...q(), codeId: "T99", shown, starred: [] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setQuoteStars(analyst, { ...q(), codeId: ids.Parking, shown, starred: [] })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
