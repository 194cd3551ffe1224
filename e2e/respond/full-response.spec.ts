// A complete standard response to the seeded children's Short Breaks questionnaire, keyboard
// only, with and without JavaScript (@public): conditional questions, an error and its
// correction, check answers, Change, sending, and the receipt email (issue #6, acceptance).
import { expect, test } from "../helpers/fixtures";
import { waitForMail } from "../helpers/mailbox";
import { choose, continueTo, emailFor, follow, press, query, RESPOND, settled, SLUG, type } from "./respond-helpers";

const OPTIONAL_PAGES = ["types", "assessed-need", "outcomes", "fees", "transition", "flexible", "working-together"];

test.describe("responding online @public", () => {
  test("a full response: conditions, an error, check answers, change, send and receipt", async ({
    page,
    checkA11y,
    javaScriptEnabled,
  }, testInfo) => {
    test.setTimeout(240_000);
    const email = emailFor("full", testInfo.project.name);
    const since = new Date();

    await page.goto(`/consultations/${SLUG}`);
    await checkA11y("consultation page");
    await press(page, "Respond online");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}$`));
    await settled(page);
    await checkA11y("start page");
    await expect(page.getByRole("heading", { name: "How long it takes" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Help to take part" })).toBeVisible();
    await press(page, "Start now");

    // Page 1: a required question left unanswered gives a specific error and keeps the rest.
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/about-you$`));
    await checkA11y("about you");
    await expect(page.getByText("Page 1 of 11")).toBeVisible();
    await type(page, "What is the first part of your postcode? (optional)", "HP19");
    await press(page, "Continue");
    const summary = page.locator(".govuk-error-summary");
    await expect(summary).toContainText("Select an answer for 'Which of these best describes you?'");
    await expect(page).toHaveTitle(/^Error: About you – /);
    if (javaScriptEnabled) await expect(summary).toBeFocused();
    await checkA11y("about you with an error");
    await expect(page.getByLabel("What is the first part of your postcode? (optional)")).toHaveValue("HP19");
    if (javaScriptEnabled) {
      // The summary's link takes keyboard users to the question.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expect(page.getByLabel("A parent or carer of a disabled child or young person")).toBeFocused();
    }

    // The correction, and the questions it brings in: shown as you answer with JavaScript,
    // always on the page (saying when to answer them) without.
    const childAge = page.getByRole("group", { name: /How old is the child or young person you care for\?/ });
    if (javaScriptEnabled) await expect(childAge).toBeHidden();
    else
      await expect(childAge).toContainText(
        "Answer this if you answered ‘A parent or carer of a disabled child or young person’",
      );
    await choose(page, "A parent or carer of a disabled child or young person");
    await expect(childAge).toBeVisible();
    await choose(page, "14 to 17", childAge);
    await continueTo(page, "vision");
    await checkA11y("vision");
    await expect(page.getByText("Page 2 of 11")).toBeVisible();
    const why = page.getByLabel(/^Why do you disagree\?/);
    if (javaScriptEnabled) await expect(why).toBeHidden();
    await choose(page, "Disagree");
    await expect(why).toBeVisible();
    await type(page, /^Why do you disagree\?/, "It does not say how families will be involved.");
    await continueTo(page, "types");

    for (const [index, section] of OPTIONAL_PAGES.entries()) {
      await checkA11y(section);
      if (section === "transition") {
        // Shown because the child is 14 to 17 (a condition on the first page's answer).
        await expect(page.getByRole("group", { name: /information about moving to adult services/ })).toBeVisible();
      }
      await continueTo(page, OPTIONAL_PAGES[index + 1] ?? "final");
    }
    await checkA11y("final thoughts");
    await choose(page, "Yes, a family member or friend");
    await continueTo(page, "equality-monitoring");
    await checkA11y("equality monitoring");
    await choose(page, "Yes, I will answer them");
    await continueTo(page, "equality-about-you");
    await checkA11y("equality about you");
    await expect(page.getByText("Page 12 of 13")).toBeVisible();
    await choose(page, "Prefer not to say", page.getByRole("group", { name: /What is your sex\?/ }));
    await continueTo(page, "equality-about-the-child");
    await checkA11y("equality about the child");
    await continueTo(page, "check-answers");

    // Check answers, and Change: back to the page with its answers filled in, then back here.
    await checkA11y("check answers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers before sending your response");
    await expect(page.locator(".govuk-summary-list__row", { hasText: "Why do you disagree?" })).toContainText(
      "It does not say how families",
    );
    await follow(page, /Change your answers \(Our vision and principles\)/);
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/vision\\?return=check-answers`));
    await checkA11y("vision, changing");
    await expect(page.getByLabel("Disagree", { exact: true })).toBeChecked();
    await choose(page, "Agree");
    await continueTo(page, "check-answers");
    await checkA11y("check answers after the change");
    await expect(
      page.locator(".govuk-summary-list__row", { hasText: "How much do you agree with this vision" }),
    ).toContainText("Agree");
    await expect(page.locator(".govuk-summary-list__row", { hasText: "Why do you disagree?" })).toHaveCount(0);

    await type(page, "Email address (optional)", email);
    await press(page, "Send your response");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/confirmation$`));
    await settled(page);
    await checkA11y("confirmation");
    const panel = page.locator(".govuk-panel");
    await expect(panel).toContainText("Response sent");
    const reference = (await panel.locator("strong").textContent())!.trim();
    expect(reference).toMatch(/^SB-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();

    const mail = await waitForMail(email, /^Your response to .*: SB-/, since);
    expect(mail.subject).toContain(reference);
    expect(mail.text).toContain("A parent or carer of a disabled child or young person");
    expect(mail.text).toContain("/respond/receipt/");
    expect(mail.text).not.toContain("Prefer not to say");
    expect(mail.html).toContain(reference);

    const [row] = await query<{
      status: string;
      channel: string;
      format: string;
      completedHow: string;
      respondentType: string;
      answers: string[];
      equality: unknown;
    }>(
      `SELECT r.status, r.channel, r.format, r."completedHow", r."respondentType",
              ARRAY(SELECT "questionKey" FROM "Answer" a WHERE a."responseId" = r.id ORDER BY 1) AS answers,
              (SELECT e.answers FROM "EqualityMonitoring" e WHERE e."responseId" = r.id) AS equality
       FROM "Response" r WHERE r.reference = $1`,
      [reference],
    );
    expect(row).toMatchObject({
      status: "SUBMITTED",
      channel: "ONLINE",
      format: "STANDARD",
      completedHow: "WITH_FAMILY_HELP",
      respondentType: "parent-carer",
    });
    expect(row.answers).toEqual(["child-age", "help-completing", "postcode", "respondent-type", "vision-agree"]);
    expect(row.equality).toEqual({
      "equality-consent": { optionKey: "yes" },
      "equality-sex": { optionKey: "prefer-not-to-say" },
    });
  });

  test("sending without a required answer goes back to that page, which says what is missing", async ({
    page,
    checkA11y,
  }) => {
    await page.goto(RESPOND);
    await checkA11y("start page");
    await press(page, "Start now");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/about-you$`));
    await settled(page);
    await checkA11y("about you");
    await page.goto(`${RESPOND}/check-answers`);
    await checkA11y("check answers with nothing answered");
    await press(page, "Send your response");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/about-you\\?problem=1$`));
    await expect(page).toHaveTitle(/^Error: About you – /);
    await checkA11y("about you, sent back");
    await expect(page.locator(".govuk-error-summary")).toContainText(
      "Select an answer for 'Which of these best describes you?'",
    );
  });

  test("every respond page of a closed consultation says so", async ({ page, checkA11y }) => {
    await page.goto("/consultations/adult-short-breaks-2018/respond");
    await checkA11y("closed start page");
    await expect(page.getByText(/^This consultation closed on \d{1,2} \w+ \d{4}\.$/)).toBeVisible();
    await page.goto("/consultations/adult-short-breaks-2018/respond/check-answers");
    await checkA11y("closed check answers");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This consultation has closed");
  });
});
