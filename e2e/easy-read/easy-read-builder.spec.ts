// Easy Read in the builder (issue #7), keyboard only with axe on every page: the picture picker
// for questions and options (search by keyword, radios with picture and name, remove), whose
// choice clears the checker's missing-picture warning and is saved in the draft. axe runs once
// per builder page, in its final state. The builder shows one of the 19 Easy Read pages at a
// time (issue #16 §13), so each test opens the page its question is on.
import { expect, test } from "../helpers/fixtures";
import { signInAsSeeded } from "../publish/officer-session";
import { copySeededConsultation, draftOf, keyPress, saveBuilder } from "./easy-read-staff";

test.use({ actionTimeout: 15_000 });

test("an officer picks, changes and removes Easy Read pictures by keyboard", async ({
  page,
  context,
  baseURL,
  checkA11y,
}) => {
  test.setTimeout(480_000);
  const { id } = await copySeededConsultation("pick");
  await signInAsSeeded(context, "officer@council.example", baseURL!);
  await page.goto(`/staff/consultations/${id}/questionnaire/edit?format=EASY_READ&page=2`);
  await expect(page.getByRole("heading", { name: "Edit the Easy Read questionnaire" })).toBeVisible();

  // Question 2 ("Did someone help you fill this in?") has a seeded picture: remove it.
  const card = page.locator('[data-question="2"]');
  const Q = "sections.1.questions.0";
  const current = (name: string) => page.locator(`[data-picture-picker="${name}"] > p`).first();
  const warning = card.locator(`[data-easy-read-warnings="${Q}.image"]`);
  await expect(current(`${Q}.image`)).toContainText("People holding hands");
  await keyPress(page, card.getByRole("button", { name: "Remove picture for question 2", exact: true }));
  await expect(current(`${Q}.image`)).toContainText("none");
  await expect(warning).toHaveText("Easy Read checks: Add a picture next to this question");

  // Search by keyword and choose by keyboard: the warning goes.
  await keyPress(page, card.getByRole("button", { name: "Choose a picture for question 2", exact: true }));
  const search = card.getByRole("searchbox", { name: "Search pictures for question 2" });
  await search.focus();
  await page.keyboard.type("help");
  await expect(card.getByRole("status")).toHaveText("2 pictures found");
  const results = card.getByRole("group", { name: "Pictures for question 2" });
  await expect(results.getByRole("radio")).toHaveCount(2);
  await keyPress(page, results.getByRole("radio", { name: "Handshake" }), "Space");
  await expect(results.getByRole("radio", { name: "Handshake" })).toBeChecked();
  await expect(current(`${Q}.image`)).toContainText("Handshake");
  await expect(warning).toHaveCount(0);
  await checkA11y("picture picker open");

  // An answer option's picture, found by a keyword that is not in its name.
  await keyPress(page, card.getByRole("button", { name: "Change picture for option 1", exact: true }));
  await card.getByRole("searchbox", { name: "Search pictures for option 1" }).focus();
  await page.keyboard.type("wave");
  await keyPress(
    page,
    card.getByRole("group", { name: "Pictures for option 1" }).getByRole("radio", { name: "Waving hand" }),
    "Space",
  );
  await keyPress(page, card.getByRole("button", { name: "Close pictures for option 1", exact: true }));
  await expect(current(`${Q}.options.0.image`)).toContainText("Waving hand");

  await saveBuilder(page);
  const question = (await draftOf(id, "EASY_READ")).sections[1].questions[0];
  expect(question.key).toBe("who-is-filling-in");
  expect(question.image).toBe("/easy-read/pictures/1F91D.svg");
  expect(question.options?.[0].image).toBe("/easy-read/pictures/1F44B.svg");
});

