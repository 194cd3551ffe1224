// Closed-question analysis over crafted responses (issue #9): exact counts merged across the
// standard and Easy Read formats and across channels, every filter, the cross-tab, the
// dashboard totals, and the equality profile's disclosure control and permission.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { StaffPrincipal, TRole } from "@/lib/permissions/permissions";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { closedResults } from "@/lib/services/analysis/closed-results";
import { crossTab } from "@/lib/services/analysis/cross-tab";
import { analysisDashboard } from "@/lib/services/analysis/dashboard";
import { equalityProfile } from "@/lib/services/analysis/equality-profile";
import { ANALYSIS_DEFINITION } from "../../support/analysis-definition";
import { createConsultation, type TFixture } from "../respond/respond-fixtures";

const DEFINITION = ZQuestionnaireDefinition.parse(ANALYSIS_DEFINITION);

const staff = async (role: TRole): Promise<StaffPrincipal> => {
  const u = await db().user.create({
    data: { email: `analysis-${role}-${Date.now()}-${Math.random()}@council.example`, role },
  });
  return { id: u.id, email: u.email, name: null, role };
};

type Crafted = {
  format?: "STANDARD" | "EASY_READ";
  channel?: "ONLINE" | "PAPER" | "PHONE";
  status?: "SUBMITTED" | "DRAFT" | "WITHDRAWN";
  who?: string;
  plan?: string;
  uses?: string[];
  where?: string;
  helped?: "ALONE" | "WITH_SUPPORT_WORKER";
  day?: string;
  equality?: Record<string, unknown>;
};

async function respond(f: TFixture, c: Crafted): Promise<string> {
  const status = c.status ?? "SUBMITTED";
  const r = await db().response.create({
    data: {
      consultationId: f.consultationId,
      versionId: f.versionId,
      format: c.format ?? "STANDARD",
      channel: c.channel ?? "ONLINE",
      status,
      respondentType: c.who ?? null,
      completedHow: c.helped ?? null,
      submittedAt: status === "DRAFT" ? null : new Date(`${c.day ?? "2026-03-02"}T12:00:00Z`),
    },
  });
  const easy = c.format === "EASY_READ";
  const answers = [
    c.who && { questionKey: "who", optionKeys: [c.who] },
    // Easy Read answers arrive mapped onto the standard key, with their source kept.
    c.plan && {
      questionKey: "plan",
      optionKeys: [c.plan],
      ...(easy && { sourceQuestionKey: "er-plan", sourceOptionKeys: ["happy"] }),
    },
    c.uses && { questionKey: "uses", optionKeys: c.uses },
    c.where && { questionKey: "where", optionKeys: [], text: c.where },
  ].filter((a) => !!a);
  if (answers.length > 0) await db().answer.createMany({ data: answers.map((a) => ({ responseId: r.id, ...a })) });
  if (c.equality) await db().equalityMonitoring.create({ data: { responseId: r.id, answers: c.equality as object } });
  return r.id;
}

let f: TFixture;
let analyst: StaffPrincipal;
let officer: StaffPrincipal;
let ids: string[] = [];

beforeAll(async () => {
  f = await createConsultation({ definition: DEFINITION });
  analyst = await staff("ANALYST");
  officer = await staff("OFFICER");
  const crafted: Crafted[] = [
    { who: "parent-carer", plan: "strongly-agree", uses: ["club", "camp"], where: "HP20 1UA", day: "2026-03-01" },
    { who: "parent-carer", plan: "agree", uses: ["club"], where: "hp21", day: "2026-03-01" },
    {
      who: "carer",
      plan: "disagree",
      uses: ["sitter"],
      where: "MK18 2AB",
      channel: "PAPER",
      helped: "WITH_SUPPORT_WORKER",
    },
    { who: "carer", plan: "neither", channel: "PHONE" },
    { format: "EASY_READ", who: "young-person", plan: "agree", uses: ["camp"], helped: "WITH_SUPPORT_WORKER" },
    { format: "EASY_READ", who: "young-person", plan: "strongly-disagree", day: "2026-03-03" },
    { format: "EASY_READ", who: "young-person" },
    // Not evidence: a draft and a withdrawn response never count.
    { status: "DRAFT", plan: "strongly-agree" },
    { status: "WITHDRAWN", plan: "strongly-agree" },
  ];
  ids = [];
  for (const c of crafted) ids.push(await respond(f, c));
});

const plan = async (filter = {}, split: "none" | "format" | "channel" = "none") => {
  const results = await closedResults(analyst, f.consultationId, filter, split);
  const q = results.questions.find((x) => x.question.key === "plan");
  if (!q) throw new Error("plan question missing");
  return { results, q };
};
const countsOf = (group: { options: { key: string; n: number }[] }) =>
  Object.fromEntries(group.options.filter((o) => o.n > 0).map((o) => [o.key, o.n]));

