// Organisation responses published in full (issue #8 part 4): once a consultation has closed,
// its page links to the responses organisations agreed to publish, shown without contact
// details or equality answers; before closing the page says when they will appear. @public:
// these pages also run with JavaScript disabled.
import { randomBytes } from "node:crypto";
import { copyOfSeeded } from "../helpers/consultation-copy";
import { expect, test } from "../helpers/fixtures";
import { withDatabase } from "../helpers/staff-session";
import { follow } from "../respond/respond-helpers";

async function organisationResponse(
  consultationId: string,
  name: string,
  publish: boolean,
  comment: string,
): Promise<void> {
  const id = `e2eorg${randomBytes(6).toString("hex")}`;
  await withDatabase(async (c) => {
    await c.query(
      `INSERT INTO "Response" ("id", "consultationId", "versionId", "format", "channel", "status", "reference", "respondentType", "organisationName", "organisationPublish", "receivedAt", "submittedAt", "updatedAt")
       VALUES ($1, $2, $3, 'STANDARD', 'EMAIL', 'SUBMITTED', $4, 'professional', $5, $6, now() - interval '25 days', now() - interval '25 days', now())`,
      [id, consultationId, `${consultationId}v`, `SB-${randomBytes(3).toString("hex").toUpperCase()}`, name, publish],
    );
    const answers: [string, string[], string | null][] = [
      ["respondent-type", ["professional"], null],
      ["postcode", [], "HP20 1UA"],
      ["anything-else", [], comment],
    ];
    for (const [key, options, text] of answers) {
      await c.query(
        `INSERT INTO "Answer" ("id", "responseId", "questionKey", "optionKeys", "text") VALUES ($1, $2, $3, $4, $5)`,
        [`${id}${key}`, id, key, options, text],
      );
    }
  });
}

test("@public a closed consultation links to the organisation responses agreed for publication", async ({
  page,
  checkA11y,
}) => {
  const closed = await copyOfSeeded({ closed: true });
  await organisationResponse(closed.id, "Bucks Parent Carer Forum", true, "The forum asks for more holiday clubs.");
  await organisationResponse(closed.id, "Quiet Trust", false, "Not for publication.");

  await page.goto(`/consultations/${closed.slug}`);
  await checkA11y("closed consultation");
  await follow(page, "Read the responses organisations agreed to publish (1)");
  await expect(page.getByRole("heading", { level: 1, name: "Responses from organisations" })).toBeVisible();
  await checkA11y("organisation responses");
  await expect(page.getByRole("heading", { level: 2, name: "Bucks Parent Carer Forum" })).toBeVisible();
  await expect(page.getByText("The forum asks for more holiday clubs.")).toBeVisible();
  await expect(page.locator("main")).not.toContainText("HP20");
  await expect(page.locator("main")).not.toContainText("Quiet Trust");
});

test("@public before closing the page says organisation responses are published after the closing date", async ({
  page,
  checkA11y,
}) => {
  const open = await copyOfSeeded({ closed: false });
  await organisationResponse(open.id, "Early Forum", true, "Too early to show.");
  await page.goto(`/consultations/${open.slug}`);
  await checkA11y("open consultation");
  await expect(page.getByRole("link", { name: /organisations agreed to publish/ })).toHaveCount(0);
  await page.goto(`/consultations/${open.slug}/organisation-responses`);
  await checkA11y("organisation responses before closing");
  await expect(page.locator("main")).toContainText("published here after the consultation closes");
  await expect(page.locator("main")).not.toContainText("Too early to show.");
});
