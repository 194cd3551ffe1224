// Export and import jobs each held by exactly one instance (issue #19), against the real
// PostgreSQL: a claim is exclusive, a lease that ends lets another instance take the job over
// (and the old holder can no longer write), a hand-back makes it claimable at once, and a job
// that keeps losing its instance ends failed with a message and a "Try again" that works.
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffPrincipal } from "@/lib/permissions/permissions";
import { db } from "@/lib/db";
import { IMPORT_STALLED_AFTER_MS } from "@/lib/imports/import-status";
import { runExportJob } from "@/lib/services/exports/export-jobs";
import { checkImport } from "@/lib/services/imports/check-import";
import { createImport } from "@/lib/services/imports/create-import";
import { getImport, listImports } from "@/lib/services/imports/import-queries";
import { loadImport } from "@/lib/services/imports/import-record";
import { IMPORT_INTERRUPTED, IMPORT_STALLED, startImport } from "@/lib/services/imports/run-import";
import { claimJob, handBackJob, MAX_JOB_ATTEMPTS, renewJobLease } from "@/lib/services/jobs/job-lease";
import { runClaimedJob } from "@/lib/services/jobs/job-worker";
import { GOOD_AND_BAD_CSV } from "@/tests/support/import-files";
import { exportConsultation, staffMember } from "../downloads/export-fixtures";
import { createConsultation } from "../respond/respond-fixtures";

const session = vi.hoisted(() => ({ staff: null as StaffPrincipal | null }));
vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<object>()),
  getCurrentStaff: async () => session.staff,
  requireStaffForPage: async () => session.staff,
}));

let officer: StaffPrincipal;
let analyst: StaffPrincipal;

beforeAll(async () => {
  officer = await staffMember("OFFICER");
  analyst = await staffMember("ANALYST");
});

async function exportJob(consultationId: string) {
  return db().exportJob.create({
    data: {
      consultationId,
      format: "csv",
      freeText: false,
      originalText: false,
      personalData: false,
      total: 3,
      fileName: "lease.csv",
      createdById: analyst.id,
      createdAt: new Date(),
    },
  });
}

async function startedImport() {
  const fixture = await createConsultation();
  const ids = { consultationId: fixture.consultationId };
  const { importId } = await createImport(
    officer,
    { ...ids, channel: "PAPER" },
    { name: "event.csv", bytes: new TextEncoder().encode(GOOD_AND_BAD_CSV) },
  );
  await checkImport(officer, { ...ids, importId, mapping: (await loadImport(ids.consultationId, importId)).mapping! });
  await startImport(officer, { ...ids, importId, onlyValid: true });
  return { ...ids, importId };
}

const ago = (ms: number) => new Date(Date.now() - ms);

