// Theme suggestions that learn from officer decisions (issue #22): once an officer has accepted ten
// answers of a theme, a near-paraphrase that shares few words with them is suggested that theme,
// and its evidence names the reviewed answers it resembles; the review page's order and summary
// come from the same model.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { runThemes } from "@/lib/services/analysis/free-text/run-themes";
import { editCodebook } from "@/lib/services/analysis/free-text/codebook";
import { reviewQueue } from "@/lib/services/analysis/free-text/review";
import { saveReviewDecisions } from "@/lib/services/analysis/free-text/review-batch";
import { learningView, reviewedAnswer } from "@/lib/services/analysis/free-text/learning";
import { staffMember, themesConsultation } from "./free-text-fixtures";

const SAFETY = [
  "The underpass by the station is pitch black after dark and I hurry through it.",
  "Gangs hang around the underpass in the evenings, it is frightening.",
  "Broken streetlights near the station make the walk home frightening.",
  "I avoid the station underpass after dark because of the gangs.",
  "My daughter will not walk past the station at night any more.",
  "The streetlights on the station road have been broken for months, it is pitch black.",
  "Teenagers throw stones in the underpass, walking home is frightening.",
  "After dark the walk from the station feels frightening with no lights.",
  "Someone was mugged in the underpass last winter and nothing changed.",
  "The path behind the station is unlit and gangs gather there at night.",
];
const PARAPHRASE = "Coming back from the station at night through that dark tunnel scares me.";
const OTHERS = [
  "the library opening hours should be longer",
  "keep the library open for children's reading groups",
  "library books and study space matter to students",
  "bus fares are too expensive for pensioners",
  "the route 7 bus is always late in the morning",
  "we need more buses to the hospital",
  "the park play area needs new swings",
  "dog fouling in the park is getting worse",
  "more benches and trees in the park please",
  "n/a",
];
const CODES = [
  { name: "Library", description: "Library opening hours, books, reading and study space." },
  { name: "Buses", description: "Bus fares, routes, shelters and reliability." },
  { name: "Parks", description: "Parks, play areas and green spaces." },
  { name: "Personal safety", description: "Worries about personal safety." },
];

let officer: StaffPrincipal;
beforeAll(async () => {
  officer = await staffMember("OFFICER");
});

const openRows = (answerId: string) => db().themeAssignment.findMany({ where: { answerId, status: "SUGGESTED" } });

describe("learning from officer decisions", () => {
  it("suggests a theme to a near-paraphrase of ten accepted answers, naming them in the evidence", async () => {
    const texts = [...SAFETY, PARAPHRASE, ...OTHERS];
    const f = await themesConsultation(texts);
    const q = { consultationId: f.consultationId, questionKey: "why" };
    await runThemes(officer, { ...q, seed: 1 });
    const ids: Record<string, string> = {};
    for (const c of CODES) ids[c.name] = (await editCodebook(officer, { ...q, op: "addCode", ...c })).codeId as string;
    const answerId = (text: string) => f.answerIds[texts.indexOf(text)];
    const paraphrase = answerId(PARAPHRASE);
    // The codebook alone does not see it: the theme's words are not the answer's.
    expect((await openRows(paraphrase)).map((r) => r.codeId)).not.toContain(ids["Personal safety"]);
    expect((await learningView(officer, q)).decisions).toBe(0);

    // The officer reviews the ten safety answers (rejecting what the system guessed, adding the
    // theme) and five others (accepting their suggestions): one page, one save.
    const safety = SAFETY.map(answerId);
    const others = OTHERS.slice(0, 9)
      .filter((_, i) => i % 2 === 0)
      .map(answerId);
    const decisions = [
      ...(await db().themeAssignment.findMany({ where: { answerId: { in: safety }, status: "SUGGESTED" } })).map(
        (r) => ({ assignmentId: r.id, decision: "REJECTED" as const }),
      ),
      ...(await db().themeAssignment.findMany({ where: { answerId: { in: others }, status: "SUGGESTED" } })).map(
        (r) => ({ assignmentId: r.id, decision: "ACCEPTED" as const }),
      ),
    ];
    const saved = await saveReviewDecisions(officer, {
      ...q,
      decisions,
      additions: safety.map((a) => ({ answerId: a, codeId: ids["Personal safety"] })),
    });
    expect(saved.added).toBe(10);

    const suggestion = (await openRows(paraphrase)).find((r) => r.codeId === ids["Personal safety"]);
    expect(suggestion).toBeDefined();
    const evidence = suggestion!.evidence as {
      learnedTerms?: string[];
      resembles?: { id: string; similarity: number }[];
    };
    expect(evidence.resembles?.length).toBeGreaterThan(0);
    expect(evidence.resembles!.length).toBeLessThanOrEqual(3);
    for (const r of evidence.resembles!) expect(safety).toContain(r.id);
    expect(evidence.learnedTerms?.length).toBeGreaterThan(0);

    // The review page's items carry the resembled answers' redacted text for the links, and each opens.
    const learning = await learningView(officer, q);
    expect(learning.decisions).toBe(decisions.length + 10);
    expect(learning.changed).toBeGreaterThan(0);
    expect(learning.agreement).toEqual(expect.any(Number));
    expect(new Set(learning.order)).toEqual(
      new Set(
        (
          await db().themeAssignment.findMany({
            where: { codebook: { consultationId: q.consultationId }, status: "SUGGESTED" },
            distinct: ["answerId"],
          })
        ).map((r) => r.answerId),
      ),
    );
    const queue = await reviewQueue(officer, { ...q, order: learning.order, limit: 50 });
    const item = queue.items.find((i) => i.answerId === paraphrase)!;
    const shown = item.suggestions.find((s) => s.codeId === ids["Personal safety"])!;
    expect(shown.resembles!.map((r) => r.text).every((t) => SAFETY.includes(t))).toBe(true);
    const opened = await reviewedAnswer(officer, { ...q, answerId: shown.resembles![0].answerId });
    expect(opened?.accepted).toEqual(["Personal safety"]);
    expect(opened?.text).toBe(shown.resembles![0].text);
  });
});
