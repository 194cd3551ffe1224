// Response data exports (issue #10) against PostgreSQL, opened as a user's software does: the
// CSV read back by csv-parse to the same values, the XLSX converted by LibreOffice and read by
// pdftotext; no email or phone number from the fixtures in a default export; the export route
// refuses the wrong role with 403 and an access.refused audit; large exports run as a job.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { setEnvForTests } from "@/lib/env";
import { writeExport, type TExportSpec } from "@/lib/services/exports/build-export";
import { openExportFile, runExportJobInChild } from "@/lib/services/exports/export-jobs";
import { claimJob } from "@/lib/services/jobs/job-lease";
import { runClaimedJob } from "@/lib/services/jobs/job-worker";
import { setFileStorage } from "@/lib/storage/storage";
import { officeFileText } from "../../support/office-text";
import { EMAIL, exportConsultation, FORMULA, PERSONAL, PHONE, staffMember, THEME, WELSH } from "./export-fixtures";

const session = vi.hoisted(() => ({ staff: null as StaffPrincipal | null }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<object>()),
  getCurrentStaff: async () => session.staff,
}));

let fixture: Awaited<ReturnType<typeof exportConsultation>>;
let analyst: StaffPrincipal;
let officer: StaffPrincipal;
let dataDir: string;
let restoreEnv: () => void;

beforeAll(async () => {
  fixture = await exportConsultation();
  analyst = await staffMember("ANALYST");
  officer = await staffMember("OFFICER");
  // Background jobs run in a child process, which finds the storage through DATA_DIR as the app does.
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "hys-exports-"));
  restoreEnv = setEnvForTests({ DATA_DIR: dataDir });
  setFileStorage(undefined);
});
afterAll(async () => {
  restoreEnv();
  setFileStorage(undefined);
  await fs.rm(dataDir, { recursive: true, force: true });
});

const spec = (format: TExportSpec["format"], sensitive = false): TExportSpec => ({
  consultationId: fixture.consultationId,
  format,
  freeText: true,
  originalText: sensitive,
  personalData: sensitive,
});

async function exported(s: TExportSpec): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (c: Buffer) => chunks.push(Buffer.from(c)));
  const ended = new Promise((resolve) => output.on("end", resolve));
  await writeExport(s, output);
  await ended;
  return Buffer.concat(chunks);
}

function csvRows(bytes: Buffer) {
  const text = bytes.toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [ids, labels, ...rows] = parse(text, { bom: true }) as string[][];
  const byRef = new Map(
    rows.map((r) => [r[ids.indexOf("reference")], Object.fromEntries(ids.map((id, i) => [id, r[i]]))]),
  );
  return { ids, labels, rows, byRef, text };
}

describe("CSV export", () => {
  it("reads back to the same values, one row per submitted response, with CRLF line ends", async () => {
    const { ids, labels, rows, byRef, text } = csvRows(await exported(spec("csv", true)));
    expect(rows).toHaveLength(3);
    expect(text.split("\r\n")).toHaveLength(2 + 3 + 1); // two headers, three rows (the LF inside WELSH stays in its quoted field), the trailing empty line
    expect(labels[ids.indexOf("uses.club")]).toBe("What do you use?: Holiday club");
    const online = byRef.get(fixture.online.reference);
    expect(online).toMatchObject({
      why: WELSH,
      "uses.club": "1",
      "uses.camp": "0",
      "uses.other": "1",
      "uses.other-text": "Nain's, sometimes",
      age: "42",
      where: "HP20 1UA",
      "contact-email": EMAIL,
      channel: "Online",
      format: "Standard",
    });
    expect(byRef.get(fixture.easyRead.reference)).toMatchObject({
      why: PERSONAL,
      format: "Easy Read",
      "uses.camp": "1",
      "uses.club": "0",
    });
    // Original text: the formula as written, neutralised with an apostrophe.
    expect(byRef.get(fixture.paper.reference)).toMatchObject({ why: `'${FORMULA}`, channel: "Paper", "uses.club": "" });
  });

  it("by default has no email address or phone number from the fixtures, and only postcode districts", async () => {
    const { byRef, text, ids } = csvRows(await exported(spec("csv")));
    for (const secret of [EMAIL, PHONE, "Jo Bloggs", "HP20 1UA"]) expect(text).not.toContain(secret);
    expect(ids).not.toContain("contact-email");
    expect(byRef.get(fixture.easyRead.reference)?.why).toBe("Call me on [phone] or email [email] please");
    expect(byRef.get(fixture.paper.reference)?.why).toBe("[formula kept as text]");
    expect(byRef.get(fixture.online.reference)?.where).toBe("HP20");
  });
});

