// The proof of the retention schedule (issue #21): personal data seeded in every field that can
// hold it is gone from every text, JSON, array and bytea column once the clock passes each date
// and the daily job runs, while the published report, the closed-question counts and the theme
// counts stay exactly as they were. A second consultation under a legal hold keeps everything.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { setEnvForTests } from "@/lib/env";
import { closedResults } from "@/lib/services/analysis/closed-results";
import { themesOverview } from "@/lib/services/analysis/free-text/overview";
import { buildFindingsReport } from "@/lib/services/reports/findings";
import { setLegalHold } from "@/lib/services/retention/legal-hold";
import { runRetentionIfDue } from "@/lib/services/retention/worker";
import { reportConsultation, staffMember } from "../reports/report-fixtures";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";
import { scanDatabase } from "./database-scan";
import { seedPersonalData, type TSeeded } from "./personal-data-fixtures";

const DAY = 86_400_000;
const clockFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hys-retention-")), "clock");
let restoreEnv: () => void;
let database: TestDatabase;
const shared = globalThis as unknown as {
  hysDb?: { $disconnect(): Promise<void> };
  hysPool?: { end(): Promise<void> };
};
let sharedClient: typeof shared;
let analyst: StaffPrincipal;
let admin: StaffPrincipal;
let cleared: { id: string; seeded: TSeeded };
let held: { id: string; seeded: TSeeded };

const figures = async (consultationId: string) => {
  const report = await buildFindingsReport(analyst, consultationId);
  return {
    // Everything the published report says, less the moment it was made.
    report: { ...report, generatedAt: undefined },
    closed: await closedResults(analyst, consultationId, {}, "none"),
    themes: await themesOverview(analyst, consultationId),
  };
};
let before: Awaited<ReturnType<typeof figures>>;
let heldBefore: Awaited<ReturnType<typeof figures>>;

async function publishOutcome(consultationId: string, at: Date): Promise<void> {
  await db().consultation.update({
    where: { id: consultationId },
    data: {
      stage: "OUTCOME_PUBLISHED",
      outcomeDecision: "Agreed",
      outcomeSummary: "Most agreed.",
      outcomePublishedAt: at,
    },
  });
}

function setClock(at: Date): void {
  fs.writeFileSync(clockFile, at.toISOString());
  // A new mtime each time: the clock caches the file by it.
  const t = new Date(Date.now() + Math.random() * 1000);
  fs.utimesSync(clockFile, t, t);
}

beforeAll(async () => {
  // A database of its own: the daily job works on every consultation in the database, and the
  // audit event's counts must be this test's alone, whatever other test files left behind.
  database = await createTestDatabase("retention-scan");
  sharedClient = { hysDb: shared.hysDb, hysPool: shared.hysPool };
  delete shared.hysDb;
  delete shared.hysPool;
  restoreEnv = setEnvForTests({ HYS_TEST_CLOCK_FILE: clockFile, DATABASE_URL: database.url });
  const officer = await staffMember("OFFICER");
  analyst = await staffMember("ANALYST");
  admin = await staffMember("ADMIN");
  for (const [tag, target] of [
    ["A", "cleared"],
    ["B", "held"],
  ] as const) {
    const { consultationId } = await reportConsultation(officer);
    await publishOutcome(consultationId, new Date(Date.now() + DAY));
    const entry = { id: consultationId, seeded: await seedPersonalData(consultationId, tag) };
    if (target === "cleared") cleared = entry;
    else held = entry;
  }
  await setLegalHold(admin, { consultationId: held.id, reason: "Judicial review claim lodged" });
  before = await figures(cleared.id);
  heldBefore = await figures(held.id);
}, 120_000);

afterAll(async () => {
  await db().$disconnect();
  await shared.hysPool?.end();
  Object.assign(shared, sharedClient);
  restoreEnv();
  await database.drop();
});

describe("before the schedule runs", () => {
  it("finds every seeded value somewhere in the database", async () => {
    const found = new Set((await scanDatabase([...cleared.seeded.values, ...held.seeded.values])).map((f) => f.value));
    expect([...cleared.seeded.values, ...held.seeded.values].filter((v) => !found.has(v))).toEqual([]);
  });
});

describe("after the clock passes every retention date and the daily job runs", () => {
  beforeAll(async () => {
    // Past the contact and files periods (6 months after the outcome) and the sent-email period.
    setClock(new Date(Date.now() + 400 * DAY));
    // Test files share one database: another may have booked the daily run for a later day.
    await db().jobLease.deleteMany({ where: { name: "retention" } });
    const result = await runRetentionIfDue({ who: "scan-test" });
    expect(result?.finished).toBe(true);
  }, 120_000);

  it("leaves none of the cleared consultation's values in any column of any table", async () => {
    // The phone number is searched for as typed and without its space.
    const phone = cleared.seeded.values[3];
    expect(await scanDatabase([...cleared.seeded.values, phone.replace(" ", "")])).toEqual([]);
  });

  it("deletes expired staff sign-in tokens and sessions", async () => {
    expect(
      await scanDatabase([
        "expired.a@council.example",
        "expired-session-A",
        "expired.b@council.example",
        "expired-session-B",
      ]),
    ).toEqual([]);
  });

  it("keeps the published report, the closed-question counts and the theme counts identical", async () => {
    expect(await figures(cleared.id)).toEqual(before);
  });

  it("removes nothing from the consultation under legal hold", async () => {
    const personal = held.seeded.values.filter((v) => !v.startsWith("expired"));
    const found = new Set((await scanDatabase(personal)).map((f) => f.value));
    expect(personal.filter((v) => !found.has(v))).toEqual([]);
    expect(await figures(held.id)).toEqual(heldBefore);
    expect(await db().consultationRetention.findUniqueOrThrow({ where: { consultationId: held.id } })).toMatchObject({
      freeTextDoneAt: null,
      contactsDoneAt: null,
      filesDoneAt: null,
    });
  });

  it("writes one audit event for the run, with counts per category", async () => {
    const runs = await db().auditEvent.findMany({ where: { action: "retention.run" } });
    expect(runs).toHaveLength(1);
    expect(runs[0].actorLabel).toBe("Retention schedule");
    // The cleared consultation's: the fixture's draft and the seeded one, 13 equality answers,
    // the two seeded texts (one is the starred comment with its email), both contacts.
    for (const phrase of [
      "2 unfinished drafts deleted",
      "13 equality answers unlinked",
      "2 free-text answers redacted",
      "1 earlier response versions deleted",
      "1 imported files cleared",
      "2 contact details deleted",
      "1 update subscriptions deleted",
      "1 drawings deleted",
      "1 scanned originals deleted",
      "1 consultation on legal hold skipped",
    ]) {
      expect(runs[0].detail).toContain(phrase);
    }
    expect(runs[0].detail).toMatch(/\d+ expired tokens deleted/);
  });

  it("is not run again the same day, by this or any other instance", async () => {
    expect(await runRetentionIfDue({ who: "another-instance" })).toBeNull();
  });
});
