// Issue #19 item 7, the backup claim as docs/deploy.md states it: one pg_dump of the database
// holds everything (files live in it), so restoring it into a new database and starting an
// instance on that serves the same documents byte for byte and the same analysis dashboard.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { freePort, startApp, stopApp, type AppProcess } from "../../scripts/load/app-server";
import { runJourney } from "../../scripts/load/respond-journey";
import { createTestDatabase } from "../support/test-database";
import { busiestConsultation, deployment, digest, sql, staffCookie, uploadDocument } from "./deployment-helpers";

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

it("restores a pg_dump into a new database, where an instance serves the same documents and dashboard", async () => {
  const cookie = await staffCookie("ADMIN");
  // A document and a response of our own, through the balancer, on top of the seed's.
  const consultationId = await busiestConsultation();
  await uploadDocument(deployment.origin, cookie, { consultationId, title: "Backed-up strategy", size: 700_000 });
  expect((await runJourney(deployment.origin, { retries: 0, retryDelayMs: () => 0 })).reference).toBeTruthy();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hys-backup-"));
  const dump = path.join(dir, "hys.dump");
  const restored = await createTestDatabase("restored", false);
  let app: AppProcess | undefined;
  try {
    // As docs/deploy.md says: a custom-format dump, restored into an empty database.
    await run("pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, deployment.databaseUrl]);
    await run("pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${restored.url}`, dump]);
    const settings = { ...deployment.shared, DATABASE_URL: restored.url, HYS_INSTANCE_NAME: "restored", DATA_DIR: dir };
    app = await startApp(await freePort(3900, 3999), settings);
    const restoredOrigin = app.origin;

    const versions = await sql<{ id: string; consultationId: string; sha256: string }>(
      `SELECT v.id, d."consultationId", v.sha256 FROM "DocumentVersion" v
       JOIN "ConsultationDocument" d ON d.id = v."documentId" ORDER BY v.id`,
    );
    expect(versions.length).toBeGreaterThan(0);
    const restoredVersions = await sql(`SELECT v.id FROM "DocumentVersion" v ORDER BY v.id`, [], restored.url);
    expect(restoredVersions).toEqual(versions.map((v) => ({ id: v.id })));
    for (const version of versions) {
      const path = `/staff/consultations/${version.consultationId}/documents/${version.id}`;
      const get = async (origin: string) => digest(await fetch(`${origin}${path}`, { headers: { cookie } }));
      const [live, back] = await Promise.all([get(deployment.origin), get(restoredOrigin)]);
      expect(back).toEqual(live);
      expect(back).toMatchObject({ status: 200, sha256: version.sha256 });
    }

    const consultations = await sql<{ id: string; submitted: number }>(
      `SELECT c.id, count(r.id)::int AS submitted FROM "Consultation" c
       LEFT JOIN "Response" r ON r."consultationId" = c.id AND r.status = 'SUBMITTED' GROUP BY c.id`,
    );
    for (const c of consultations) {
      const page = `/staff/consultations/${c.id}/analysis`;
      const [live, back] = await Promise.all([deployment.origin, restoredOrigin].map((o) => mainText(o, page, cookie)));
      expect(back).toBe(live);
      expect(back).toContain(`Submitted responses ${c.submitted}`);
    }
  } finally {
    if (app) await stopApp(app);
    await restored.drop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
