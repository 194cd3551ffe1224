// "Save and come back later": the emailed single-use link reopens the saved answers in a fresh
// browser, on the next page to answer (issue #6, acceptance). Keyboard only, with and without
// JavaScript (@public).
import { expect, test } from "../helpers/fixtures";
import { linkIn, waitForMail } from "../helpers/mailbox";
import {
  checkOtherPageA11y,
  choose,
  continueTo,
  emailFor,
  follow,
  press,
  RESPOND,
  settled,
  type,
} from "./respond-helpers";

test.describe("save and come back later @public", () => {
  test("continues on another device through the emailed link, which works once", async ({
    page,
    checkA11y,
    browser,
    javaScriptEnabled,
  }, testInfo) => {
    test.setTimeout(120_000);
    const email = emailFor("resume", testInfo.project.name);
    const since = new Date();
    await page.goto(RESPOND);
    await checkA11y("start page");
    await press(page, "Start now");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/about-you$`));
    await settled(page);
    await checkA11y("about you");
    await choose(page, "A professional in education, health or social care");
    await continueTo(page, "vision");
    await checkA11y("vision");
    await choose(page, "Agree");
    await press(page, "Save and come back later");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/save$`));
    await settled(page);
    await checkA11y("save for later");
    await expect(page.getByText(/It stops working when the consultation closes at/)).toBeVisible();

    await press(page, "Send me a link");
    await expect(page.locator(".govuk-error-summary")).toContainText("Enter your email address");
    await expect(page).toHaveTitle(/^Error: /);
    await checkA11y("save for later with an error");
    await type(page, "Email address", email);
    await press(page, "Send me a link");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/save/sent$`));
    await checkA11y("link sent");

    const mail = await waitForMail(email, /^Continue your response to /, since);
    const link = linkIn(mail, `${new URL(page.url()).origin}${RESPOND}/resume/`);
    expect(mail.text).toContain("It works once");

    const fresh = await browser.newContext({ javaScriptEnabled });
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await checkOtherPageA11y(browser, other, javaScriptEnabled, "resume link");
      await press(other, "Continue your response");
      // The furthest page answered was "vision", so carry on from the next one, with the answers kept.
      await expect(other).toHaveURL(new RegExp(`${RESPOND}/types$`));
      await settled(other);
      await checkOtherPageA11y(browser, other, javaScriptEnabled, "types, resumed");
      await follow(other, "Back");
      await expect(other).toHaveURL(new RegExp(`${RESPOND}/vision$`));
      await settled(other);
      await checkOtherPageA11y(browser, other, javaScriptEnabled, "vision, resumed");
      await expect(other.getByLabel("Agree", { exact: true })).toBeChecked();

      await other.goto(link);
      await checkOtherPageA11y(browser, other, javaScriptEnabled, "used resume link");
      await expect(other.getByRole("heading", { level: 1 })).toHaveText("This link has already been used");
    } finally {
      await fresh.close();
    }
  });
});
