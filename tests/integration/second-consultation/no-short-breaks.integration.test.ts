// A council's second consultation (issue #16, item 4), through the real services and database:
// a library consultation that is not about Short Breaks is built, published in both formats,
// answered online (standard and Easy Read) and on paper, then analysed, exported (CSV, XLSX),
// reported (Word) and emailed. Nothing any of them produce may say "short break". The pages
// themselves are checked in the browser by e2e/second-consultation/second-consultation.spec.ts.
import { PassThrough } from "node:stream";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { formValuesToEntries, toFormDefaults } from "@/lib/questionnaire/forms/form-data";
import { buildJourney } from "@/lib/respond/journey";
import { newToken } from "@/lib/respond/tokens";
import { ZEnteredDetailsSchema } from "@/lib/validation/entered-response";
import { openWorld, type World } from "../auth/world";
import { LIBRARY, LIBRARY_EASY_READ } from "./library-questionnaires";

let world: World;
let officer: StaffPrincipal;
let analyst: StaffPrincipal;

beforeAll(async () => {
  world = await openWorld("second-consultation");
  officer = await world.makeStaff("OFFICER");
  analyst = await world.makeStaff("ANALYST");
});
afterAll(async () => world?.close());

const SHORT_BREAK = /short[\s-]*breaks?/i;
const DAY = 86_400_000;

async function libraryConsultation() {
  const slug = `library-hours-${newToken().slice(0, 8).toLowerCase()}`;
  return world.db.consultation.create({
    data: {
      slug,
      title: "Library opening hours",
      summary: "We want to change when our libraries open.",
      body: "## What we propose\n\nLonger evening hours on weekdays and shorter Sunday hours.",
      reasons: "More people visit after work than on Sunday mornings.",
      // Parents and children are an audience, so the equality pages ask about a child too.
      audiences: ["PARENTS_CARERS", "CHILDREN_YOUNG_PEOPLE"],
      stage: "PUBLISHED",
      opensAt: new Date(Date.now() - 10 * DAY),
      closesAt: new Date(Date.now() + 30 * DAY),
      referencePrefix: "LIB",
      contactRole: "Libraries team",
      contactEmail: "libraries@council.example",
      resultsExpectedText: "We will publish what we decide in the spring.",
    },
    select: { id: true, slug: true },
  });
}

async function respondOnline(
  slug: string,
  format: "STANDARD" | "EASY_READ",
  pages: [string, TAnswers][],
  email: string,
) {
  const { startDraft } = await import("@/lib/services/respond/start-draft");
  const { saveSection } = await import("@/lib/services/respond/save-section");
  const { getRespondentConsultation } = await import("@/lib/services/respond/respondent-consultation");
  const { submissionKeyFor, submitResponse } = await import("@/lib/services/respond/submit-response");
  const versionId = (await getRespondentConsultation(slug, format)).version!.id;
  const journey = buildJourney(format === "EASY_READ" ? LIBRARY_EASY_READ : LIBRARY, { aboutChild: true });
  const { draftToken } = await startDraft(slug, format);
  for (const [sectionKey, answers] of pages) {
    const entries = formValuesToEntries(toFormDefaults(journey.definition, answers, sectionKey));
    const saved = await saveSection({ slug, draftToken, sectionKey, versionId, entries, mode: "continue" });
    expect(saved.ok ? "saved" : JSON.stringify(saved), sectionKey).toBe("saved");
  }
  const sent = await submitResponse({
    slug,
    draftToken,
    submissionKey: submissionKeyFor(draftToken),
    versionId,
    receipt: { email, wantsUpdates: false },
  });
  expect(sent.ok).toBe(true);
}

