// Issue #17, a keyboard-only audit of the public pages, with and without JavaScript (@public),
// axe on every page: the Easy Read journey from its start page to the confirmation by keyboard
// alone, where each new page's first Tab stop is the skip link (item 5); every public page at
// 320 × 640 without sideways scrolling (item 2, WCAG 1.4.10 Reflow), each with its own title
// (item 3); and one "Change" per short page on "Check your answers" (item 7). The Tab counts
// and widths are attached to the test's results.
import type { Page } from "@playwright/test";
import { copyOfSeeded } from "../helpers/consultation-copy";
import { expect, test } from "../helpers/fixtures";
import { countTabs, PRIMARY_BUTTON, type TTabCounts } from "../helpers/keyboard";
import { withDatabase } from "../helpers/staff-session";
import { confirmedReference, settled } from "../respond/respond-helpers";

/** The copy's address without its unique slug, for readable figures. */
const shortPath = (page: Page, slug: string) => new URL(page.url()).pathname.replace(slug, "<slug>");

/** Answers what a page asks with the keyboard: the first radio and the first checkbox of each group, words in each text box. */
async function answerPage(page: Page): Promise<void> {
  for (const kind of ["radio", "checkbox"]) {
    const names = await page
      .locator(`main input[type=${kind}]`)
      .evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).name))]);
    for (const name of names) {
      const first = page.locator(`main input[type=${kind}][name="${name}"]`).first();
      if (
        name.endsWith("-drawing-remove") ||
        name === "wants-updates" ||
        !(await first.isVisible()) ||
        (await first.isChecked())
      )
        continue;
      await first.focus();
      await page.keyboard.press("Space");
      await expect(first).toBeChecked();
    }
  }
  for (const box of await page.locator("main textarea").all()) {
    if (!(await box.isVisible()) || (await box.inputValue()) !== "") continue;
    await box.focus();
    await page.keyboard.insertText("Swimming with my friends.");
  }
}

/**
 * Walks a respondent journey by keyboard from `start` to the confirmation page. On each page it
 * runs `visit`, counts the Tabs from where the page put focus to its first control and its
 * primary button (item 5: the first stop must be the skip link), answers, and presses the
 * primary button with Enter.
 */
async function walkJourney(
  page: Page,
  slug: string,
  start: string,
  visit: (path: string) => Promise<void>,
): Promise<Record<string, TTabCounts>> {
  const counts: Record<string, TTabCounts> = {};
  await page.goto(start);
  for (let pages = 0; pages < 60; pages++) {
    await settled(page);
    const path = shortPath(page, slug);
    await visit(path);
    if (path.endsWith("/confirmation")) return counts;
    counts[path] = await countTabs(page);
    expect(counts[path].firstStop, `the first Tab stop on ${path}`).toContain("govuk-skip-link");
    expect(counts[path].toPrimaryButton, `Tabs to the primary button on ${path}`).toBeDefined();
    await answerPage(page);
    await page.locator(PRIMARY_BUTTON).first().focus();
    const before = page.url();
    await page.keyboard.press("Enter");
    await expect(page, `leaving ${path}`).not.toHaveURL(before);
  }
  throw new Error("The journey did not reach the confirmation page");
}

test.describe("keyboard and reflow audit @public", () => {
  test("the Easy Read journey by keyboard alone, each page starting at the skip link", async ({
    page,
    checkA11y,
  }, testInfo) => {
    test.setTimeout(600_000);
    const { slug } = await copyOfSeeded({ closed: false, easyRead: true });
    const counts = await walkJourney(page, slug, `/consultations/${slug}/easy-read`, async (path) => {
      await checkA11y(path);
      // Item 7: on "Check your answers" a short page has one "Change", beside its heading.
      if (path.endsWith("/check-answers")) {
        for (const card of await page.locator(".govuk-summary-card").all()) {
          const rows = await card.locator(".govuk-summary-list__row").count();
          if (rows <= 5) {
            await expect(card.locator(".govuk-summary-card__actions a")).toHaveCount(1);
            await expect(card.locator(".govuk-summary-list__actions a")).toHaveCount(0);
          }
        }
      }
    });
    await confirmedReference(page);
    await testInfo.attach("tab-counts.json", {
      body: JSON.stringify(counts, null, 1),
      contentType: "application/json",
    });
  });

  test("every public page at 320 × 640: no sideways scrolling, and a title of its own", async ({
    page,
    checkA11y,
  }, testInfo) => {
    // Both journeys and the other public pages, each with axe: the longest spec.
    test.setTimeout(1_200_000);
    await page.setViewportSize({ width: 320, height: 640 });
    const { slug } = await copyOfSeeded({ closed: false, easyRead: true });
    const closed = await copyOfSeeded({ closed: true });
    await withDatabase((c) =>
      c.query(
        `UPDATE "Consultation" SET "stage" = 'OUTCOME_PUBLISHED', "outcomeSummary" = 'You told us.', "outcomeDecision" = 'We decided.', "outcomeDecidedAt" = now(), "outcomePublishedAt" = now() WHERE "id" = $1`,
        [closed.id],
      ),
    );
    const widths: Record<string, number> = {};
    const titles = new Set<string>();
    const measure = async (path: string) => {
      await checkA11y(path);
      widths[path] = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(widths[path], `scrollWidth of ${path} at 320px`).toBeLessThanOrEqual(320);
      // Item 3: a title of the page's own, never only the site's name.
      const title = await page.title();
      expect(title, `the title of ${path}`).toMatch(/^.+ – .+/);
      expect(title, `the title of ${path}`).not.toMatch(/^Have Your Say – /);
      titles.add(title);
    };
    for (const path of [
      "/",
      `/consultations/${slug}`,
      `/consultations/${slug}/easy-read-summary`,
      `/consultations/${slug}/updates`,
      "/privacy",
      "/accessibility-statement",
      "/cookies",
      "/outcomes",
      `/consultations/${closed.slug}/outcome`,
    ]) {
      await page.goto(path);
      await measure(shortPath(page, slug).replace(closed.slug, "<closed>"));
    }
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We asked, you said, we did");
    // Item 3: the error pages too.
    for (const path of [
      "/no-such-page",
      "/consultations/no-such-consultation",
      `/consultations/${slug}/no-such-page`,
    ]) {
      expect((await page.goto(path))?.status()).toBe(404);
      await measure(path.replace(slug, "<slug>"));
      await expect(page).toHaveTitle(/^Page not found – /);
    }
    // Both journeys, every page of each.
    await walkJourney(page, slug, `/consultations/${slug}/respond`, measure);
    await page.context().clearCookies();
    await walkJourney(page, slug, `/consultations/${slug}/easy-read`, measure);
    expect(titles.size, "titles differ from page to page").toBeGreaterThan(20);
    await testInfo.attach("scroll-widths.json", {
      body: JSON.stringify(widths, null, 1),
      contentType: "application/json",
    });
  });
});
