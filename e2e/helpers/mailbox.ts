// Reads what the app sent through the in-process SMTP server that scripts/e2e/server.ts runs.
import path from "node:path";
import { expect } from "@playwright/test";
import { readCaughtMail, type CaughtMail } from "../../tests/support/mail-catcher";

export const E2E_MAIL_DIR = path.resolve(import.meta.dirname, "../../.data/e2e/mail");

/** Waits for a message to `to` whose subject matches, sent after `since`. */
export async function waitForMail(to: string, subject: RegExp, since = new Date(0)): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      () => {
        found = readCaughtMail(E2E_MAIL_DIR)
          .reverse()
          .find((m) => m.to.includes(to.toLowerCase()) && subject.test(m.subject) && new Date(m.receivedAt) >= since);
        return Boolean(found);
      },
      { timeout: 15_000, message: `an email to ${to} matching ${subject}` },
    )
    .toBe(true);
  return found!;
}

/** The first link in a message's text that starts with `prefix`. */
export function linkIn(mail: CaughtMail, prefix: string): string {
  const match = mail.text.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\S+`));
  if (!match) throw new Error(`No link starting ${prefix} in "${mail.subject}"`);
  return match[0];
}
