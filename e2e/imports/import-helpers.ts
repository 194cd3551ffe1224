// Bulk import from the keyboard, shared by the import and acceptance specs.
import type { Page } from "@playwright/test";
import { expect } from "../helpers/fixtures";
import { GOOD_AND_BAD_CSV } from "../../tests/support/import-files";

/** Activates a link or button from the keyboard. */
export async function press(page: Page, name: string | RegExp, role: "button" | "link" = "button") {
  await page.getByRole(role, { name }).focus();
  // Each press loads a new page (a link, or a form post answered with a 303).
  await Promise.all([page.waitForEvent("framenavigated"), page.keyboard.press("Enter")]);
  await page.waitForLoadState("load");
}

export async function uploadAndCheck(page: Page, id: string, checkA11y: (label?: string) => Promise<void>) {
  await page.goto(`/staff/consultations/${id}/imports/new`);
  await checkA11y("upload form");
  await page
    .locator("#file")
    .setInputFiles({ name: "aylesbury-session.csv", mimeType: "text/csv", buffer: Buffer.from(GOOD_AND_BAD_CSV) });
  await page.getByLabel("An event or session").focus();
  await page.keyboard.press("Space");
  await press(page, "Upload and match columns");
  await expect(page.getByRole("heading", { name: "Match columns to questions" })).toBeVisible();
  await checkA11y("mapping");
  await press(page, "Check the rows");
  await expect(page.getByRole("heading", { name: "Check the rows" })).toBeVisible();
  await checkA11y("dry run report");
}