describe("closed-question aggregation", () => {
  it("merges Easy Read and standard answers by key, with the base, not answered and net agreement", async () => {
    const { results, q } = await plan();
    expect(results.base).toBe(7);
    const all = q.groups[0];
    expect(countsOf(all)).toEqual({ "strongly-agree": 1, agree: 2, neither: 1, disagree: 1, "strongly-disagree": 1 });
    expect(all.notAnswered).toBe(1);
    expect(all.options.find((o) => o.key === "agree")?.percent).toBeCloseTo((2 / 7) * 100, 6);
    // (1 + 2) - (1 + 1) over 7.
    expect(all.net).toBeCloseTo((1 / 7) * 100, 6);
    const uses = results.questions.find((x) => x.question.key === "uses")?.groups[0];
    expect(countsOf(uses ?? { options: [] })).toEqual({ club: 2, camp: 2, sitter: 1 });
    expect(uses?.notAnswered).toBe(3);
  });

  it("splits by format and by channel, each group with its own base", async () => {
    const { q } = await plan({}, "format");
    const [, easy, standard] = q.groups;
    expect(easy).toMatchObject({ group: "EASY_READ", base: 3, notAnswered: 1 });
    expect(countsOf(easy)).toEqual({ agree: 1, "strongly-disagree": 1 });
    expect(standard).toMatchObject({ group: "STANDARD", base: 4, notAnswered: 0 });
    const byChannel = (await plan({}, "channel")).q.groups.map((g) => [g.group, g.base]);
    expect(byChannel).toEqual([
      ["", 7],
      ["ONLINE", 5],
      ["PAPER", 1],
      ["PHONE", 1],
    ]);
  });

  it("filters by respondent type, channel, format, help, postcode district and campaign", async () => {
    expect((await plan({ respondentType: "carer" })).results.base).toBe(2);
    expect((await plan({ channel: "PAPER" })).results.base).toBe(1);
    expect((await plan({ format: "EASY_READ" })).results.base).toBe(3);
    expect(countsOf((await plan({ completedHow: "WITH_SUPPORT_WORKER" })).q.groups[0])).toEqual({
      disagree: 1,
      agree: 1,
    });
    // Full and district-only postcodes both match their district, case-insensitively.
    expect((await plan({ district: "HP21" })).results.base).toBe(1);
    expect((await plan({ district: "HP20" })).results.base).toBe(1);
    expect((await plan({ district: "SL1" })).results.base).toBe(0);
    expect((await plan({ campaign: { mode: "exclude", responseIds: [ids[0], ids[1]] } })).results.base).toBe(5);
    expect((await plan({ campaign: { mode: "include", responseIds: [ids[0], ids[7]] } })).results.base).toBe(1);
  });

  it("cross-tabulates one closed question by another with distinct respondent totals", async () => {
    const t = await crossTab(analyst, f.consultationId, {}, "who", "uses");
    expect(t.cells.get("parent-carer|club")).toBe(2);
    expect(t.cells.get("parent-carer|camp")).toBe(1);
    expect(t.cells.get("young-person|")).toBe(2);
    expect(t.rowTotals.get("parent-carer")).toBe(2);
    expect(t.columnTotals.get("camp")).toBe(2);
    expect(t.total).toBe(7);
    expect(t.columnKeys.at(-1)).toBe("");
  });

  it("totals the dashboard by channel, format, respondent type and day, with drafts started", async () => {
    const d = await analysisDashboard(officer, f.consultationId);
    expect(d.submitted).toBe(7);
    expect(d.byChannel).toEqual([
      { key: "ONLINE", n: 5 },
      { key: "PAPER", n: 1 },
      { key: "PHONE", n: 1 },
    ]);
    expect(d.byFormat).toEqual([
      { key: "STANDARD", n: 4 },
      { key: "EASY_READ", n: 3 },
    ]);
    expect(d.byRespondentType).toEqual([
      { key: "young-person", n: 3 },
      { key: "carer", n: 2 },
      { key: "parent-carer", n: 2 },
    ]);
    expect(d.byDay).toEqual([
      { key: "2026-03-01", n: 2 },
      { key: "2026-03-02", n: 4 },
      { key: "2026-03-03", n: 1 },
    ]);
    const gap = await createConsultation({ definition: DEFINITION });
    await respond(gap, { day: "2026-03-01" });
    await respond(gap, { day: "2026-03-04" });
    expect((await analysisDashboard(officer, gap.consultationId)).byDay.map((b) => b.n)).toEqual([1, 0, 0, 1]);
    expect(d).toMatchObject({ onlineStarted: 7, onlineSubmitted: 5, drafts: 1, withdrawn: 1 });
  });
});

describe("equality profile", () => {
  it("suppresses small cells for analysts and refuses officers", async () => {
    const g = await createConsultation({ definition: DEFINITION });
    for (let i = 0; i < 12; i++) await respond(g, { equality: { "equality-sex": { optionKey: "female" } } });
    for (let i = 0; i < 15; i++) await respond(g, { equality: { "equality-sex": { optionKey: "male" } } });
    for (let i = 0; i < 3; i++) await respond(g, { equality: { "equality-sex": { optionKey: "prefer-not-to-say" } } });
    await respond(g, { equality: { "equality-child-needs": { optionKeys: ["autism", "sensory"] } } });
    const profile = await equalityProfile(analyst, g.consultationId);
    expect(profile.base).toBe(31);
    const sex = profile.characteristics.find((c) => c.key === "equality-sex");
    const shown = Object.fromEntries((sex?.rows ?? []).map((r) => [r.key, r.cell]));
    expect(shown.female).toEqual({ kind: "shown", value: 12 });
    expect(shown["prefer-not-to-say"]).toEqual({ kind: "small" });
    expect(shown[""]).toEqual({ kind: "small" }); // one person did not answer
    // 3 + 1 hidden with a published total of 31 leaves 4 for two cells of 1–9: not pinned.
    expect(sex?.total).toEqual({ kind: "shown", value: 31 });
    const needs = profile.characteristics.find((c) => c.key === "equality-child-needs");
    expect(needs?.rows.find((r) => r.key === "autism")?.cell).toEqual({ kind: "small" });
    await expect(equalityProfile(officer, g.consultationId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
