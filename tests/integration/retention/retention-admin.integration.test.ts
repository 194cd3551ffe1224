// Retention settings, legal holds, the preview, "What we hold", the privacy notice and the daily
// job's lease (issue #21), against the real database.
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { RETENTION_DEFAULTS } from "@/lib/retention/settings";
import { liftLegalHold, setLegalHold } from "@/lib/services/retention/legal-hold";
import { retentionPreview } from "@/lib/services/retention/preview";
import { consultationPrivacyNotice } from "@/lib/services/retention/privacy-notice";
import { retentionSettings, saveRetentionSettings } from "@/lib/services/retention/retention-settings";
import { whatWeHold } from "@/lib/services/retention/what-we-hold";
import { claimRetentionRun, releaseRetentionRun } from "@/lib/services/retention/worker";
import { makeConsultation } from "../publishing/fixtures";
import { staffMember } from "../reports/report-fixtures";

let admin: StaffPrincipal;
let officer: StaffPrincipal;
let consultation: { id: string; slug: string };
const DPO = "dataprotection@council.example";

beforeAll(async () => {
  admin = await staffMember("ADMIN");
  officer = await staffMember("OFFICER");
  consultation = await makeConsultation(db(), "closed");
  await db().consultation.update({
    where: { id: consultation.id },
    data: { stage: "OUTCOME_PUBLISHED", outcomePublishedAt: new Date("2026-06-10T09:00:00Z") },
  });
  const { id: versionId } = await db().questionnaireVersion.findFirstOrThrow({
    where: { questionnaire: { consultationId: consultation.id } },
  });
  await db().response.create({
    data: {
      consultationId: consultation.id,
      versionId,
      format: "STANDARD",
      status: "SUBMITTED",
      contact: { create: { email: "held@example.org" } },
    },
  });
});

describe("the retention settings", () => {
  it("start at the defaults, and a change is audited field by field and changes the privacy notice", async () => {
    await db().retentionSettings.deleteMany();
    expect(await retentionSettings()).toMatchObject({ ...RETENTION_DEFAULTS, isDefault: true });
    const before = JSON.stringify(await consultationPrivacyNotice(consultation.slug, DPO));
    expect(before).toContain("10 December 2026");
    await saveRetentionSettings(admin, { ...RETENTION_DEFAULTS, contactMonthsAfterOutcome: 3 });
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: "retention.settingsChange" },
      orderBy: { createdAt: "desc" },
    });
    expect(event.detail).toBe("Contact details: 6 months → 3 months");
    const after = JSON.stringify(await consultationPrivacyNotice(consultation.slug, DPO));
    expect(after).toContain("Deleted 3 months after we publish the outcome");
    expect(after).toContain("10 September 2026");
    await saveRetentionSettings(admin, RETENTION_DEFAULTS);
  });

  it("can be changed only with settings.manage", async () => {
    await expect(saveRetentionSettings(officer, RETENTION_DEFAULTS)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the preview and What we hold", () => {
  it("list the consultation's coming steps and the contact details it holds, with the next deletion", async () => {
    const preview = await retentionPreview(admin);
    const mine = preview.steps.filter((s) => s.consultationId === consultation.id);
    expect(mine.map((s) => s.step)).toEqual(expect.arrayContaining(["contacts", "files"]));
    const holding = (await whatWeHold(admin)).find((h) => h.key === "contacts");
    expect(holding?.count).toBeGreaterThanOrEqual(1);
    expect(holding?.nextDeletion).not.toBeNull();
  });
});

describe("a legal hold", () => {
  it("is placed and lifted with reasons, each audited, and marks the consultation's steps as held", async () => {
    await setLegalHold(admin, { consultationId: consultation.id, reason: "Judicial review claim CO/123/2026" });
    await expect(setLegalHold(admin, { consultationId: consultation.id, reason: "Again" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const preview = await retentionPreview(admin);
    expect(preview.holds.map((h) => h.reason)).toContain("Judicial review claim CO/123/2026");
    expect(preview.steps.filter((s) => s.consultationId === consultation.id).every((s) => s.onHold)).toBe(true);
    await liftLegalHold(admin, { consultationId: consultation.id, reason: "Claim withdrawn" });
    const events = await db().auditEvent.findMany({
      where: { targetId: consultation.id, action: { in: ["retention.legalHold", "retention.legalHoldLift"] } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["retention.legalHold", "retention.legalHoldLift"]);
    expect(events[1].detail).toContain("Claim withdrawn");
  });
});

describe("the daily job's lease", () => {
  it("lets exactly one of several instances claim a run, and a run handed back on shutdown is claimed again", async () => {
    await db().jobLease.deleteMany();
    const at = new Date("2030-01-01T02:00:00Z");
    const claims = await Promise.all(["i1", "i2", "i3", "i4"].map((who) => claimRetentionRun(at, who)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    const winner = ["i1", "i2", "i3", "i4"][claims.indexOf(true)];
    // Shutdown: handed back unfinished, so the next tick of another instance takes it.
    await releaseRetentionRun(at, winner, false);
    expect(await claimRetentionRun(new Date(at.getTime() + 60_000), "i5")).toBe(true);
    await releaseRetentionRun(at, "i5", true);
    const lease = await db().jobLease.findUniqueOrThrow({ where: { name: "retention" } });
    expect(lease.nextRunAt.toISOString()).toBe("2030-01-02T02:00:00.000Z");
    expect(await claimRetentionRun(new Date("2030-01-01T12:00:00Z"), "i6")).toBe(false);
  });
});
