// Keyboard measures for the accessibility specs (issue #17): where the first Tab lands on a
// page just reached, and how many Tab presses it takes to reach a page's first form control
// and its primary button, counted the way a keyboard user meets them.
import type { Page } from "@playwright/test";

/** The page's primary button: "Start", "Continue", "Send your response" and the like. */
export const PRIMARY_BUTTON = "main .govuk-button:not(.govuk-button--secondary):not(.govuk-button--warning)";
const CONTROL = "main input:not([type=hidden]), main select, main textarea";

/** What has focus, in words a failing assertion can show. */
export async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return "the page";
    const text = (element.textContent ?? "").trim() || element.getAttribute("name") || element.id;
    return `${element.tagName.toLowerCase()}.${element.classList[0] ?? ""} "${text.slice(0, 40)}"`;
  });
}

export type TTabCounts = { firstStop: string; toFirstControl: number | undefined; toPrimaryButton: number | undefined };

/**
 * Presses Tab from wherever the page put focus when it arrived, until the primary button has
 * it (or `limit` presses), noting the first stop and when a form control first had focus.
 * Leaves focus on the primary button.
 */
export async function countTabs(page: Page, limit = 150): Promise<TTabCounts> {
  const counts: TTabCounts = { firstStop: "", toFirstControl: undefined, toPrimaryButton: undefined };
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (presses === 1) counts.firstStop = await focusedElement(page);
    const reached = await page.evaluate(
      ([button, control]) =>
        document.activeElement?.matches(button) ? "button" : document.activeElement?.matches(control) ? "control" : "",
      [PRIMARY_BUTTON, CONTROL],
    );
    if (reached === "control") counts.toFirstControl ??= presses;
    if (reached === "button") {
      counts.toPrimaryButton = presses;
      return counts;
    }
  }
  return counts;
}
