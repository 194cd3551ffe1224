// Issue #9 acceptance, free text: on a closed copy of the seeded adults' consultation (its 60
// responses, standard, Easy Read and paper), an officer runs themes on the busiest open question,
// builds a codebook (a candidate, a theme by hand with a bad first try, a rename), bulk-accepts
// and reviews suggestions, stars a quote, writes "You said, we did" for the theme, publishes the
// outcome, and the public outcome page shows the entry. Figures are checked against plain SQL.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "../helpers/fixtures";
import { createStaff, signInAs, withDatabase } from "../helpers/staff-session";
import { settled } from "../respond/respond-helpers";

const SLUG = "adult-short-breaks-2018";

type Question = { key: string; title: string; comments: number };

/** A closed copy with the same questionnaires, responses and answers, and a written (unpublished) outcome. */
async function closedCopy(): Promise<{ id: string; slug: string; submitted: number }> {
  const s = randomBytes(4).toString("hex");
  const id = `e2ethemes${s}`;
  const slug = `themes-copy-${s}`;
  return withDatabase(async (c) => {
    const { rows: [seeded] } = await c.query(`SELECT id FROM "Consultation" WHERE slug = $1`, [SLUG]);
    await c.query(`CREATE TEMP TABLE t_c AS SELECT * FROM "Consultation" WHERE id = $1`, [seeded.id]);
    // Its own title, so the public hub specs never mistake this copy for the seeded one.
    await c.query(
      `UPDATE t_c SET id = $1, slug = $2, title = 'Themes test copy ' || $2, stage = 'PUBLISHED', "outcomePublishedAt" = NULL,
         "outcomeDecision" = 'The strategy was agreed.', "outcomeSummary" = 'Most people agreed.', "outcomeChanges" = 'We added transport help.', "outcomeDecidedAt" = now() - interval '1 day'`,
      [id, slug],
    );
    await c.query(`INSERT INTO "Consultation" SELECT * FROM t_c`);
    await c.query(`CREATE TEMP TABLE t_q AS SELECT * FROM "Questionnaire" WHERE "consultationId" = $1`, [seeded.id]);
    await c.query(`UPDATE t_q SET id = id || $1, "consultationId" = $2`, [s, id]);
    await c.query(`INSERT INTO "Questionnaire" SELECT * FROM t_q`);
    await c.query(`CREATE TEMP TABLE t_v AS SELECT v.* FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q.id = v."questionnaireId" WHERE q."consultationId" = $1`, [seeded.id]);
    await c.query(`UPDATE t_v SET id = id || $1, "questionnaireId" = "questionnaireId" || $1`, [s]);
    await c.query(`INSERT INTO "QuestionnaireVersion" SELECT * FROM t_v`);
    await c.query(`CREATE TEMP TABLE t_r AS SELECT * FROM "Response" WHERE "consultationId" = $1`, [seeded.id]);
    await c.query(
      `UPDATE t_r SET id = id || $1, "consultationId" = $2, "versionId" = "versionId" || $1, reference = reference || '-' || $1,
         "submissionKey" = "submissionKey" || $1, "scanStorageKey" = NULL, "draftTokenHash" = NULL, "receiptTokenHash" = NULL, "importRowHash" = NULL`,
      [s, id],
    );
    await c.query(`INSERT INTO "Response" SELECT * FROM t_r`);
    await c.query(`CREATE TEMP TABLE t_a AS SELECT a.* FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" WHERE r."consultationId" = $1`, [seeded.id]);
    await c.query(`UPDATE t_a SET id = id || $1, "responseId" = "responseId" || $1`, [s]);
    await c.query(`INSERT INTO "Answer" SELECT * FROM t_a`);
    const { rows: [{ n }] } = await c.query(`SELECT count(*)::int AS n FROM "Response" WHERE "consultationId" = $1 AND status = 'SUBMITTED'`, [id]);
    return { id, slug, submitted: n };
  });
}

