// Issue #5 acceptance: an officer builds a questionnaire from empty with one question of each of
// the 15 types and a condition, previews it, publishes it, edits it after opening, and publishes
// version 2; a refused breaking change (deleting an answered question) shows the reason.
// Every question is added through the builder UI (no import), with keyboard-reachable controls;
// only the consultation's opening and one submitted answer are written straight to the database.
import { randomBytes } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../helpers/fixtures";
import { withDatabase } from "../helpers/staff-session";
import { signInAsSeeded } from "../publish/officer-session";

const SLUG = `e2e-builder-${Date.now().toString(36)}-${randomBytes(2).toString("hex")}`;
const TITLE = "Short breaks questionnaire builder check";
const ANSWERED = "Which kind of short break does your family use most?";

// A missing control fails fast rather than waiting out the whole test.
test.use({ actionTimeout: 15_000 });

type Spec = { type: string; title: string; key?: string; fill?: (card: Locator) => Promise<void> };

// One of each of the 15 types, over two pages, as EVERY_TYPE_INPUT lays them out.
const PAGE_1: Spec[] = [
  {
    type: "info",
    title: "Before you start",
    fill: (card) =>
      card.getByLabel("Text", { exact: true }).fill("You can skip any question that is not marked as required."),
  },
  { type: "respondentType", title: "Which of these best describes you?" },
  { type: "postcode", title: "What is the first part of your postcode?" },
  { type: "number", title: "How many disabled children do you care for?" },
  { type: "date", title: "When did your family last have a short break?" },
  { type: "email", title: "What is your email address?" },
];
const PAGE_2: Spec[] = [
  { type: "likert", title: "Short breaks should help children make friends.", key: "vision-agree" },
  { type: "longText", title: "Why do you disagree?", key: "vision-why" },
  {
    type: "singleChoice",
    title: ANSWERED,
    key: "uses-breaks",
    fill: async (card) => {
      await card.getByLabel("Option 1 text", { exact: true }).fill("Clubs and activities");
      await card.getByLabel("Option 2 text", { exact: true }).fill("Overnight breaks");
    },
  },
  { type: "multipleChoice", title: "What makes it hard to use short breaks?" },
  { type: "shortText", title: "What would help most with transport?" },
  {
    type: "likertGrid",
    title: "How much do you agree with each of these?",
    fill: (card) => card.getByLabel("Statement 1 text", { exact: true }).fill("Short breaks should be close to home."),
  },
  { type: "rating", title: "How satisfied are you with short breaks now?" },
  { type: "ranking", title: "Put these in order of importance to you" },
  { type: "yesNo", title: "Could any of these proposals affect some people unfairly?" },
];

const card = (page: Page, number: number) => page.locator(`[data-question="${number}"]`);

async function addQuestion(page: Page, pageNumber: number, number: number, spec: Spec) {
  await page.getByRole("button", { name: `Add a question to page ${pageNumber}`, exact: true }).click();
  const c = card(page, number);
  await c.getByLabel(`Question ${number} type`, { exact: true }).selectOption(spec.type);
  await c
    .getByLabel(spec.type === "info" ? `Heading ${number}` : `Question ${number}`, { exact: true })
    .fill(spec.title);
  if (spec.key) await c.getByLabel("Key", { exact: true }).fill(spec.key);
  await spec.fill?.(c);
}

async function saveDraft(page: Page) {
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await expect(page.getByTestId("save-status")).toContainText("Saved at");
}

