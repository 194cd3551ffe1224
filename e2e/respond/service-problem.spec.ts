// The page "Start now" sends a respondent to when the service fails (the action's own unit test,
// start-action.test.ts, drives the failure): plain English, accessible, with and without
// JavaScript (@public).
import { expect, test } from "../helpers/fixtures";
import { RESPOND } from "./respond-helpers";

test.describe("service problem page @public", () => {
  test("says there is a problem and what to do, without a bare server error", async ({ page, checkA11y }) => {
    const response = await page.goto(`${RESPOND}/service-problem`);
    expect(response?.status()).toBe(200);
    await checkA11y("service problem");
    await expect(
      page.getByRole("heading", { level: 1, name: "Sorry, there is a problem with the service" }),
    ).toBeVisible();
    await expect(page.getByText(/Try again in a few minutes/)).toBeVisible();
    await expect(page).toHaveTitle(/^Sorry, there is a problem with the service/);
  });
});
