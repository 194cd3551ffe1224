// Inputs to staff administration and the audit trail filters.
import { z } from "@/lib/zod";
import { ROLES } from "@/lib/permissions/permissions";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { zStaffEmail } from "./auth";

const ZRole = z.enum(ROLES, { error: "Select a role" });
const ZUserId = z.string({ error: "Choose a staff member" }).trim().min(1, { error: "Choose a staff member" }).max(64);

export const ZStaffInviteSchema = z.object({
  name: z
    .string({ error: "Enter their full name" })
    .trim()
    .min(1, { error: "Enter their full name" })
    .max(100, { error: "Full name must be 100 characters or fewer" }),
  email: zStaffEmail("their"),
  role: ZRole,
});
export type TStaffInvite = z.infer<typeof ZStaffInviteSchema>;

/**
 * `npm run staff:add -- --email … --name … --role ADMIN` (issue #19): an invitation's fields,
 * given on the command line, where the role is typed (any case) rather than chosen.
 */
export const ZStaffAddCommandSchema = ZStaffInviteSchema.extend({
  role: z
    .string({ error: "Give a role: ADMIN, OFFICER or ANALYST" })
    .trim()
    .toUpperCase()
    .pipe(z.enum(ROLES, { error: "The role must be ADMIN, OFFICER or ANALYST" })),
});
export type TStaffAddCommand = z.infer<typeof ZStaffAddCommandSchema>;

export const ZStaffRoleChangeSchema = z.object({ userId: ZUserId, role: ZRole });
export type TStaffRoleChange = z.infer<typeof ZStaffRoleChangeSchema>;

/** Deactivate and reactivate take only the account. */
export const ZStaffAccountSchema = z.object({ userId: ZUserId });
export type TStaffAccount = z.infer<typeof ZStaffAccountSchema>;

const LONDON = "Europe/London";
const wallClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
});

/** The instant London's clocks show midnight at the start of the given day. */
export function londonStartOfDay(year: number, month: number, day: number): Date {
  const guess = Date.UTC(year, month - 1, day);
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(guess)).map((p) => [p.type, Number(p.value)]));
  const shown = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  // UK clocks change at 1am or 2am, so midnight always exists exactly once.
  return new Date(guess - (shown - guess));
}

/** A GOV.UK date input's three parts; all empty means "no date". */
function zDateParts(label: string) {
  const part = z.string().trim().optional().default("");
  return z.object({ day: part, month: part, year: part }).transform((value, ctx) => {
    if (!value.day && !value.month && !value.year) return undefined;
    const [day, month, year] = [Number(value.day), Number(value.month), Number(value.year)];
    const valid =
      [value.day, value.month, value.year].every((v) => /^\d+$/.test(v)) &&
      year >= 2000 &&
      year <= 2100 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (!valid) {
      ctx.addIssue({ code: "custom", message: `${label} must be a real date, like 27 3 2026` });
      return z.NEVER;
    }
    return { year, month, day };
  });
}

const DAY_MS = 86_400_000;

/**
 * The audit page's filters, read from the query string: person, action, date from and to
 * (inclusive, London days) and page. Unknown values are errors rather than silently ignored.
 */
export const ZAuditFilterSchema = z
  .object({
    person: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((v) => v || undefined),
    action: z
      .string()
      .optional()
      .transform((v) => v || undefined)
      .pipe(z.enum(AUDIT_ACTIONS, { error: "Select an action from the list" }).optional()),
    from: zDateParts("Date from"),
    to: zDateParts("Date to"),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  })
  .transform((value, ctx) => {
    const from = value.from && londonStartOfDay(value.from.year, value.from.month, value.from.day);
    // "To" includes the whole day: up to the start of the next London day.
    const to = value.to && londonStartOfDay(value.to.year, value.to.month, value.to.day + 1);
    if (from && to && to.getTime() - from.getTime() < DAY_MS / 2) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "Date to must be the same as or after date from" });
      return z.NEVER;
    }
    return { actorId: value.person, action: value.action, from, to, page: value.page };
  });

export type TAuditFilter = z.output<typeof ZAuditFilterSchema>;

/** Turns the audit page's query string into the schema's input shape. */
export function auditFilterInput(query: Readonly<Record<string, string | string[] | undefined>>) {
  const one = (key: string) => {
    const value = query[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const date = (prefix: string) => ({
    day: one(`${prefix}-day`),
    month: one(`${prefix}-month`),
    year: one(`${prefix}-year`),
  });
  return { person: one("person"), action: one("action"), from: date("from"), to: date("to"), page: one("page") };
}