describe("JSON and XLSX exports", () => {
  it("JSON parses to the same responses, without personal data by default", async () => {
    const bytes = await exported(spec("json"));
    const json = JSON.parse(bytes.toString("utf8")) as {
      columns: Record<string, string>;
      responses: Record<string, unknown>[];
    };
    expect(json.responses).toHaveLength(3);
    expect(json.columns.why).toBe("Why?");
    expect(json.responses.find((r) => r.reference === fixture.online.reference)).toMatchObject({
      why: WELSH,
      "uses.club": 1,
      age: 42,
    });
    for (const secret of [EMAIL, PHONE]) expect(bytes.toString("utf8")).not.toContain(secret);
  });

  it("XLSX has a summary, a sheet per format and channel and a themes sheet, and LibreOffice converts it", async () => {
    const bytes = await exported(spec("xlsx"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Standard online",
      "Easy Read",
      "Paper",
      "Themes",
    ]);
    const all = workbook.worksheets.flatMap((w) => w.getSheetValues().flat().map(String)).join("\n");
    for (const secret of [EMAIL, PHONE]) expect(all).not.toContain(secret);
    expect(workbook.getWorksheet("Easy Read")?.rowCount).toBe(3);
    const text = await officeFileText(bytes, "responses.xlsx", "raw");
    // LibreOffice prints the summary column by column: its labels, then their values in order.
    const lines = text
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const first = lines.indexOf("Consultation");
    const labels = lines.slice(
      first,
      lines.findIndex((l) => l.startsWith("Short breaks test")),
    );
    const summary = Object.fromEntries(labels.map((label, i) => [label, lines[first + labels.length + i]]));
    expect(summary).toMatchObject({
      "Responses (submitted)": "3",
      "Responses: Standard online": "1",
      "Responses: Easy Read": "1",
      "Responses: Paper": "1",
      "Personal data": "Not included",
    });
    expect(text).toContain(THEME);
    expect(text).toContain(fixture.online.reference);
  });
});

const form = (fields: Record<string, string>) =>
  new Request(`http://hys.test/staff/consultations/${fixture.consultationId}/downloads/export`, {
    method: "POST",
    body: new URLSearchParams(fields),
  });
// The route reads the consultation from its params, as Next passes them.
const exportRoute = async () => {
  const { POST } = await import("@/app/(staff)/staff/consultations/[id]/downloads/export/route");
  return (request: Request) => POST(request, { params: Promise.resolve({ id: fixture.consultationId }) });
};
const audits = (actorId: string, action: string) => db().auditEvent.count({ where: { actorId, action } });

