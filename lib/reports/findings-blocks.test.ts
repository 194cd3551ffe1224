import { describe, expect, it } from "vitest";
import { findingsBlocks } from "./findings-blocks";
import { reportLimitations } from "./coding-coverage";
import { STANDARD_LIMITATIONS, type TCodingCoverage, type TFindingsReport } from "./findings-types";
import type { TBlock, TTable } from "./report-blocks";

const AT = new Date("2026-03-01T12:00:00Z");
const REPORT: TFindingsReport = {
  generatedAt: AT,
  consultation: {
    id: "c1",
    slug: "short-breaks",
    title: "Short breaks",
    summary: "Our plans.",
    decisionMaker: null,
    forwardPlanReference: null,
    expectedDecisionDate: null,
  },
  method: {
    opensAt: AT,
    closesAt: new Date("2026-04-12T22:59:00Z"),
    originalClosesAt: null,
    closedEarlyAt: null,
    closedEarlyReason: null,
    durationDays: 42,
    extensions: [],
    audiences: [],
    partners: [],
    channelsUsed: ["Online", "Paper"],
    channelsReceived: ["Online", "Paper"],
    otherWaysToRespond: null,
    helpToTakePart: null,
    formatsOffered: ["Standard"],
    events: [],
    documents: [],
    promotion: [],
    gunning: [{ principle: "1. At a formative stage", evidence: ["Published before the decision."] }],
    coding: [],
  },
  respondents: {
    total: 4,
    byType: [],
    byChannel: [
      { label: "Online", n: 3, percent: 75 },
      { label: "Paper", n: 1, percent: 25 },
    ],
    byFormat: [],
    byHelp: [],
    organisations: [],
    campaigns: [],
    campaignsChecked: 0,
    openQuestions: 0,
    late: 1,
  },
  results: [
    {
      key: "plan",
      title: "Do you agree?",
      likert: true,
      multiple: false,
      base: 4,
      notAnswered: 1,
      net: 25,
      options: [
        { label: "Agree", n: 2, percent: 50 },
        { label: "Disagree", n: 1, percent: 25 },
      ],
      byType: [{ type: "Carer", base: 4, counts: [2, 1], net: 25 }],
    },
  ],
  themes: [],
  events: [],
  equality: null,
  youSaidWeDid: [],
  limitations: reportLimitations([]),
  appendix: [
    {
      key: "plan",
      title: "Do you agree?",
      groups: ["All", "Online"],
      bases: [4, 3],
      rows: [
        { label: "Agree", cells: [2, 2] },
        { label: "Not answered", cells: [1, 0] },
      ],
    },
  ],
};

const blocks = findingsBlocks(REPORT);
const tables = blocks.flatMap((b: TBlock) => (b.kind === "table" ? [b.table] : []));
const tableCalled = (caption: string): TTable | undefined => tables.find((t) => t.caption === caption);

describe("the findings report blocks", () => {
  it("has the report's sections as level 1 headings, in order", () => {
    expect(blocks.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.text] : []))).toEqual([
      "Method",
      "Who responded",
      "Results by question",
      "Themes from comments",
      "Feedback from events",
      "Equality profile",
      "You said, we did",
      "Limitations",
      "Appendix: question-by-question tables",
    ]);
  });

  it("gives count tables a percentage per row and the base as the last row", () => {
    expect(tableCalled("Responses by channel")?.rows).toEqual([
      ["Online", "3", "75.0%"],
      ["Paper", "1", "25.0%"],
      ["Total (base)", "4", "100.0%"],
    ]);
  });

  it("shows a question's Not answered row, net agreement and its split by respondent type", () => {
    expect(tableCalled('Answers to "Do you agree?"')?.rows.at(-1)).toEqual(["Not answered", "1", "25.0%"]);
    expect(blocks).toContainEqual({
      kind: "paragraph",
      text: "Base: 4 respondents. Net agreement: +25.0 percentage points (agree minus disagree).",
    });
    expect(tableCalled('"Do you agree?" by respondent type (numbers)')).toMatchObject({
      head: ["Respondent type", "Base", "Agree", "Disagree", "Net agreement"],
      rows: [["Carer", "4", "2", "1", "+25.0"]],
    });
    expect(blocks.filter((b) => b.kind === "chart")).toHaveLength(1);
  });

  it("says when the equality profile is withheld, and carries the standard limitations", () => {
    expect(blocks).toContainEqual({
      kind: "paragraph",
      text: "The equality profile is only available to analysts and administrators.",
    });
    expect(blocks).toContainEqual({ kind: "bullets", items: reportLimitations([]) });
    expect(reportLimitations([])).toEqual(expect.arrayContaining(STANDARD_LIMITATIONS));
    expect(STANDARD_LIMITATIONS[0]).toContain("not a vote");
  });

  it("puts each column's base first in the appendix tables", () => {
    expect(tableCalled("Do you agree?")).toMatchObject({
      head: ["Answer", "All", "Online"],
      rows: [
        ["Base", "4", "3"],
        ["Agree", "2", "2"],
        ["Not answered", "1", "0"],
      ],
    });
  });

  it("mentions late responses accepted with a reason", () => {
    expect(blocks).toContainEqual({
      kind: "paragraph",
      text: "4 responses were received. 1 of them arrived after the closing date and was accepted with a recorded reason.",
    });
  });
});

