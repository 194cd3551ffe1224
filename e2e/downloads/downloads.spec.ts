// Issue #10: an analyst downloads the responses CSV of the seeded adults' Short Breaks
// consultation from the downloads page (the file is read back with csv-parse: one row per
// submitted response, counted straight from the database), a missing reason is a clear error,
// and an officer is refused with 403, audited as access.refused.
import fs from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test } from "../helpers/fixtures";
import { auditEvents, createStaff, signInAs, withDatabase } from "../helpers/staff-session";

const SLUG = "adult-short-breaks-2018";

async function consultation(): Promise<{ id: string; submitted: number }> {
  return withDatabase(async (c) => {
    const {
      rows: [row],
    } = await c.query(`SELECT id FROM "Consultation" WHERE slug = $1`, [SLUG]);
    const {
      rows: [{ n }],
    } = await c.query(
      `SELECT count(*)::int AS n FROM "Response" WHERE "consultationId" = $1 AND status = 'SUBMITTED'`,
      [row.id],
    );
    return { id: row.id as string, submitted: n as number };
  });
}

test("an analyst downloads the responses as CSV, and is asked for a reason for personal data", async ({
  page,
  checkA11y,
  baseURL,
}) => {
  const want = await consultation();
  expect(want.submitted).toBeGreaterThan(0);
  const analyst = await createStaff("ANALYST");
  await signInAs(page.context(), analyst, baseURL!);

  await page.goto(`/staff/consultations/${want.id}`);
  await checkA11y("consultation overview");
  await page.getByRole("link", { name: "Downloads: findings report and response data" }).click();
  await checkA11y("downloads page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Downloads");
  await expect(page.getByRole("link", { name: "Findings report (Word document)" })).toBeVisible();

  const waiting = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download" }).click();
  const download = await waiting;
  expect(download.suggestedFilename()).toBe(`${SLUG}-responses.csv`);
  const text = await fs.readFile((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [ids, labels, ...rows] = parse(text, { bom: true }) as string[][];
  expect(ids[0]).toBe("reference");
  expect(labels[0]).toBe("Reference");
  expect(rows).toHaveLength(want.submitted);
  expect(
    (await auditEvents("export.download", want.id)).some(
      (e) => e.actorLabel === analyst.email && e.detail === "responses.csv; without personal data",
    ),
  ).toBe(true);

  // The Download button ignores a second press within a second (GOV.UK's double-click guard), and
  // a small CSV arrives faster than that: a person choosing new options takes longer. Start from
  // the page afresh, as after reading the file, so the next press is a new submission.
  await page.reload();
  await page.getByLabel("Yes, I need personal data or original text").check();
  await page.getByLabel("Original free text and respondents' contact details (email address and name)").check();
  await page.getByRole("button", { name: "Download" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText(
    "Enter the reason you need personal data or original text",
  );
  await checkA11y("downloads page with an error");
  await expect(page).toHaveTitle(/^Error: Downloads/);
});

test("an officer is not shown the downloads page and an export request gets 403", async ({
  page,
  checkA11y,
  baseURL,
}) => {
  const want = await consultation();
  const officer = await createStaff("OFFICER");
  await signInAs(page.context(), officer, baseURL!);
  await page.goto(`/staff/consultations/${want.id}/downloads`);
  await checkA11y("downloads page refused");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have permission to view this page");

  const response = await page.request.post(`/staff/consultations/${want.id}/downloads/export`, {
    form: { format: "csv", freeText: "yes", sensitive: "no" },
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).toContain("You do not have permission to download this file.");
  expect((await auditEvents("access.refused", want.id)).some((e) => e.actorLabel === officer.email)).toBe(true);
});