describe("the export route", () => {
  it("streams a CSV to an analyst and audits the download", async () => {
    session.staff = analyst;
    const response = await (await exportRoute())(form({ format: "csv", freeText: "yes", sensitive: "no" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${fixture.slug}-responses.csv"`);
    expect(csvRows(Buffer.from(await response.arrayBuffer())).rows).toHaveLength(3);
    expect(
      await db().auditEvent.findFirst({ where: { actorId: analyst.id }, orderBy: { createdAt: "desc" } }),
    ).toMatchObject({ action: "export.download", detail: "responses.csv; without personal data" });
  });

  it("refuses an officer with 403 and audits access.refused", async () => {
    session.staff = officer;
    const before = await audits(officer.id, "access.refused");
    const response = await (await exportRoute())(form({ format: "xlsx", freeText: "yes", sensitive: "no" }));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("You do not have permission");
    expect(await audits(officer.id, "access.refused")).toBe(before + 1);
  });

  it("sends a missing reason back to the form with a specific error", async () => {
    session.staff = analyst;
    const response = await (
      await exportRoute()
    )(form({ format: "csv", freeText: "yes", sensitive: "yes", include: "personal" }));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "", "http://hys.test");
    expect(location.searchParams.get("error-reason")).toBe("Enter the reason you need personal data or original text");
    expect(location.searchParams.get("include")).toBe("personal");
  });

  it("runs a large export as a background job, audited when the file is downloaded", async () => {
    const restore = setEnvForTests({ EXPORT_BACKGROUND_THRESHOLD: "2" });
    try {
      session.staff = analyst;
      const before = await audits(analyst.id, "export.download");
      const started = await (
        await exportRoute()
      )(form({ format: "csv", freeText: "yes", sensitive: "yes", include: "original", reason: "Checking the coding" }));
      expect(started.status).toBe(303);
      const jobId = /jobs\/([^/?#]+)$/.exec(started.headers.get("location") ?? "")?.[1] ?? "";
      expect(await audits(analyst.id, "export.download")).toBe(before);
      // What an instance's job worker does with it (no worker runs in this process).
      const claim = await claimJob("export", {
        owner: "test",
        leaseMs: 60_000,
        consultationId: fixture.consultationId,
      });
      expect(claim?.id).toBe(jobId);
      await runClaimedJob(claim!);
      expect((await db().exportJob.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("READY");
      const job = await db().exportJob.findUniqueOrThrow({ where: { id: jobId } });
      expect(job).toMatchObject({
        total: 3,
        processed: 3,
        originalText: true,
        personalData: false,
        reason: "Checking the coding",
      });
      const { GET } = await import("@/app/(staff)/staff/consultations/[id]/downloads/jobs/[jobId]/file/route");
      const url = `http://hys.test/staff/consultations/${fixture.consultationId}/downloads/jobs/${jobId}/file`;
      const params = { params: Promise.resolve({ id: fixture.consultationId, jobId }) };
      session.staff = officer;
      expect((await GET(new Request(url), params)).status).toBe(403);
      session.staff = analyst;
      const file = await GET(new Request(url), params);
      expect(file.status).toBe(200);
      expect(csvRows(Buffer.from(await file.arrayBuffer())).byRef.get(fixture.easyRead.reference)?.why).toBe(PERSONAL);
      expect(
        await db().auditEvent.findFirst({ where: { actorId: analyst.id }, orderBy: { createdAt: "desc" } }),
      ).toMatchObject({
        action: "export.download",
        detail: "responses.csv; without personal data; original text; reason: Checking the coding",
      });
    } finally {
      restore();
    }
  });

  it("builds the same CSV in the capped child process as the direct download", async () => {
    const s = spec("csv", true);
    const job = await db().exportJob.create({
      data: {
        consultationId: s.consultationId,
        format: "csv",
        freeText: true,
        originalText: true,
        personalData: true,
        reason: "Same file",
        total: 3,
        fileName: "same.csv",
        createdById: analyst.id,
        createdAt: new Date(),
      },
    });
    expect(await runExportJobInChild(job.id)).toBe(0);
    expect(await db().exportJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "READY",
      processed: 3,
    });
    const chunks: Buffer[] = [];
    for await (const chunk of (await openExportFile(s.consultationId, job.id)).stream)
      chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks).equals(await exported(s))).toBe(true);
  });

  it("records a job whose process died as failed, with a plain message", async () => {
    const job = await db().exportJob.create({
      data: {
        consultationId: fixture.consultationId,
        format: "csv",
        freeText: false,
        originalText: false,
        personalData: false,
        total: 3,
        fileName: "gone.csv",
        createdById: analyst.id,
        createdAt: new Date(),
      },
    });
    // The child cannot reach this database, so it dies before it can record anything itself
    // (this process keeps the client it already opened).
    const restore = setEnvForTests({ DATABASE_URL: "postgresql://nobody@127.0.0.1:1/unreachable" });
    try {
      expect(await runExportJobInChild(job.id)).toBe(1);
    } finally {
      restore();
    }
    expect(await db().exportJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "FAILED",
      failure: "The export stopped because of a problem with the service. Start it again from the downloads page.",
    });
  });
});