test("an officer links an Easy Read question to a standard one and maps its answers", async ({
  page,
  context,
  baseURL,
  checkA11y,
}) => {
  test.setTimeout(480_000);
  const { id } = await copySeededConsultation("link");
  await signInAsSeeded(context, "officer@council.example", baseURL!);
  await page.goto(`/staff/consultations/${id}/questionnaire/edit?format=EASY_READ&page=7`);
  const VISION = "How much do you agree with this vision for short breaks?";
  const missing = page.getByTestId("without-counterpart");
  await expect(missing).not.toContainText(VISION);

  // Question 7 ("Do you like our idea?") made Easy Read only: its standard question is now unanswered.
  const card = page.locator('[data-question="7"]');
  const answers = card.getByLabel("Question 7 answers", { exact: true });
  await expect(answers).toHaveValue("vision-agree");
  await answers.focus();
  await answers.selectOption({ label: "Easy Read only" });
  await expect(card.getByText("counts as")).toHaveCount(0);
  await keyPress(page, missing.locator("summary"));
  await expect(missing.getByRole("listitem").filter({ hasText: VISION })).toBeVisible();

  // Linked again: each answer needs a standard answer; one click maps the 3-point scale.
  await answers.selectOption({ label: `vision-agree: ${VISION}` });
  const countsAs = (label: string) => card.getByLabel(`‘${label}’ counts as`, { exact: true });
  await expect(countsAs("I like this")).toHaveValue("");
  await keyPress(
    page,
    card.getByRole("button", { name: "Map a 3-point scale onto the 5-point Likert for question 7", exact: true }),
  );
  await expect(countsAs("I like this")).toHaveValue("agree");
  await expect(countsAs("Not sure")).toHaveValue("neither");
  await expect(countsAs("I do not like this")).toHaveValue("disagree");
  await countsAs("Not sure").focus();
  await countsAs("Not sure").selectOption({ label: "No standard answer (kept in the Easy Read results)" });
  await expect(missing.getByRole("listitem").filter({ hasText: VISION })).toHaveCount(0);
  await checkA11y("question linked and mapped");

  await saveBuilder(page);
  const question = (await draftOf(id, "EASY_READ")).sections
    .flatMap((s) => s.questions)
    .find((q) => q.key === "like-our-idea")!;
  expect(question.answersKey).toBe("vision-agree");
  expect(question.optionMap).toEqual({ like: "agree", "not-sure": null, "do-not-like": "disagree" });
});

// A 1×1 PNG, and an SVG with script: what officers might upload.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

test("an officer uploads their own picture with alt text and picks it in the builder", async ({
  page,
  context,
  baseURL,
  checkA11y,
  request,
}) => {
  test.setTimeout(480_000);
  const { id } = await copySeededConsultation("own");
  await signInAsSeeded(context, "officer@council.example", baseURL!);
  await page.goto(`/staff/consultations/${id}/questionnaire/pictures`);
  await checkA11y("Easy Read pictures");
  const upload = page.getByRole("button", { name: "Upload picture", exact: true });

  // Nothing chosen, no description: both errors, GOV.UK style.
  await keyPress(page, upload);
  await expect(page.locator(".govuk-error-summary")).toContainText("Select a picture to upload");
  await expect(page.locator(".govuk-error-summary")).toContainText("Describe the picture for people who cannot see it");
  await checkA11y("picture errors");

  // An SVG is refused with the reason, and the description typed is kept.
  await page.getByLabel("Describe the picture", { exact: true }).fill("A girl on a swing");
  await page
    .getByLabel("Picture", { exact: true })
    .setInputFiles({ name: "swing.svg", mimeType: "image/svg+xml", buffer: SVG });
  await keyPress(page, upload);
  await expect(page.locator(".govuk-error-summary")).toContainText(
    "SVG files cannot be uploaded because they can contain code. Save the picture as a PNG or JPEG",
  );
  await expect(page.getByLabel("Describe the picture", { exact: true })).toHaveValue("A girl on a swing");
  await checkA11y("SVG refused");

  await page
    .getByLabel("Picture", { exact: true })
    .setInputFiles({ name: "swing.png", mimeType: "image/png", buffer: PNG });
  await keyPress(page, upload);
  await expect(page.getByText("Picture uploaded. You can now choose it in the builder.")).toBeVisible();
  await checkA11y("picture uploaded");
  const src = await page.locator(".app-picture-list img").first().getAttribute("src");
  expect(src).toMatch(/^\/easy-read\/uploads\/\w+$/);
  const served = await request.get(src!);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.compare(await served.body(), PNG)).toBe(0);

  // In the builder's picker, found by its description.
  await keyPress(page, page.getByRole("link", { name: "Back to the Easy Read questionnaire" }));
  await expect(page.getByRole("heading", { name: "Edit the Easy Read questionnaire" })).toBeVisible();
  await checkA11y("builder, page 1");
  await keyPress(page, page.getByRole("link", { name: /^Page 4: / }));
  await expect(page).toHaveURL(/[?&]page=4$/);
  await checkA11y("builder with own picture");
  const card = page.locator('[data-question="4"]');
  await keyPress(page, card.getByRole("button", { name: "Change picture for question 4", exact: true }));
  await card.getByRole("searchbox", { name: "Search pictures for question 4" }).focus();
  await page.keyboard.type("swing");
  await keyPress(
    page,
    card.getByRole("group", { name: "Pictures for question 4" }).getByRole("radio", { name: "A girl on a swing" }),
    "Space",
  );
  await saveBuilder(page);
  const question = (await draftOf(id, "EASY_READ")).sections[3].questions[0];
  expect(question.image).toBe(src);
});
