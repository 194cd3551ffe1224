// Issue #10 acceptance: the DOCX findings report for 10,000 responses in 10 s or less. Builds a
// fresh PostgreSQL database with the analysis benches' synthetic responses, adds what a real
// report draws on (redacted comments coded to five themes, starred quotes, a campaign, events
// with feedback, "You said, we did"), then times the app's own service end to end: every
// analysis query, the blocks, five chart PNGs per question and the Word packaging.
import { createScriptClient } from "../lib/prisma";
import { BENCH_ANALYST as analyst, loadAverage, withAnalysisDatabase } from "./analysis-fill";
import { report, timeEach } from "./stats";

const RESPONSES = 10_000;
const THEMES = ["Transport", "Cost", "Staff", "Respite nights", "Information"];

async function addReportData(url: string, consultationId: string): Promise<void> {
  const client = createScriptClient(url);
  try {
    const codes = THEMES.map((name, i) => ({
      id: `code${i}`,
      name,
      description: `Comments about ${name.toLowerCase()}.`,
      examples: [],
      origin: "MANUAL",
    }));
    await client.$executeRawUnsafe(
      `INSERT INTO "RedactedAnswer" ("answerId", "consultationId", "questionKey", text, "redactedAt")
      SELECT a.id, $1, 'why', a.text, now() FROM "Answer" a WHERE a."questionKey" = 'why' AND a.text IS NOT NULL`,
      consultationId,
    );
    await client.$executeRawUnsafe(
      `INSERT INTO "Codebook" (id, "consultationId", "questionKey", "createdAt") VALUES ('cb', $1, 'why', now())`,
      consultationId,
    );
    await client.$executeRawUnsafe(
      `INSERT INTO "CodebookVersion" (id, "codebookId", number, codes, note, "createdAt") VALUES ('cbv', 'cb', 1, $1::jsonb, 'Bench codes', now())`,
      JSON.stringify(codes),
    );
    // One or two themes per comment; every fourth decided by an officer.
    await client.$executeRawUnsafe(`INSERT INTO "ThemeAssignment" (id, "codebookId", "answerId", "codeId", score, confidence, evidence, "assignedBy", status, "versionNumber")
      SELECT 't' || a.id || c.k, 'cb', a.id, 'code' || c.k, 0.5, 0.5, '{}'::jsonb, 'SYSTEM',
             (CASE WHEN length(a.id) % 4 = 0 THEN 'ACCEPTED' ELSE 'SUGGESTED' END)::"ThemeAssignmentStatus", 1
        FROM "Answer" a CROSS JOIN LATERAL (VALUES (abs(hashtext(a.id)) % 5), ((abs(hashtext(a.id)) + 2) % 5)) AS c(k)
       WHERE a."questionKey" = 'why' AND a.text IS NOT NULL AND (c.k = abs(hashtext(a.id)) % 5 OR abs(hashtext(a.id)) % 3 = 0)`);
    await client.$executeRawUnsafe(`INSERT INTO "QuoteStar" (id, "answerId", "starredById", "createdAt")
      SELECT 'qs' || a.id, a.id, 'bench', now() FROM "Answer" a WHERE a."questionKey" = 'why' AND a.text IS NOT NULL ORDER BY a.id LIMIT 8`);
    const members = await client.answer.findMany({
      where: { questionKey: "why", text: { not: null } },
      select: { id: true },
      take: 40,
      orderBy: { id: "asc" },
    });
    await client.themeRun.create({
      data: {
        consultationId,
        questionKey: "why",
        seed: 1,
        answerCount: RESPONSES,
        redactionCount: 0,
        candidates: [],
        createdAt: new Date(),
        campaigns: [{ memberIds: members.map((m) => m.id), templateId: members[0].id, isCampaign: true }],
      },
    });
    for (let e = 0; e < 4; e++) {
      await client.engagementEvent.create({
        data: {
          consultationId,
          title: `Drop-in session ${e + 1}`,
          startsAt: new Date(Date.now() - (30 - e) * 86_400_000),
          place: "Library",
          attendeeCount: 20 + e,
          feedback: {
            create: ["What works well", "What impact", "What worries you"].flatMap((heading, h) =>
              Array.from({ length: 5 }, (_, i) => ({
                heading,
                text: `${heading}: point ${i + 1}`,
                position: h * 5 + i,
              })),
            ),
          },
        },
      });
    }
    await client.youSaidWeDid.createMany({
      data: THEMES.map((theme) => ({
        consultationId,
        theme,
        youSaid: `People told us about ${theme.toLowerCase()}.`,
        weDid: "We changed the plan.",
        changed: "The strategy now says so.",
        createdAt: new Date(),
        updatedAt: new Date(),
      })),
    });
    await client.$executeRawUnsafe(`ANALYZE`);
  } finally {
    await client.$disconnect();
  }
}

export async function run(): Promise<void> {
  await withAnalysisDatabase("bench_report", RESPONSES, "bench-report", async (url, consultationId) => {
    await addReportData(url, consultationId);
    const { buildFindingsReport } = await import("../../lib/services/reports/findings");
    const { findingsReportDocx } = await import("../../lib/services/reports/findings-docx");
    console.log(`load average (1, 5, 15 min): ${loadAverage()}`);
    let size = 0;
    report("report object (10k responses)", await timeEach(5, () => buildFindingsReport(analyst, consultationId)));
    report(
      "DOCX findings report (10k responses)",
      await timeEach(5, async () => (size = (await findingsReportDocx(analyst, consultationId)).bytes.length)),
      "<= 10000 ms",
    );
    console.log(`DOCX size: ${(size / 1024).toFixed(0)} KiB`);
    console.log(`load average after: ${loadAverage()}`);
  });
}
