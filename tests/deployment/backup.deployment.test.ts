// Issue #19 item 7, the backup claim as docs/deploy.md states it: one pg_dump of the database
// holds everything (files live in it), so restoring it into a new database and starting an
// instance on that serves the same documents byte for byte and the same analysis dashboard.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { freePort, startApp, stopApp, type AppProcess } from "../../scripts/load/app-server";
import { runJourney } from "../../scripts/load/respond-journey";
import { createTestDatabase } from "../support/test-database";
import { deployment, digest, sql, staffCookie } from "./deployment-helpers";

const run = promisify(execFile);

/** The page's main content as text, without the per-request nonce: what a member of staff reads. */
async function mainText(origin: string, pathname: string, cookie: string): Promise<string> {
  const response = await fetch(`${origin}${pathname}`, { headers: { cookie } });
  expect(response.status, `${origin}${pathname}`).toBe(200);
  const html = await response.text();
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? "";
  return main
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

it("restores a pg_dump into a new database, where an instance serves the same documents and dashboard counts", async () => {
  const cookie = await staffCookie("ADMIN");
  const [{ id: consultationId }] = await sql<{ id: string }>(`SELECT "consultationId" AS id FROM "Response" WHERE status = 'SUBMITTED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  // A document and a response of our own, through the balancer, on top of the seed's.
  const bytes = Buffer.concat([Buffer.from("%PDF-1.7\n"), crypto.randomBytes(700_000)]);
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], "backup.pdf", { type: "application/pdf" }));
  for (const [k, v] of Object.entries({ title: "Backed-up strategy", kind: "FULL_STRATEGY", versionLabel: "Version 1" })) form.set(k, v);
  const uploaded = await fetch(`${deployment.origin}/staff/consultations/${consultationId}/documents/upload`, {
    method: "POST",
    body: form,
    headers: { cookie, origin: deployment.origin },
    redirect: "manual",
  });
  expect(`${uploaded.status} ${uploaded.headers.get("location")} ${uploaded.status === 303 ? "" : await uploaded.text()}`).toContain("done=uploaded");
  expect((await runJourney(deployment.origin, { retries: 0, retryDelayMs: () => 0 })).reference).toBeTruthy();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-backup-"));
  const dump = path.join(dir, "hys.dump");
  const restored = await createTestDatabase("restored", false);
  let app: AppProcess | undefined;
  try {
    // As docs/deploy.md says: a custom-format dump, restored into an empty database.
    await run("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, deployment.databaseUrl]);
    await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${restored.url}`, dump]);
    app = await startApp(await freePort(3900, 3999), { ...deployment.shared, DATABASE_URL: restored.url, HYS_INSTANCE_NAME: "restored", DATA_DIR: dir });

    const versions = await sql<{ id: string; consultationId: string; sha256: string }>(
      `SELECT v.id, d."consultationId", v.sha256 FROM "DocumentVersion" v JOIN "ConsultationDocument" d ON d.id = v."documentId" ORDER BY v.id`,
    );
    expect(versions.length).toBeGreaterThan(0);
    expect(await sql(`SELECT v.id FROM "DocumentVersion" v ORDER BY v.id`, [], restored.url)).toEqual(versions.map((v) => ({ id: v.id })));
    for (const version of versions) {
      const url = (origin: string) => `${origin}/staff/consultations/${version.consultationId}/documents/${version.id}`;
      const [live, back] = await Promise.all([digest(await fetch(url(deployment.origin), { headers: { cookie } })), digest(await fetch(url(app.origin), { headers: { cookie } }))]);
      expect(back).toEqual(live);
      expect(back).toMatchObject({ status: 200, sha256: version.sha256 });
    }

    const consultations = await sql<{ id: string; submitted: number }>(
      `SELECT c.id, count(r.id)::int AS submitted FROM "Consultation" c LEFT JOIN "Response" r ON r."consultationId" = c.id AND r.status = 'SUBMITTED' GROUP BY c.id`,
    );
    for (const c of consultations) {
      const page = `/staff/consultations/${c.id}/analysis`;
      const [live, back] = await Promise.all([mainText(deployment.origin, page, cookie), mainText(app.origin, page, cookie)]);
      expect(back).toBe(live);
      expect(back).toContain(`Submitted responses ${c.submitted}`);
    }
  } finally {
    if (app) await stopApp(app);
    await restored.drop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
