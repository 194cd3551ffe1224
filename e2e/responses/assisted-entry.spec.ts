// Issue #8 acceptance (assisted entry): an officer enters a paper response and a phone response
// with the keyboard, on the same questionnaire pages respondents use, and both appear in the
// consultation's response list tagged by channel. A response received after closing is refused
// without a reason, keeping what was typed and saving nothing.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "../helpers/fixtures";
import { signInAsSeeded } from "../publish/officer-session";
import { choose, press, query, settled, SLUG, type } from "../respond/respond-helpers";
import { withDatabase } from "../helpers/staff-session";

async function consultationId(slug: string): Promise<string> {
  const [row] = await query<{ id: string }>(`SELECT "id" FROM "Consultation" WHERE "slug" = $1`, [slug]);
  return row.id;
}

/** A closed copy of the seeded consultation, with the same published questionnaire. */
async function closedCopy(): Promise<{ id: string; slug: string }> {
  const suffix = randomBytes(4).toString("hex");
  const id = `e2eclosed${suffix}`;
  const slug = `closed-copy-${suffix}`;
  await withDatabase(async (c) => {
    await c.query(`CREATE TEMP TABLE copy_c AS SELECT * FROM "Consultation" WHERE "slug" = $1`, [SLUG]);
    // Its own title, so the public hub specs never mistake this closed copy for the seeded one.
    await c.query(`UPDATE copy_c SET "id" = $1, "slug" = $2, "title" = 'Closed test copy ' || $2, "opensAt" = now() - interval '60 days', "closesAt" = now() - interval '20 days', "closedEarlyAt" = NULL`, [id, slug]);
    await c.query(`INSERT INTO "Consultation" SELECT * FROM copy_c`);
    await c.query(
      `INSERT INTO "Questionnaire" ("id", "consultationId", "format", "draft", "createdAt", "updatedAt")
       SELECT $1, $2, q."format", q."draft", now(), now() FROM "Questionnaire" q JOIN "Consultation" s ON s."id" = q."consultationId" WHERE s."slug" = $3 AND q."format" = 'STANDARD'`,
      [`${id}q`, id, SLUG],
    );
    await c.query(
      `INSERT INTO "QuestionnaireVersion" ("id", "questionnaireId", "number", "definition", "publishedAt")
       SELECT $1, $2, 1, v."definition", now() FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q."id" = v."questionnaireId" JOIN "Consultation" s ON s."id" = q."consultationId"
       WHERE s."slug" = $3 AND q."format" = 'STANDARD' ORDER BY v."number" DESC LIMIT 1`,
      [`${id}v`, `${id}q`, SLUG],
    );
  });
  return { id, slug };
}

async function typeDate(page: Page, legend: string, d: Date) {
  const group = page.getByRole("group", { name: legend });
  for (const [label, value] of [["Day", d.getUTCDate()], ["Month", d.getUTCMonth() + 1], ["Year", d.getUTCFullYear()]] as const) {
    await group.getByLabel(label).focus();
    await page.keyboard.insertText(String(value));
  }
}

