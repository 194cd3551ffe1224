// The findings report (issue #10) over a consultation with known answers: the report object's
// exact figures, then the DOCX opened as a user's software does: LibreOffice converts it to PDF
// and pdftotext finds the headings and counts; the Word XML uses heading styles and header rows.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import type { TFindingsReport } from "@/lib/reports/findings-types";
import { db } from "@/lib/db";
import { buildFindingsReport } from "@/lib/services/reports/findings";
import { findingsReportDocx } from "@/lib/services/reports/findings-docx";
import { officeFileText } from "../../support/office-text";
import { EMAIL, ORGANISATION, reportConsultation, staffMember } from "./report-fixtures";

let analyst: StaffPrincipal;
let officer: StaffPrincipal;
let consultationId: string;
let report: TFindingsReport;

beforeAll(async () => {
  officer = await staffMember("OFFICER");
  analyst = await staffMember("ANALYST");
  consultationId = (await reportConsultation(officer)).consultationId;
  report = await buildFindingsReport(analyst, consultationId);
}, 60_000);

describe("the report object", () => {
  it("counts submitted responses only, by type, channel, format and help", () => {
    const r = report.respondents;
    expect(r.total).toBe(13);
    expect(r.byChannel.map((x) => [x.label, x.n])).toEqual([
      ["Online", 11],
      ["Paper", 1],
      ["Phone", 1],
    ]);
    expect(r.byFormat.map((x) => [x.label, x.n])).toEqual([
      ["Standard", 10],
      ["Easy Read", 3],
    ]);
    expect(r.byType.map((x) => x.n)).toEqual([5, 4, 3, 1]);
    expect(r.byHelp.map((x) => [x.label, x.n])).toEqual([
      ["Not recorded", 11],
      ["By the person, with help from a support worker", 2],
    ]);
    expect(r.organisations).toEqual([ORGANISATION]);
  });

  it("gives each question's counts, net agreement and the split by respondent type", () => {
    const plan = report.results.find((q) => q.key === "plan");
    expect(plan?.options.map((o) => o.n)).toEqual([1, 5, 1, 3, 1, 0]);
    expect(plan?.notAnswered).toBe(2);
    expect(plan?.net).toBeCloseTo((100 * 2) / 13, 5);
    const parents = plan?.byType.find((t) => t.type.startsWith("A parent or carer"));
    expect(parents).toMatchObject({ base: 5, counts: [1, 2, 1, 1, 0, 0] });
    expect(report.results.find((q) => q.key === "who")?.byType).toEqual([]);
  });

  it("shows method evidence, themes, quotes redacted, events, equality with disclosure control and you said, we did", () => {
    expect(report.method.extensions).toHaveLength(1);
    expect(report.method.coding).toEqual([expect.objectContaining({ questionKey: "why", commented: 6 })]);
    // Every comment is reviewed by an officer, only suggested by the system, or not coded: never two.
    const [why6] = report.method.coding;
    expect(why6.reviewed + why6.suggestedOnly).toBeLessThanOrEqual(why6.commented);
    expect(why6.suggestedOnly).toBeLessThanOrEqual(why6.coded);
    const why = report.themes.find((t) => t.questionKey === "why");
    expect(why?.commented).toBe(6);
    expect(why?.themes.find((t) => t.name === "Transport")?.n).toBeGreaterThan(0);
    expect(why?.quotes).toHaveLength(1);
    expect(JSON.stringify(report)).not.toContain(EMAIL);
    expect(report.events[0]).toMatchObject({ title: "Parent forum session", attendeeCount: 14 });
    const sex = report.equality?.characteristics.find((c) => c.title.toLowerCase().includes("sex"));
    expect(sex?.rows.filter((r) => r.text === "<10")).toHaveLength(1);
    expect(sex?.rows.some((r) => r.text === "[c]")).toBe(true);
    expect(report.youSaidWeDid).toEqual([
      {
        theme: "Transport",
        youSaid: "Journeys to short breaks are too long",
        weDid: "We will run sessions closer to home",
        changed: "Two new local venues",
      },
    ]);
  });

  it("reports the campaigns of each question's newest themes run, not of older runs", async () => {
    expect(report.respondents.campaigns).toEqual([]);
    const answers = await db().answer.findMany({
      where: { questionKey: "why", response: { consultationId } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const later = new Date(Date.now() + 60_000);
    const group = (ids: string[], isCampaign: boolean) => ({ memberIds: ids, templateId: ids[0], isCampaign });
    const newest = await db().themeRun.create({
      data: {
        consultationId,
        questionKey: "why",
        seed: 1,
        answerCount: answers.length,
        redactionCount: 0,
        candidates: [],
        createdAt: later,
        campaigns: [
          group(
            answers.slice(0, 3).map((a) => a.id),
            true,
          ),
          group(
            answers.slice(3, 5).map((a) => a.id),
            false,
          ),
        ],
      },
    });
    try {
      const again = await buildFindingsReport(analyst, consultationId);
      const title = report.themes.find((t) => t.questionKey === "why")?.title;
      expect(again.respondents.campaigns).toEqual([{ questionTitle: title, members: 3 }]);
    } finally {
      await db().themeRun.delete({ where: { id: newest.id } });
    }
  });

  it("is refused to officers, who may not download", async () => {
    await expect(buildFindingsReport(officer, consultationId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the DOCX", () => {
  let bytes: Buffer;
  let fileName: string;
  beforeAll(async () => {
    ({ bytes, fileName } = await findingsReportDocx(analyst, consultationId));
  }, 60_000);

  it("is named after the consultation's slug", async () => {
    const { slug } = await db().consultation.findUniqueOrThrow({
      where: { id: consultationId },
      select: { slug: true },
    });
    expect(fileName).toBe(`${slug}-findings-report.docx`);
  });

  it("uses Word heading styles, table header rows and images with alt text", async () => {
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string");
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toMatch(
      /<wp:docPr [^>]*descr="Bar chart: Do you agree with the plan\?\. Base 13 respondents\. Strongly agree: 1 \(7\.7%\)/,
    );
  });

  it("converts to PDF in LibreOffice with the expected headings and exact counts", async () => {
    const text = await officeFileText(bytes, "report.docx", "layout");
    for (const heading of [
      "Method",
      "The Gunning principles",
      "Who responded",
      "Results by question",
      "Themes from comments",
      "Feedback from events",
      "Equality profile",
      "You said, we did",
      "Limitations",
      "Appendix: question-by-question tables",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/Agree 5 38\.5%/);
    expect(text).toMatch(/Not answered 2 15\.4%/);
    expect(text).toMatch(/Online 11 84\.6%/);
    expect(text).toMatch(/Easy Read 3 23\.1%/);
    expect(text).toContain("Net agreement: +15.4");
    expect(text).toContain(ORGANISATION);
    expect(text).toContain("Long journeys to the centre");
    expect(text).toContain("not a vote");
    // The officer's own account of how it was promoted is part of the method.
    expect(text).toContain("Letters to every family on the short breaks register.");
    expect(text).not.toContain(EMAIL);
  }, 150_000);
});
