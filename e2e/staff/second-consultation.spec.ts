// Issue #16, what confused an officer building a second, non-Short-Breaks consultation: the
// staff navigation in the header, the web address suggested from the title and the draft's own
// address after "Save draft" (with and without JavaScript), times and tense, the one "adequate
// time" checklist item, chart labels in the page's font, and the one-page builder. axe on every page.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { copySeededConsultation } from "../easy-read/easy-read-staff";
import { expect, test } from "../helpers/fixtures";
import { withDatabase } from "../helpers/staff-session";
import { signInAsSeeded } from "../publish/officer-session";

const header = (page: Page) => page.getByRole("banner");
const staffNav = (page: Page) => header(page).getByRole("navigation", { name: "Staff area" });

async function fillNewConsultation(page: Page, title: string) {
  const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
  await fill("Title", title);
  await fill("Short summary", "Tell us which opening hours suit you.");
  await fill("Full text", "## What we plan\n\nLonger evening opening at the central library.");
  await page.getByRole("checkbox", { name: "Parents and carers", exact: true }).check();
  for (const [group, day, month] of [
    ["Opening date", "4", "3"],
    ["Closing date", "22", "4"],
  ] as const) {
    await page.getByRole("group", { name: group }).getByLabel("Day").fill(day);
    await page.getByRole("group", { name: group }).getByLabel("Month").fill(month);
    await page.getByRole("group", { name: group }).getByLabel("Year").fill("2031");
  }
  await fill("Contact role", "Libraries Team");
  await fill("Contact email address", "libraries@council.example");
}

