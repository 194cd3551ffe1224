// The `test` every spec uses. It records each page the browser lands on and fails the test
// if any of them was not checked with axe: "an axe check on every page an e2e test visits".
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import { DEFAULT_COUNCIL_NAME, E2E_COUNCIL_NAME } from "./council-name";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * axe runs as page script, which a JavaScript-disabled page cannot run. So the page's server
 * HTML is replayed in a scripting context with the app's own scripts blocked: axe then sees
 * exactly what a visitor without JavaScript gets.
 */
async function analyseWithoutScripts(browser: Browser, page: Page) {
  const html = await page.content();
  const context = await browser.newContext({ javaScriptEnabled: true, baseURL: page.url() });
  try {
    const replay = await context.newPage();
    await replay.route("**/*", (route) => {
      const request = route.request();
      if (request.url() === page.url() && request.resourceType() === "document") {
        return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
      }
      return request.resourceType() === "script" ? route.abort() : route.continue();
    });
    await replay.goto(page.url());
    return await new AxeBuilder({ page: replay }).withTags(WCAG_TAGS).analyze();
  } finally {
    await context.close();
  }
}

/** Every page names the e2e server's council (COUNCIL_NAME), never the default one (issue #18). */
async function expectOurCouncilOnly(page: Page, label: string): Promise<void> {
  const title = await page.title();
  const description =
    (await page
      .locator('meta[name="description"]')
      .first()
      .getAttribute("content")
      .catch(() => null)) ?? "";
  const chrome = `${title}\n${description}\n${await page.locator("header, footer").allInnerTexts()}`;
  expect(chrome, `the title, header, footer and description of ${label} name no other council`).not.toContain(
    "Buckinghamshire",
  );
  expect(await page.locator("body").innerText(), `${label} never says "${DEFAULT_COUNCIL_NAME}"`).not.toContain(
    DEFAULT_COUNCIL_NAME,
  );
  // Pages without the site header (the global error page) have nothing here to name.
  if ((await page.locator("header.govuk-template__header").count()) > 0) {
    await expect(page.locator("header.govuk-template__header"), `the header of ${label}`).toContainText(
      E2E_COUNCIL_NAME,
    );
  }
}

type Fixtures = { checkA11y: (label?: string) => Promise<void> };

const keyOf = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

export const test = base.extend<Fixtures>({
  checkA11y: [
    async ({ page, browser, javaScriptEnabled, baseURL }, use) => {
      const visited = new Set<string>();
      const checked = new Set<string>();
      // Our pages only: another site on the way (the identity provider's sign-in) is not ours to fix.
      const ours = (url: string) => !baseURL || new URL(url).origin === new URL(baseURL).origin;
      const onNavigate = (frame: import("@playwright/test").Frame) => {
        if (frame === page.mainFrame() && frame.url().startsWith("http") && ours(frame.url())) visited.add(keyOf(page));
      };
      page.on("framenavigated", onNavigate);
      // Content-Security-Policy (issue #15): the browser reports each blocked script, style, frame
      // or form target on the console, with JavaScript on or off; none may happen on any journey.
      const cspViolations: string[] = [];
      const onConsole = (message: import("@playwright/test").ConsoleMessage) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
      };
      page.on("console", onConsole);
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(async (label) => {
        await page.waitForLoadState("load");
        // Next streams a page's metadata, and after a client-side navigation it sets the new
        // <title> a moment after the content: wait for it, so axe judges the page as it settles.
        // A page with no title at all still fails here, and axe checks the title itself.
        await expect
          .poll(() => page.title(), { message: `the page has a title (${label ?? page.url()})` })
          .not.toBe("");
        const results = javaScriptEnabled
          ? await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
          : await analyseWithoutScripts(browser, page);
        // No exceptions: GOV.UK Frontend's aria-expanded on conditional radios was let through
        // here until issue #17 took it off (components/govuk/client/govuk-frontend-init.tsx).
        const summary = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        );
        expect(summary, `axe violations on ${label ?? page.url()}`).toEqual([]);
        await expectOurCouncilOnly(page, label ?? page.url());
        checked.add(keyOf(page));
      });
      page.off("framenavigated", onNavigate);
      page.off("console", onConsole);
      expect(cspViolations, "Content-Security-Policy violations").toEqual([]);
      const unchecked = [...visited].filter((v) => !checked.has(v));
      expect(unchecked, "pages visited without an axe check").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
