// The public hub and consultation pages on seeded data, with and without JavaScript (@public).
import { expect, test } from "../helpers/fixtures";

const CHILDREN = "Short Breaks for Disabled Children: draft strategy 2018 to 2022";
const ADULTS = "Adult Short Breaks: draft strategy 2018 to 2022";

test.describe("public hub @public", () => {
  test("lists the open consultation with days left and the closed one below", async ({ page, checkA11y }) => {
    await page.goto("/");
    await checkA11y("hub");
    await expect(page).toHaveTitle(/Have your say/);
    const open = page.locator("h2", { hasText: "Open consultations" }).locator("xpath=following-sibling::*[1]");
    await expect(open.getByRole("link", { name: CHILDREN })).toBeVisible();
    await expect(open).toContainText(/closes in \d+ days/);
    const closed = page.locator("h2", { hasText: "Closed consultations" }).locator("xpath=following-sibling::*[1]");
    await expect(closed.getByRole("link", { name: ADULTS })).toBeVisible();
    await expect(closed).toContainText(/Closed on \d{1,2} \w+ \d{4}/);
  });

  test("shows an open consultation's page with reasons, events and a role-based contact", async ({
    page,
    checkA11y,
  }) => {
    await page.goto("/");
    await checkA11y("hub");
    await page.getByRole("link", { name: CHILDREN }).click();
    await expect(page).toHaveURL(/\/consultations\/short-breaks-children-2018$/);
    await checkA11y("children's consultation");
    await expect(page.getByRole("heading", { level: 1, name: CHILDREN })).toBeVisible();
    await expect(page.getByText(/This consultation closes (in \d+ days|tomorrow|today)/)).toBeVisible();
    for (const heading of [
      "Why we are consulting",
      "What we are proposing",
      "Events",
      "Need help to take part?",
      "Contact us",
    ]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByRole("link", { name: /@council\.example$/ }).first()).toBeVisible();
  });

  test("tells visitors when a consultation has closed", async ({ page, checkA11y }) => {
    await page.goto("/consultations/adult-short-breaks-2018");
    await checkA11y("adult consultation");
    await expect(page.getByText(/This consultation closed on \d{1,2} \w+ \d{4}\./)).toBeVisible();
    await expect(page.getByText("Closed", { exact: true })).toBeVisible();
  });

  test("gives a helpful page for an unknown consultation", async ({ page, checkA11y }) => {
    const response = await page.goto("/consultations/no-such-thing");
    expect(response?.status()).toBe(404);
    await checkA11y("not found");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
  });

  for (const [path, heading] of [
    ["/accessibility-statement", /Accessibility statement/],
    ["/privacy", /Privacy/],
    ["/cookies", /Cookies/],
  ] as const) {
    test(`${path} is reachable from the footer and accessible`, async ({ page, checkA11y }) => {
      await page.goto("/");
      await checkA11y("hub");
      await page.getByRole("contentinfo").getByRole("link", { name: heading }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await checkA11y(path);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    });
  }

  test("offers a skip link to the main content", async ({ page, checkA11y }) => {
    await page.goto("/");
    await checkA11y("hub");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
  });
});

test("health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
});
