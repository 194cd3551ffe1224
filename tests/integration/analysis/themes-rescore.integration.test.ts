// Review decisions re-score the rest (issue #9, review queue): an officer's accepted answers are
// examples of their theme and rejected ones negative evidence, the remaining open suggestions
// are re-scored in the same transaction, officer decisions are never touched, and the result
// depends only on the texts, the codebook and the decisions, not on ids or insertion order.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { runThemes } from "@/lib/services/analysis/free-text/run-themes";
import { editCodebook } from "@/lib/services/analysis/free-text/codebook";
import { reviewQueue } from "@/lib/services/analysis/free-text/review";
import { bulkAccept, decideAssignment } from "@/lib/services/analysis/free-text/review-decisions";
import { saveReviewDecisions } from "@/lib/services/analysis/free-text/review-batch";
import { staffMember, themesConsultation } from "./free-text-fixtures";

const VAN = "The mobile van visits our village every fortnight.";
const VAN_AGAIN = "The mobile van visits our village every month.";
const FARES = "Cut the bus fares and the library hours will not matter if nobody can get there.";
const FARES_AGAIN = "Cut the bus fares and the library hours will not matter if nobody can reach it.";
const TEXTS = [
  "the library opening hours should be longer",
  "keep the library open for children's reading groups",
  "library books and study space matter to students",
  "librarians help older people with computers at the library",
  "bus fares are too expensive for pensioners",
  "the route 7 bus is always late in the morning",
  "we need more buses to the hospital",
  "bus shelters on the high street need repair",
  "the park play area needs new swings",
  "dog fouling in the park is getting worse",
  VAN,
  VAN_AGAIN,
  FARES,
  FARES_AGAIN,
  "n/a",
];
const CODES = [
  { name: "Library", description: "Library opening hours, books, reading and study space." },
  { name: "Buses", description: "Bus fares, routes, shelters and reliability." },
  { name: "Parks", description: "Parks, play areas and green spaces." },
];

let officer: StaffPrincipal;
beforeAll(async () => {
  officer = await staffMember("OFFICER");
});

/** A consultation answered with `texts` in that order, themes run and the three codes added. */
async function coded(texts: string[]) {
  const f = await themesConsultation(texts);
  const q = { consultationId: f.consultationId, questionKey: "why" };
  await runThemes(officer, { ...q, seed: 1 });
  const ids: Record<string, string> = {};
  for (const c of CODES) ids[c.name] = (await editCodebook(officer, { ...q, op: "addCode", ...c })).codeId as string;
  const answerId = (text: string) => f.answerIds[texts.indexOf(text)];
  return { f, q, ids, answerId };
}

async function rows(consultationId: string) {
  return db().themeAssignment.findMany({
    where: { codebook: { consultationId } },
    include: { answer: { select: { text: true } } },
  });
}

const open = async (answerId: string, codeId: string) =>
  db().themeAssignment.findFirst({ where: { answerId, codeId, status: "SUGGESTED" } });

