// Staff administration end to end: an admin invites an officer (the invitation is emailed),
// the officer signs in, a role change applies at once, deactivation ends their session at
// once and stops new links, and the audit page shows every step.
import { linkIn, waitForMail } from "../helpers/mailbox";
import { expect, test } from "../helpers/fixtures";
import { auditEvents, createStaff, signInAs, uniqueEmail } from "../helpers/staff-session";

test("invite, sign in, change role, deactivate, and see it all in the audit trail", async ({
  page,
  checkA11y,
  browser,
  baseURL,
}) => {
  const admin = await createStaff("ADMIN");
  await signInAs(page.context(), admin, baseURL!);

  await page.goto("/staff/admin/users");
  await checkA11y("staff accounts");
  await page.getByRole("button", { name: "Invite a staff member" }).click();
  await expect(page).toHaveURL(/\/staff\/admin\/users\/invite$/);
  await checkA11y("invite");

  // Nothing filled in: one error per field, linked, and an "Error:" title.
  await page.getByRole("button", { name: "Send invitation" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  for (const message of ["Enter their full name", "Enter their email address", "Select a role"])
    await expect(summary.getByRole("link", { name: message })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Invite a staff member/);
  await checkA11y("invite with errors");

  const email = uniqueEmail("invitee");
  const since = new Date();
  await page.getByLabel("Full name").fill("Ola Invited");
  await page.getByLabel("Work email address").fill(email);
  await page.getByLabel("Officer").check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page).toHaveURL(/\/staff\/admin\/users\/[^/?]+\?done=invited$/);
  await checkA11y("invited");
  await expect(page.getByText("Invitation sent")).toBeVisible();
  const memberUrl = page.url().replace(/\?.*$/, "");
  const invitation = await waitForMail(email, /invited to Have Your Say/, since);
  expect(invitation.text).toContain(`${baseURL}/sign-in`);

  // The invited officer signs in through the real emailed link, in their own browser.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await officer.goto("/sign-in");
  await officer.getByLabel("Email address").fill(email);
  const asked = new Date();
  await officer.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(officer).toHaveURL(/\/check-your-email$/);
  await officer.goto(linkIn(await waitForMail(email, /sign-in link/, asked), `${baseURL}/api/auth/callback/email`));
  await expect(officer.getByRole("heading", { level: 1, name: "Officer dashboard" })).toBeVisible();

  // A role change applies to their existing session.
  await page.goto(`${memberUrl}/role`);
  await checkA11y("change role");
  await page.getByLabel("Analyst").check();
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page).toHaveURL(/\?done=role$/);
  await checkA11y("role changed");
  await officer.reload();
  await expect(officer.getByRole("heading", { level: 1, name: "Analyst dashboard" })).toBeVisible();

  // Deactivating ends their session at once, and they cannot get a new link.
  await page.goto(`${memberUrl}/status`);
  await checkA11y("deactivate");
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page).toHaveURL(/\?done=deactivated$/);
  await checkA11y("deactivated");
  await expect(page.getByText("Account deactivated. They have been signed out.")).toBeVisible();
  await officer.reload();
  await expect(officer).toHaveURL(/\/sign-in\?callbackUrl=%2Fstaff$/);
  const refused = new Date();
  await officer.getByLabel("Email address").fill(email);
  await officer.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(officer).toHaveURL(/\/check-your-email$/);
  await expect(waitForMail(email, /sign-in link/, refused)).rejects.toThrow();
  await officerContext.close();

  // Each change wrote exactly one audit event, and the audit page shows them.
  const memberId = memberUrl.split("/").at(-1)!;
  for (const action of ["staff.invite", "staff.roleChange", "staff.deactivate", "auth.signIn"]) {
    expect(await auditEvents(action, memberId), action).toHaveLength(1);
  }
  await page.goto("/staff/admin/audit");
  await checkA11y("audit trail");
  for (const [label, detail] of [
    ["Invited a staff member", `Invited ${email} as officer`],
    ["Changed a role", `${email}: Officer to Analyst`],
    ["Deactivated an account", `Deactivated ${email}; ended 1 session`],
  ]) {
    await page.getByLabel("Action").selectOption({ label });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/staff\/admin\/audit\?/);
    await checkA11y(`audit: ${label}`);
    await expect(page.getByRole("table")).toContainText(detail);
  }
  await page.getByLabel("Action").selectOption({ label: "Signed in" });
  await page.getByLabel("Person").selectOption({ label: `Ola Invited (${email})` });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await checkA11y("audit: officer's sign-in");
  await expect(page.getByRole("table")).toContainText("Signed in with an emailed link");
});

test("audit filters explain bad dates, and pages hold 25 events", async ({ page, checkA11y, baseURL }) => {
  const admin = await createStaff("ADMIN");
  await signInAs(page.context(), admin, baseURL!);
  await page.goto("/staff/admin/audit?from-day=31&from-month=2&from-year=2026");
  await checkA11y("audit with a bad date");
  await expect(page).toHaveTitle(/^Error: Audit trail/);
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "There is a problem" })
      .getByRole("link", { name: "Date from must be a real date, like 27 3 2026" }),
  ).toHaveAttribute("href", "#from-day");
});
