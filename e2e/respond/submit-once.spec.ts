// Sending exactly once (issue #6, acceptance): a double press, the same request sent again (as
// after a network error), and the back button all end with one response and the same reference.
import { expect, test } from "../helpers/fixtures";
import {
  confirmedReference,
  emailFor,
  press,
  query,
  reachCheckAnswers,
  RESPOND,
  responsesFor,
  settled,
  type,
} from "./respond-helpers";

test.describe("sending a response once @public", () => {
  test("a double press gives one response, and the back button leads to the same reference", async ({
    page,
    checkA11y,
  }, testInfo) => {
    test.setTimeout(120_000);
    const email = emailFor("double", testInfo.project.name);
    await reachCheckAnswers(page, checkA11y);
    await type(page, "Email address (optional)", email);
    const send = page.getByRole("button", { name: "Send your response" });
    await send.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/confirmation$`));
    await settled(page);
    await checkA11y("confirmation");
    const reference = await confirmedReference(page);

    // Back to "Check your answers": without JavaScript the server sends the browser on to the
    // confirmation; with it the browser may show its copy of the page, and sending again
    // ends at the same confirmation.
    await page.goBack();
    await settled(page);
    if (/check-answers$/.test(page.url())) {
      await checkA11y("check answers from the history");
      await press(page, "Send your response");
      await expect(page).toHaveURL(new RegExp(`${RESPOND}/confirmation$`));
      await settled(page);
    }
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/confirmation$`));
    await checkA11y("confirmation after going back");
    expect(await confirmedReference(page)).toBe(reference);

    expect(await responsesFor(email)).toEqual([expect.objectContaining({ status: "SUBMITTED", reference })]);
    const receipts = await query<{ count: string }>(
      `SELECT count(*) FROM "EmailOutbox" WHERE "to" = $1 AND kind = 'response-receipt'`,
      [email],
    );
    expect(Number(receipts[0].count)).toBe(1);
  });

  test("a retry of the same send, as after a network error, finds the same response", async ({
    page,
    checkA11y,
  }, testInfo) => {
    test.setTimeout(120_000);
    const email = emailFor("retry", testInfo.project.name);
    await reachCheckAnswers(page, checkA11y);
    await type(page, "Email address (optional)", email);
    const sent = page.waitForRequest(
      (request) => request.method() === "POST" && request.url().endsWith(`${RESPOND}/check-answers`),
    );
    await press(page, "Send your response");
    const request = await sent;
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/confirmation$`));
    await settled(page);
    await checkA11y("confirmation");
    const reference = await confirmedReference(page);

    // The browser sends exactly the same request again (same cookie, same submission key),
    // as it does when the first answer was lost on the way back.
    for (let attempt = 0; attempt < 2; attempt++) {
      const retry = await page.request.fetch(request.url(), {
        method: "POST",
        headers: Object.fromEntries(
          Object.entries(await request.allHeaders()).filter(
            ([name]) => !name.startsWith(":") && name !== "content-length" && name !== "cookie",
          ),
        ),
        data: request.postDataBuffer() ?? undefined,
        maxRedirects: 0,
      });
      const redirect = retry.headers()["location"] ?? retry.headers()["x-action-redirect"] ?? "";
      expect(redirect).toContain(`${RESPOND}/confirmation`);
    }
    expect(await responsesFor(email)).toEqual([expect.objectContaining({ status: "SUBMITTED", reference })]);
  });

  test("a filled-in honeypot is refused quietly and writes nothing", async ({ page, checkA11y }, testInfo) => {
    test.setTimeout(120_000);
    const email = emailFor("bot", testInfo.project.name);
    await reachCheckAnswers(page, checkA11y);
    await type(page, "Email address (optional)", email);
    // What a bot does: fill in every field, including the one people never see.
    await page.locator("#hys-leave-empty").fill("http://spam.example", { force: true });
    const answered = page.waitForResponse(
      (response) => response.request().method() === "POST" && response.url().endsWith(`${RESPOND}/check-answers`),
    );
    await press(page, "Send your response");
    await answered;
    // Nothing is sent: "Check your answers" again, as if the page had just been reloaded.
    await page.waitForLoadState("networkidle");
    await expect(page).toHaveURL(new RegExp(`${RESPOND}/check-answers$`));
    await settled(page);
    await checkA11y("check answers after the honeypot");
    expect(await responsesFor(email)).toEqual([]);
    const sent = await query<{ count: string }>(`SELECT count(*) FROM "EmailOutbox" WHERE "to" = $1`, [email]);
    expect(Number(sent[0].count)).toBe(0);
  });
});
