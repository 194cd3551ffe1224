// Issue #8 acceptance, in one go: an officer enters a paper response and a phone response, and
// imports a CSV of 3 good rows and 2 bad rows. The dry run names both errors precisely; the
// good rows are imported; importing the same file again adds nothing; all five responses are
// in the consultation's response list, tagged by channel. On its own copy of the seeded
// consultation, so the counts are exactly these five.
import { copyOfSeeded } from "../helpers/consultation-copy";
import { expect, test } from "../helpers/fixtures";
import { press as pressAndLoad, uploadAndCheck } from "../imports/import-helpers";
import { signInAsSeeded } from "../publish/officer-session";
import { BAD_ROWS } from "../../tests/support/import-files";
import { enterResponse } from "./entry-helpers";

test("paper and phone entries and a CSV import with 2 bad rows end as five responses, tagged by channel", async ({
  page,
  context,
  baseURL,
  checkA11y,
}) => {
  test.setTimeout(300_000);
  await signInAsSeeded(context, "officer@council.example", baseURL!);
  const { id } = await copyOfSeeded({ closed: false });
  const paper = await enterResponse(page, checkA11y, id, "Paper");
  const phone = await enterResponse(page, checkA11y, id, "Phone");

  await uploadAndCheck(page, id, checkA11y);
  const errors = page.getByRole("table", { name: /Errors, row by row/ }).locator("tbody tr");
  await expect(errors).toHaveCount(2);
  for (const [i, bad] of BAD_ROWS.entries()) {
    const cells = errors.nth(i).locator("td");
    await expect(cells.nth(0)).toHaveText(String(bad.row));
    await expect(cells.nth(1)).toHaveText(bad.column);
    await expect(cells.nth(2)).toContainText(bad.problem);
    await expect(cells.nth(3)).toHaveText(bad.value);
  }
  await pressAndLoad(page, "Import only the valid rows");
  await expect(page.locator(".govuk-notification-banner")).toContainText(
    "3 responses imported. 0 rows were already imported",
    { timeout: 60_000 },
  );
  await checkA11y("import record");

  await uploadAndCheck(page, id, checkA11y);
  await pressAndLoad(page, "Import only the valid rows");
  await expect(page.locator(".govuk-notification-banner")).toContainText(
    "0 responses imported. 3 rows were already imported",
    { timeout: 60_000 },
  );
  await checkA11y("second import record");

  await page.goto(`/staff/consultations/${id}/responses`);
  await checkA11y("response list");
  const list = page.getByRole("table", { name: /responses, newest first/ });
  await expect(list.locator("caption")).toHaveText("5 responses, newest first");
  const rowOf = (reference: string) =>
    list.getByRole("row").filter({ has: page.getByRole("rowheader", { name: reference }) });
  await expect(rowOf(paper).locator(".govuk-tag")).toHaveText("Paper");
  await expect(rowOf(phone).locator(".govuk-tag")).toHaveText("Phone");
  await expect(list.locator("tbody tr .govuk-tag").filter({ hasText: "Event" })).toHaveCount(3);
});
