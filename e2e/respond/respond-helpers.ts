// Keyboard-only helpers for the respondent journey specs: every answer is given and every
// button pressed with the keyboard (focus, then Space or Enter), never with the mouse.
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import pg from "pg";

export const SLUG = "short-breaks-children-2018";
export const RESPOND = `/consultations/${SLUG}/respond`;

/** Ticks a radio or checkbox by its label with the space bar. */
export async function choose(page: Page, label: string | RegExp, within?: Locator): Promise<void> {
  const control = (within ?? page).getByLabel(label, { exact: typeof label === "string" });
  await control.focus({ timeout: 15_000 });
  await page.keyboard.press("Space");
  await expect(control).toBeChecked();
}

/** Types into a field. */
export async function type(page: Page, label: string | RegExp, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: typeof label === "string" });
  await field.focus({ timeout: 15_000 });
  await page.keyboard.insertText(text);
}

/** Presses a button (or a link styled as one) with Enter. */
export async function press(page: Page, name: string | RegExp): Promise<void> {
  const target = page
    .getByRole("button", { name, exact: typeof name === "string" })
    .or(page.getByRole("link", { name, exact: typeof name === "string" }))
    .first();
  await target.focus({ timeout: 15_000 });
  await page.keyboard.press("Enter");
}

/** Follows a link with Enter. */
export async function follow(page: Page, name: string | RegExp): Promise<void> {
  const link = page.getByRole("link", { name, exact: typeof name === "string" }).first();
  await link.focus({ timeout: 15_000 });
  await page.keyboard.press("Enter");
}

/** Presses "Continue" and waits for the next address. */
export async function continueTo(page: Page, next: string | RegExp): Promise<void> {
  await press(page, "Continue");
  await expect(page).toHaveURL(typeof next === "string" ? new RegExp(`${RESPOND}/${next}(\\?[^#]*)?(#.*)?$`) : next);
  await settled(page);
}

/** After a client-side navigation Next.js streams the new page's title in; wait for it before checking the page. */
export async function settled(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/ – Have Your Say – /);
}

/** A unique address per test and project, so parallel runs never read each other's mail. */
export function emailFor(label: string, project: string): string {
  return `${label}-${project}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`.toLowerCase();
}

const DATABASE_URL_FILE = path.resolve(import.meta.dirname, "../../.data/e2e/database-url");

/** Runs one query against the e2e server's database. */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: fs.readFileSync(DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * axe for a page in a second browser context, which the fixtures' checkA11y (bound to the test's
 * own page) does not cover. Without JavaScript the page's HTML is replayed with scripts blocked,
 * as the fixture does.
 */
export async function checkOtherPageA11y(
  browser: Browser,
  page: Page,
  javaScriptEnabled: boolean,
  label: string,
): Promise<void> {
  await page.waitForLoadState("load");
  let results;
  if (javaScriptEnabled) {
    results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  } else {
    const html = await page.content();
    const context = await browser.newContext({ javaScriptEnabled: true, baseURL: page.url() });
    try {
      const replay = await context.newPage();
      await replay.route("**/*", (route) => {
        const request = route.request();
        if (request.url() === page.url() && request.resourceType() === "document")
          return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
        return request.resourceType() === "script" ? route.abort() : route.continue();
      });
      await replay.goto(page.url());
      results = await new AxeBuilder({ page: replay }).withTags(WCAG_TAGS).analyze();
    } finally {
      await context.close();
    }
  }
  const problems = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(problems, `axe violations on ${label}`).toEqual([]);
}

/** Starts a response, answers the required first question and goes straight to "Check your answers". */
export async function reachCheckAnswers(page: Page, checkA11y: (label?: string) => Promise<void>): Promise<void> {
  await page.goto(RESPOND);
  await checkA11y("start page");
  await press(page, "Start now");
  await expect(page).toHaveURL(new RegExp(`${RESPOND}/about-you$`));
  await settled(page);
  await checkA11y("about you");
  await choose(page, "A professional in education, health or social care");
  await continueTo(page, "vision");
  await checkA11y("vision");
  await page.goto(`${RESPOND}/check-answers`);
  await checkA11y("check answers");
}

/** The reference on the confirmation page. */
export async function confirmedReference(page: Page): Promise<string> {
  const reference = (await page.locator(".govuk-panel strong").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^SB-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  return reference;
}

/** Responses whose receipt went to this address, as stored. */
export async function responsesFor(email: string) {
  return query<{ id: string; status: string; reference: string | null; revisions: string[] }>(
    `SELECT r.id, r.status, r.reference, ARRAY(SELECT kind::text FROM "ResponseRevision" v WHERE v."responseId" = r.id ORDER BY v."createdAt") AS revisions
     FROM "Response" r JOIN "RespondentContact" c ON c."responseId" = r.id WHERE c.email = $1`,
    [email],
  );
}
