// A drawing or photo with an Easy Read free-text answer (issue #7), keyboard only, with and
// without JavaScript (@public), axe on every page: a file of the wrong type is refused in
// plain words with the writing kept, a PNG is kept with the draft, "Check your answers" names
// it with a Change link, and the page it leads back to can take it away. The Easy Read
// equality question comes between, in its Easy Read words.
import { expect, test } from "../helpers/fixtures";
import { press, RESPOND, SLUG, settled, type } from "../respond/respond-helpers";

const EASY_READ = `/consultations/${SLUG}/easy-read`;
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const GIF = Buffer.from("R0lGODlhAQABAAAAACw=", "base64");
const QUESTION = "Is there anything else you want to tell us?";

test.describe("sending a drawing in Easy Read @public", () => {
  test("a drawing or photo kept with the answer, named on check answers, and taken away", async ({
    page,
    checkA11y,
  }) => {
    test.setTimeout(300_000);
    await page.goto(EASY_READ);
    await settled(page);
    await checkA11y("Easy Read start page");
    await press(page, "Start");
    await expect(page).toHaveURL(new RegExp(`${EASY_READ}/welcome$`));
    await settled(page);
    await checkA11y("welcome");

    // The free-text page, straight from its address: the draft's pages can be visited in any order.
    await page.goto(`${EASY_READ}/anything-else`);
    await settled(page);
    await checkA11y("anything else");
    const upload = page.getByLabel("You can send a drawing or a photo", { exact: true });
    await type(page, QUESTION, "I drew my friends at the club.");
    await upload.setInputFiles({ name: "friends.gif", mimeType: "image/gif", buffer: GIF });
    await press(page, "Continue");
    await expect(page.locator(".govuk-error-summary")).toContainText("The file must be a JPG or PNG");
    await expect(page.getByLabel(QUESTION, { exact: true })).toHaveValue("I drew my friends at the club.");
    await settled(page);
    await checkA11y("drawing refused");

    await page
      .getByLabel("You can send a drawing or a photo", { exact: true })
      .setInputFiles({ name: "my-friends.png", mimeType: "image/png", buffer: PNG });
    await press(page, "Continue");
    await expect(page).toHaveURL(new RegExp(`${EASY_READ}/equality-consent$`));
    await settled(page);
    await checkA11y("equality questions in Easy Read");
    await expect(
      page.getByRole("heading", { level: 1, name: "Do you want to answer some questions about you?" }),
    ).toBeVisible();
    await expect(page.getByLabel("No. Skip these questions", { exact: true })).toHaveCount(1);
    await press(page, "Skip this question");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/check-answers$`));
    await settled(page);
    await checkA11y("check answers");

    const row = page.locator(".govuk-summary-list__row").filter({ hasText: QUESTION });
    await expect(row).toContainText("I drew my friends at the club.");
    await expect(row).toContainText("Your drawing or photo: my-friends.png");
    await press(page, new RegExp(`^Change.*${QUESTION.replace("?", "\\?")}`));
    await expect(page).toHaveURL(new RegExp(`${EASY_READ}/anything-else\\?return=check-answers$`));
    await settled(page);
    await checkA11y("anything else, changing");
    await expect(page.getByTestId("drawing-sent")).toHaveText("We have your drawing or photo: my-friends.png");

    const takeAway = page.getByLabel("Take away this drawing or photo", { exact: true });
    await takeAway.focus();
    await page.keyboard.press("Space");
    await expect(takeAway).toBeChecked();
    await press(page, "Continue");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/check-answers$`));
    await settled(page);
    await checkA11y("check answers, drawing taken away");
    await expect(page.locator(".govuk-summary-list__row").filter({ hasText: QUESTION })).not.toContainText(
      "Your drawing or photo",
    );
  });
});