test("officer builds, previews and publishes a questionnaire, then edits it after opening", async ({
  page,
  context,
  baseURL,
  checkA11y,
}) => {
  test.setTimeout(300_000);
  await signInAsSeeded(context, "officer@council.example", baseURL!);

  // A new consultation, through the same form officers use (issue #4).
  await page.goto("/staff/consultations/new");
  await checkA11y("create consultation");
  const fill = async (label: string, value: string) => page.getByLabel(label, { exact: true }).fill(value);
  await fill("Title", TITLE);
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

  // 1. Build from empty.
  await page.goto(overview);
  await checkA11y("empty questionnaire");
  await expect(page.getByText("Not published yet.")).toBeVisible();
  await page.getByRole("button", { name: "Edit questionnaire" }).click();
  await expect(page.getByRole("heading", { name: "Edit the Standard questionnaire" })).toBeVisible();
  await checkA11y("empty builder");

  await page.getByLabel("Page 1 title", { exact: true }).fill("About you");
  let number = 0;
  for (const spec of PAGE_1) await addQuestion(page, 1, ++number, spec);
  await page.getByRole("button", { name: "Add a page", exact: true }).click();
  await page.getByLabel("Page 2 title", { exact: true }).fill("Your views");
  await page.getByLabel("Page 2 key", { exact: true }).fill("your-views");
  for (const spec of PAGE_2) await addQuestion(page, 2, ++number, spec);
  expect(number).toBe(15);

  // The condition: "Why do you disagree?" (question 8) only after Disagree or Strongly disagree.
  const why = card(page, 8);
  // By keyboard, as the builder's controls are all buttons and native selects.
  await why.getByRole("button", { name: "Add a condition to question 8" }).focus();
  await page.keyboard.press("Enter");
  await why
    .getByLabel("Earlier question")
    .selectOption({ label: "Q7. Short breaks should help children make friends." });
  // "includes" (either answer), as "is" with two answers would need both at once.
  await why.getByLabel("Answer", { exact: true }).selectOption({ label: "includes" });
  await why.getByRole("checkbox", { name: "Disagree", exact: true }).check();
  await why.getByRole("checkbox", { name: "Strongly disagree", exact: true }).check();
  await why.getByRole("checkbox", { name: "Strongly agree", exact: true }).uncheck();
  await expect(why.getByTestId("condition-sentence")).toHaveText(
    "Show this question if ‘Q7. Short breaks should help children make friends.’ includes ‘Disagree’ or ‘Strongly disagree’",
  );

  await saveDraft(page);
  await checkA11y("builder with 15 questions and a condition");

  // 2. Preview page 2 as a respondent would see it.
  await page.getByRole("link", { name: "Preview page 2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your views" })).toBeVisible();
  await checkA11y("preview page 2");
  await expect(page.getByText("Preview of the draft, page 2 of 2.")).toBeVisible();
  await expect(
    page
      .getByRole("group", { name: "Short breaks should help children make friends." })
      .getByRole("radio", { name: "Disagree", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("radio", { name: "Overnight breaks" })).toBeVisible();
  await expect(page.getByText(/Answer this if .*Short breaks should help children make friends/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue" })).toBeDisabled();
  await page.getByRole("link", { name: "Previous page: About you" }).click();
  await checkA11y("preview page 1");
  await expect(page.getByRole("heading", { level: 1, name: "About you" })).toBeVisible();

  // 3. Publish version 1.
  await page.goto(overview);
  await checkA11y("overview with draft");
  await expect(page.getByText("2 pages, 15 questions.")).toBeVisible();
  await page.getByRole("button", { name: "Check and publish" }).click();
  await checkA11y("publish v1");
  await expect(page.getByRole("heading", { name: "Fix these problems first" })).toHaveCount(0);
  await expect(page.getByText("This is the first version.")).toBeVisible();
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Version 1 published.")).toBeVisible();
  await checkA11y("published v1");
  await expect(page.getByRole("cell", { name: "Version 1", exact: true })).toBeVisible();

  // 4. The consultation opens (published, opening date passed) and someone answers the single-choice question.
  await withDatabase(async (db) => {
    await db.query(
      `UPDATE "Consultation" SET "stage" = 'PUBLISHED', "opensAt" = now() - interval '1 day', "closesAt" = now() + interval '60 days', "publishedAt" = now() WHERE "id" = $1`,
      [consultationId],
    );
    const { rows } = await db.query(
      `SELECT v."id" FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q."id" = v."questionnaireId" WHERE q."consultationId" = $1 AND v."number" = 1`,
      [consultationId],
    );
    const responseId = `e2er${randomBytes(8).toString("hex")}`;
    await db.query(
      `INSERT INTO "Response" ("id", "consultationId", "versionId", "format", "channel", "status", "startedAt", "submittedAt", "updatedAt") VALUES ($1, $2, $3, 'STANDARD', 'ONLINE', 'SUBMITTED', now(), now(), now())`,
      [responseId, consultationId, rows[0].id],
    );
    await db.query(
      `INSERT INTO "Answer" ("id", "responseId", "questionKey", "optionKeys") VALUES ($1, $2, 'uses-breaks', ARRAY['option-2'])`,
      [`e2ea${randomBytes(8).toString("hex")}`, responseId],
    );
  });

  // 5. Edit after opening: reword one question and delete the answered one.
  await page.getByRole("button", { name: "Edit questionnaire" }).click();
  await checkA11y("builder after opening");
  await expect(
    page.getByText("You are editing a new draft. Version 1 stays live until you publish this draft."),
  ).toBeVisible();
  await card(page, 15)
    .getByLabel("Question 15", { exact: true })
    .fill("Could any of these plans affect some people unfairly?");
  await expect(card(page, 9).getByLabel("Question 9", { exact: true })).toHaveValue(ANSWERED);
  await page.getByRole("button", { name: "Delete question 9", exact: true }).click();
  await expect(page.locator("[data-question]")).toHaveCount(14);
  await saveDraft(page);
  await page.goto(overview);
  await checkA11y("overview with breaking draft");
  await page.getByRole("button", { name: "Check and publish" }).click();
  await checkA11y("publish v2 refused");
  const reason = `You cannot delete '${ANSWERED}' because 1 person has answered it. Hide it with a condition instead.`;
  await expect(page.getByRole("heading", { name: "Changes that cannot be published" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: reason })).toBeVisible();
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText(reason);
  await checkA11y("publish refused");
  await withDatabase(async (db) => {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q."id" = v."questionnaireId" WHERE q."consultationId" = $1`,
      [consultationId],
    );
    expect(rows[0].n).toBe(1);
  });

  // Put the question back, with the same key, type and options, and publish version 2.
  await page.goto(`${overview}/edit`);
  await checkA11y("builder to restore");
  await addQuestion(page, 2, 15, { ...PAGE_2[2] });
  await saveDraft(page);
  await page.goto(overview);
  await checkA11y("overview with fixed draft");
  await page.getByRole("button", { name: "Check and publish" }).click();
  await checkA11y("publish v2");
  await expect(page.getByRole("heading", { name: "Changes that cannot be published" })).toHaveCount(0);
  await expect(page.getByText(/Since the last version: .*1 question reworded/)).toBeVisible();
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(page.getByText("Version 2 published.")).toBeVisible();
  await checkA11y("published v2");
  await expect(page.getByRole("cell", { name: "Version 2", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Version 1", exact: true })).toBeVisible();
});
