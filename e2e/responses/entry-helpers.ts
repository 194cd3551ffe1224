// Assisted entry from the keyboard, shared by the assisted-entry and acceptance specs.
import type { Page } from "@playwright/test";
import { expect } from "../helpers/fixtures";
import { choose, press, settled, type } from "../respond/respond-helpers";

export async function typeDate(page: Page, legend: string, d: Date) {
  const group = page.getByRole("group", { name: legend });
  for (const [label, value] of [
    ["Day", d.getUTCDate()],
    ["Month", d.getUTCMonth() + 1],
    ["Year", d.getUTCFullYear()],
  ] as const) {
    await group.getByLabel(label).focus();
    await page.keyboard.insertText(String(value));
  }
}

/** Details, the first questionnaire page, then straight to "Check the answers" and "Save response". */
export async function enterResponse(
  page: Page,
  checkA11y: (label?: string) => Promise<void>,
  id: string,
  channel: "Paper" | "Phone",
  organisation?: string,
): Promise<string> {
  await page.goto(`/staff/consultations/${id}/responses`);
  await checkA11y("response list");
  await press(page, "Enter a response");
  await expect(page.getByRole("heading", { name: "Enter a response" })).toBeVisible();
  await settled(page);
  await checkA11y(`${channel} details`);
  await choose(page, "Standard");
  await choose(page, channel);
  await typeDate(page, "Date received", new Date());
  await choose(
    page,
    channel === "Paper" ? "By the person themselves" : "By an advocate or someone else on their behalf",
  );
  if (organisation) {
    await type(page, "Organisation it was sent on behalf of (optional)", organisation);
    await choose(page, "Yes");
  }
  await press(page, "Continue");
  await expect(page).toHaveURL(/\/answers\/about-you$/);
  await settled(page);
  await checkA11y(`${channel} about you`);
  await choose(page, "A professional in education, health or social care");
  await press(page, "Continue");
  await expect(page).toHaveURL(/\/answers\/vision$/);
  await settled(page);
  await checkA11y(`${channel} vision`);
  await page.goto(page.url().replace(/\/answers\/vision$/, "/check-answers"));
  await checkA11y(`${channel} check answers`);
  await press(page, "Save response");
  await expect(page.getByRole("heading", { name: "Response saved" })).toBeVisible();
  await checkA11y(`${channel} saved`);
  const reference = (await page.locator(".govuk-panel__body").textContent())?.replace("Reference", "").trim() ?? "";
  expect(reference).toMatch(/^[A-Z0-9]+-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  return reference;
}
