// Free-text themes against PostgreSQL (issue #9 part 4): redaction stored with its log and the
// original untouched, campaigns and candidates, codebook versions and every edit, suggestions
// re-scored without overwriting officer decisions, the review queue, bulk accept, quote stars,
// search, "You said, we did", permissions, audit rows and determinism.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { runThemes, latestThemeRun } from "@/lib/services/analysis/free-text/run-themes";
import { editCodebook } from "@/lib/services/analysis/free-text/codebook";
import { codebookView, reviewQueue } from "@/lib/services/analysis/free-text/review";
import { addAssignment, bulkAccept, decideAssignment } from "@/lib/services/analysis/free-text/review-decisions";
import { searchFreeText, setQuoteStar, starredQuotes } from "@/lib/services/analysis/free-text/quotes";
import {
  listYouSaidWeDid,
  publicYouSaidWeDid,
  saveYouSaidWeDid,
} from "@/lib/services/analysis/free-text/you-said-we-did";
import { ZPinExampleForm } from "@/lib/validation/themes";
import { answerTexts, EMAIL, PERSONAL, staffMember, themesConsultation } from "./free-text-fixtures";

let f: Awaited<ReturnType<typeof themesConsultation>>;
let officer: StaffPrincipal;
let analyst: StaffPrincipal;
const q = () => ({ consultationId: f.consultationId, questionKey: "why" });
const audits = async (action: string) => db().auditEvent.count({ where: { action, actorId: officer.id } });

const CODES = [
  { name: "Parking", description: "Car parking spaces, permits and charges for drivers." },
  { name: "Library", description: "Library opening hours, books, reading and study space." },
  { name: "Flooding", description: "Flooding, blocked drains, gullies and flood defences." },
];

async function codeAll(): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const c of CODES) ids[c.name] = (await editCodebook(officer, { ...q(), op: "addCode", ...c })).codeId as string;
  return ids;
}

beforeAll(async () => {
  f = await themesConsultation();
  officer = await staffMember("OFFICER");
  analyst = await staffMember("ANALYST");
});

