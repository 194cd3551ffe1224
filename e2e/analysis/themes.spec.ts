// Issue #9 acceptance, free text: on a closed copy of the seeded adults' consultation (its 60
// responses, standard, Easy Read and paper), an officer runs themes on the busiest open question,
// builds a codebook (a candidate, a theme by hand with a bad first try, a rename), bulk-accepts
// and reviews suggestions, stars a quote, writes "You said, we did" for the theme, publishes the
// outcome, and the public outcome page shows the entry. Figures are checked against plain SQL.
import { expect, test } from "../helpers/fixtures";
import { createStaff, signInAs } from "../helpers/staff-session";
import { settled } from "../respond/respond-helpers";
import { banner, busiestQuestion, closedCopy, count, runThemesAsOfficer } from "./themes-helpers";

test('an officer builds a codebook, reviews, stars a quote and writes "You said, we did" that the outcome page shows', async ({
  page,
  checkA11y,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const copy = await closedCopy();
  const question = await busiestQuestion(copy.id);
  const officer = await createStaff("OFFICER");
  await signInAs(page.context(), officer, baseURL!);

  await page.goto(`/staff/consultations/${copy.id}/analysis`);
  await checkA11y("analysis dashboard");
  await page.getByRole("link", { name: /Free-text themes/ }).click();
  await settled(page);
  await checkA11y("themes index");
  const row = page.getByRole("row", { name: new RegExp(question.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await expect(row.getByRole("cell").first()).toHaveText(String(question.comments));
  await expect(row).toContainText("Not run yet");

  await row.getByRole("button", { name: `Run themes on ${question.title}` }).click();
  await expect(banner(page)).toContainText("Themes run");
  await settled(page);
  await checkA11y("question codebook after a run");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(question.title);
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Comments redacted" }).locator("dd")).toHaveText(
    String(question.comments),
  );

  // A candidate theme becomes the codebook's first theme.
  const firstCandidate = page.getByRole("button", { name: /^Add as a theme\s*: / }).first();
  const candidateLabel = ((await firstCandidate.textContent()) ?? "").replace(/^Add as a theme\s*:\s*/, "").trim();
  await firstCandidate.click();
  await expect(banner(page)).toContainText("Theme added from the candidates");
  await settled(page);
  await checkA11y("codebook with a candidate theme");
  await expect(page.getByRole("link", { name: candidateLabel, exact: true })).toBeVisible();

  // A theme by hand: a blank name is a clear error and keeps the description typed.
  const description = "Travel and transport to short breaks: buses, lifts, driving, distance and journeys.";
  await page.getByLabel("Description (optional)").fill(description);
  await page.getByRole("button", { name: "Add theme" }).click();
  await expect(page.getByRole("link", { name: "Enter a name for the theme" })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await checkA11y("add theme error");
  await expect(page.getByLabel("Description (optional)")).toHaveValue(description);
  await page.getByLabel("Theme name").fill("Transport to services");
  await page.getByRole("button", { name: "Add theme" }).click();
  await expect(banner(page)).toContainText("Theme added.");
  await settled(page);
  await checkA11y("codebook with a theme added by hand");

  // Rename it on its own page.
  await page.getByRole("link", { name: "Transport to services", exact: true }).click();
  await settled(page);
  await checkA11y("theme page");
  await page.getByLabel("Theme name").fill("Transport");
  await page.getByRole("button", { name: "Save theme" }).click();
  await expect(banner(page)).toContainText("Theme saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Transport");
  await settled(page);
  await checkA11y("renamed theme");
  const codeId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
  const waitingSql = `SELECT count(*)::int AS n FROM "ThemeAssignment" t JOIN "Codebook" b ON b.id = t."codebookId" WHERE b."consultationId" = $1 AND t."codeId" = $2 AND t.status = 'SUGGESTED'`;
  const waiting = await count(waitingSql, [copy.id, codeId]);
  expect(waiting).toBeGreaterThan(0);
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Waiting for review" }).locator("dd")).toHaveText(
    String(waiting),
  );

  // Bulk-accept the theme's suggestions from the review queue.
  await page.getByRole("link", { name: "Review this theme's suggestions" }).click();
  await settled(page);
  await checkA11y("review queue for one theme");
  await page.getByLabel("Theme", { exact: true }).selectOption(codeId);
  await page.getByLabel("All of the theme's suggestions").check();
  await page.getByRole("button", { name: "Accept suggestions" }).click();
  await expect(banner(page)).toContainText(`${waiting} ${waiting === 1 ? "suggestion" : "suggestions"} accepted.`);
  // The accepted comments are now examples of the theme, so the rest were re-scored with them.
  await expect(banner(page)).toContainText("re-scored using your decisions");
  await settled(page);
  await checkA11y("review queue after bulk accept");
  expect(await count(waitingSql.replace("'SUGGESTED'", "'ACCEPTED'"), [copy.id, codeId])).toBe(waiting);

  // Review the least confident comment of the whole queue: accept its first suggestion.
  await page.getByRole("link", { name: "Back to the codebook" }).click();
  await settled(page);
  await checkA11y("codebook before the review queue");
  await page.getByRole("link", { name: /^Review suggested themes/ }).click();
  await settled(page);
  await checkA11y("review queue");
  const firstSuggestion = page.getByRole("group", { name: /^Suggested theme: / }).first();
  await firstSuggestion.getByLabel("Accept").check();
  await page.getByRole("button", { name: "Save decisions" }).click();
  await expect(banner(page)).toContainText("Saved: 1 suggestion accepted, 0 suggestions rejected, 0 themes added.");
  await expect(banner(page)).toContainText(/\d+ suggestions? (was|were) re-scored using your decisions/);
  await settled(page);
  await checkA11y("review queue after saving decisions");

  // Star the theme's first quote.
  await page.goto(
    `/staff/consultations/${copy.id}/analysis/themes/${encodeURIComponent(question.key)}/theme/${codeId}`,
  );
  await checkA11y("theme page before starring");
  const quotes = page.getByRole("group", { name: "Star quotes for the report" });
  await quotes.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Save starred quotes" }).click();
  await expect(banner(page)).toContainText("Starred quotes saved.");
  await settled(page);
  await checkA11y("theme page with a starred quote");
  await expect(
    page.getByRole("group", { name: "Star quotes for the report" }).getByRole("checkbox").first(),
  ).toBeChecked();
  expect(await count(`SELECT count(*)::int AS n FROM "QuoteStar" WHERE "starredById" = $1`, [officer.id])).toBe(1);

  // "You said, we did" for the theme, then publish the outcome.
  await page.getByRole("link", { name: 'Write "You said, we did" for this theme' }).click();
  await settled(page);
  await checkA11y("you said, we did form");
  await expect(page.getByLabel("Theme or proposal")).toHaveValue("Transport");
  await page.getByLabel("You said", { exact: true }).fill("Getting to short breaks is hard without transport.");
  await page
    .getByLabel("We did", { exact: true })
    .fill("We will fund transport for people who cannot travel on their own.");
  await page.getByLabel("What changed").fill("The strategy now includes a transport budget.");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(banner(page)).toContainText("Entry saved.");
  await settled(page);
  await checkA11y("you said, we did list");
  await expect(page.locator(".govuk-summary-card", { hasText: "Transport" })).toContainText("We will fund transport");

  await page.goto(`/staff/consultations/${copy.id}/outcome`);
  await checkA11y("outcome page");
  await page.getByRole("button", { name: "Publish outcome" }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/consultations/${copy.id}\\?`));
  await settled(page);
  await checkA11y("consultation after publishing the outcome");

  await page.goto(`/consultations/${copy.slug}/outcome`);
  await checkA11y("public outcome page");
  await expect(page.getByRole("heading", { name: "You said, we did, theme by theme" })).toBeVisible();
  const entry = page.getByRole("region", { name: "Transport" });
  await expect(entry).toContainText("Getting to short breaks is hard without transport.");
  await expect(entry).toContainText("The strategy now includes a transport budget.");
});

test("campaign responses can be left out of, or kept alone in, the closed-question figures", async ({
  page,
  checkA11y,
  baseURL,
}) => {
  const { copy } = await runThemesAsOfficer(page, checkA11y, baseURL!);
  const base = async (mode: string) => {
    await page.goto(`/staff/consultations/${copy.id}/analysis/closed?campaigns=${mode}`);
    await checkA11y(`closed questions, campaigns ${mode || "included"}`);
    const text = (await page.getByText(/^Base: \d+ submitted responses/).textContent()) ?? "";
    return Number(/Base: (\d+)/.exec(text)?.[1]);
  };
  expect(await base("")).toBe(copy.submitted);
  const only = await base("include");
  const without = await base("exclude");
  expect(only + without).toBe(copy.submitted);
  await page.goto(`/staff/consultations/${copy.id}/analysis/closed?campaigns=maybe`);
  await checkA11y("closed questions with a bad campaign choice");
  await expect(
    page.getByRole("link", { name: "Select whether to include campaign responses from the list" }),
  ).toBeVisible();
});
