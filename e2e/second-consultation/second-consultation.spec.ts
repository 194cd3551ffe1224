// A council's second consultation (issue #16), in the browser with axe on every page: a library
// consultation that has nothing to do with Short Breaks. An officer starts another questionnaire
// from a copy of it, links its Easy Read answers (those with the same key or words map by
// themselves), reads the publish problems in words and follows one to its field; the public
// answers it in Easy Read and in the standard format, with and without JavaScript. No page says
// "short break". Its analysis, exports, report and emails are checked the same way in
// tests/integration/second-consultation/no-short-breaks.integration.test.ts.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { keyPress, saveBuilder } from "../easy-read/easy-read-staff";
import { expect, test } from "../helpers/fixtures";
import { signInAsSeeded } from "../publish/officer-session";
import { choose, press, query, settled } from "../respond/respond-helpers";
import { LIBRARY_STANDARD, libraryEasyRead } from "../../tests/support/library-consultation";

test.use({ actionTimeout: 15_000 });

/** An open library consultation: Standard and Easy Read published; the Easy Read draft not yet linked. */
async function libraryConsultation(): Promise<{ id: string; slug: string; title: string }> {
  const suffix = randomBytes(4).toString("hex");
  const id = `e2elib${suffix}`;
  const slug = `library-hours-${suffix}`;
  const title = `Library opening hours ${suffix}`;
  await query(
    `INSERT INTO "Consultation" ("id", "slug", "title", "summary", "body", "reasons", "audiences", "partners", "stage", "opensAt", "closesAt", "publishedAt", "referencePrefix", "contactRole", "contactEmail", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, 'We want to change when our libraries open.', 'Longer evening hours on weekdays.', 'More people visit after work.', '{}', '{}', 'PUBLISHED', now() - interval '5 days', now() + interval '30 days', now(), 'LIB', 'Libraries team', 'libraries@council.example', now(), now())`,
    [id, slug, title],
  );
  for (const [format, draft, published] of [
    ["STANDARD", LIBRARY_STANDARD, LIBRARY_STANDARD],
    ["EASY_READ", libraryEasyRead(false), libraryEasyRead(true)],
  ] as const) {
    const q = `${id}${format.toLowerCase()}`;
    await query(
      `INSERT INTO "Questionnaire" ("id", "consultationId", "format", "draft", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, now(), now())`,
      [q, id, format, JSON.stringify(draft)],
    );
    await query(
      `INSERT INTO "QuestionnaireVersion" ("id", "questionnaireId", "number", "definition", "publishedAt") VALUES ($1, $2, 1, $3, now())`,
      [`${q}v1`, q, JSON.stringify(published)],
    );
  }
  return { id, slug, title };
}

async function draftConsultation(title: string): Promise<string> {
  const id = `e2eparks${randomBytes(4).toString("hex")}`;
  await query(
    `INSERT INTO "Consultation" ("id", "slug", "title", "summary", "body", "reasons", "audiences", "partners", "opensAt", "closesAt", "contactRole", "contactEmail", "createdAt", "updatedAt")
     VALUES ($1, $1, $2, 'Parks.', 'Parks.', 'Parks.', '{}', '{}', now() + interval '5 days', now() + interval '90 days', 'Parks team', 'parks@council.example', now(), now())`,
    [id, title],
  );
  return id;
}

async function expectNoShortBreaks(page: Page, label: string): Promise<void> {
  expect(await page.locator("body").innerText(), label).not.toMatch(/short[\s-]*breaks?/i);
}

