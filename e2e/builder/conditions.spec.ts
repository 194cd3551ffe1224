// Issue #5 conditional display in the builder: a question shown when ANY of two earlier answers
// match, a page shown only after an earlier answer, and a question moved to another page, all
// by keyboard-reachable controls; the rules survive a save and reload, the preview says when each
// question applies, and the questionnaire publishes.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "../helpers/fixtures";
import { signInAsSeeded } from "../publish/officer-session";

const SLUG = `e2e-conditions-${Date.now().toString(36)}-${randomBytes(2).toString("hex")}`;
const AGREE = "Short breaks should help children make friends.";
const USES = "Do you use short breaks now?";
const MOVED = "What would help most with transport?";
const QUESTION_SENTENCE = `Show this question if ‘Q1. ${AGREE}’ includes ‘Disagree’ or ‘Q2. ${USES}’ is ‘Yes’`;
const PAGE_SENTENCE = `Show this page if ‘Q2. ${USES}’ is ‘Yes’`;

test.use({ actionTimeout: 15_000 });

const card = (page: Page, number: number) => page.locator(`[data-question="${number}"]`);

async function addQuestion(page: Page, pageNumber: number, number: number, type: string, title: string) {
  await page.getByRole("button", { name: `Add a question to page ${pageNumber}`, exact: true }).click();
  await card(page, number).getByLabel(`Question ${number} type`, { exact: true }).selectOption(type);
  await card(page, number).getByLabel(`Question ${number}`, { exact: true }).fill(title);
}

