// Issue #4 acceptance: an officer creates a consultation, uploads a document, fails the
// checklist, fixes it and publishes; the public sees it open; the clock moves past the closing
// date and the public sees it closed; the officer publishes the outcome and the subscriber is emailed.
import { expect, test } from "../helpers/fixtures";
import { setAppClock } from "../helpers/clock";
import { linkIn, waitForMail } from "../helpers/mailbox";
import { publishQuestionnaireFor, signInAsSeeded } from "./officer-session";

const SLUG = `e2e-short-breaks-${Date.now().toString(36)}`;
const TITLE = "Short breaks for young carers";
const OPEN_DAY = new Date("2031-03-04T10:00:00Z");
const AFTER_CLOSE = new Date("2031-04-25T10:00:00Z");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

// Only the journey moves the clock; the public-only test below may run beside it in the
// no-JavaScript project, so it neither moves nor resets the clock.

async function noHorizontalScroll(page: import("@playwright/test").Page) {
  await page.setViewportSize({ width: 320, height: 900 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe("publishing journey @clock", () => {
  test.afterEach(() => setAppClock(null));

  test("officer publishes, public responds to dates, outcome reaches the subscriber", async ({
    page,
    context,
    baseURL,
    checkA11y,
  }) => {
    test.setTimeout(180_000);
    setAppClock(OPEN_DAY);
    await signInAsSeeded(context, "officer@council.example", baseURL!);

    await page.goto("/staff/consultations/new");
    await checkA11y("create form");
    const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
    await fill("Title", TITLE);
    await fill("Web address", SLUG);
    await fill("Short summary", "We want to hear from young carers about short breaks.");
    await fill("Full text", "## What we plan\n\nMore short breaks in the holidays.");
    await page.getByRole("checkbox", { name: "Carers", exact: true }).check();
    await page.getByRole("group", { name: "Opening date" }).getByLabel("Day").fill("4");
    await page.getByRole("group", { name: "Opening date" }).getByLabel("Month").fill("3");
    await page.getByRole("group", { name: "Opening date" }).getByLabel("Year").fill("2031");
    await page.getByRole("group", { name: "Closing date" }).getByLabel("Day").fill("22");
    await page.getByRole("group", { name: "Closing date" }).getByLabel("Month").fill("4");
    await page.getByRole("group", { name: "Closing date" }).getByLabel("Year").fill("2031");
    await fill("Contact role", "Carers Team");
    await fill("Contact email address", "carers@council.example");
    await fill("Privacy notice", "We use your response only for this consultation.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Consultation saved as a draft.")).toBeVisible();
    await checkA11y("draft overview");
    const consultationId = page.url().match(/consultations\/([^/?]+)/)![1];

    await page.getByRole("button", { name: "Upload a document" }).click();
    await checkA11y("upload form");
    await page.getByLabel("File").setInputFiles({ name: "strategy.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByLabel("Title").fill("Draft strategy");
    await page.getByRole("radio", { name: "Full strategy or consultation document" }).check();
    await page.getByLabel("Version").fill("Version 1");
    await page.getByRole("button", { name: "Upload" }).click();
    await expect(page.getByText("Document uploaded.")).toBeVisible();
    await checkA11y("overview with document");

    await page.getByRole("button", { name: "Publish consultation" }).click();
    await expect(page.locator(".govuk-error-summary")).toContainText("Publish a questionnaire");
    await checkA11y("checklist failed");

    await publishQuestionnaireFor(consultationId);
    await page.goto(`/staff/consultations/${consultationId}`);
    await checkA11y("checklist passing");
    await page.getByRole("button", { name: "Publish consultation" }).click();
    await expect(page.getByText("Consultation published.")).toBeVisible();
    await checkA11y("published");

    await page.goto(`/consultations/${SLUG}`);
    await checkA11y("public page open");
    await expect(page.getByText(/This consultation closes in \d+ days/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Draft strategy" })).toBeVisible();
    await noHorizontalScroll(page);
    const download = await page.request.get(
      (await page.getByRole("link", { name: "Draft strategy" }).getAttribute("href")) as string,
    );
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toMatch(/^attachment/);

    const subscriber = `parent-${Date.now().toString(36)}@example.com`;
    const since = new Date();
    await page.getByRole("link", { name: "Get an email when we publish the outcome" }).click();
    await checkA11y("subscribe form");
    await page.getByLabel("Email address").fill(subscriber);
    await page.getByRole("button", { name: "Send me a confirmation email" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await checkA11y("check your email");
    const confirm = await waitForMail(subscriber, /Confirm/, since);
    await page.goto(linkIn(confirm, `${baseURL}/consultations/${SLUG}/updates/confirm`));
    await checkA11y("confirm email updates");
    await page.getByRole("button", { name: "Confirm email updates" }).click();
    await checkA11y("confirmed");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("You will get an email");

    setAppClock(AFTER_CLOSE);
    await page.goto(`/consultations/${SLUG}`);
    await checkA11y("public page closed");
    await expect(page.getByText(/This consultation closed on 22 April 2031/)).toBeVisible();

    await page.goto(`/staff/consultations/${consultationId}/outcome`);
    await checkA11y("outcome form");
    await page.getByLabel("The decision", { exact: true }).fill("Cabinet agreed the strategy with changes.");
    await page.getByLabel("What people said: a summary of responses").fill("Most carers wanted more holiday breaks.");
    await page.getByLabel("What we changed because of the responses").fill("We added 40 holiday places.");
    await page.getByRole("group", { name: "Date of the decision" }).getByLabel("Day").fill("24");
    await page.getByRole("group", { name: "Date of the decision" }).getByLabel("Month").fill("4");
    await page.getByRole("group", { name: "Date of the decision" }).getByLabel("Year").fill("2031");
    await page.getByRole("button", { name: "Save outcome" }).click();
    await expect(page.getByText("Outcome saved.")).toBeVisible();
    await checkA11y("outcome saved");
    const beforeOutcome = new Date();
    await page.getByRole("button", { name: "Publish outcome" }).click();
    await expect(page.getByText("Outcome published and subscribers emailed.")).toBeVisible();
    await checkA11y("outcome published");
    const outcomeMail = await waitForMail(subscriber, /Outcome published/, beforeOutcome);
    expect(outcomeMail.text).toContain(`${baseURL}/consultations/${SLUG}/outcome\n`);
    expect(outcomeMail.text).toContain(`/consultations/${SLUG}/updates/unsubscribe?token=`);
    await page.goto(`/consultations/${SLUG}/outcome`);
    await checkA11y("public outcome");
    await expect(page.getByRole("heading", { level: 1, name: "We asked, you said, we did" })).toBeVisible();
    await expect(page.getByText("We added 40 holiday places.")).toBeVisible();
    await noHorizontalScroll(page);
  });
});

test("hub search, sitemap and feed @public", async ({ page, request, checkA11y }) => {
  await page.goto("/?q=short+breaks&status=closed");
  await checkA11y("hub search");
  await expect(page.getByRole("heading", { level: 2, name: /consultations? found/ })).toBeVisible();
  await noHorizontalScroll(page);
  expect((await request.get("/sitemap.xml")).status()).toBe(200);
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
});