test.describe("with JavaScript", () => {
  test("staff reach every section from the header, the current one marked, and sign out at the right", async ({
    page,
    context,
    baseURL,
    checkA11y,
  }) => {
    await signInAsSeeded(context, "admin@council.example", baseURL!);
    await page.goto("/staff");
    await checkA11y("admin dashboard");
    await expect(staffNav(page).getByRole("link")).toHaveText([
      "Dashboard",
      "Consultations",
      "Staff",
      "Audit",
      "Personal data",
    ]);
    await expect(staffNav(page).getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
    const signOut = header(page).getByRole("button", { name: "Sign out" });
    await expect(signOut).toBeVisible();
    // At the right of the header, past the last section.
    const [navBox, signOutBox] = [
      await staffNav(page).getByRole("link", { name: "Personal data" }).boundingBox(),
      await signOut.boundingBox(),
    ];
    expect(signOutBox!.x).toBeGreaterThan(navBox!.x + navBox!.width);

    await staffNav(page).getByRole("link", { name: "Consultations" }).click();
    await expect(page).toHaveURL(/\/staff\/consultations$/);
    await checkA11y("consultations list");
    await expect(staffNav(page).getByRole("link", { name: "Consultations" })).toHaveAttribute("aria-current", "page");
    await expect(staffNav(page).locator("[aria-current]")).toHaveCount(1);

    await staffNav(page).getByRole("link", { name: "Audit" }).click();
    await expect(page).toHaveURL(/\/staff\/admin\/audit$/);
    await checkA11y("audit trail");
    await expect(staffNav(page).getByRole("link", { name: "Audit" })).toHaveAttribute("aria-current", "page");

    // The public pages keep the public navigation.
    await page.goto("/");
    await checkA11y("hub");
    await expect(header(page).getByRole("button", { name: "Sign out" })).toHaveCount(0);
  });

  test("an officer sees only their sections; a consultation's pages are within Consultations", async ({
    page,
    context,
    baseURL,
    checkA11y,
  }) => {
    await signInAsSeeded(context, "officer@council.example", baseURL!);
    await page.goto("/staff/consultations");
    await checkA11y("officer consultations");
    await expect(staffNav(page).getByRole("link")).toHaveText(["Dashboard", "Consultations"]);
    await page.getByRole("button", { name: "Create a consultation" }).click();
    await checkA11y("create form");
    await expect(staffNav(page).getByRole("link", { name: "Consultations" })).toHaveAttribute("aria-current", "true");

    // The web address follows the title as it is typed, and stays editable.
    const suffix = randomBytes(3).toString("hex");
    await fillNewConsultation(page, `Library opening hours ${suffix}`);
    const slug = page.getByLabel("Web address", { exact: true });
    await expect(slug).toHaveValue(`library-opening-hours-${suffix}`);
    await slug.fill(`library-hours-${suffix}`);
    await page.getByLabel("Title", { exact: true }).fill(`Library opening hours 2031 ${suffix}`);
    await expect(slug).toHaveValue(`library-hours-${suffix}`);

    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Consultation saved as a draft.")).toBeVisible();
    // The draft's own address, not /new.
    await expect(page).toHaveURL(/\/staff\/consultations\/[^/?]+\?done=created$/);
    await checkA11y("draft overview");
    await expect(
      page.getByText(
        "This consultation opens at midnight on 4 March 2031 and closes at 11:59pm on 22 April 2031 (7 weeks).",
      ),
    ).toBeVisible();
    // One "adequate time" item, saying which rule applies and why.
    await expect(page.getByText("Gunning 3: adequate time")).toHaveCount(1);
    await expect(page.locator("#check-period")).toContainText(
      "The 6-week minimum applies because this consultation does not propose a change to a service. It is open for 7 weeks.",
    );
    const saved = await withDatabase(
      async (c) =>
        (await c.query(`SELECT slug FROM "Consultation" WHERE title = $1`, [`Library opening hours 2031 ${suffix}`]))
          .rows,
    );
    expect(saved).toEqual([{ slug: `library-hours-${suffix}` }]);
  });

  test("the paper-entry form speaks of the closing date in the right tense", async ({
    page,
    context,
    baseURL,
    checkA11y,
  }) => {
    const [c] = await withDatabase(
      async (db) =>
        (
          await db.query(
            `SELECT id, "closesAt" > now() AS future FROM "Consultation" WHERE slug = 'adult-short-breaks-2018'`,
          )
        ).rows,
    );
    await signInAsSeeded(context, "officer@council.example", baseURL!);
    await page.goto(`/staff/consultations/${c.id}/responses/enter`);
    await checkA11y("enter a response");
    await expect(
      page.getByText(c.future ? /^The consultation closes on / : /^The consultation closed on /),
    ).toBeVisible();
  });

  test("chart labels use the page's font", async ({ page, context, baseURL, checkA11y }) => {
    const [c] = await withDatabase(
      async (db) => (await db.query(`SELECT id FROM "Consultation" WHERE slug = 'adult-short-breaks-2018'`)).rows,
    );
    await signInAsSeeded(context, "analyst@council.example", baseURL!);
    await page.goto(`/staff/consultations/${c.id}/analysis`);
    await checkA11y("analysis dashboard");
    const label = page.locator("svg.app-chart text").first();
    await expect(label).toBeAttached();
    const [chart, body] = await Promise.all([
      label.evaluate((el) => getComputedStyle(el).fontFamily),
      page
        .locator("p.govuk-body")
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily),
    ]);
    expect(chart).toBe(body);
    expect(chart.toLowerCase()).toContain("arial");
  });

  test("a long Easy Read questionnaire is built one page at a time", async ({ page, context, baseURL, checkA11y }) => {
    test.setTimeout(240_000);
    const { id } = await copySeededConsultation("pages");
    await signInAsSeeded(context, "officer@council.example", baseURL!);
    await page.goto(`/staff/consultations/${id}/questionnaire/edit?format=EASY_READ`);
    await checkA11y("one-page builder, page 1");
    const pages = page.getByRole("navigation", { name: "Pages of this questionnaire" });
    await expect(pages.getByRole("link")).toHaveCount(19);
    await expect(pages.getByRole("link").first()).toHaveAttribute("aria-current", "page");
    await expect(page.locator("[data-question]")).toHaveCount(1);
    const size = await page.evaluate(() => ({
      elements: document.getElementsByTagName("*").length,
      height: document.documentElement.scrollHeight,
    }));
    console.log(`one-page builder, page 1: ${size.elements} elements, ${size.height} px tall`);
    expect(size.elements).toBeLessThan(1500);

    // An unsaved edit on page 1 survives moving to page 3 and back.
    await expect(page.getByLabel("Page 1 title", { exact: true })).toBeEnabled();
    await page.getByLabel("Page 1 title", { exact: true }).fill("Hello, changed");
    await pages.getByRole("link", { name: /^Page 3: / }).click();
    await expect(page).toHaveURL(/&page=3$/);
    await expect(page.getByRole("heading", { name: "Page 3", exact: true })).toBeFocused();
    await expect(page.locator('[data-question="3"]')).toBeVisible();
    await checkA11y("one-page builder, page 3");
    await pages.getByRole("link", { name: /^Page 1: Hello, changed/ }).click();
    await expect(page.getByLabel("Page 1 title", { exact: true })).toHaveValue("Hello, changed");
    await checkA11y("one-page builder, back on page 1");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a blank web address is made from the title, and Save draft goes to the draft's address", async ({
    page,
    context,
    baseURL,
    checkA11y,
  }) => {
    await signInAsSeeded(context, "officer@council.example", baseURL!);
    await page.goto("/staff/consultations/new");
    await checkA11y("create form without JavaScript");
    await expect(staffNav(page).getByRole("link", { name: "Consultations" })).toHaveAttribute("aria-current", "true");
    const suffix = randomBytes(3).toString("hex");
    await fillNewConsultation(page, `Parks and play areas ${suffix}`);
    await expect(page.getByLabel("Web address", { exact: true })).toHaveValue("");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Consultation saved as a draft.")).toBeVisible();
    await expect(page).toHaveURL(/\/staff\/consultations\/[^/?]+\?done=created$/);
    await checkA11y("draft overview without JavaScript");
    const saved = await withDatabase(
      async (c) =>
        (await c.query(`SELECT slug FROM "Consultation" WHERE title = $1`, [`Parks and play areas ${suffix}`])).rows,
    );
    expect(saved).toEqual([{ slug: `parks-and-play-areas-${suffix}` }]);
  });

  test("the one-page builder's page list works as plain links", async ({ page, context, baseURL, checkA11y }) => {
    const { id } = await copySeededConsultation("pagesnojs");
    await signInAsSeeded(context, "officer@council.example", baseURL!);
    await page.goto(`/staff/consultations/${id}/questionnaire/edit?format=EASY_READ`);
    await checkA11y("one-page builder without JavaScript");
    await page
      .getByRole("navigation", { name: "Pages of this questionnaire" })
      .getByRole("link", { name: /^Page 5: / })
      .click();
    await expect(page).toHaveURL(/&page=5$/);
    await checkA11y("one-page builder page 5 without JavaScript");
    await expect(page.getByRole("heading", { name: "Page 5", exact: true })).toBeVisible();
    await expect(page.locator("[data-question]")).toHaveCount(1);
    await expect(page.locator('[data-question="5"]')).toBeVisible();
  });
});