describe("job leases", () => {
  it("gives a job to exactly one of several instances claiming at once", async () => {
    const fixture = await exportConsultation();
    const job = await exportJob(fixture.consultationId);
    const claims = await Promise.all(
      ["a", "b", "c", "d"].map((owner) =>
        claimJob("export", { owner, leaseMs: 60_000, consultationId: fixture.consultationId }),
      ),
    );
    const won = claims.filter((c) => c !== null);
    expect(won).toHaveLength(1);
    expect(won[0]).toMatchObject({ id: job.id, attempts: 1 });
    expect((await db().exportJob.findUniqueOrThrow({ where: { id: job.id } })).leaseOwner).toBe(
      ["a", "b", "c", "d"][claims.indexOf(won[0])],
    );
  });

  it("lets another instance take an export over once the lease has ended, and the first can then write nothing", async () => {
    const fixture = await exportConsultation();
    const job = await exportJob(fixture.consultationId);
    const scope = { leaseMs: 10_000, consultationId: fixture.consultationId };
    // Instance a claims it and dies: nobody renews its lease.
    const a = await claimJob("export", { ...scope, owner: "a", at: ago(20_000) });
    expect(a?.id).toBe(job.id);
    const stillHeld = await claimJob("export", { ...scope, owner: "b", at: ago(15_000) });
    expect(stillHeld).toBeNull();
    const b = await claimJob("export", { ...scope, owner: "b" });
    expect(b).toMatchObject({ id: job.id, attempts: 2 });
    expect(await renewJobLease(a!, 10_000)).toBe(false);
    expect(await renewJobLease(b!, 10_000)).toBe(true);
    // a's export process, had it survived, stops at its first write.
    await runExportJob(job.id, a!.token);
    expect(await db().exportJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "RUNNING",
      processed: 0,
      storageKey: null,
    });
    await runClaimedJob(b!);
    expect(await db().exportJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "READY",
      processed: 3,
      leaseOwner: "b",
      leaseToken: null,
    });
  });

  it("hands an unfinished export back: its process is stopped, nothing is marked failed, and it is claimable at once", async () => {
    const fixture = await exportConsultation();
    const job = await exportJob(fixture.consultationId);
    const scope = { leaseMs: 60_000, consultationId: fixture.consultationId };
    const a = await claimJob("export", { ...scope, owner: "a" });
    const controller = new AbortController();
    // What SIGTERM does (drainJobWorker): abort the job in hand, then hand its lease back.
    const running = runClaimedJob(a!, controller);
    controller.abort();
    await running;
    expect(await handBackJob(a!)).toBe(true);
    expect(await db().exportJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "RUNNING",
      failure: null,
      attempts: 0,
      leaseToken: null,
    });
    const b = await claimJob("export", { ...scope, owner: "b" });
    expect(b).toMatchObject({ id: job.id, attempts: 1 });
    await runClaimedJob(b!);
    expect((await db().exportJob.findUniqueOrThrow({ where: { id: job.id } })).status).toBe("READY");
  });

  it("fails an import that keeps losing its instance, with a message and a Try again button that works without JavaScript", async () => {
    const ids = await startedImport();
    for (let i = 1; i <= MAX_JOB_ATTEMPTS; i++) {
      const claim = await claimJob("import", {
        owner: `dies-${i}`,
        leaseMs: 1_000,
        consultationId: ids.consultationId,
        at: ago(60_000 - i * 5_000),
      });
      expect(claim).toMatchObject({ id: ids.importId, attempts: i });
    }
    const last = await claimJob("import", { owner: "survivor", leaseMs: 60_000, consultationId: ids.consultationId });
    await runClaimedJob(last!);
    expect(await loadImport(ids.consultationId, ids.importId)).toMatchObject({
      status: "FAILED",
      failure: IMPORT_INTERRUPTED,
      leaseToken: null,
    });

    session.staff = officer;
    const { default: Page } = await import("@/app/(staff)/staff/consultations/[id]/imports/[importId]/page");
    const params = Promise.resolve({ id: ids.consultationId, importId: ids.importId });
    const html = renderToStaticMarkup(await Page({ params, searchParams: Promise.resolve({}) }));
    expect(html).toContain(IMPORT_INTERRUPTED);
    const action = `/staff/consultations/${ids.consultationId}/imports/${ids.importId}/step`;
    // A plain form and a submit button: no script needed.
    const form =
      /<form [^>]*action="([^"]+)" method="post">(?:(?!<\/form>)[\s\S])*?<button type="submit" value="([^"]+)"[^>]*name="intent">Try again<\/button>/.exec(
        html,
      );
    expect(form?.slice(1)).toEqual([action, "import-valid"]);
    // The form posts a plain field; the route takes it and the import runs again from the start.
    const { POST } = await import("@/app/(staff)/staff/consultations/[id]/imports/[importId]/step/route");
    const response = await POST(
      new Request(`http://hys.test${action}`, {
        method: "POST",
        body: new URLSearchParams({ intent: "import-valid" }),
      }),
      { params } as never,
    );
    expect(response.status).toBe(303);
    expect(await loadImport(ids.consultationId, ids.importId)).toMatchObject({
      status: "IMPORTING",
      attempts: 0,
      failure: null,
    });
    const again = await claimJob("import", { owner: "b", leaseMs: 60_000, consultationId: ids.consultationId });
    await runClaimedJob(again!);
    expect(await loadImport(ids.consultationId, ids.importId)).toMatchObject({ status: "IMPORTED", importedCount: 3 });
  });

  it("never leaves an import Importing when no instance has held it for minutes", async () => {
    const ids = await startedImport();
    await db().responseImport.update({
      where: { id: ids.importId },
      data: { leaseOwner: "gone", leaseToken: "gone", leaseUntil: ago(IMPORT_STALLED_AFTER_MS + 60_000) },
    });
    // The consultation's list of imports shows it failed, as its own page does.
    const listed = await listImports(officer, ids.consultationId);
    expect(listed.imports.find((i) => i.id === ids.importId)?.status).toBe("FAILED");
    const view = await getImport(officer, ids);
    expect(view.record).toMatchObject({ status: "FAILED", failure: IMPORT_STALLED });
    // A lease that ended only just now is left for an instance to take over.
    const fresh = await startedImport();
    await db().responseImport.update({ where: { id: fresh.importId }, data: { leaseUntil: ago(5_000) } });
    expect((await getImport(officer, fresh)).record.status).toBe("IMPORTING");
  });
});