describe("running themes on a question", () => {
  it("is refused to analysts and unknown questions", async () => {
    await expect(runThemes(analyst, { ...q(), seed: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(runThemes(null, { ...q(), seed: 1 })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(runThemes(officer, { ...q(), questionKey: "plan", seed: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("stores redacted copies and a redaction log, leaves the original alone and skips drafts", async () => {
    const summary = await runThemes(officer, { ...q(), seed: 1 });
    expect(summary).toMatchObject({ answers: f.answerIds.length, campaigns: 1, suggested: null });
    expect(summary.candidates).toBeGreaterThanOrEqual(2);
    const personalId = f.answerIds[f.answerIds.length - 2];
    const copy = await db().redactedAnswer.findUniqueOrThrow({
      where: { answerId: personalId },
      include: { events: { orderBy: { start: "asc" } } },
    });
    expect(copy.text).not.toContain(EMAIL);
    expect(copy.text).not.toContain("07700 900123");
    expect(copy.events.map((e) => e.kind)).toEqual(["email", "phone"]);
    expect(PERSONAL.slice(copy.events[0].start, copy.events[0].end)).toBe(EMAIL);
    expect((await db().answer.findUniqueOrThrow({ where: { id: personalId } })).text).toBe(PERSONAL);
    expect(await db().redactedAnswer.findUnique({ where: { answerId: f.draftAnswerId } })).toBeNull();
    expect(summary.redactions).toBe(2);
    expect(await audits("analysis.themesRun")).toBe(1);
  });

  it("shows candidates and the campaign as redacted text to analysts", async () => {
    const run = await latestThemeRun(analyst, f.consultationId, "why");
    expect(run?.campaigns.find((c) => c.isCampaign)?.size).toBe(12);
    expect(run?.candidates.every((c) => c.quotes.length > 0 && c.memberIds.length === c.approxCount)).toBe(true);
    expect(JSON.stringify(run)).not.toContain(EMAIL);
  });
});

describe("codebook and review", () => {
  let ids: Record<string, string>;

  it("writes a new immutable version per edit, fallbacks included, and refuses a duplicate name", async () => {
    ids = await codeAll();
    const view = await codebookView(analyst, f.consultationId, "why");
    expect(view?.versionNumber).toBe(3);
    expect(view?.codes.map((c) => c.name)).toEqual(["Parking", "Library", "Flooding", "Other", "No reason given"]);
    await expect(
      editCodebook(officer, { ...q(), op: "addCode", name: "parking", description: "" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { name: [expect.stringContaining("already")] } });
    await expect(editCodebook(analyst, { ...q(), op: "addCode", name: "X", description: "" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const v1 = await db().codebookVersion.findFirstOrThrow({ where: { codebookId: view?.codebookId, number: 1 } });
    expect((v1.codes as { name: string }[]).map((c) => c.name)).toEqual(["Parking", "Other", "No reason given"]);
    expect(await audits("analysis.codebookEdit")).toBe(3);
  });

  it("suggests codes with evidence, most answers on their own topic, non-answers as no reason given", async () => {
    const rows = await db().themeAssignment.findMany({
      where: { answer: { text: { contains: "library" } }, codebook: { consultationId: f.consultationId } },
    });
    expect(rows.filter((r) => r.codeId === ids.Library).length).toBeGreaterThanOrEqual(14);
    expect(rows.every((r) => r.assignedBy === "SYSTEM" && r.status === "SUGGESTED")).toBe(true);
    const na = await db().themeAssignment.findMany({ where: { answerId: f.answerIds[f.answerIds.length - 1] } });
    expect(na.map((r) => r.codeId)).toEqual(["NO_REASON"]);
    const parking = await db().themeAssignment.findFirstOrThrow({
      where: { codeId: ids.Parking, codebook: { consultationId: f.consultationId } },
    });
    expect((parking.evidence as { sharedTerms: string[] }).sharedTerms.length).toBeGreaterThan(0);
  });

  it("queues answers least confident first", async () => {
    const { total, items } = await reviewQueue(analyst, { ...q(), limit: 100 });
    expect(total).toBe(f.answerIds.length);
    const conf = items.map((i) => i.confidence);
    expect(conf).toEqual([...conf].sort((a, b) => a - b));
    expect(items[0].suggestions[0].codeName).toBeTruthy();
    expect(items.some((i) => i.text.includes(EMAIL))).toBe(false);
  });

  it("keeps officer decisions through a re-score after a rename", async () => {
    const [first] = (await reviewQueue(officer, { ...q(), codeId: ids.Library })).items;
    const rejected = (await reviewQueue(officer, { ...q(), codeId: ids.Flooding })).items[0].suggestions.find(
      (s) => s.codeId === ids.Flooding,
    );
    await decideAssignment(officer, {
      assignmentId: first.suggestions.find((s) => s.codeId === ids.Library)?.assignmentId as string,
      decision: "ACCEPTED",
    });
    await decideAssignment(officer, { assignmentId: rejected?.assignmentId as string, decision: "REJECTED" });
    const manual = await addAssignment(officer, { ...q(), answerId: f.answerIds[0], codeId: ids.Library });
    await editCodebook(officer, {
      ...q(),
      op: "editCode",
      codeId: ids.Library,
      name: "Libraries",
      description: "Keep libraries open for reading, books and study.",
    });
    const after = await db().themeAssignment.findMany({
      where: { id: { in: [manual.id, rejected?.assignmentId as string] } },
    });
    expect(after.map((r) => r.status).sort()).toEqual(["ACCEPTED", "REJECTED"]);
    expect(
      await db().themeAssignment.count({
        where: { answerId: first.answerId, codeId: ids.Library, status: "ACCEPTED" },
      }),
    ).toBe(1);
    expect((await db().themeAssignment.findUniqueOrThrow({ where: { id: manual.id } })).assignedBy).toBe("OFFICER");
    // The rejected code is not suggested again for that answer.
    const rejectedAnswer = (after.find((r) => r.status === "REJECTED") as { answerId: string }).answerId;
    expect(
      await db().themeAssignment.count({
        where: { answerId: rejectedAnswer, codeId: ids.Flooding, status: "SUGGESTED" },
      }),
    ).toBe(0);
  });

  it("bulk-accepts every suggestion of one code", async () => {
    const open = await db().themeAssignment.count({
      where: { codeId: ids.Parking, status: "SUGGESTED", codebook: { consultationId: f.consultationId } },
    });
    expect(open).toBeGreaterThan(10);
    expect(await bulkAccept(officer, { ...q(), codeId: ids.Parking })).toMatchObject({ accepted: open });
    expect(
      await db().themeAssignment.count({
        where: { codeId: ids.Parking, status: "SUGGESTED", codebook: { consultationId: f.consultationId } },
      }),
    ).toBe(0);
    await expect(bulkAccept(analyst, { ...q(), codeId: ids.Parking })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("merges a candidate into a code, moving accepted answers, and splits a code in two", async () => {
    const run = await latestThemeRun(officer, f.consultationId, "why");
    const accepted = await editCodebook(officer, {
      ...q(),
      op: "acceptCandidate",
      runId: run?.id as string,
      candidate: 0,
    });
    const candidateId = accepted.codeId as string;
    await bulkAccept(officer, { ...q(), codeId: candidateId });
    const moved = await db().themeAssignment.findMany({
      where: { codeId: candidateId, status: "ACCEPTED", codebook: { consultationId: f.consultationId } },
    });
    await editCodebook(officer, { ...q(), op: "mergeCodes", codeId: ids.Flooding, fromCodeId: candidateId });
    // Scoped to this consultation: code ids are numbered within each codebook, so another test
    // file's codebook in the same database can hold the same id.
    expect(
      await db().themeAssignment.count({
        where: { codeId: candidateId, codebook: { consultationId: f.consultationId } },
      }),
    ).toBe(0);
    for (const m of moved)
      expect(
        await db().themeAssignment.count({
          where: { answerId: m.answerId, codeId: ids.Flooding, status: { in: ["ACCEPTED", "REJECTED"] } },
        }),
      ).toBe(1);
    const split = await editCodebook(officer, { ...q(), op: "splitCode", codeId: ids.Parking });
    const view = await codebookView(officer, f.consultationId, "why");
    expect(view?.versionNumber).toBe(split.versionNumber);
    const parts = view?.codes.filter((c) => c.name.startsWith("Parking: ")) ?? [];
    expect(parts).toHaveLength(2);
    expect(view?.codes.some((c) => c.id === ids.Parking)).toBe(false);
    // The bulk-accepted Parking answers stay accepted, now under one of the two halves.
    expect(parts.reduce((n, p) => n + p.accepted, 0)).toBeGreaterThan(10);
    await expect(editCodebook(officer, { ...q(), op: "splitCode", codeId: "OTHER" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("pins examples only from this question", async () => {
    await editCodebook(officer, { ...q(), op: "pinExamples", codeId: ids.Library, answerIds: [f.answerIds[4]] });
    const view = await codebookView(officer, f.consultationId, "why");
    expect(view?.codes.find((c) => c.id === ids.Library)?.examples.map((e) => e.answerId)).toEqual([f.answerIds[4]]);
    await expect(
      editCodebook(officer, { ...q(), op: "pinExamples", codeId: ids.Library, answerIds: [f.draftAnswerId] }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("pinning one example from the theme page", () => {
  it("pins and unpins through the page's form, re-scores, audits, and refuses answers from elsewhere", async () => {
    const view = async () =>
      (await codebookView(officer, f.consultationId, "why"))?.codes.find((c) => c.name === "Flooding");
    const flooding = (await view())!;
    const before = flooding.examples.map((e) => e.answerId);
    const floodAnswer = f.answerIds[8];
    const pin = ZPinExampleForm.parse({ ...q(), codeId: flooding.id, pin: floodAnswer });
    expect(pin).toMatchObject({ op: "pinExample", answerId: floodAnswer, pinned: true });
    const edits = await audits("analysis.codebookEdit");
    const pinned = await editCodebook(officer, pin);
    expect((await view())!.examples.map((e) => e.answerId)).toEqual([...before, floodAnswer]);
    expect(pinned.suggested).toBeGreaterThan(0);
    // The re-score ran against the pinned example: a suggestion names it as its nearest example.
    const pinnedText = (await db().redactedAnswer.findUniqueOrThrow({ where: { answerId: floodAnswer } })).text;
    const open = await db().themeAssignment.findMany({
      where: {
        codebookId: pinned.codebookId,
        codeId: flooding.id,
        status: "SUGGESTED",
        assignedBy: "SYSTEM",
        versionNumber: pinned.versionNumber,
      },
    });
    expect(
      open.some((r) => (r.evidence as { nearestExample?: { text: string } }).nearestExample?.text === pinnedText),
    ).toBe(true);
    const unpinned = await editCodebook(
      officer,
      ZPinExampleForm.parse({ ...q(), codeId: flooding.id, unpin: floodAnswer }),
    );
    expect(unpinned.versionNumber).toBe(pinned.versionNumber + 1);
    expect((await view())!.examples.map((e) => e.answerId)).toEqual(before);
    expect(await audits("analysis.codebookEdit")).toBe(edits + 2);
    await expect(
      editCodebook(officer, { ...q(), op: "pinExample", codeId: flooding.id, answerId: f.draftAnswerId, pinned: true }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      editCodebook(officer, { ...q(), op: "pinExample", codeId: flooding.id, answerId: floodAnswer, pinned: false }),
    ).rejects.toThrow("not an example");
    await expect(editCodebook(analyst, pin)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(ZPinExampleForm.safeParse({ ...q(), codeId: flooding.id }).success).toBe(false);
  });
});

describe("determinism", () => {
  it("gives the same suggestions for the same answers, codebook and seed", async () => {
    const table = async (consultationId: string) => {
      const rows = await db().themeAssignment.findMany({
        where: { codebook: { consultationId } },
        include: { answer: { select: { text: true } } },
      });
      return rows
        .map((r) => `${r.answer.text}|${r.codeId}|${r.score}|${r.confidence}|${JSON.stringify(r.evidence)}`)
        .sort();
    };
    const runs = [];
    for (let i = 0; i < 2; i++) {
      f = await themesConsultation();
      await runThemes(officer, { ...q(), seed: 7 });
      await codeAll();
      runs.push({
        table: await table(f.consultationId),
        labels: (await latestThemeRun(officer, f.consultationId, "why"))?.candidates.map((c) => c.label),
      });
    }
    expect(runs[0].table.length).toBeGreaterThan(60);
    expect(runs[1]).toEqual(runs[0]);
  });
});

describe("quotes, search and you said, we did", () => {
  it("stars redacted quotes and searches redacted text only", async () => {
    await setQuoteStar(officer, { answerId: f.answerIds[f.answerIds.length - 2], starred: true });
    await setQuoteStar(officer, { answerId: f.answerIds[1], starred: true });
    await setQuoteStar(officer, { answerId: f.answerIds[1], starred: false });
    const quotes = await starredQuotes(analyst, f.consultationId);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toContain("Parking near my house");
    expect(quotes[0].text).not.toContain(EMAIL);
    await expect(setQuoteStar(analyst, { answerId: f.answerIds[1], starred: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await searchFreeText(analyst, { consultationId: f.consultationId, q: "jo.bloggs" })).toEqual({
      total: 0,
      page: 1,
      pageCount: 1,
      hits: [],
    });
    const library = await searchFreeText(analyst, { consultationId: f.consultationId, q: "LIBRARY" });
    expect(library).toMatchObject({ total: 16, page: 1, pageCount: 1 });
    expect(library.hits).toHaveLength(16);
    // Each hit carries its themes from the newest codebook version: library comments were coded above.
    const named = new Set((await codebookView(analyst, f.consultationId, "why"))?.codes.map((c) => c.name));
    expect(library.hits.filter((h) => h.themes.length > 0).length).toBeGreaterThan(8);
    expect(library.hits.flatMap((h) => h.themes).every((t) => named.has(t))).toBe(true);
    await expect(searchFreeText(analyst, { consultationId: f.consultationId, q: "a" })).rejects.toThrow(
      "Enter at least 2 characters",
    );
  });

  it("pages search hits 25 at a time and keeps a page past the end on the last page", async () => {
    const expected = answerTexts().filter((t) => t.toLowerCase().includes("ar")).length;
    expect(expected).toBeGreaterThan(25);
    const first = await searchFreeText(analyst, { consultationId: f.consultationId, q: "ar" });
    expect(first).toMatchObject({ total: expected, page: 1, pageCount: Math.ceil(expected / 25) });
    expect(first.hits).toHaveLength(25);
    const last = await searchFreeText(analyst, { consultationId: f.consultationId, q: "ar", page: 99 });
    expect(last.page).toBe(first.pageCount);
    expect(last.hits).toHaveLength(expected - 25 * (first.pageCount - 1));
    expect(new Set([...first.hits, ...last.hits].map((h) => h.answerId)).size).toBe(25 + last.hits.length);
    await expect(searchFreeText(null, { consultationId: f.consultationId, q: "ar" })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("writes entries that the public page shows only once the outcome is published", async () => {
    await expect(
      saveYouSaidWeDid(analyst, {
        consultationId: f.consultationId,
        theme: "Parking",
        youSaid: "a",
        weDid: "b",
        changed: "c",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await saveYouSaidWeDid(officer, {
      consultationId: f.consultationId,
      theme: "Parking",
      youSaid: "Too few spaces",
      weDid: "We will add 40 spaces",
      changed: "The plan now includes a new car park",
    });
    await saveYouSaidWeDid(officer, {
      consultationId: f.consultationId,
      entryId: id,
      theme: "Parking",
      youSaid: "Too few parking spaces",
      weDid: "We will add 40 spaces",
      changed: "The plan now includes a new car park",
    });
    expect((await listYouSaidWeDid(analyst, f.consultationId)).map((e) => e.youSaid)).toEqual([
      "Too few parking spaces",
    ]);
    expect(await publicYouSaidWeDid(f.slug)).toEqual([]);
    await db().consultation.update({
      where: { id: f.consultationId },
      data: { stage: "OUTCOME_PUBLISHED", outcomePublishedAt: new Date() },
    });
    expect((await publicYouSaidWeDid(f.slug)).map((e) => e.theme)).toEqual(["Parking"]);
    expect(await db().auditEvent.count({ where: { action: "outcome.youSaidWeDid", targetId: f.consultationId } })).toBe(
      2,
    );
  });
});
