// The Easy Read summary in the staff workspace (issue #7), keyboard only with axe on every page:
// the officer edits the blocks, sees the Easy Read checker's warnings beside the words, gets a
// specific error without losing what they typed, and the public page shows the saved summary.
import { expect, test } from "../helpers/fixtures";
import { signInAsSeeded } from "../publish/officer-session";
import { withDatabase } from "../helpers/staff-session";
import { copySeededConsultation, keyPress } from "./easy-read-staff";

test("an officer edits the Easy Read summary and sees the checker's warnings", async ({
  page,
  context,
  baseURL,
  checkA11y,
}) => {
  test.setTimeout(180_000);
  const { id, slug } = await copySeededConsultation("summary");
  await signInAsSeeded(context, "officer@council.example", baseURL!);
  await page.goto(`/staff/consultations/${id}`);
  await checkA11y("consultation overview");
  await keyPress(page, page.getByRole("link", { name: "Edit the Easy Read summary" }));
  await expect(page.getByRole("heading", { level: 1, name: "Easy Read summary" })).toBeVisible();
  await checkA11y("Easy Read summary editor");
  const blocks = await page.locator("[data-summary-block]").count();
  expect(blocks).toBeGreaterThan(2);

  // Block 1 reworded with a long word and a number in words; the last block is a spare one.
  const words1 = page.getByLabel("Words for block 1", { exact: true });
  await words1.fill("Short breaks give you three fantastic opportunities.");
  const last = blocks;
  await page.getByLabel(`Heading for block ${last} (optional)`, { exact: true }).fill("Thank you");
  await keyPress(page, page.getByRole("button", { name: "Save Easy Read summary" }));
  await expect(page.locator(".govuk-error-summary")).toContainText(
    `Enter the words for block ${last}, or clear its heading and picture`,
  );
  await expect(words1).toHaveValue("Short breaks give you three fantastic opportunities.");
  await checkA11y("summary error");

  await page.getByLabel(`Words for block ${last}`, { exact: true }).fill("Thank you for reading.");
  await page.getByLabel(`Picture for block ${last}`, { exact: true }).selectOption({ label: "Thumbs up" });
  await keyPress(page, page.getByRole("button", { name: "Save Easy Read summary" }));
  await expect(page.getByText("Easy Read summary saved.")).toBeVisible();
  await checkA11y("summary saved");
  const warnings = page.locator('[data-easy-read-warnings="block-1"]');
  await expect(warnings).toContainText("Write numbers as digits, like 2 or 15, not 'three'");
  await expect(warnings).toContainText("'opportunities' is a long word");
  await expect(page.locator(`[data-easy-read-warnings="block-${last}"]`)).toHaveCount(0);

  const stored = await withDatabase(
    async (db) =>
      (await db.query(`SELECT "easyReadSummary" FROM "Consultation" WHERE "id" = $1`, [id])).rows[0].easyReadSummary,
  );
  expect(stored.at(-1)).toEqual({
    picture: "/easy-read/pictures/1F44D.svg",
    heading: "Thank you",
    text: "Thank you for reading.",
  });
  const audits = await withDatabase(
    async (db) =>
      (
        await db.query(
          `SELECT count(*)::int AS n FROM "AuditEvent" WHERE "targetId" = $1 AND "action" = 'consultation.edit'`,
          [id],
        )
      ).rows[0].n,
  );
  expect(audits).toBe(1);

  // The public summary shows it (published for the check).
  await withDatabase((db) =>
    db.query(`UPDATE "Consultation" SET "stage" = 'PUBLISHED', "publishedAt" = now() WHERE "id" = $1`, [id]),
  );
  await page.goto(`/consultations/${slug}/easy-read-summary`);
  await checkA11y("public Easy Read summary");
  await expect(page.locator(".app-easy-read__block").last()).toContainText("Thank you for reading.");
});
