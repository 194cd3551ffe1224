// Who can open what, over HTTP against the production build. The full table of actions and
// handlers is proved in tests/integration/auth/authorisation.integration.test.ts; this checks
// the same rules survive the real server, proxy.ts and cookies.
import { expect, test } from "../helpers/fixtures";
import { createSessionToken, createStaff, SESSION_COOKIE, signInAs, type Role } from "../helpers/staff-session";

const PAGES: ReadonlyArray<{ path: string; heading: RegExp; roles: Role[] }> = [
  { path: "/staff", heading: /dashboard$/, roles: ["ADMIN", "OFFICER", "ANALYST"] },
  { path: "/staff/admin/users", heading: /^Staff accounts$/, roles: ["ADMIN"] },
  { path: "/staff/admin/users/invite", heading: /^Invite a staff member$/, roles: ["ADMIN"] },
  { path: "/staff/admin/audit", heading: /^Audit trail$/, roles: ["ADMIN"] },
];

test("anonymous visitors are sent to sign in from every staff page", async ({ page, checkA11y }) => {
  for (const { path } of PAGES) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}$`));
    await checkA11y(`sign in from ${path}`);
  }
});

for (const role of ["ADMIN", "OFFICER", "ANALYST"] as const) {
  test(`${role.toLowerCase()} sees only the staff pages their role allows`, async ({ page, checkA11y, baseURL }) => {
    await signInAs(page.context(), await createStaff(role), baseURL!);
    for (const { path, heading, roles } of PAGES) {
      await page.goto(path);
      await checkA11y(`${role} on ${path}`);
      const expected = roles.includes(role) ? heading : /^You do not have permission to view this page$/;
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected);
    }
  });
}

test("the audit download answers 401, 403 and 200 as the table says", async ({ playwright, baseURL }) => {
  // A fresh request context per call, so no cookie carries over from an earlier answer.
  const get = async (cookie?: string) => {
    const context = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {},
    });
    const response = await context.get("/staff/admin/audit/download", { maxRedirects: 0 });
    const result = { status: response.status(), location: response.headers().location, body: await response.text() };
    await context.dispose();
    return result;
  };
  const anonymous = await get();
  expect(anonymous.status).toBe(307);
  expect(anonymous.location).toMatch(/\/sign-in\?callbackUrl=%2Fstaff%2Fadmin%2Faudit%2Fdownload$/);
  // A cookie that is no longer a session gets past proxy.ts, and the handler answers 401.
  expect((await get("ended")).status).toBe(401);
  for (const [role, status] of [
    ["OFFICER", 403],
    ["ANALYST", 403],
    ["ADMIN", 200],
  ] as const) {
    const response = await get(await createSessionToken((await createStaff(role)).id));
    expect(response.status, role).toBe(status);
    if (status === 200) expect(response.body).toMatch(/^created_at,actor_email,action/);
  }
});
