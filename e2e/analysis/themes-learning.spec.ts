// Issue #22 acceptance: the review queue's default order is "Most useful first" (today's least
// confident order stays one choice away), the page says what the officer's decisions did, and
// each learned suggestion's evidence links to the reviewed comments it resembles. Figures are
// checked against plain SQL; axe runs on every page.
import { expect, test } from "../helpers/fixtures";
import { withDatabase } from "../helpers/staff-session";
import { settled } from "../respond/respond-helpers";
import { banner, count, runThemesAsOfficer } from "./themes-helpers";

test("the review queue asks the most useful comments first, says what decisions did and links the evidence", async ({
  page,
  checkA11y,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const { copy } = await runThemesAsOfficer(page, checkA11y, baseURL!);

  // Two themes from the candidates, so there are suggestions to review.
  for (let i = 0; i < 2; i++) {
    await page
      .getByRole("button", { name: /^Add as a theme\s*: / })
      .first()
      .click();
    await expect(banner(page)).toContainText("Theme added from the candidates");
    await settled(page);
  }
  await checkA11y("codebook with two themes");
  await page.getByRole("link", { name: /^Review suggested themes/ }).click();
  await settled(page);
  await checkA11y("review queue, most useful first");
  await expect(page.getByLabel("Order")).toHaveValue("useful");
  await expect(page.getByText("least sure of come first, spread across themes")).toBeVisible();
  await expect(page.locator("#decision-summary")).toHaveText(/^No decisions yet\./);

  // Today's order is still there: the first comment is the least confident one by SQL.
  const leastConfident = await withDatabase(async (c) => {
    const { rows } = await c.query(
      `SELECT r.text FROM "ThemeAssignment" t JOIN "Codebook" b ON b.id = t."codebookId" JOIN "RedactedAnswer" r ON r."answerId" = t."answerId"
        WHERE b."consultationId" = $1 AND t.status = 'SUGGESTED' GROUP BY t."answerId", r.text ORDER BY min(t.confidence), t."answerId" LIMIT 1`,
      [copy.id],
    );
    return rows[0].text as string;
  });
  await page.getByLabel("Order").selectOption("confidence");
  await page.getByRole("button", { name: "Show" }).click();
  await settled(page);
  await checkA11y("review queue, least confident first");
  await expect(page.getByText("The least confident come first.")).toBeVisible();
  await expect(page.locator(".govuk-inset-text").first()).toHaveText(leastConfident);
  await page.getByLabel("Order").selectOption("useful");
  await page.getByRole("button", { name: "Show" }).click();
  await settled(page);
  await checkA11y("review queue, most useful first again");
  await expect(page.getByLabel("Order")).toHaveValue("useful");

  // Decide every suggestion on the page: accept each comment's first, reject the others.
  const groups = page.getByRole("group", { name: /^Suggested theme: / });
  const n = await groups.count();
  expect(n).toBeGreaterThan(0);
  let previous = "";
  for (let i = 0; i < n; i++) {
    const group = groups.nth(i);
    const comment = await group.locator("xpath=ancestor::div[h3][1]/h3").textContent();
    await group.getByLabel(comment === previous ? "Reject" : "Accept").check();
    previous = comment ?? "";
  }
  await page.getByRole("button", { name: "Save decisions" }).click();
  await expect(banner(page)).toContainText("Saved:");
  await settled(page);
  await checkA11y("review queue after a page of decisions");
  const decided = await count(
    `SELECT count(*)::int AS n FROM "ThemeAssignment" t JOIN "Codebook" b ON b.id = t."codebookId" WHERE b."consultationId" = $1 AND t.status <> 'SUGGESTED'`,
    [copy.id],
  );
  expect(decided).toBe(n);
  await expect(page.locator("#decision-summary")).toContainText(
    new RegExp(`^Your ${n} decisions? changed \\d+ suggestions?`),
  );
  await expect(page.locator("#decision-summary")).toContainText(
    /estimated agreement on the rest: \d+ %|to see the estimated agreement on the rest/,
  );

  // A learned suggestion names the reviewed comments it resembles; each opens with its decisions.
  const evidence = page.locator("[data-evidence-for]").first();
  await expect(evidence).toBeVisible();
  const theme = await evidence.getAttribute("data-evidence-for");
  const link = evidence.getByRole("link").first();
  const quoted = ((await link.textContent()) ?? "").replace(/^“|”$/g, "").replace(/…$/, "");
  await link.click();
  await settled(page);
  await checkA11y("reviewed comment");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reviewed comment");
  await expect(page.locator(".govuk-inset-text")).toContainText(quoted);
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Themes accepted" }).locator("dd")).toContainText(
    theme!,
  );
});
