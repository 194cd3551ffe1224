// Issue #9: the analysis dashboard, closed questions and equality profile on the seeded adults'
// Short Breaks consultation (closed, 60 synthetic responses across channels). Expected figures
// are counted straight from the e2e database with plain SQL, independently of the services.
import { expect, test } from "../helpers/fixtures";
import { createStaff, signInAs, withDatabase } from "../helpers/staff-session";

const SLUG = "adult-short-breaks-2018";
const STATEMENT = "principles-grid.principle-fair";

async function expected() {
  return withDatabase(async (c) => {
    const {
      rows: [consultation],
    } = await c.query(`SELECT id FROM "Consultation" WHERE slug = $1`, [SLUG]);
    const id: string = consultation.id;
    const submitted = `"consultationId" = $1 AND status = 'SUBMITTED'`;
    const {
      rows: [{ n }],
    } = await c.query(`SELECT count(*)::int AS n FROM "Response" WHERE ${submitted}`, [id]);
    const { rows: channels } = await c.query(
      `SELECT channel::text AS k, count(*)::int AS n FROM "Response" WHERE ${submitted} GROUP BY 1`,
      [id],
    );
    const {
      rows: [{ agree }],
    } = await c.query(
      `SELECT count(*)::int AS agree FROM "Answer" a JOIN "Response" r ON r.id = a."responseId"
        WHERE r."consultationId" = $1 AND r.status = 'SUBMITTED' AND a."questionKey" = $2 AND a."optionKeys" = ARRAY['agree']`,
      [id, STATEMENT],
    );
    return { id, submitted: n as number, channels: channels as { k: string; n: number }[], agree: agree as number };
  });
}

const LABELS: Record<string, string> = {
  ONLINE: "Online",
  PAPER: "Paper",
  EMAIL: "Email",
  PHONE: "Phone",
  EVENT: "Event",
  ADVOCATE: "Advocate",
  IMPORT: "Imported",
};

test("an analyst sees the exact totals, closed-question counts and the equality profile", async ({
  page,
  checkA11y,
  baseURL,
}) => {
  const want = await expected();
  expect(want.submitted).toBeGreaterThan(0);
  await signInAs(page.context(), await createStaff("ANALYST"), baseURL!);

  await page.goto(`/staff/consultations/${want.id}`);
  await checkA11y("consultation overview");
  await page.getByRole("link", { name: "Analysis", exact: true }).click();
  await checkA11y("analysis dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Analysis");
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Submitted responses" }).locator("dd")).toHaveText(
    String(want.submitted),
  );
  const byChannel = page.getByRole("table", { name: "Submitted responses by channel" });
  for (const { k, n } of want.channels)
    await expect(byChannel.getByRole("row", { name: new RegExp(`^${LABELS[k]} ${n}$`) })).toBeVisible();

  await page.getByRole("link", { name: "Closed questions, filters and cross-tabs" }).click();
  await checkA11y("closed questions");
  await expect(page.getByText(`Base: ${want.submitted} submitted responses`)).toBeVisible();
  const fair = page.getByRole("table", { name: /fair and consistent way/ });
  await expect(
    fair
      .getByRole("row", { name: /^Agree / })
      .locator("td")
      .first(),
  ).toHaveText(String(want.agree));

  // The split switch and a cross-tab, through the GET form.
  await page.getByLabel("Show").selectOption("format");
  await page.getByLabel("Rows: answers to").selectOption("respondent-type");
  await page.getByLabel("Columns: answers to").selectOption(STATEMENT);
  await page.getByRole("button", { name: "Apply" }).click();
  await checkA11y("closed questions split by format with a cross-tab");
  await expect(page.getByRole("columnheader", { name: "Standard: number" }).first()).toBeVisible();
  const cross = page.getByRole("table", { name: / by .*fair and consistent way/ });
  await expect(cross.getByRole("row").last().locator("td").last()).toHaveText(String(want.submitted));

  // A bad district is a clear error, and nothing is shown as if it were filtered.
  await page.goto(`/staff/consultations/${want.id}/analysis/closed?district=99`);
  await checkA11y("closed questions with an error");
  await expect(page.getByRole("link", { name: "Enter a postcode district like HP20" })).toBeVisible();

  await page.goto(`/staff/consultations/${want.id}/analysis/equality`);
  await checkA11y("equality profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Equality profile");
  await expect(page.getByText(`Totals over all ${want.submitted} submitted responses`)).toBeVisible();
});

test("an officer reads the dashboard but is refused the equality profile", async ({ page, checkA11y, baseURL }) => {
  const want = await expected();
  await signInAs(page.context(), await createStaff("OFFICER"), baseURL!);
  await page.goto(`/staff/consultations/${want.id}/analysis`);
  await checkA11y("officer dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Analysis");
  await expect(page.getByRole("link", { name: "Equality profile" })).toHaveCount(0);
  await page.goto(`/staff/consultations/${want.id}/analysis/equality`);
  await checkA11y("officer refused the equality profile");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have permission to view this page");
});
