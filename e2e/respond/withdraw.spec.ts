// The receipt email's link: view the response, then withdraw it (issue #6, acceptance).
import { expect, test } from "../helpers/fixtures";
import { linkIn, waitForMail } from "../helpers/mailbox";
import {
  confirmedReference,
  emailFor,
  follow,
  press,
  reachCheckAnswers,
  RESPOND,
  responsesFor,
  settled,
  type,
} from "./respond-helpers";

test.describe("withdrawing a response @public", () => {
  test("withdraws through the link in the receipt email", async ({ page, checkA11y }, testInfo) => {
    test.setTimeout(120_000);
    const email = emailFor("withdraw", testInfo.project.name);
    const since = new Date();
    await reachCheckAnswers(page, checkA11y);
    await type(page, "Email address (optional)", email);
    await press(page, "Send your response");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/confirmation$`));
    await settled(page);
    await checkA11y("confirmation");
    const reference = await confirmedReference(page);

    const receipt = await waitForMail(email, /^Your response to /, since);
    await page.goto(linkIn(receipt, `${new URL(page.url()).origin}${RESPOND}/receipt/`));
    await checkA11y("receipt");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your response");
    await expect(page.locator(".govuk-summary-list").first()).toContainText(reference);
    await expect(page.getByText("A professional in education, health or social care")).toBeVisible();

    await press(page, "Withdraw your response");
    await expect(page).toHaveURL(/\/withdraw$/);
    await settled(page);
    await checkA11y("withdraw");
    await press(page, "Yes, withdraw my response");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You withdrew your response");
    await settled(page);
    await checkA11y("withdrawn");
    await expect(page.getByText(`You withdrew response ${reference}`)).toBeVisible();

    expect(await responsesFor(email)).toEqual([
      expect.objectContaining({ status: "WITHDRAWN", reference, revisions: ["WITHDRAWN"] }),
    ]);
    const confirmation = await waitForMail(email, /^You withdrew your response/, since);
    expect(confirmation.text).toContain(reference);

    // Back on the consultation, a new response can still be started.
    await follow(page, "send a new response");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}$`));
    await settled(page);
    await checkA11y("start page after withdrawing");
  });
});