test("an officer copies another questionnaire and links Easy Read answers, most of them automatically", async ({
  page,
  context,
  baseURL,
  checkA11y,
}) => {
  test.setTimeout(480_000);
  const library = await libraryConsultation();
  const parks = await draftConsultation(`Parks and open spaces ${library.slug}`);
  await signInAsSeeded(context, "officer@council.example", baseURL!);

  // "Start from a copy of another questionnaire": any published one, chosen from a list.
  await page.goto(`/staff/consultations/${parks}/questionnaire?format=STANDARD`);
  await checkA11y("empty questionnaire");
  const copyFrom = page.getByLabel("Questionnaire to copy", { exact: true });
  await expect(
    copyFrom.locator("option", { hasText: `${library.title}: Easy Read questionnaire, version 1` }),
  ).toHaveCount(1);
  await copyFrom.selectOption({ label: `${library.title}: Standard questionnaire, version 1` });
  await keyPress(page, page.getByRole("button", { name: "Start from a copy", exact: true }));
  await expect(page.locator(".govuk-notification-banner")).toContainText(
    "Draft started from a copy of the questionnaire you chose.",
  );
  await settled(page);
  await checkA11y("copied questionnaire");
  await expect(page.getByText("1 page, 4 questions.")).toBeVisible();
  await expectNoShortBreaks(page, "copied questionnaire");

  // Linking an Easy Read question: answers with the same key or words are mapped at once.
  await page.goto(`/staff/consultations/${library.id}/questionnaire/edit?format=EASY_READ`);
  const card = page.locator('[data-question="1"]');
  const answers = card.getByLabel("Question 1 answers", { exact: true });
  await expect(answers).toBeEnabled();
  await answers.selectOption({ label: "often: How often do you visit a library?" });
  const countsAs = (label: string) => card.getByLabel(`‘${label}’ counts as`, { exact: true });
  await expect(countsAs("Every week")).toHaveValue("weekly");
  await expect(countsAs("every month")).toHaveValue("monthly");
  await expect(countsAs("Never")).toHaveValue("");
  await checkA11y("Easy Read answers mapped automatically");
  await saveBuilder(page);

  // The one answer that differs is named in words on the publish page, and linked to its field.
  await page.goto(`/staff/consultations/${library.id}/questionnaire/publish?format=EASY_READ`);
  await checkA11y("publish page with a problem");
  const where = page.getByRole("link", {
    name: "Page 1 ‘Going to the library’, question 1 ‘How often do you go to the library?’, answer ‘Never’",
    exact: true,
  });
  await expect(where).toHaveAttribute("href", /questionnaire\/edit\?format=EASY_READ#b-link-0-0-o2$/);
  await expect(page.locator("main")).not.toContainText("sections[");
  await keyPress(page, where);
  await expect(page).toHaveURL(/#b-link-0-0-o2$/);
  const field = page.locator("#b-link-0-0-o2");
  await expect(field).toBeEnabled();
  // Published version 1 counted 'Never' as 'Hardly ever'; this version keeps it apart.
  await field.selectOption({ label: "No standard answer (kept in the Easy Read results)" });
  await checkA11y("builder at the linked field");
  await saveBuilder(page);
  await page.goto(`/staff/consultations/${library.id}/questionnaire/publish?format=EASY_READ`);
  await expect(page.getByRole("heading", { name: "Fix these problems first" })).toHaveCount(0);
  await checkA11y("publish page ready");
  await keyPress(page, page.getByRole("button", { name: "Publish version 2", exact: true }));
  await expect(page.locator(".govuk-notification-banner")).toContainText("Version 2 published.");
  await settled(page);
  await checkA11y("Easy Read version 2 published");
  await expectNoShortBreaks(page, "questionnaire overview");
});

test.describe("answering a second consultation @public", () => {
  test("in Easy Read and in the standard format, no page says 'short break'", async ({ page, checkA11y }) => {
    test.setTimeout(300_000);
    const { slug } = await libraryConsultation();
    await page.goto(`/consultations/${slug}`);
    await checkA11y("consultation page");
    await expectNoShortBreaks(page, "consultation page");

    // The Easy Read start page shows this consultation's own introduction, with its pictures.
    await page.goto(`/consultations/${slug}/easy-read`);
    await checkA11y("Easy Read start page");
    await expect(page.getByText("We want to change when our libraries open.")).toBeVisible();
    await expect(page.locator('img[src="/easy-read/pictures/1F4DA.svg"]')).toHaveCount(1);
    await expectNoShortBreaks(page, "Easy Read start page");
    await answerAll(page, checkA11y, "Start", { "How often do you go to the library?": "Never" });

    await page.goto(`/consultations/${slug}/respond`);
    await checkA11y("standard start page");
    await expectNoShortBreaks(page, "standard start page");
    await answerAll(page, checkA11y, /^Start/, {
      "Which of these best describes you?": "A resident",
      "How often do you visit a library?": "Every week",
    });
  });
});

/**
 * From a start page to the confirmation: the named questions answered, every other page moved
 * past, each page checked with axe and for the words "short break".
 */
async function answerAll(
  page: Page,
  checkA11y: (label?: string) => Promise<void>,
  start: string | RegExp,
  choices: Record<string, string>,
): Promise<void> {
  await press(page, start);
  for (let pages = 0; pages < 20 && !/\/respond\/check-answers/.test(page.url()); pages++) {
    await expect(page).not.toHaveURL(/\/(easy-read|respond)$/);
    await settled(page);
    if (/\/respond\/check-answers/.test(page.url())) break;
    const path = new URL(page.url()).pathname;
    await checkA11y(path);
    await expectNoShortBreaks(page, path);
    for (const [question, answer] of Object.entries(choices)) {
      const group = page.getByRole("group", { name: question });
      if ((await group.count()) > 0) await choose(page, answer, group);
    }
    await press(page, "Continue");
    await expect(page).not.toHaveURL(new RegExp(`${path}$`));
  }
  await settled(page);
  await checkA11y("check answers");
  await expectNoShortBreaks(page, "check answers");
  await press(page, "Send your response");
  await expect(page).toHaveURL(/\/respond\/confirmation$/);
  await settled(page);
  await checkA11y("confirmation");
  await expectNoShortBreaks(page, "confirmation");
}