async function enterPaper(consultationId: string) {
  const { startEnteredResponse } = await import("@/lib/services/entry/entered-responses");
  const { saveEnteredSection, submitEnteredResponse } = await import("@/lib/services/entry/entered-answers");
  const today = new Date();
  const details = ZEnteredDetailsSchema.parse({
    consultationId,
    entryKey: newToken(),
    format: "STANDARD",
    channel: "PAPER",
    completedHow: "ALONE",
    "received-day": String(today.getUTCDate()),
    "received-month": String(today.getUTCMonth() + 1),
    "received-year": String(today.getUTCFullYear()),
  });
  const { responseId } = await startEnteredResponse(officer, details);
  const versionId = (await world.db.response.findUniqueOrThrow({ where: { id: responseId } })).versionId;
  const entries = formValuesToEntries(
    toFormDefaults(
      buildJourney(LIBRARY, { aboutChild: true }).definition,
      { "respondent-type": { optionKey: "councillor" }, often: { optionKey: "rarely" } },
      "visits",
    ),
  );
  expect(
    (
      await saveEnteredSection(officer, {
        consultationId,
        responseId,
        sectionKey: "visits",
        versionId,
        entries,
        mode: "continue",
      })
    ).ok,
  ).toBe(true);
  expect((await submitEnteredResponse(officer, { consultationId, responseId })).ok).toBe(true);
}

async function exported(consultationId: string, format: "csv" | "xlsx"): Promise<Buffer> {
  const { writeExport } = await import("@/lib/services/exports/build-export");
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (c: Buffer) => chunks.push(Buffer.from(c)));
  const ended = new Promise((resolve) => output.on("end", resolve));
  await writeExport({ consultationId, format, freeText: true, originalText: false, personalData: false }, output);
  await ended;
  return Buffer.concat(chunks);
}

/** Every word of an office file (DOCX, XLSX): the text of all its XML parts, tags removed. */
async function officeWords(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => f.name.endsWith(".xml"))
      .map((f) => f.async("string")),
  );
  return parts.join(" ").replace(/<[^>]+>/g, "");
}

describe("a consultation that is not about Short Breaks", () => {
  it("never says 'short break' in its analysis, exports, Word report or emails", async () => {
    const { saveDraft } = await import("@/lib/services/questionnaires/save-draft");
    const { publishQuestionnaire } = await import("@/lib/services/questionnaires/publish-questionnaire");
    const { analysisDashboard } = await import("@/lib/services/analysis/dashboard");
    const { findingsReportDocx } = await import("@/lib/services/reports/findings-docx");
    const { id, slug } = await libraryConsultation();
    await saveDraft(officer, { consultationId: id, format: "STANDARD", definition: LIBRARY, updatedAt: "" });
    await publishQuestionnaire(officer, id, "STANDARD");
    await saveDraft(officer, { consultationId: id, format: "EASY_READ", definition: LIBRARY_EASY_READ, updatedAt: "" });
    await publishQuestionnaire(officer, id, "EASY_READ");

    const emails = [`reader-${slug}@example.com`, `easy-${slug}@example.com`];
    await respondOnline(
      slug,
      "STANDARD",
      [
        [
          "visits",
          {
            "respondent-type": { optionKey: "resident" },
            often: { optionKey: "weekly" },
            hours: "agree",
            why: "Evenings suit me after work.",
          },
        ],
      ],
      emails[0],
    );
    await respondOnline(
      slug,
      "EASY_READ",
      [
        ["often-page", { "er-often": { optionKey: "never" } }],
        ["hours-page", { "er-hours": { optionKey: "like" } }],
      ],
      emails[1],
    );
    await enterPaper(id);

    const dashboard = await analysisDashboard(analyst, id);
    expect(dashboard.submitted).toBe(3);
    expect(dashboard.respondentTypeLabels).toMatchObject({ resident: "A resident", councillor: "A councillor" });
    const csv = (await exported(id, "csv")).toString("utf8");
    expect(csv).toContain("A resident");
    const xlsx = await officeWords(await exported(id, "xlsx"));
    expect(xlsx).toContain("Every week");
    const report = await officeWords((await findingsReportDocx(analyst, id)).bytes);
    expect(report).toContain("Library opening hours");
    const mail = await world.db.emailOutbox.findMany({
      where: { to: { in: emails } },
      select: { subject: true, text: true, html: true },
    });
    expect(mail).toHaveLength(2);

    const outputs: [string, string][] = [
      ["dashboard", JSON.stringify(dashboard)],
      ["CSV export", csv],
      ["XLSX export", xlsx],
      ["Word report", report],
      ...mail.map((m, i): [string, string] => [`email ${i + 1}`, `${m.subject}\n${m.text}\n${m.html ?? ""}`]),
    ];
    for (const [what, text] of outputs) expect(text, what).not.toMatch(SHORT_BREAK);
  });
});