/** The open question with the most non-blank submitted answers, from the standard questionnaire. */
async function busiestQuestion(consultationId: string): Promise<Question> {
  return withDatabase(async (c) => {
    const { rows: [v] } = await c.query(
      `SELECT v.definition FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q.id = v."questionnaireId" WHERE q."consultationId" = $1 AND q.format = 'STANDARD' ORDER BY v.number DESC LIMIT 1`,
      [consultationId],
    );
    const open = (v.definition as { sections: { questions: { key: string; type: string; title: string }[] }[] }).sections.flatMap((x) => x.questions).filter((q) => q.type === "longText" || q.type === "shortText");
    const { rows } = await c.query(
      `SELECT a."questionKey" AS key, count(*)::int AS n FROM "Answer" a JOIN "Response" r ON r.id = a."responseId"
        WHERE r."consultationId" = $1 AND r.status = 'SUBMITTED' AND btrim(coalesce(a.text, '')) <> '' AND a."questionKey" = ANY($2::text[])
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
      [consultationId, open.map((q) => q.key)],
    );
    return { key: rows[0].key, title: open.find((q) => q.key === rows[0].key)!.title, comments: rows[0].n };
  });
}

async function count(sql: string, params: unknown[]): Promise<number> {
  return withDatabase(async (c) => (await c.query(sql, params)).rows[0].n as number);
}

const banner = (page: Page) => page.locator(".govuk-notification-banner--success");

test("an officer builds a codebook, reviews, stars a quote and writes \"You said, we did\" that the outcome page shows", async ({ page, checkA11y, baseURL }) => {
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
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Comments redacted" }).locator("dd")).toHaveText(String(question.comments));

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
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Waiting for review" }).locator("dd")).toHaveText(String(waiting));

  // Bulk-accept the theme's suggestions from the review queue.
  await page.getByRole("link", { name: "Review this theme's suggestions" }).click();
  await settled(page);
  await checkA11y("review queue for one theme");
  await page.getByLabel("Theme", { exact: true }).selectOption(codeId);
  await page.getByLabel("All of the theme's suggestions").check();
  await page.getByRole("button", { name: "Accept suggestions" }).click();
  await expect(banner(page)).toContainText(`${waiting} ${waiting === 1 ? "suggestion" : "suggestions"} accepted.`);
  await settled(page);
  await checkA11y("review queue after bulk accept");
  expect(await count(waitingSql, [copy.id, codeId])).toBe(0);

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
  await settled(page);
  await checkA11y("review queue after saving decisions");

  // Star the theme's first quote.
  await page.goto(`/staff/consultations/${copy.id}/analysis/themes/${encodeURIComponent(question.key)}/theme/${codeId}`);
  await checkA11y("theme page before starring");
  const quotes = page.getByRole("group", { name: "Star quotes for the report" });
  await quotes.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Save starred quotes" }).click();
  await expect(banner(page)).toContainText("Starred quotes saved.");
  await settled(page);
  await checkA11y("theme page with a starred quote");
  await expect(page.getByRole("group", { name: "Star quotes for the report" }).getByRole("checkbox").first()).toBeChecked();
  expect(await count(`SELECT count(*)::int AS n FROM "QuoteStar" WHERE "starredById" = $1`, [officer.id])).toBe(1);

  // "You said, we did" for the theme, then publish the outcome.
  await page.getByRole("link", { name: 'Write "You said, we did" for this theme' }).click();
  await settled(page);
  await checkA11y("you said, we did form");
  await expect(page.getByLabel("Theme or proposal")).toHaveValue("Transport");
  await page.getByLabel("You said", { exact: true }).fill("Getting to short breaks is hard without transport.");
  await page.getByLabel("We did", { exact: true }).fill("We will fund transport for people who cannot travel on their own.");
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

test("campaign responses can be left out of, or kept alone in, the closed-question figures", async ({ page, checkA11y, baseURL }) => {
  const copy = await closedCopy();
  const question = await busiestQuestion(copy.id);
  const officer = await createStaff("OFFICER");
  await signInAs(page.context(), officer, baseURL!);
  await page.goto(`/staff/consultations/${copy.id}/analysis/themes`);
  await checkA11y("themes index");
  await page.getByRole("button", { name: `Run themes on ${question.title}` }).click();
  await expect(banner(page)).toContainText("Themes run");
  await settled(page);
  await checkA11y("question after a run");
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
  await expect(page.getByRole("link", { name: "Select whether to include campaign responses from the list" })).toBeVisible();
});
