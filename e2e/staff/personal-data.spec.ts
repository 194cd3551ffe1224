// The personal data lifecycle's admin pages end to end (issue #21): retention settings (an
// error, then a change the consultation's privacy notice shows at once), the schedule's preview,
// a legal hold placed and lifted, What we hold, and a subject access search, download and erasure.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { expect, test } from "../helpers/fixtures";
import { auditEvents, createStaff, signInAs, withDatabase } from "../helpers/staff-session";

const SLUG = "short-breaks-children-2018";

test("an administrator sets retention, holds a consultation, sees what is held, and answers a subject access request", async ({
  page,
  baseURL,
  checkA11y,
}) => {
  const admin = await createStaff("ADMIN");
  await signInAs(page.context(), admin, baseURL!);
  // GOV.UK's double-click guard ignores a second press of a button within a second, and these
  // forms answer faster than that: a person correcting a field takes longer.
  let pressedAt = 0;
  const press = async (name: string) => {
    const wait = 1_100 - (Date.now() - pressedAt);
    if (wait > 0) await page.waitForTimeout(wait);
    await page.getByRole("button", { name }).click();
    pressedAt = Date.now();
  };

  // Retention settings, reached from the header.
  await page.goto("/staff");
  await checkA11y("dashboard");
  await page.getByRole("navigation").getByRole("link", { name: "Personal data" }).click();
  await expect(page).toHaveURL(/\/staff\/admin\/retention$/);
  await checkA11y("retention settings");
  const contacts = page.getByLabel("Contact details");
  await contacts.fill("six");
  await press("Save retention periods");
  await expect(
    page.getByRole("alert").getByRole("link", { name: "Contact details must be a whole number of months, like 6" }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Retention settings/);
  await checkA11y("retention settings with an error");
  await contacts.fill("3");
  await press("Save retention periods");
  await expect(page).toHaveURL(/\?done=saved$/);
  await checkA11y("retention saved");
  const mine = (await auditEvents("retention.settingsChange")).filter((e) => e.actorLabel === admin.email);
  expect(mine.map((e) => e.detail)).toEqual(["Contact details: 6 months → 3 months"]);

  // The consultation's privacy notice now says 3 months.
  await page.goto(`/consultations/${SLUG}/privacy`);
  await checkA11y("privacy notice");
  await expect(page.getByText(/Contact details: .*Deleted 3 months after we publish the outcome/)).toBeVisible();
  await page.goto("/staff/admin/retention");
  await checkA11y("retention settings again");
  await page.getByLabel("Contact details").fill("6");
  await press("Save retention periods");
  await expect(page).toHaveURL(/\?done=saved$/);
  await checkA11y("retention restored");

  // The preview, and a legal hold placed and lifted from it.
  await page.getByRole("link", { name: "What the schedule does next, and legal holds" }).click();
  await checkA11y("retention preview");
  await expect(page.getByRole("heading", { name: "Coming up" })).toBeVisible();
  await page
    .getByRole("link", { name: /Short Breaks/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/staff\/admin\/retention\/hold\//);
  await checkA11y("legal hold");
  await press("Place a legal hold");
  await expect(
    page.getByRole("alert").getByRole("link", { name: "Enter the reason for the legal hold" }),
  ).toBeVisible();
  await checkA11y("legal hold with an error");
  await page.getByLabel("Why must this consultation's data be kept?").fill("Judicial review claim CO/1/2026");
  await press("Place a legal hold");
  await expect(page).toHaveURL(/\?done=held$/);
  await checkA11y("held");
  await page.goto("/staff/admin/retention/preview");
  await checkA11y("preview with a hold");
  await expect(page.getByRole("cell", { name: "Judicial review claim CO/1/2026" })).toBeVisible();
  await page
    .getByRole("cell", { name: "Judicial review claim CO/1/2026" })
    .locator("xpath=..")
    .getByRole("link")
    .click();
  await checkA11y("held consultation");
  await page.getByLabel("Why can the hold be lifted?").fill("Claim withdrawn");
  await press("Lift the legal hold");
  await expect(page).toHaveURL(/\?done=lifted$/);
  await checkA11y("lifted");

  // What we hold.
  await page.goto("/staff/admin/retention/what-we-hold");
  await checkA11y("what we hold");
  await expect(page.getByRole("cell", { name: /^Contact details/ })).toBeVisible();

  // Subject access: a response to the seeded consultation, with a contact, found by its address.
  const email = `sar-${randomBytes(4).toString("hex")}@example.org`;
  const reference = `SB-E2E${randomBytes(2).toString("hex").toUpperCase()}-0001`;
  await withDatabase(async (c) => {
    const id = `e2e${randomBytes(8).toString("hex")}`;
    await c.query(
      `INSERT INTO "Response" ("id", "consultationId", "versionId", "format", "channel", "status", "reference", "startedAt", "submittedAt", "updatedAt")
       SELECT $1, q."consultationId", v."id", 'STANDARD', 'ONLINE', 'SUBMITTED', $2, now(), now(), now()
         FROM "QuestionnaireVersion" v JOIN "Questionnaire" q ON q."id" = v."questionnaireId" JOIN "Consultation" c ON c."id" = q."consultationId"
        WHERE c."slug" = $3 AND q."format" = 'STANDARD' ORDER BY v."number" DESC LIMIT 1`,
      [id, reference, SLUG],
    );
    await c.query(
      `INSERT INTO "RespondentContact" ("id", "responseId", "email", "name", "wantsUpdates", "createdAt") VALUES ($1, $2, $3, 'Sam Requester', false, now())`,
      [`${id}c`, id, email],
    );
  });
  await page.goto("/staff/admin/retention");
  await checkA11y("retention settings before subject access");
  await page.getByRole("link", { name: "Subject access and erasure requests" }).click();
  await checkA11y("subject access");
  await page.getByLabel("Email address or response reference").fill(email);
  await press("Search");
  await expect(page.getByRole("alert").getByRole("link", { name: /Enter the reason for the search/ })).toBeVisible();
  await checkA11y("subject access with an error");
  await page.getByLabel("Reason").fill("SAR-E2E-1");
  await press("Search");
  await expect(page.getByRole("cell", { name: reference })).toBeVisible();
  await checkA11y("subject access results");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download as JSON" }).click(),
  ]);
  const pack = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as {
    responses: { reference: string }[];
    contacts: { email: string }[];
  };
  expect(pack.responses.map((r) => r.reference)).toEqual([reference]);
  expect(pack.contacts.map((c) => c.email)).toEqual([email]);
  await page.getByLabel("Keep the responses; remove contact details, subscriptions and emails").check();
  await page.getByLabel(/I confirm this person's data should be erased/).check();
  await press("Erase");
  await expect(page.getByRole("heading", { name: "Data erased" })).toBeVisible();
  await checkA11y("erased");
  for (const action of ["personalData.search", "personalData.download", "personalData.erase"])
    expect((await auditEvents(action)).at(-1)?.detail).toContain("SAR-E2E-1");
});