describe("re-scoring after review decisions", () => {
  let c: Awaited<ReturnType<typeof coded>>;
  beforeAll(async () => {
    c = await coded(TEXTS);
  });

  it("adding a theme to an answer makes it an example: its near-copy is now suggested that theme", async () => {
    expect(await open(c.answerId(VAN_AGAIN), c.ids.Library)).toBeNull();
    const unrelated = await open(c.answerId(TEXTS[9]), c.ids.Parks);
    const saved = await saveReviewDecisions(officer, {
      ...c.q,
      decisions: [],
      additions: [{ answerId: c.answerId(VAN), codeId: c.ids.Library }],
    });
    expect(saved.rescored.appeared).toBeGreaterThan(0);
    expect(await open(c.answerId(VAN_AGAIN), c.ids.Library)).not.toBeNull();
    // A suggestion that is still made keeps its row, so a review page loaded earlier can still save it.
    expect((await open(c.answerId(TEXTS[9]), c.ids.Parks))?.id).toBe(unrelated?.id);
    expect(saved.rescored.suggested).toBe(
      await db().themeAssignment.count({
        where: { codebook: { consultationId: c.q.consultationId }, status: "SUGGESTED" },
      }),
    );
  });

  it("accepting a suggestion raises the same theme's score on similar undecided answers", async () => {
    const d = await coded(TEXTS);
    const before = await open(d.answerId(FARES_AGAIN), d.ids.Library);
    const accept = await open(d.answerId(FARES), d.ids.Library);
    expect(before && accept).toBeTruthy();
    const out = await decideAssignment(officer, { assignmentId: accept!.id, decision: "ACCEPTED" });
    expect(out.rescored.suggested).toBeGreaterThan(0);
    expect((await open(d.answerId(FARES_AGAIN), d.ids.Library))?.score).toBeGreaterThan(before!.score);
  });

  it("rejecting a suggestion takes the theme off its near-copy, and a rejection is never suggested again", async () => {
    const d = await coded(TEXTS);
    expect(await open(d.answerId(FARES_AGAIN), d.ids.Library)).not.toBeNull();
    const reject = (await open(d.answerId(FARES), d.ids.Library))!;
    const saved = await saveReviewDecisions(officer, {
      ...d.q,
      decisions: [{ assignmentId: reject.id, decision: "REJECTED" }],
      additions: [],
    });
    expect(saved).toMatchObject({ accepted: 0, rejected: 1, added: 0 });
    expect(saved.rescored.withdrawn).toBeGreaterThan(0);
    expect(await open(d.answerId(FARES_AGAIN), d.ids.Library)).toBeNull();
    expect(await open(d.answerId(FARES), d.ids.Library)).toBeNull();
    // The bus part of both answers still stands.
    expect(await open(d.answerId(FARES_AGAIN), d.ids.Buses)).not.toBeNull();
  });

  it("never overwrites an officer decision, and bulk accept re-scores what is left", async () => {
    const decided = async () =>
      (
        await db().themeAssignment.findMany({
          where: { codebook: { consultationId: c.q.consultationId }, status: { not: "SUGGESTED" } },
          orderBy: { id: "asc" },
        })
      ).map((r) => ({ ...r }));
    const [first] = (await reviewQueue(officer, { ...c.q, limit: 1 })).items;
    await decideAssignment(officer, { assignmentId: first.suggestions[0].assignmentId, decision: "REJECTED" });
    const kept = await decided();
    expect(kept.map((r) => r.status).sort()).toEqual(["ACCEPTED", "REJECTED"]);
    const bulk = await bulkAccept(officer, { ...c.q, codeId: c.ids.Buses, confidence: "all" });
    expect(bulk.accepted).toBeGreaterThan(0);
    const after = await decided();
    // Every earlier decision is exactly as it was (status, score, who, when); only new acceptances were added.
    expect(after.filter((r) => kept.some((k) => k.id === r.id))).toEqual(kept);
    expect(after.length).toBe(kept.length + bulk.accepted);
    // Open suggestions never sit on a pair an officer decided.
    const all = await rows(c.q.consultationId);
    const decidedPairs = new Set(all.filter((r) => r.status !== "SUGGESTED").map((r) => `${r.answerId}:${r.codeId}`));
    expect(all.filter((r) => r.status === "SUGGESTED" && decidedPairs.has(`${r.answerId}:${r.codeId}`))).toEqual([]);
  });
});

describe("determinism", () => {
  it("gives identical suggestions for the same texts, codebook and decisions, whatever order the answers arrived in", async () => {
    const shuffled = [...TEXTS].reverse();
    shuffled.push(...shuffled.splice(0, 4));
    const runs = [];
    for (const texts of [TEXTS, shuffled]) {
      const r = await coded(texts);
      const pick = async (text: string, code: string) => (await open(r.answerId(text), r.ids[code]))!.id;
      await saveReviewDecisions(officer, {
        ...r.q,
        decisions: [
          { assignmentId: await pick(FARES, "Library"), decision: "REJECTED" },
          { assignmentId: await pick(TEXTS[4], "Buses"), decision: "ACCEPTED" },
        ],
        additions: [{ answerId: r.answerId(VAN), codeId: r.ids.Library }],
      });
      // Evidence names the reviewed answers it resembles by id, and ids differ between the two
      // consultations: compare those answers by their text.
      const text = new Map(r.f.answerIds.map((id, i) => [id, texts[i]]));
      const sameText = (evidence: unknown) => {
        const e = evidence as { resembles?: { id: string }[] };
        return e.resembles ? { ...e, resembles: e.resembles.map((x) => ({ ...x, id: text.get(x.id) })) } : e;
      };
      runs.push(
        (await rows(r.q.consultationId))
          .map((x) => ({
            text: x.answer.text,
            codeId: x.codeId,
            status: x.status,
            by: x.assignedBy,
            score: x.score,
            confidence: x.confidence,
            evidence: sameText(x.evidence),
          }))
          .sort((a, b) =>
            a.text! < b.text! ? -1 : a.text! > b.text! ? 1 : a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0,
          ),
      );
    }
    expect(runs[0].length).toBeGreaterThan(TEXTS.length);
    expect(runs[1]).toEqual(runs[0]);
  });
});