/** Details, the first questionnaire page, then straight to "Check the answers" and "Save response". */
async function enterResponse(page: Page, checkA11y: (label?: string) => Promise<void>, id: string, channel: "Paper" | "Phone", organisation?: string): Promise<string> {
  await page.goto(`/staff/consultations/${id}/responses`);
  await checkA11y("response list");
  await press(page, "Enter a response");
  await expect(page.getByRole("heading", { name: "Enter a response" })).toBeVisible();
  await settled(page);
  await checkA11y(`${channel} details`);
  await choose(page, "Standard");
  await choose(page, channel);
  await typeDate(page, "Date received", new Date());
  await choose(page, channel === "Paper" ? "By the person themselves" : "By an advocate or someone else on their behalf");
  if (organisation) {
    await type(page, "Organisation it was sent on behalf of (optional)", organisation);
    await choose(page, "Yes");
  }
  await press(page, "Continue");
  await expect(page).toHaveURL(/\/answers\/about-you$/);
  await settled(page);
  await checkA11y(`${channel} about you`);
  await choose(page, "A professional in education, health or social care");
  await press(page, "Continue");
  await expect(page).toHaveURL(/\/answers\/vision$/);
  await settled(page);
  await checkA11y(`${channel} vision`);
  await page.goto(page.url().replace(/\/answers\/vision$/, "/check-answers"));
  await checkA11y(`${channel} check answers`);
  await press(page, "Save response");
  await expect(page.getByRole("heading", { name: "Response saved" })).toBeVisible();
  await checkA11y(`${channel} saved`);
  const reference = (await page.locator(".govuk-panel__body").textContent())?.replace("Reference", "").trim() ?? "";
  expect(reference).toMatch(/^[A-Z0-9]+-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  return reference;
}

test("an officer enters a paper and a phone response, listed by channel", async ({ page, context, baseURL, checkA11y }) => {
  test.setTimeout(240_000);
  await signInAsSeeded(context, "officer@council.example", baseURL!);
  const id = await consultationId(SLUG);
  const paper = await enterResponse(page, checkA11y, id, "Paper");
  const phone = await enterResponse(page, checkA11y, id, "Phone", "Parent Carer Forum");

  await page.goto(`/staff/consultations/${id}/responses`);
  await checkA11y("list with both");
  const rowOf = (reference: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: reference }) });
  await expect(rowOf(paper).locator(".govuk-tag")).toHaveText("Paper");
  await expect(rowOf(phone).locator(".govuk-tag")).toHaveText("Phone");
  await expect(rowOf(phone)).toContainText("Parent Carer Forum");

  await page.getByLabel("Channel").selectOption("PHONE");
  await press(page, "Apply filters");
  await expect(page).toHaveURL(/channel=PHONE/);
  await checkA11y("filtered list");
  await expect(rowOf(phone)).toBeVisible();
  await expect(rowOf(paper)).toHaveCount(0);

  const stored = await query<{ channel: string; status: string; enteredById: string | null }>(`SELECT "channel", "status", "enteredById" FROM "Response" WHERE "reference" = ANY($1)`, [[paper, phone]]);
  expect(stored.map((r) => r.channel).sort()).toEqual(["PAPER", "PHONE"]);
  expect(stored.every((r) => r.status === "SUBMITTED" && r.enteredById)).toBe(true);
});

test("a late entry is refused without a reason, keeping what was entered", async ({ page, context, baseURL, checkA11y }) => {
  await signInAsSeeded(context, "officer@council.example", baseURL!);
  const closed = await closedCopy();
  await page.goto(`/staff/consultations/${closed.id}/responses/enter`);
  await checkA11y("late details");
  await choose(page, "Standard");
  await choose(page, "Paper");
  await typeDate(page, "Date received", new Date(Date.now() - 2 * 86_400_000));
  await choose(page, "By the person themselves");
  await type(page, "Partner organisation that supported it (optional)", "TalkBack");
  await press(page, "Continue");
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("This response was received after the consultation closed. Enter the reason for accepting it");
  await expect(page).toHaveTitle(/^Error: /);
  await checkA11y("late refused");
  await expect(page.getByLabel("Paper", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Partner organisation that supported it (optional)")).toHaveValue("TalkBack");
  expect(await query(`SELECT 1 FROM "Response" WHERE "consultationId" = $1`, [closed.id])).toHaveLength(0);

  await type(page, /Reason for accepting it late/, "Posted before the deadline; delayed by the post office.");
  await press(page, "Continue");
  await expect(page).toHaveURL(/\/answers\/about-you$/);
  await settled(page);
  await checkA11y("late about you");
  const [row] = await query<{ lateReason: string }>(`SELECT "lateReason" FROM "Response" WHERE "consultationId" = $1`, [closed.id]);
  expect(row.lateReason).toContain("post office");
});