describe("what the report says about free-text comments (issue #16)", () => {
  const coding = (reviewed: number, suggestedOnly: number): TCodingCoverage => ({
    questionKey: "why",
    title: "Why?",
    commented: 10,
    coded: reviewed + suggestedOnly,
    reviewed,
    suggestedOnly,
  });
  const reportWith = (c: TCodingCoverage): TFindingsReport => ({
    ...REPORT,
    method: { ...REPORT.method, coding: [c], gunning: [] },
    respondents: { ...REPORT.respondents, openQuestions: 1 },
    themes: [{ questionKey: "why", title: "Why?", commented: c.commented, themes: [], quotes: [] }],
    limitations: reportLimitations([c]),
  });
  const text = (r: TFindingsReport) =>
    findingsBlocks(r).flatMap((b) => (b.kind === "paragraph" ? [b.text] : b.kind === "bullets" ? b.items : []));
  const method = (r: TFindingsReport) => text(r).find((t) => t.startsWith("Every answer to a closed question"));
  const everyText = (r: TFindingsReport) => JSON.stringify(findingsBlocks(r));

  it("with 0% coded, says no officer reviewed the comments and does not claim they were read", () => {
    const r = reportWith(coding(0, 0));
    expect(method(r)).toBe(
      "Every answer to a closed question is counted in the results. No officer has reviewed any of the 10 free-text comments yet. 10 (100%) have not been coded to any theme. This report does not show that the 10 comments no officer reviewed were read.",
    );
    expect(everyText(r)).not.toMatch(/every free-text comment was read|checked by officers/i);
    expect(text(r)).toContain(
      "No officer has reviewed the free-text comments yet: any themes shown are the software's suggestions only, and a comment can sit under more than one theme. Quotes have had names, contact details and other personal information removed.",
    );
    expect(text(r)).toContain(
      "The comments have not been checked for campaigns (10 or more near-identical comments) yet.",
    );
    expect(
      findingsBlocks(r).flatMap((b) =>
        b.kind === "table" && b.table.caption === "Coding and review of free-text comments" ? b.table.rows : [],
      ),
    ).toEqual([["Why?", "10", "0", "0", "10"]]);
  });

  it("with part coded, gives the reviewed, suggested-only and uncoded shares", () => {
    const r = reportWith(coding(3, 5));
    expect(method(r)).toBe(
      "Every answer to a closed question is counted in the results. An officer reviewed 3 of the 10 free-text comments (30%). 5 (50%) have themes suggested by the system only, which no officer has checked. 2 (20%) have not been coded to any theme. This report does not show that the 7 comments no officer reviewed were read.",
    );
    expect(text(r)).toContain(
      "10 people commented. An officer reviewed 3 of the 10 free-text comments (30%). 5 (50%) have themes suggested by the system only, which no officer has checked. 2 (20%) have not been coded to any theme. This report does not show that the 7 comments no officer reviewed were read.",
    );
    expect(
      text(r).some((t) =>
        t.startsWith("Free-text themes were suggested by software; an officer reviewed 3 of the 10 free-text comments"),
      ),
    ).toBe(true);
  });

  it("with 100% reviewed, says so and nothing about unread comments", () => {
    const r = reportWith(coding(10, 0));
    expect(method(r)).toBe(
      "Every answer to a closed question is counted in the results. An officer reviewed all 10 free-text comments.",
    );
    expect(everyText(r)).not.toContain("does not show");
    expect(
      text(r).some((t) =>
        t.startsWith("Free-text themes were suggested by software and every comment was reviewed by an officer"),
      ),
    ).toBe(true);
  });

  it("says which channels responses came through, and marks events not yet held", () => {
    const future = new Date(AT.getTime() + 86_400_000);
    const r = {
      ...REPORT,
      method: {
        ...REPORT.method,
        channelsReceived: [],
        events: [{ title: "Drop-in", startsAt: future, place: "Library", audience: null, attendeeCount: null }],
      },
    };
    expect(text(r)[2]).toMatch(/^No responses have been received yet\./);
    expect(
      findingsBlocks(r).flatMap((b) =>
        b.kind === "table" && b.table.caption === "Engagement events" ? b.table.rows : [],
      ),
    ).toEqual([["Drop-in", "2 March 2026", "Library", "–", "Not held yet"]]);
  });
});
