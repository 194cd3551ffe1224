// Europe/London wall-clock times to UTC instants, with Intl only (no date library). Seeded
// events and closing dates are given in local time ("09:00", "23:59"), and the offset is +1
// in summer (BST) and 0 in winter (GMT), so a fixed offset would be wrong half the year.

export type CalendarDate = { year: number; month: number; day: number };

const LONDON = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function londonParts(instant: Date): Record<"year" | "month" | "day" | "hour" | "minute" | "second", number> {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of LONDON.formatToParts(instant)) {
    if (part.type in out) out[part.type as keyof typeof out] = Number(part.value);
  }
  return out;
}

/** London's offset from UTC, in milliseconds, at an instant. */
function londonOffsetMs(ms: number): number {
  const wholeSeconds = ms - (((ms % 1000) + 1000) % 1000);
  const p = londonParts(new Date(wholeSeconds));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - wholeSeconds;
}

/** The calendar date in London at an instant (near midnight UTC this can differ from the UTC date). */
export function londonDate(instant: Date): CalendarDate {
  const p = londonParts(instant);
  return { year: p.year, month: p.month, day: p.day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The UTC instant of a London wall-clock time ("HH:MM", 24-hour) on a calendar date. */
export function londonTime(date: CalendarDate, hhmm: string): Date {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new Error(`Expected a time like "09:30", got "${hhmm}"`);
  const naive = Date.UTC(date.year, date.month - 1, date.day, Number(match[1]), Number(match[2]));
  // Two passes: the first guess can sit on the other side of a clock change.
  const first = naive - londonOffsetMs(naive);
  return new Date(naive - londonOffsetMs(first));
}
