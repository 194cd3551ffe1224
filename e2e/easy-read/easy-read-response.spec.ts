// The children's Easy Read questionnaire, keyboard only, with and without JavaScript (@public),
// with axe on every page (issue #7, acceptance): the measured Easy Read rules on a question
// page, pictures off and on, "Skip this question", the shared check answers and sending, and
// then the analysis counts, where its answers join the standard question's totals by format.
import { expect, test } from "../helpers/fixtures";
import { choose, follow, press, query, RESPOND, SLUG, settled, type } from "../respond/respond-helpers";

const EASY_READ = `/consultations/${SLUG}/easy-read`;

/** Presses a button and waits for the Easy Read page (or the shared page) it leads to. */
async function next(page: import("@playwright/test").Page, button: string, to: string | RegExp): Promise<void> {
  await press(page, button);
  await expect(page).toHaveURL(typeof to === "string" ? new RegExp(`${EASY_READ}/${to}(\\?[^#]*)?$`) : to);
  await settled(page);
}

/** The Easy Read rules a browser can measure (issue #7, acceptance). */
async function expectEasyReadLayout(page: import("@playwright/test").Page): Promise<void> {
  const measured = await page
    .locator(".app-easy-read")
    .first()
    .evaluate((root) => {
      const small: string[] = [];
      const italic: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (
          !el ||
          !node.textContent?.trim() ||
          el.closest(".govuk-visually-hidden, [hidden]") ||
          el.getClientRects().length === 0
        )
          continue;
        const style = getComputedStyle(el);
        if (parseFloat(style.fontSize) < 21)
          small.push(`${el.tagName}.${el.className}: ${style.fontSize} "${node.textContent.trim().slice(0, 30)}"`);
        if (style.fontStyle === "italic") italic.push(node.textContent.trim().slice(0, 30));
      }
      return { small, italic };
    });
  expect(measured.small, "text smaller than 21px").toEqual([]);
  expect(measured.italic, "italic text").toEqual([]);
  for (const label of await page.locator(".app-easy-read__choices label").all()) {
    const box = await label.boundingBox();
    expect(box!.height, await label.innerText()).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
  }
  // At desktop width the picture is on the left of the words.
  const heading = page.locator("h1 .app-easy-read__row");
  const picture = await heading.locator("img").boundingBox();
  const words = await heading.locator(".app-easy-read__words").boundingBox();
  expect(picture!.x + picture!.width).toBeLessThanOrEqual(words!.x);
  expect(picture!.y).toBeLessThan(words!.y + words!.height);
}

