// Staff sign in through the council's identity provider (issue #20): a real OpenID Connect
// provider (scripts/e2e/server.ts) with its own login and consent pages. "Sign in with …",
// the provider, the callback, the officer's dashboard (the account is created from the
// groups claim), sign-out here and then at the provider. axe checks every page of ours.
import { expect, test } from "../helpers/fixtures";
import { E2E_OIDC_ACCOUNT_NAME, E2E_OIDC_PEOPLE } from "../helpers/identity-provider";
import { withDatabase } from "../helpers/staff-session";

const LOGIN = "e2e-oidc-officer";
const person = E2E_OIDC_PEOPLE[LOGIN];

test("an officer in the mapped group signs in with the council's account and signs out", async ({
  page,
  checkA11y,
  baseURL,
}) => {
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff$/);
  await checkA11y("sign in with both methods");
  await page.getByRole("button", { name: `Sign in with ${E2E_OIDC_ACCOUNT_NAME}` }).click();

  // The provider's own pages: sign in, then agree to share the claims with the app.
  await expect(page).not.toHaveURL(new RegExp(`^${baseURL}`));
  await page.locator('input[name="login"]').fill(LOGIN);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page).toHaveURL(`${baseURL}/staff`);
  await checkA11y("officer dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Officer dashboard" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${person.name}`)).toBeVisible();
  const account = await withDatabase(
    async (c) =>
      (await c.query(`SELECT "id", "role"::text AS "role", "active" FROM "User" WHERE "email" = $1`, [person.email]))
        .rows[0] as { id: string; role: string; active: boolean },
  );
  expect(account).toMatchObject({ role: "OFFICER", active: true });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signed-out$/);
  await checkA11y("signed out, offered the provider's sign-out");
  const sessions = await withDatabase(
    async (c) =>
      (await c.query(`SELECT count(*)::int AS n FROM "Session" WHERE "userId" = $1`, [account.id])).rows[0].n,
  );
  expect(sessions).toBe(0);

  // Leaving the provider's session too: its confirmation page, then back to ours.
  await page.getByRole("link", { name: `Sign out of ${E2E_OIDC_ACCOUNT_NAME} as well` }).click();
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(page).toHaveURL(`${baseURL}/signed-out`);
  await checkA11y("signed out of both");
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff$/);
});
