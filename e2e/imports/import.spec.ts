// Issue #8 acceptance, bulk import: an officer imports a CSV of 3 good rows and 2 bad rows
// from an event. The dry run shows both errors precisely (row, column, problem, value); "import
// all rows" is refused while errors exist; the good rows are imported; importing the same file
// again adds nothing; the responses are in the consultation's response list tagged "Event".
// Driven from the keyboard, with an axe check on every page.
import { expect, test } from "../helpers/fixtures";
import { createStaff, signInAs, withDatabase } from "../helpers/staff-session";
import { BAD_ROWS } from "../../tests/support/import-files";
import { press, uploadAndCheck } from "./import-helpers";

const SLUG = "short-breaks-children-2018";

async function consultationId(): Promise<string> {
  return withDatabase(
    async (c) => (await c.query(`SELECT "id" FROM "Consultation" WHERE "slug" = $1`, [SLUG])).rows[0].id as string,
  );
}

test("an officer imports the good rows of an event's CSV once, tagged by channel", async ({
  page,
  baseURL,
  checkA11y,
}) => {
  await signInAs(page.context(), await createStaff("OFFICER"), baseURL!);
  const id = await consultationId();

  await page.goto(`/staff/consultations/${id}/imports`);
  await checkA11y("imports list");
  await press(page, "Import responses from a spreadsheet");
  await checkA11y("upload form");
  // Nothing chosen: both problems are named.
  await press(page, "Upload and match columns");
  await expect(page.locator(".govuk-error-summary")).toContainText("Select a CSV or Excel file to upload");
  await expect(page.locator(".govuk-error-summary")).toContainText("Select how these responses reached you");
  await checkA11y("upload errors");

  await uploadAndCheck(page, id, checkA11y);
  const rows = page.locator("#report .govuk-summary-list");
  await expect(rows).toContainText("Rows in the file5");
  await expect(rows).toContainText("Valid rows3");
  await expect(rows).toContainText("Rows with errors2");
  const errors = page.getByRole("table", { name: /Errors, row by row/ }).locator("tbody tr");
  await expect(errors).toHaveCount(2);
  for (const [i, bad] of BAD_ROWS.entries()) {
    const cells = errors.nth(i).locator("td");
    await expect(cells.nth(0)).toHaveText(String(bad.row));
    await expect(cells.nth(1)).toHaveText(bad.column);
    await expect(cells.nth(2)).toContainText(bad.problem);
    await expect(cells.nth(3)).toHaveText(bad.value);
  }

  await press(page, "Import all rows");
  await expect(page.locator(".govuk-error-summary")).toContainText("You cannot import all rows: 2 rows have errors");
  await checkA11y("import all refused");
  await press(page, "Import only the valid rows");
  await expect(page.locator(".govuk-notification-banner")).toContainText(
    "3 responses imported. 0 rows were already imported",
    { timeout: 30_000 },
  );
  await checkA11y("import record");
  await expect(page.locator("#import-record")).toContainText("Rows rejected2");

  // The same file again: the dry run says the rows are already in, and nothing is added.
  await uploadAndCheck(page, id, checkA11y);
  await expect(page.locator("#report .govuk-summary-list")).toContainText(
    "3 valid rows were already imported and will be skipped",
  );
  await press(page, "Import only the valid rows");
  await expect(page.locator(".govuk-notification-banner")).toContainText(
    "0 responses imported. 3 rows were already imported",
    { timeout: 30_000 },
  );
  await checkA11y("second import record");
  await press(page, "Roll back this import");
  await expect(page.locator(".govuk-error-summary")).toContainText("There is nothing to roll back");
  await checkA11y("nothing to roll back");

  await page.goto(`/staff/consultations/${id}/responses?channel=EVENT`);
  await checkA11y("response list");
  const list = page.getByRole("table", { name: /responses, newest first/ });
  await expect(list.locator("caption")).toHaveText("3 responses, newest first");
  await expect(list.locator("tbody tr")).toHaveCount(3);
  for (const row of await list.locator("tbody tr").all()) await expect(row).toContainText("Event");
});
