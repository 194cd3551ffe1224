import { describe, expect, it } from "vitest";
import { findingsBlocks } from "./findings-blocks";
import { STANDARD_LIMITATIONS, type TFindingsReport } from "./findings-types";
import type { TBlock, TTable } from "./report-blocks";

const AT = new Date("2026-03-01T12:00:00Z");
const REPORT: TFindingsReport = {
  generatedAt: AT,
  consultation: { id: "c1", slug: "short-breaks", title: "Short breaks", summary: "Our plans.", decisionMaker: null, forwardPlanReference: null, expectedDecisionDate: null },
  method: {
    opensAt: AT, closesAt: new Date("2026-04-12T22:59:00Z"), originalClosesAt: null, closedEarlyAt: null, closedEarlyReason: null, durationDays: 42,
    extensions: [], audiences: [], partners: [], channelsUsed: ["Online"], otherWaysToRespond: null, helpToTakePart: null, formatsOffered: ["Standard"],
    events: [], documents: [], promotion: [], gunning: [{ principle: "1. At a formative stage", evidence: ["Published before the decision."] }], coding: [],
  },
  respondents: { total: 4, byType: [], byChannel: [{ label: "Online", n: 3, percent: 75 }, { label: "Paper", n: 1, percent: 25 }], byFormat: [], byHelp: [], organisations: [], campaigns: [], late: 1 },
  results: [
    {
      key: "plan", title: "Do you agree?", likert: true, multiple: false, base: 4, notAnswered: 1, net: 25,
      options: [{ label: "Agree", n: 2, percent: 50 }, { label: "Disagree", n: 1, percent: 25 }],
      byType: [{ type: "Carer", base: 4, counts: [2, 1], net: 25 }],
    },
  ],
  themes: [],
  events: [],
  equality: null,
  youSaidWeDid: [],
  limitations: STANDARD_LIMITATIONS,
  appendix: [{ key: "plan", title: "Do you agree?", groups: ["All", "Online"], bases: [4, 3], rows: [{ label: "Agree", cells: [2, 2] }, { label: "Not answered", cells: [1, 0] }] }],
};

const blocks = findingsBlocks(REPORT);
const tables = blocks.flatMap((b: TBlock) => (b.kind === "table" ? [b.table] : []));
const tableCalled = (caption: string): TTable | undefined => tables.find((t) => t.caption === caption);

describe("the findings report blocks", () => {
  it("has the report's sections as level 1 headings, in order", () => {
    expect(blocks.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.text] : []))).toEqual([
      "Method", "Who responded", "Results by question", "Themes from comments", "Feedback from events", "Equality profile", "You said, we did", "Limitations", "Appendix: question-by-question tables",
    ]);
  });

  it("gives count tables a percentage per row and the base as the last row", () => {
    expect(tableCalled("Responses by channel")?.rows).toEqual([["Online", "3", "75.0%"], ["Paper", "1", "25.0%"], ["Total (base)", "4", "100.0%"]]);
  });

  it("shows a question's Not answered row, net agreement and its split by respondent type", () => {
    expect(tableCalled('Answers to "Do you agree?"')?.rows.at(-1)).toEqual(["Not answered", "1", "25.0%"]);
    expect(blocks).toContainEqual({ kind: "paragraph", text: "Base: 4 respondents. Net agreement: +25.0 percentage points (agree minus disagree)." });
    expect(tableCalled('"Do you agree?" by respondent type (numbers)')).toMatchObject({ head: ["Respondent type", "Base", "Agree", "Disagree", "Net agreement"], rows: [["Carer", "4", "2", "1", "+25.0"]] });
    expect(blocks.filter((b) => b.kind === "chart")).toHaveLength(1);
  });

  it("says when the equality profile is withheld, and carries the standard limitations", () => {
    expect(blocks).toContainEqual({ kind: "paragraph", text: "The equality profile is only available to analysts and administrators." });
    expect(blocks).toContainEqual({ kind: "bullets", items: STANDARD_LIMITATIONS });
    expect(STANDARD_LIMITATIONS[0]).toContain("not a vote");
  });

  it("puts each column's base first in the appendix tables", () => {
    expect(tableCalled("Do you agree?")).toMatchObject({ head: ["Answer", "All", "Online"], rows: [["Base", "4", "3"], ["Agree", "2", "2"], ["Not answered", "1", "0"]] });
  });

  it("mentions late responses accepted with a reason", () => {
    expect(blocks).toContainEqual({ kind: "paragraph", text: "4 responses were received. 1 of them arrived after the closing date and was accepted with a recorded reason." });
  });
});
