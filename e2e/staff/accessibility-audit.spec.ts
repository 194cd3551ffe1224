// Issue #17 on staff pages, axe on every page: a conditional reveal without aria-expanded on
// the downloads page (item 4; the fixtures no longer let that attribute through), a title on
// the "You do not have permission" page whatever page it stands in for (item 3), and links on
// the themes index that say which question they open (item 6).
import { copyOfSeeded } from "../helpers/consultation-copy";
import { expect, test } from "../helpers/fixtures";
import { createStaff, signInAs } from "../helpers/staff-session";
import { choose } from "../respond/respond-helpers";

test("the downloads page reveals the reason field without aria-expanded on its radio", async ({
  page,
  checkA11y,
  baseURL,
}) => {
  const { id } = await copyOfSeeded({ closed: true });
  await signInAs(page.context(), await createStaff("ANALYST"), baseURL!);
  await page.goto(`/staff/consultations/${id}/downloads`);
  await checkA11y("downloads page");
  const reveal = page.locator("#sensitive-2");
  await expect(reveal).toHaveAttribute("aria-controls", /.+/);
  await choose(page, "Yes, I need personal data or original text");
  const revealed = page.locator(`[id="${await reveal.getAttribute("aria-controls")}"]`);
  await expect(revealed).toBeVisible();
  await checkA11y("downloads page, personal data chosen");
  await choose(page, "No, redacted free text and no contact details (recommended)");
  await expect(revealed).toBeHidden();
  await expect(page.locator("input[aria-expanded]")).toHaveCount(0);
});

test("the no-permission page has its own title, also where the page it replaces is a form", async ({
  page,
  checkA11y,
  baseURL,
}) => {
  const { id } = await copyOfSeeded({ closed: false });
  await signInAs(page.context(), await createStaff("ANALYST"), baseURL!);
  // A form page (its metadata leaves the title to the form) and a page whose metadata says it.
  for (const path of ["/staff/consultations/new", `/staff/consultations/${id}/edit`, `/staff/admin/users`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have permission to view this page");
    await expect(page).toHaveTitle(/^You do not have permission to view this page – Have Your Say – /);
    await checkA11y(path);
  }
  const response = await page.goto("/staff/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/^Page not found – Have Your Say – /);
  await checkA11y("staff page not found");
});

test("each link on the themes index names the page its question is on", async ({ page, checkA11y, baseURL }) => {
  const { id } = await copyOfSeeded({ closed: true });
  await signInAs(page.context(), await createStaff("OFFICER"), baseURL!);
  await page.goto(`/staff/consultations/${id}/analysis/themes`);
  await checkA11y("themes index");
  const names = (await page.locator("#free-text-questions a").allTextContents()).map((n) =>
    n.replace(/\s+/g, " ").trim(),
  );
  const repeated = names.filter((n) => n.startsWith("Why do you disagree?"));
  expect(repeated.length, "the children's questionnaire asks this on several pages").toBeGreaterThan(1);
  expect(new Set(names).size, "every link's name is its own").toBe(names.length);
  await expect(
    page.getByRole("link", { name: "Why do you disagree? (Our vision and principles)", exact: true }),
  ).toBeVisible();
  const buttons = (await page.locator("#free-text-questions button").allTextContents()).map((n) =>
    n.replace(/\s+/g, " ").trim(),
  );
  expect(new Set(buttons).size, "every Run themes button's name is its own").toBe(buttons.length);
});