test.describe("responding in Easy Read @public", () => {
  test("the children's Easy Read questionnaire, merged into the standard totals", async ({
    page,
    checkA11y,
    javaScriptEnabled,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/consultations/${SLUG}`);
    await checkA11y("consultation page");
    await expect(page.locator(`a[href="${EASY_READ}"]`)).toContainText("Respond in Easy Read");

    // The Easy Read summary of the consultation, in the same layout, leads to the questions.
    await follow(page, /Read the Easy Read summary/);
    await expect(page).toHaveURL(new RegExp(`/consultations/${SLUG}/easy-read-summary$`));
    await settled(page);
    await checkA11y("Easy Read summary");
    const block = page.locator(".app-easy-read__block .app-easy-read__row").first();
    const [picture, words] = [
      await block.locator("img").boundingBox(),
      await block.locator(".app-easy-read__words").boundingBox(),
    ];
    expect(picture!.x + picture!.width).toBeLessThanOrEqual(words!.x);
    expect(
      await block.locator(".app-easy-read__words").evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(21);
    await press(page, "Answer the Easy Read questions");
    await expect(page).toHaveURL(new RegExp(`${EASY_READ}$`));
    await settled(page);
    await checkA11y("Easy Read start page");
    await expect(page.getByRole("heading", { level: 1, name: "Short breaks. Tell us what you think!" })).toBeVisible();
    await next(page, "Start", "welcome");
    await checkA11y("welcome");
    // Chromium here has no speech voices, so "Read this page aloud" stays hidden, as it should.
    await expect(page.getByRole("button", { name: "Read this page aloud" })).toHaveCount(0);
    await next(page, "Continue", "who");
    await checkA11y("who is filling this in");

    // The measured rules, then pictures off and on again, without losing the page.
    await expectEasyReadLayout(page);
    await expect(page.locator(".app-easy-read img")).not.toHaveCount(0);
    await next(page, "Hide the pictures", "who");
    await checkA11y("who, pictures off");
    await expect(page.locator(".app-easy-read img")).toHaveCount(0);
    await next(page, "Show the pictures", "who");
    await checkA11y("who, pictures on");
    await expect(page.getByLabel("Not sure", { exact: true })).toHaveCount(1);
    await choose(page, "Yes. My family helped me");
    await next(page, "Continue", "age");
    await checkA11y("age");
    await choose(page, "14 to 17");
    await next(page, "Continue", "go-to-breaks");
    await checkA11y("go to short breaks");
    await choose(page, "Yes");
    await next(page, "Continue", "which-breaks");
    await checkA11y("which short breaks");
    await expectEasyReadLayout(page);
    await choose(page, "Someone comes to my home");
    await choose(page, "Youth club");
    await next(page, "Continue", "feel");
    await checkA11y("feel");
    await choose(page, "Happy");
    await next(page, "Continue", "big-idea");
    await checkA11y("big idea");
    await choose(page, "I like this");
    await next(page, "Continue", "things-i-like");

    // The rest can be skipped, every one of them, until the free-text question.
    for (const slug of [
      "things-i-like",
      "staff",
      "friends",
      "being-listened-to",
      "learn",
      "where",
      "when",
      "clubs",
      "getting-there",
      "older",
    ]) {
      await checkA11y(slug);
      await expect(page.getByLabel("Not sure", { exact: true })).toHaveCount(1);
      await press(page, "Skip this question");
      await expect(page).not.toHaveURL(new RegExp(`${EASY_READ}/${slug}(\\?|$)`));
      await settled(page);
    }
    await expect(page).toHaveURL(new RegExp(`${EASY_READ}/planning$`));
    await checkA11y("planning");
    await press(page, "Skip this question");
    await expect(page).toHaveURL(new RegExp(`${EASY_READ}/anything-else$`));
    await settled(page);
    await checkA11y("anything else");
    await type(page, "Is there anything else you want to tell us?", "I like swimming with my friends.");
    await press(page, "Continue");
    // The optional questions about you, then the shared "Check your answers".
    while (!new RegExp(`${RESPOND}/check-answers`).test(page.url())) {
      await expect(page).toHaveURL(new RegExp(`(${EASY_READ}/|${RESPOND}/check-answers)`));
      await settled(page);
      if (new RegExp(`${RESPOND}/check-answers`).test(page.url())) break;
      await checkA11y(`about you: ${new URL(page.url()).pathname}`);
      const before = page.url();
      await press(page, "Skip this question");
      await expect(page).not.toHaveURL(before);
    }
    await settled(page);
    await checkA11y("check answers");
    await expect(page.getByText("Yes. My family helped me")).toBeVisible();
    // The shared page, in Easy Read words and layout.
    await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
    await expect(
      page.locator(".app-easy-read").getByText("To change an answer, press Change next to the question."),
    ).toBeVisible();
    await press(page, "Send your response");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/confirmation$`));
    await settled(page);
    await checkA11y("confirmation");
    await expect(page.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
    await expect(
      page.locator(".app-easy-read").getByText("Keep your number. Tell us your number if you contact us."),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "change your answers or take them back" })).toBeVisible();
    const reference = (await page.locator(".govuk-panel strong").innerText()).trim();

    // Stored under the standard keys with the mapped options; the Easy Read answer kept beside them.
    const rows = await query<{
      questionKey: string;
      optionKeys: string[];
      sourceQuestionKey: string | null;
      format: string;
      completedHow: string;
    }>(
      `SELECT a."questionKey", a."optionKeys", a."sourceQuestionKey", r."format"::text AS "format", r."completedHow"::text AS "completedHow"
       FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" WHERE r.reference = $1 ORDER BY a."questionKey"`,
      [reference],
    );
    expect(rows.every((r) => r.format === "EASY_READ" && r.completedHow === "WITH_FAMILY_HELP")).toBe(true);
    expect(rows.find((r) => r.questionKey === "vision-agree")).toMatchObject({
      optionKeys: ["agree"],
      sourceQuestionKey: "like-our-idea",
    });
    expect(rows.find((r) => r.questionKey === "current-breaks")).toMatchObject({
      optionKeys: ["universal-activities", "care-at-home"],
      sourceQuestionKey: "which-short-breaks",
    });
    expect(rows.find((r) => r.questionKey === "feel-about-breaks")).toMatchObject({
      optionKeys: ["happy"],
      sourceQuestionKey: null,
    });
    expect(rows.some((r) => r.questionKey === "know-staff")).toBe(false);

    // Analysis-level counts: one total per standard question and option, split by format.
    const counts = await query<{ format: string; count: string }>(
      `SELECT r."format"::text AS "format", count(*) AS "count" FROM "Answer" a JOIN "Response" r ON r.id = a."responseId"
       JOIN "Consultation" c ON c.id = r."consultationId"
       WHERE c.slug = $1 AND r.status = 'SUBMITTED' AND a."questionKey" = 'vision-agree' AND 'agree' = ANY(a."optionKeys") GROUP BY 1`,
      [SLUG],
    );
    expect(Number(counts.find((c) => c.format === "EASY_READ")?.count)).toBeGreaterThanOrEqual(1);
    if (javaScriptEnabled) expect(counts.every((c) => ["STANDARD", "EASY_READ"].includes(c.format))).toBe(true);
  });
});
