// Rules for changing a live consultation's dates (issue #4 §2). Pure, so the service and the
// tests agree on them; the service records each change in the audit trail and the public log.
import { consultationStatus, type LifecycleFields } from "./status";
import { formatDateTime } from "@/lib/text/dates";

export type TLifecycleCheck = { ok: true } | { ok: false; field: string; message: string };

/** A closing date can only move later, and only while the consultation has not closed. */
export function checkExtension(c: LifecycleFields, newClosesAt: Date, now: Date): TLifecycleCheck {
  const status = consultationStatus(c, now);
  if (status !== "open" && status !== "scheduled")
    return { ok: false, field: "closes", message: "You can only extend a consultation that is open or opening soon." };
  if (newClosesAt <= c.closesAt)
    return { ok: false, field: "closes", message: `The new closing date must be after ${formatDateTime(c.closesAt)}.` };
  return { ok: true };
}

/** Closing early needs a reason and an open consultation. */
export function checkCloseEarly(c: LifecycleFields, reason: string, now: Date): TLifecycleCheck {
  if (consultationStatus(c, now) !== "open")
    return { ok: false, field: "reason", message: "You can only close a consultation early while it is open." };
  if (!reason.trim()) return { ok: false, field: "reason", message: "Enter the reason for closing early." };
  return { ok: true };
}

/** The outcome can be published once the consultation has closed. */
export function canPublishOutcome(c: LifecycleFields, now: Date): boolean {
  return consultationStatus(c, now) === "closed";
}

export const extensionNote = (closesAt: Date) => `Closing date extended to ${formatDateTime(closesAt)}.`;
export const closedEarlyNote = (at: Date, reason: string) => `Closed early on ${formatDateTime(at)}: ${reason}`;