test("officer sets 'any of these' conditions, a page condition and moves a question, then publishes", async ({
  page,
  context,
  baseURL,
  checkA11y,
}) => {
  test.setTimeout(240_000);
  await signInAsSeeded(context, "officer@council.example", baseURL!);

  await page.goto("/staff/consultations/new");
  await checkA11y("create consultation");
  const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
  await fill("Title", "Short breaks conditions check");
  await fill("Web address", SLUG);
  await fill("Short summary", "We want to hear about short breaks.");
  await fill("Full text", "## What we plan\n\nMore short breaks in the holidays.");
  await page.getByRole("checkbox", { name: "Carers", exact: true }).check();
  for (const [group, day, month] of [
    ["Opening date", "4", "3"],
    ["Closing date", "22", "4"],
  ] as const) {
    await page.getByRole("group", { name: group }).getByLabel("Day").fill(day);
    await page.getByRole("group", { name: group }).getByLabel("Month").fill(month);
    await page.getByRole("group", { name: group }).getByLabel("Year").fill("2031");
  }
  await fill("Contact role", "Short Breaks Team");
  await fill("Contact email address", "shortbreaks@council.example");
  await fill("Privacy notice", "We use your response only for this consultation.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Consultation saved as a draft.")).toBeVisible();
  await checkA11y("consultation overview");
  const consultationId = page.url().match(/consultations\/([^/?]+)/)![1];
  const overview = `/staff/consultations/${consultationId}/questionnaire`;

  await page.goto(overview);
  await checkA11y("empty questionnaire");
  await page.getByRole("button", { name: "Edit questionnaire" }).click();
  await expect(page.getByRole("heading", { name: "Edit the Standard questionnaire" })).toBeVisible();
  await checkA11y("empty builder");

  await fill("Questionnaire title", "Short breaks");
  await fill("Page 1 title", "About you");
  await addQuestion(page, 1, 1, "likert", AGREE);
  await addQuestion(page, 1, 2, "yesNo", USES);
  await addQuestion(page, 1, 3, "longText", "Tell us more");
  await addQuestion(page, 1, 4, "shortText", MOVED);
  await page.getByRole("button", { name: "Add a page", exact: true }).click();
  await fill("Page 2 title", "Your short breaks");
  await addQuestion(page, 2, 5, "shortText", "Anything else?");

  // Question 3: two conditions joined by "any of these", plus one added and removed again.
  const more = card(page, 3);
  await more.getByRole("button", { name: "Add a condition to question 3", exact: true }).click();
  const first = more.getByRole("group", { name: "Condition 1 for question 3", exact: true });
  await first.getByLabel("Earlier question").selectOption({ label: `Q1. ${AGREE}` });
  await first.getByLabel("Answer", { exact: true }).selectOption({ label: "includes" });
  await first.getByRole("checkbox", { name: "Disagree", exact: true }).check();
  await first.getByRole("checkbox", { name: "Strongly agree", exact: true }).uncheck();
  await more.getByRole("button", { name: "Add another condition to question 3", exact: true }).click();
  const second = more.getByRole("group", { name: "Condition 2 for question 3", exact: true });
  await expect(second.getByLabel("Earlier question")).toHaveValue("question-2");
  await expect(second.getByRole("checkbox", { name: "Yes", exact: true })).toBeChecked();
  await more.getByRole("button", { name: "Add another condition to question 3", exact: true }).click();
  await more.getByRole("button", { name: "Remove condition 3 from question 3", exact: true }).click();
  await expect(more.getByRole("group", { name: "Condition 3 for question 3", exact: true })).toHaveCount(0);
  // By keyboard: the combinator is a native radio.
  await more.getByRole("radio", { name: "any of these", exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(more.getByTestId("condition-sentence")).toHaveText(QUESTION_SENTENCE);

  // Question 4 moves to page 2 with the select and button, by keyboard.
  await card(page, 4)
    .getByLabel("Move question 4 to", { exact: true })
    .selectOption({ label: "Page 2: Your short breaks" });
  await card(page, 4).getByRole("button", { name: "Move question 4 to page 2", exact: true }).focus();
  await page.keyboard.press("Enter");
  const page2 = page.getByRole("region", { name: "Page 2", exact: true });
  await expect(page2.getByLabel("Question 4", { exact: true })).toHaveValue(MOVED);
  await expect(page.getByRole("region", { name: "Page 1", exact: true }).locator("[data-question]")).toHaveCount(3);
  await expect(page.getByRole("heading", { name: "Page 2", exact: true })).toBeFocused();

  // Page 2 is shown only to people who use short breaks; it can look at page 1 only.
  await page2.getByRole("button", { name: "Add a condition to page 2", exact: true }).click();
  const pageRule = page2.getByRole("group", { name: "Condition 1 for page 2", exact: true });
  await expect(pageRule.getByLabel("Earlier question").locator("option")).toHaveText([`Q1. ${AGREE}`, `Q2. ${USES}`]);
  await pageRule.getByLabel("Earlier question").selectOption({ label: `Q2. ${USES}` });
  await expect(page2.getByTestId("condition-sentence").first()).toHaveText(PAGE_SENTENCE);

  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(page.getByTestId("save-status")).toContainText("Saved at");
  await checkA11y("builder with conditions");

  // The rules come back from the saved draft as they were set.
  await page.reload();
  await checkA11y("builder reloaded");
  await expect(card(page, 3).getByTestId("condition-sentence")).toHaveText(QUESTION_SENTENCE);
  await expect(
    page.getByRole("region", { name: "Page 2", exact: true }).getByTestId("condition-sentence").first(),
  ).toHaveText(PAGE_SENTENCE);

  await page.getByRole("link", { name: "Preview page 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();
  await checkA11y("preview page 1");
  await expect(
    page.getByText(
      /Answer this if you answered ‘Disagree’ to ‘Short breaks should help children make friends’ or you answered ‘Yes’ to ‘Do you use short breaks now\?’/,
    ),
  ).toBeVisible();

  await page.goto(overview);
  await checkA11y("overview with draft");
  await page.getByRole("button", { name: "Check and publish" }).click();
  await checkA11y("publish v1");
  await expect(page.getByRole("heading", { name: "Fix these problems first" })).toHaveCount(0);
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Version 1 published.")).toBeVisible();
  await checkA11y("published v1");
});
