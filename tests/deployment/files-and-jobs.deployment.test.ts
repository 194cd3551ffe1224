// Issue #19 item 6: what one instance stores, the other serves, and what one instance starts, the
// other finishes when the first stops (SIGTERM: it hands the job back at once) or dies (SIGKILL:
// its lease runs out, JOB_LEASE_SECONDS=3 here). Each test starts instance a again afterwards, so
// the other tests keep two instances.
import { afterEach, describe, expect, it } from "vitest";
import { busiestConsultation, control, deployment, digest, sha256, sql } from "./deployment-helpers";
import { staffCookie, uploadDocument, waitFor } from "./deployment-helpers";

const [a, b] = deployment.instances;

afterEach(async () => {
  await control("start", "a");
});

type Job = {
  status: string;
  leaseOwner: string | null;
  processed: number;
  total: number;
  sizeBytes: number | null;
  attempts: number;
};
const job = async (id: string) => {
  const columns = `status::text, "leaseOwner", processed, total, "sizeBytes", attempts`;
  return (await sql<Job>(`SELECT ${columns} FROM "ExportJob" WHERE id = $1`, [id]))[0];
};

/** Starts a background export through instance a and waits until a holds its lease. */
async function exportOnA(cookie: string, consultationId: string): Promise<string> {
  const response = await fetch(`${a.origin}/staff/consultations/${consultationId}/downloads/export`, {
    method: "POST",
    body: new URLSearchParams({ format: "csv", freeText: "yes", sensitive: "no" }),
    headers: { cookie, origin: a.origin },
    redirect: "manual",
  });
  expect(response.status).toBe(303);
  const jobId = /\/jobs\/([^/?#]+)$/.exec(response.headers.get("location") ?? "")?.[1];
  expect(jobId).toBeTruthy();
  const claimedByA = async () => ((await job(jobId!)).leaseOwner?.startsWith("a:") ? true : undefined);
  await waitFor("instance a to claim the export", claimedByA, 20_000);
  return jobId!;
}

async function finishedOnB(cookie: string, consultationId: string, jobId: string): Promise<Job> {
  const done = await waitFor("the export to finish", async () => {
    const row = await job(jobId);
    return row.status === "RUNNING" ? undefined : row;
  });
  expect(done).toMatchObject({ status: "READY" });
  expect(done.leaseOwner).toMatch(/^b:/);
  expect(done.processed).toBe(done.total);
  // Downloaded through the balancer, whichever instance answers.
  const url = `${deployment.origin}/staff/consultations/${consultationId}/downloads/jobs/${jobId}/file`;
  const file = await digest(await fetch(url, { headers: { cookie } }));
  expect(file.status).toBe(200);
  expect(file.bytes).toBe(done.sizeBytes);
  return done;
}

describe("files and background jobs across instances", () => {
  it("serves a document uploaded through instance a byte for byte from instance b", async () => {
    const cookie = await staffCookie("OFFICER");
    const consultationId = await busiestConsultation();
    const title = "Strategy across instances";
    const { versionId, bytes } = await uploadDocument(a.origin, cookie, { consultationId, title, size: 1_500_000 });
    const url = `${b.origin}/staff/consultations/${consultationId}/documents/${versionId}`;
    const fromB = await digest(await fetch(url, { headers: { cookie } }));
    expect(fromB).toEqual({ status: 200, sha256: sha256(bytes), bytes: bytes.length });
  });

  it("hands an export back on SIGTERM, and instance b finishes it without waiting for the lease", async () => {
    const cookie = await staffCookie("ANALYST");
    const consultationId = await busiestConsultation();
    const jobId = await exportOnA(cookie, consultationId);
    expect((await job(jobId)).status).toBe("RUNNING");
    const stopped = Date.now();
    await control("stop", "a");
    // Within 10 s, as a supervisor allows.
    expect(Date.now() - stopped).toBeLessThan(10_000);
    // Handed back, so a's claim is not counted against the job: b's is its only one.
    expect((await finishedOnB(cookie, consultationId, jobId)).attempts).toBe(1);
  });

  it("finishes an export on instance b after instance a, which was building it, is SIGKILLed", async () => {
    const cookie = await staffCookie("ANALYST");
    const consultationId = await busiestConsultation();
    const jobId = await exportOnA(cookie, consultationId);
    expect((await job(jobId)).status).toBe("RUNNING");
    await control("kill", "a");
    // a's claim ran out and counts: b's is the second.
    expect((await finishedOnB(cookie, consultationId, jobId)).attempts).toBe(2);
  });
});
