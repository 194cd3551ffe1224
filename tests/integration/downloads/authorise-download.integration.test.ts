// Shared download authorisation (issue #10): export.download for every file, export.personalData
// and a reason for personal data or original text, and one audit row per decision — the file,
// with or without personal data, and the reason — as export.download or access.refused.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal, TRole } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { authoriseDownload, DOWNLOAD_MESSAGES } from "@/lib/services/downloads/authorise-download";
import { refusalResponse } from "@/lib/http/download-route";
import { createConsultation } from "../respond/respond-fixtures";

let consultationId: string;
const people = {} as Record<TRole, StaffPrincipal>;

async function staff(role: TRole): Promise<StaffPrincipal> {
  const email = `download-${role.toLowerCase()}-${crypto.randomBytes(4).toString("hex")}@council.example`;
  const user = await db().user.create({ data: { email, name: `Download ${role}`, role } });
  return { id: user.id, email, name: user.name, role };
}

const lastAudit = (actorId: string) =>
  db().auditEvent.findFirst({ where: { actorId }, orderBy: { createdAt: "desc" } });
const auditsOf = (actorId: string) => db().auditEvent.count({ where: { actorId } });

beforeAll(async () => {
  consultationId = (await createConsultation()).consultationId;
  for (const role of ["ADMIN", "OFFICER", "ANALYST"] as const) people[role] = await staff(role);
});

describe("authoriseDownload", () => {
  it("allows an analyst an anonymised export and audits the file without personal data", async () => {
    const decision = await authoriseDownload(people.ANALYST, consultationId, "responses.csv", { personalData: false });
    expect(decision).toEqual({ ok: true, staff: people.ANALYST, consultationId, reason: null });
    const audit = await lastAudit(people.ANALYST.id);
    expect(audit).toMatchObject({
      action: "export.download",
      targetType: "Consultation",
      targetId: consultationId,
      detail: "responses.csv; without personal data",
    });
  });

  it("refuses an officer with 403 and audits access.refused with the file", async () => {
    const decision = await authoriseDownload(people.OFFICER, consultationId, "report.docx", { personalData: false });
    expect(decision).toEqual({ ok: false, status: 403, message: DOWNLOAD_MESSAGES.forbidden });
    const audit = await lastAudit(people.OFFICER.id);
    expect(audit).toMatchObject({
      action: "access.refused",
      targetId: consultationId,
      detail: `report.docx; without personal data; refused: ${DOWNLOAD_MESSAGES.forbidden}`,
    });
  });

  it("requires a reason for personal data, refusing and auditing without one", async () => {
    const before = await auditsOf(people.ANALYST.id);
    const decision = await authoriseDownload(people.ANALYST, consultationId, "responses.xlsx", {
      personalData: true,
      reason: "   ",
    });
    expect(decision).toEqual({ ok: false, status: 400, message: DOWNLOAD_MESSAGES.reasonMissing });
    expect(await auditsOf(people.ANALYST.id)).toBe(before + 1);
    expect((await lastAudit(people.ANALYST.id))?.action).toBe("access.refused");
  });

  it("records the reason when personal data or original text is downloaded", async () => {
    const reason = "Cabinet asked for the organisations' contact details";
    const decision = await authoriseDownload(people.ADMIN, consultationId, "responses.json", {
      personalData: true,
      originalText: true,
      reason: `  ${reason} `,
    });
    expect(decision).toMatchObject({ ok: true, reason });
    expect((await lastAudit(people.ADMIN.id))?.detail).toBe(
      `responses.json; with personal data; original text; reason: ${reason}`,
    );
  });

  it("refuses original text to a role without export.personalData even with a reason", async () => {
    const decision = await authoriseDownload(people.OFFICER, consultationId, "responses.csv", {
      personalData: false,
      originalText: true,
      reason: "Checking",
    });
    expect(decision).toMatchObject({ ok: false, status: 403 });
    expect((await lastAudit(people.OFFICER.id))?.action).toBe("access.refused");
  });

  it("answers anonymous callers 401 and unknown consultations 404 without an audit row", async () => {
    const total = await db().auditEvent.count();
    expect(await authoriseDownload(null, consultationId, "responses.csv", { personalData: false })).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(
      await authoriseDownload(people.ANALYST, "no-such-consultation", "responses.csv", { personalData: false }),
    ).toEqual({ ok: false, status: 404, message: DOWNLOAD_MESSAGES.notFound });
    expect(await db().auditEvent.count()).toBe(total);
  });

  it("turns a refusal into a plain 403 response that is never cached", async () => {
    const response = refusalResponse({ status: 403, message: DOWNLOAD_MESSAGES.forbidden });
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe(`${DOWNLOAD_MESSAGES.forbidden}\n`);
  });
});
