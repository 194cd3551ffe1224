// Issue #17, item 1: on the free-text question that also takes a drawing or photo, an empty
// file input is no file. Words alone, a picture alone, both, and neither (the question is
// optional) all go on to the next page, with and without JavaScript (@public), keyboard only,
// axe on every page. What was kept is read back from the database. The standard format's
// free-text question takes words only (drawings are an Easy Read feature): words alone and
// nothing at all go on there too.
import type { Page } from "@playwright/test";
import { copyOfSeeded } from "../helpers/consultation-copy";
import { expect, test } from "../helpers/fixtures";
import { withDatabase } from "../helpers/staff-session";
import { press, settled, type } from "../respond/respond-helpers";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const EASY_READ_QUESTION = "Is there anything else you want to tell us?";
const STANDARD_QUESTION = /^Is there anything else you would like to tell us about the draft strategy\?/;
const WORDS = "I drew my friends at the club.";

type TKept = { text: string | null; file: string | null };

/** The newest response's answer and drawing for the free-text question, as stored. */
async function kept(consultationId: string): Promise<TKept> {
  return withDatabase(async (c) => {
    const { rows } = await c.query(
      `SELECT (SELECT a."text" FROM "Answer" a WHERE a."responseId" = r."id" AND a."questionKey" IN ('anything-else', 'tell-us-more')) AS text,
              (SELECT f."fileName" FROM "AnswerAttachment" f WHERE f."responseId" = r."id") AS file
       FROM "Response" r WHERE r."consultationId" = $1 ORDER BY r."startedAt" DESC LIMIT 1`,
      [consultationId],
    );
    return rows[0] as TKept;
  });
}

/** A new draft (the old one's cookie cleared) and its start page. */
async function startDraft(
  page: Page,
  checkA11y: (label?: string) => Promise<void>,
  start: string,
  button: string,
  label: string,
): Promise<void> {
  await page.context().clearCookies();
  await page.goto(start);
  await settled(page);
  await checkA11y(`${label}: start page`);
  await press(page, button);
  await expect(page).not.toHaveURL(new RegExp(`${start}$`));
  await settled(page);
  await checkA11y(`${label}: first page`);
}

const COMBINATIONS = [
  { name: "words alone", words: true, picture: false },
  { name: "a picture alone", words: false, picture: true },
  { name: "words and a picture", words: true, picture: true },
  { name: "neither", words: false, picture: false },
] as const;

test.describe("an empty file input is no file @public", () => {
  test("Easy Read: words alone, a picture alone, both, and neither all go on", async ({ page, checkA11y }) => {
    test.setTimeout(600_000);
    const { id, slug } = await copyOfSeeded({ closed: false, easyRead: true });
    const easyRead = `/consultations/${slug}/easy-read`;
    for (const combination of COMBINATIONS) {
      await startDraft(page, checkA11y, easyRead, "Start", combination.name);
      await page.goto(`${easyRead}/anything-else`);
      await settled(page);
      await checkA11y(`${combination.name}: anything else`);
      if (combination.words) await type(page, EASY_READ_QUESTION, WORDS);
      if (combination.picture)
        await page
          .getByLabel("You can send a drawing or a photo", { exact: true })
          .setInputFiles({ name: "friends.png", mimeType: "image/png", buffer: PNG });
      await press(page, "Continue");
      await expect(page, combination.name).toHaveURL(new RegExp(`${easyRead}/equality-consent$`));
      await settled(page);
      await checkA11y(`${combination.name}: the next page`);
      expect(await kept(id), combination.name).toEqual({
        text: combination.words ? WORDS : null,
        file: combination.picture ? "friends.png" : null,
      });
    }
  });

  test("standard: words alone and nothing at all go on", async ({ page, checkA11y }) => {
    test.setTimeout(300_000);
    const { id, slug } = await copyOfSeeded({ closed: false });
    const respond = `/consultations/${slug}/respond`;
    for (const words of [true, false]) {
      const label = words ? "words alone" : "nothing";
      await startDraft(page, checkA11y, respond, "Start now", label);
      await page.goto(`${respond}/final`);
      await settled(page);
      await checkA11y(`${label}: final thoughts`);
      if (words) await type(page, STANDARD_QUESTION, WORDS);
      await press(page, "Continue");
      await expect(page, label).not.toHaveURL(new RegExp(`${respond}/final$`));
      await settled(page);
      await checkA11y(`${label}: the next page`);
      expect(await kept(id), label).toEqual({ text: words ? WORDS : null, file: null });
    }
  });
});
