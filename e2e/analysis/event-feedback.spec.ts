// Issue #8 parts 3 and 4 in analysis: on a closed copy of the seeded adults' consultation, an
// officer records what happened at an event with the keyboard, builds a theme, codes an event
// point to it and sees it on the theme page as an event feedback point, apart from the comment
// counts; and sees an organisation response listed apart and filters the closed questions by it.
import { randomBytes } from "node:crypto";
import { expect, test } from "../helpers/fixtures";
import { createStaff, signInAs, withDatabase } from "../helpers/staff-session";
import { choose, follow, press, settled, type } from "../respond/respond-helpers";
import { banner, busiestQuestion, closedCopy, count } from "./themes-helpers";

const WORRY = "Transport to short breaks is hard because the buses do not run at weekends";
const WORKS = "Staff who know my son well";

test("an officer codes an event's feedback point to a theme and sees organisation responses apart", async ({
  page,
  checkA11y,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const copy = await closedCopy();
  const question = await busiestQuestion(copy.id);
  const officer = await createStaff("OFFICER");
  const eventId = `e2eevent${randomBytes(4).toString("hex")}`;
  const orgName = `Carers Forum ${randomBytes(3).toString("hex")}`;
  await withDatabase(async (c) => {
    await c.query(
      `INSERT INTO "EngagementEvent" (id, "consultationId", title, "startsAt", place) VALUES ($1, $2, 'Parent carer session', now() - interval '20 days', 'Aylesbury library')`,
      [eventId, copy.id],
    );
    const {
      rows: [v],
    } = await c.query(
      `SELECT v.id FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q.id = v."questionnaireId" WHERE q."consultationId" = $1 AND q.format = 'STANDARD' ORDER BY v.number DESC LIMIT 1`,
      [copy.id],
    );
    await c.query(
      `INSERT INTO "Response" (id, "consultationId", "versionId", format, channel, status, reference, "respondentType", "organisationName", "organisationPublish", "enteredById", "receivedAt", "submittedAt", "updatedAt")
       VALUES ($1, $2, $3, 'STANDARD', 'PAPER', 'SUBMITTED', $4, 'organisation', $5, true, $6, now() - interval '10 days', now() - interval '9 days', now())`,
      [`${eventId}r`, copy.id, v.id, `OR-${eventId.slice(-8).toUpperCase()}`, orgName, officer.id],
    );
  });
  await signInAs(page.context(), officer, baseURL!);

  // Record what happened at the event.
  await page.goto(`/staff/consultations/${copy.id}/events/${eventId}`);
  await settled(page);
  await checkA11y("event record form");
  await type(page, "Audience (optional)", "Parents and carers");
  await type(page, "Number attending (optional)", "23");
  await type(page, "What works well", WORKS);
  await type(page, "What worries you", WORRY);
  await press(page, "Save event record");
  await expect(banner(page)).toContainText("Event record saved.");
  await settled(page);
  await checkA11y("event record saved");

  // A theme on the busiest open question.
  await page.goto(`/staff/consultations/${copy.id}/analysis/themes/${encodeURIComponent(question.key)}`);
  await settled(page);
  await checkA11y("question codebook");
  await press(page, "Run themes");
  await expect(banner(page)).toContainText("Themes run");
  await settled(page);
  await checkA11y("themes run");
  await type(page, "Theme name", "Transport");
  await type(
    page,
    "Description (optional)",
    "Transport to short breaks: buses, lifts, driving, distance and journeys.",
  );
  await press(page, "Add theme");
  await expect(banner(page)).toContainText("Theme added.");
  await settled(page);
  await checkA11y("codebook with Transport");

  // Event feedback in analysis, linked from the overview.
  await page.goto(`/staff/consultations/${copy.id}/analysis`);
  await settled(page);
  await checkA11y("analysis overview");
  await follow(page, "Event feedback");
  await settled(page);
  await checkA11y("event feedback");
  const event = page.locator("section", { has: page.getByRole("heading", { name: "Parent carer session" }) });
  await expect(event.locator(".govuk-summary-list__row", { hasText: "Number attending" }).locator("dd")).toHaveText(
    "23",
  );
  await expect(event.locator(".govuk-summary-list__row", { hasText: "Audience" }).locator("dd")).toHaveText(
    "Parents and carers",
  );
  await expect(event.getByRole("row", { name: "What worries you 1" })).toBeVisible();
  await expect(event.getByRole("listitem").filter({ hasText: WORRY })).toBeVisible();

  // Code the points against the question; the system suggests Transport for the worry.
  await follow(page, "Code the points from Parent carer session to themes");
  await settled(page);
  await checkA11y("event coding before a question");
  const select = page.getByLabel("Which open question do these points relate to?");
  await select.focus();
  await select.selectOption(question.key);
  await press(page, "Save question");
  await expect(banner(page)).toContainText("Question saved.");
  await settled(page);
  await checkA11y("event coding with suggestions");
  const worry = page.locator("div.govuk-\\!-margin-bottom-8", { hasText: WORRY });
  await choose(page, "Accept", worry.getByRole("group", { name: "Suggested theme: Transport" }));
  await press(page, "Save decisions");
  await expect(banner(page)).toContainText("1 suggestion accepted");
  await settled(page);
  await checkA11y("event coding saved");
  await expect(worry).toContainText("Themes accepted: Transport");

  // The theme shows the point as event feedback, and its comment count is unchanged.
  await page.goto(`/staff/consultations/${copy.id}/analysis/themes/${encodeURIComponent(question.key)}`);
  await settled(page);
  await checkA11y("codebook with an event point");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Transport", exact: true }) });
  const codeId = decodeURIComponent(
    (await row.getByRole("link", { name: "Transport", exact: true }).getAttribute("href"))!.split("/").pop()!,
  );
  const comments = await count(
    `SELECT count(*)::int AS n FROM "ThemeAssignment" t JOIN "Codebook" b ON b.id = t."codebookId" WHERE b."consultationId" = $1 AND t."codeId" = $2 AND t.status <> 'REJECTED'`,
    [copy.id, codeId],
  );
  await expect(row.getByRole("cell").nth(0)).toHaveText(String(comments));
  await expect(row.getByRole("cell").nth(4)).toHaveText("1");
  await follow(page, "Transport");
  await settled(page);
  await checkA11y("theme page with an event point");
  await expect(
    page.locator(".govuk-summary-list__row", { hasText: "Event feedback points" }).locator("dd"),
  ).toContainText("1 (event feedback, not counted as comments)");
  await expect(page.getByRole("listitem").filter({ hasText: WORRY })).toContainText("Parent carer session");

  // Organisation responses, listed apart, and the closed questions filtered to them.
  await page.goto(`/staff/consultations/${copy.id}/analysis`);
  await settled(page);
  await follow(page, "Organisation responses");
  await settled(page);
  await checkA11y("organisation responses");
  const org = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: orgName }) });
  await expect(org).toContainText("Paper");
  await expect(org).toContainText("Yes, in full");
  await expect(org.getByRole("link", { name: new RegExp(`from ${orgName}`) })).toHaveAttribute(
    "href",
    `/staff/consultations/${copy.id}/responses/${eventId}r/view`,
  );
  // Any response opens read-only from the list, with how it reached us and its answers.
  await org.getByRole("link", { name: new RegExp(`from ${orgName}`) }).focus();
  await page.keyboard.press("Enter");
  await settled(page);
  await checkA11y("one response, read-only");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".govuk-summary-list__row", { hasText: "On behalf of" })).toContainText(orgName);
  await expect(page.getByRole("link", { name: "Change this entered response" })).toBeVisible();
  const organisations = await count(
    `SELECT count(*)::int AS n FROM "Response" WHERE "consultationId" = $1 AND status = 'SUBMITTED' AND "respondentType" = 'organisation'`,
    [copy.id],
  );
  await page.goto(`/staff/consultations/${copy.id}/analysis/closed`);
  await settled(page);
  await checkA11y("closed questions");
  const respondingAs = page.getByLabel("Responding as");
  await respondingAs.focus();
  await respondingAs.selectOption("organisation");
  await press(page, "Apply");
  await expect(page).toHaveURL(/respondentType=organisation/);
  await settled(page);
  await checkA11y("closed questions, organisations only");
  await expect(page.getByText(/^Base: \d+ submitted responses/)).toContainText(`Base: ${organisations} submitted`);
});
