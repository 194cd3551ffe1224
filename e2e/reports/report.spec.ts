// Issue #10: the printable findings report on the seeded adults' Short Breaks consultation. An
// analyst reads it (exact totals counted straight from the e2e database), it prints without the
// site's header and staff bar, the Word version downloads, and both are audited; an officer is
// refused, and the refusal is audited too.
import { expect, test } from "../helpers/fixtures";
import { createStaff, signInAs, withDatabase } from "../helpers/staff-session";

const SLUG = "adult-short-breaks-2018";
const LABELS: Record<string, string> = {
  ONLINE: "Online",
  PAPER: "Paper",
  EMAIL: "Email",
  PHONE: "Phone",
  EVENT: "Event",
  ADVOCATE: "Advocate",
  IMPORT: "Imported",
};

async function expected() {
  return withDatabase(async (c) => {
    const {
      rows: [{ id }],
    } = await c.query(`SELECT id FROM "Consultation" WHERE slug = $1`, [SLUG]);
    const submitted = `"consultationId" = $1 AND status = 'SUBMITTED'`;
    const {
      rows: [{ n }],
    } = await c.query(`SELECT count(*)::int AS n FROM "Response" WHERE ${submitted}`, [id]);
    const { rows: channels } = await c.query(
      `SELECT channel::text AS k, count(*)::int AS n FROM "Response" WHERE ${submitted} GROUP BY 1`,
      [id],
    );
    return { id: id as string, submitted: n as number, channels: channels as { k: string; n: number }[] };
  });
}

const audits = (actorId: string, action: string) =>
  withDatabase(async (c) =>
    (
      await c.query(`SELECT detail FROM "AuditEvent" WHERE "actorId" = $1 AND action = $2 ORDER BY "createdAt"`, [
        actorId,
        action,
      ])
    ).rows.map((r) => r.detail as string),
  );

test("an analyst reads, prints and downloads the findings report, and each is audited", async ({
  page,
  checkA11y,
  baseURL,
}) => {
  // The whole report is one long page (every question's chart and tables, the appendix): axe
  // needs minutes over it on a loaded 2-core CI machine.
  test.setTimeout(480_000);
  const want = await expected();
  expect(want.submitted).toBeGreaterThan(0);
  const analyst = await createStaff("ANALYST");
  await signInAs(page.context(), analyst, baseURL!);

  await page.goto(`/staff/consultations/${want.id}/report`);
  await checkA11y("findings report");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultation findings report");
  for (const section of ["Method", "Who responded", "Results by question", "Equality profile", "Limitations"]) {
    await expect(page.getByRole("heading", { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByText(`${want.submitted} responses were received.`)).toBeVisible();
  const byChannel = page.getByRole("table", { name: "Responses by channel" });
  for (const { k, n } of want.channels) {
    const percent = ((100 * n) / want.submitted).toFixed(1);
    await expect(byChannel.getByRole("row", { name: `${LABELS[k]} ${n} ${percent}%`, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("img", { name: /^Bar chart: / }).first()).toBeVisible();
  expect(await audits(analyst.id, "export.download")).toEqual(["report.html; without personal data"]);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Back to downloads" })).toBeHidden();
  await expect(page.getByText(/^Signed in as/)).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  const docx = await page.request.get(`/staff/consultations/${want.id}/downloads/report.docx`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
  expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");
  expect(await audits(analyst.id, "export.download")).toEqual([
    "report.html; without personal data",
    "report.docx; without personal data",
  ]);
});

test("an officer is refused the report and the Word file, and both refusals are audited", async ({
  page,
  checkA11y,
  baseURL,
}) => {
  const want = await expected();
  const officer = await createStaff("OFFICER");
  await signInAs(page.context(), officer, baseURL!);
  await page.goto(`/staff/consultations/${want.id}/report`);
  await checkA11y("officer refused the findings report");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have permission to view this page");
  expect((await page.request.get(`/staff/consultations/${want.id}/downloads/report.docx`)).status()).toBe(403);
  expect(await audits(officer.id, "access.refused")).toHaveLength(2);
});
