// Background exports a restart stopped (issue #10): a job still "being prepared" that no instance
// has held the lease of for EXPORT_JOB_STALE_MINUTES (issue #19) is shown as failed with a plain message, and its page offers to
// start it again with the same options, which the export route accepts.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { setEnvForTests } from "@/lib/env";
import { getExportJob, recentExportJobs, STALE_FAILURE } from "@/lib/services/exports/export-jobs";
import { exportConsultation, staffMember } from "./export-fixtures";

const session = vi.hoisted(() => ({ staff: null as StaffPrincipal | null }));
// No request scope here: the signed-in staff member comes from `session` (the page and the route check permissions themselves).
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<object>()),
  getCurrentStaff: async () => session.staff,
  requireStaffForPage: async () => session.staff,
}));

let fixture: Awaited<ReturnType<typeof exportConsultation>>;
let analyst: StaffPrincipal;
let restoreEnv: () => void;

beforeAll(async () => {
  fixture = await exportConsultation();
  analyst = await staffMember("ANALYST");
  restoreEnv = setEnvForTests({ EXPORT_JOB_STALE_MINUTES: "10" });
});
afterAll(() => restoreEnv());

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

async function job(data: { createdAt: Date; leaseUntil?: Date | null; personalData?: boolean }) {
  return db().exportJob.create({
    data: {
      consultationId: fixture.consultationId,
      format: "csv",
      freeText: true,
      originalText: true,
      personalData: data.personalData ?? false,
      reason: "Checking the coding",
      total: 3,
      fileName: "x.csv",
      createdById: analyst.id,
      createdAt: data.createdAt,
      leaseUntil: data.leaseUntil ?? null,
    },
  });
}

describe("stale background exports", () => {
  it("fails a job nobody has held for the stale time, and leaves a held, handed-back or new one running", async () => {
    const silent = await job({ createdAt: minutesAgo(30), leaseUntil: minutesAgo(11) });
    const neverStarted = await job({ createdAt: minutesAgo(12) });
    const moving = await job({ createdAt: minutesAgo(30), leaseUntil: minutesAgo(-1) });
    const handedBack = await job({ createdAt: minutesAgo(30), leaseUntil: minutesAgo(0.1) });
    const fresh = await job({ createdAt: minutesAgo(2) });
    const jobs = new Map((await recentExportJobs(analyst, fixture.consultationId)).map((j) => [j.id, j]));
    expect(jobs.get(silent.id)).toMatchObject({ status: "FAILED", failure: STALE_FAILURE });
    expect(jobs.get(neverStarted.id)).toMatchObject({
      status: "FAILED",
      failure: "The export stopped when the service restarted. Start it again.",
    });
    expect(jobs.get(moving.id)?.status).toBe("RUNNING");
    expect(jobs.get(handedBack.id)?.status).toBe("RUNNING");
    expect(jobs.get(fresh.id)?.status).toBe("RUNNING");
    expect((await getExportJob(analyst, fixture.consultationId, silent.id)).finishedAt).toBeInstanceOf(Date);
  });

  it("shows the message and a button that posts the same options to the export route", async () => {
    const stale = await job({ createdAt: minutesAgo(40), leaseUntil: minutesAgo(20), personalData: true });
    session.staff = analyst;
    const { default: Page } = await import("@/app/(staff)/staff/consultations/[id]/downloads/jobs/[jobId]/page");
    const html = renderToStaticMarkup(
      await Page({ params: Promise.resolve({ id: fixture.consultationId, jobId: stale.id }) }),
    );
    expect(html).toContain(STALE_FAILURE);
    expect(html).toContain(`action="/staff/consultations/${fixture.consultationId}/downloads/export"`);
    expect(html).toContain("Start the export again");
    const fields = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    expect(fields).toEqual({
      format: "csv",
      freeText: "yes",
      sensitive: "yes",
      include: "personal",
      reason: "Checking the coding",
    });
    // The export route takes exactly those fields: the download starts again (a small export streams at once).
    const { POST } = await import("@/app/(staff)/staff/consultations/[id]/downloads/export/route");
    const response = await POST(
      new Request(`http://hys.test/staff/consultations/${fixture.consultationId}/downloads/export`, {
        method: "POST",
        body: new URLSearchParams(fields),
      }),
      { params: Promise.resolve({ id: fixture.consultationId }) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("-responses.csv");
  });
});
