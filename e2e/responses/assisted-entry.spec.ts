// Issue #8 acceptance (assisted entry): an officer enters a paper response and a phone response
// with the keyboard, on the same questionnaire pages respondents use, and both appear in the
// consultation's response list tagged by channel. A response received after closing is refused
// without a reason, keeping what was typed and saving nothing. A paper Easy Read response is
// entered on Easy Read pages.
import { copyOfSeeded } from "../helpers/consultation-copy";
import { expect, test } from "../helpers/fixtures";
import { signInAsSeeded } from "../publish/officer-session";
import { choose, press, query, settled, SLUG, type } from "../respond/respond-helpers";
import { enterResponse, typeDate } from "./entry-helpers";

async function consultationId(slug: string): Promise<string> {
  const [row] = await query<{ id: string }>(`SELECT "id" FROM "Consultation" WHERE "slug" = $1`, [slug]);
  return row.id;
}

test("an officer enters a paper and a phone response, listed by channel", async ({
  page,
  context,
  baseURL,
  checkA11y,
}) => {
  test.setTimeout(240_000);
  await signInAsSeeded(context, "officer@council.example", baseURL!);
  const id = await consultationId(SLUG);
  const paper = await enterResponse(page, checkA11y, id, "Paper");
  const phone = await enterResponse(page, checkA11y, id, "Phone", "Parent Carer Forum");

  await page.goto(`/staff/consultations/${id}/responses`);
  await checkA11y("list with both");
  const rowOf = (reference: string) =>
    page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: reference }) });
  await expect(rowOf(paper).locator(".govuk-tag")).toHaveText("Paper");
  await expect(rowOf(phone).locator(".govuk-tag")).toHaveText("Phone");
  await expect(rowOf(phone)).toContainText("Parent Carer Forum");

  await page.getByLabel("Channel").selectOption("PHONE");
  await press(page, "Apply filters");
  await expect(page).toHaveURL(/channel=PHONE/);
  await checkA11y("filtered list");
  await expect(rowOf(phone)).toBeVisible();
  await expect(rowOf(paper)).toHaveCount(0);

  const stored = await query<{ channel: string; status: string; enteredById: string | null }>(
    `SELECT "channel", "status", "enteredById" FROM "Response" WHERE "reference" = ANY($1)`,
    [[paper, phone]],
  );
  expect(stored.map((r) => r.channel).sort()).toEqual(["PAPER", "PHONE"]);
  expect(stored.every((r) => r.status === "SUBMITTED" && r.enteredById)).toBe(true);
});

test("a late entry is refused without a reason, keeping what was entered", async ({
  page,
  context,
  baseURL,
  checkA11y,
}) => {
  await signInAsSeeded(context, "officer@council.example", baseURL!);
  const closed = await copyOfSeeded({ closed: true });
  await page.goto(`/staff/consultations/${closed.id}/responses/enter`);
  await checkA11y("late details");
  await choose(page, "Standard");
  await choose(page, "Paper");
  await typeDate(page, "Date received", new Date(Date.now() - 2 * 86_400_000));
  await choose(page, "By the person themselves");
  await type(page, "Partner organisation that supported it (optional)", "TalkBack");
  await press(page, "Continue");
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText(
    "This response was received after the consultation closed. Enter the reason for accepting it",
  );
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
  const [row] = await query<{ lateReason: string }>(`SELECT "lateReason" FROM "Response" WHERE "consultationId" = $1`, [
    closed.id,
  ]);
  expect(row.lateReason).toContain("post office");
});

test("a paper Easy Read response is entered on Easy Read pages, with pictures and Skip this question", async ({
  page,
  context,
  baseURL,
  checkA11y,
}) => {
  await signInAsSeeded(context, "officer@council.example", baseURL!);
  const id = await consultationId(SLUG);
  await page.goto(`/staff/consultations/${id}/responses/enter`);
  await checkA11y("Easy Read details");
  await choose(page, "Easy Read");
  await choose(page, "Paper");
  await typeDate(page, "Date received", new Date());
  await choose(page, "By the person themselves");
  await press(page, "Continue");
  await expect(page).toHaveURL(/\/answers\/[^/?]+$/);
  await settled(page);
  await checkA11y("Easy Read introduction");
  // The public Easy Read page's layout: large words beside pictures.
  await expect(page.locator(".app-easy-read h1 .app-easy-read__row")).toBeVisible();
  await expect(page.locator(".app-easy-read img").first()).toBeVisible();
  const intro = page.url();
  await press(page, "Continue");
  await expect(page).not.toHaveURL(intro);
  await settled(page);
  const question = page.url();
  await checkA11y("Easy Read question");
  await expect(page.locator(".app-easy-read .app-easy-read__picture").first()).toBeVisible();
  await press(page, "Skip this question");
  await expect(page).not.toHaveURL(question);
  await expect(page).toHaveURL(/\/answers\/[^/?]+$/);
  await settled(page);
  await checkA11y("Easy Read next question");
  await expect(page.locator(".app-easy-read")).toBeVisible();
});
