// The real emailed-link journey (issue #3 acceptance): ask for a link, read it from the
// in-process SMTP server, sign in, see the role's dashboard, sign out. Plus the neutral answer
// for unknown addresses and the clear pages for bad input and unusable links.
// @public: the sign-in journey also runs with JavaScript turned off.
import { linkIn, waitForMail } from "../helpers/mailbox";
import { expect, test } from "../helpers/fixtures";
import { createStaff, withDatabase, type Role } from "../helpers/staff-session";

const DASHBOARDS: Record<Role, string> = {
  ADMIN: "Administrator dashboard",
  OFFICER: "Officer dashboard",
  ANALYST: "Analyst dashboard",
};

for (const role of ["OFFICER", "ANALYST", "ADMIN"] as const) {
  test(`${role.toLowerCase()} signs in with an emailed link and signs out @public`, async ({
    page,
    checkA11y,
    baseURL,
  }) => {
    const account = await createStaff(role);
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff$/);
    await checkA11y("sign in");
    const since = new Date();
    await page.getByLabel("Email address").fill(account.email.toUpperCase());
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/check-your-email$/);
    await checkA11y("check your email");
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

    const mail = await waitForMail(account.email, /sign-in link/, since);
    const link = linkIn(mail, `${baseURL}/api/auth/callback/email`);
    await page.goto(link);
    await expect(page).toHaveURL(/\/staff$/);
    await checkA11y(`${role} dashboard`);
    await expect(page.getByRole("heading", { level: 1, name: DASHBOARDS[role] })).toBeVisible();
    await expect(page.getByText(`Signed in as ${account.name}`)).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signed-out$/);
    await checkA11y("signed out");
    const sessions = await withDatabase(
      async (c) =>
        (await c.query(`SELECT count(*)::int AS n FROM "Session" WHERE "userId" = $1`, [account.id])).rows[0].n,
    );
    expect(sessions).toBe(0);
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff$/);
    await checkA11y("sign in again");

    // The link was single-use.
    await page.goto(link);
    await expect(page).toHaveURL(/\/sign-in\/problem\?error=Verification$/);
    await checkA11y("used link");
    await expect(
      page.getByRole("heading", { level: 1, name: "This sign-in link has expired or has already been used" }),
    ).toBeVisible();
  });
}

test("an unknown address gets the same answer and no email @public", async ({ page, checkA11y }) => {
  const stranger = `nobody-${Date.now()}@example.com`;
  await page.goto("/sign-in");
  await checkA11y("sign in");
  const since = new Date();
  await page.getByLabel("Email address").fill(stranger);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/check-your-email$/);
  await checkA11y("check your email");
  await expect(waitForMail(stranger, /./, since)).rejects.toThrow();
});

test("a malformed address is explained and nothing is sent @public", async ({ page, checkA11y }) => {
  await page.goto("/sign-in");
  await checkA11y("sign in");
  await page.getByLabel("Email address").fill("officer@council");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(
    summary.getByRole("link", { name: "Enter an email address in the correct format, like name@example.com" }),
  ).toHaveAttribute("href", "#email");
  await expect(page).toHaveTitle(/^Error: Sign in/);
  await expect(page).toHaveURL(/\/sign-in/);
  await checkA11y("sign in with an error");
});

test("a tampered or made-up link gets a clear page and no session", async ({ page, checkA11y, baseURL, context }) => {
  const params = new URLSearchParams({
    callbackUrl: `${baseURL}/staff`,
    token: "0".repeat(64),
    email: "officer@council.example",
  });
  await page.goto(`/api/auth/callback/email?${params}`);
  await expect(page).toHaveURL(/\/sign-in\/problem\?error=Verification$/);
  await checkA11y("bad link");
  await expect(page.getByRole("button", { name: "Ask for a new link" })).toHaveAttribute("href", "/sign-in");
  expect((await context.cookies()).some((c) => c.name.includes("session"))).toBe(false);
});
