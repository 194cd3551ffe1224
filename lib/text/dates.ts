// Dates are stored in UTC and shown in Europe/London, in the GOV.UK style
// ("22 November 2026", "11:59pm on 3 January 2027").
const ZONE = "Europe/London";

const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, day: "numeric", month: "long", year: "numeric" });
const dayFormat = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, weekday: "long" });
const clockFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: ZONE,
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
});
const partsFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function formatDate(d: Date): string {
  return dateFormat.format(d);
}

export function formatDayDate(d: Date): string {
  return `${dayFormat.format(d)} ${dateFormat.format(d)}`;
}

/**
 * The one time formatter, in GOV.UK style: "midnight", "midday", "9am", "12:30am", "5:30pm".
 * Built from the 24-hour London clock rather than Intl's 12-hour text, which gives "0am".
 */
export function formatTime(d: Date): string {
  const parts = clockFormat.formatToParts(d);
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0) % 24;
  const minute = Number(parts.find((p) => p.type === "minute")?.value ?? 0);
  if (minute === 0 && hour === 0) return "midnight";
  if (minute === 0 && hour === 12) return "midday";
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute === 0 ? "" : `:${String(minute).padStart(2, "0")}`}${hour < 12 ? "am" : "pm"}`;
}

export function formatDateTime(d: Date): string {
  return `${formatTime(d)} on ${formatDate(d)}`;
}

/** The London calendar date as YYYY-MM-DD. */
export function londonDay(d: Date): string {
  return partsFormat.format(d);
}

/** Whole London calendar days from `from` to `to` (0 when `to` is today). */
export function calendarDaysBetween(from: Date, to: Date): number {
  const a = Date.parse(`${londonDay(from)}T00:00:00Z`);
  const b = Date.parse(`${londonDay(to)}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

const PAST = { opens: "opened", closes: "closed" } as const;

/**
 * Tense by date, the one helper for sentences about a consultation's dates: "closed on
 * 7 March 2027" once that moment has passed, "closes on 7 March 2027" before it.
 * `withTime`: "closes at 11:59pm on 7 March 2027".
 */
export function datedWords(verb: "opens" | "closes", at: Date, now: Date, withTime = false): string {
  const word = at <= now ? PAST[verb] : verb;
  return withTime ? `${word} at ${formatDateTime(at)}` : `${word} on ${formatDate(at)}`;
}

/** "closes today", "closes tomorrow", "closes in 12 days". */
export function closesInWords(closesAt: Date, now: Date): string {
  const days = calendarDaysBetween(now, closesAt);
  if (days <= 0) return `closes today at ${formatTime(closesAt)}`;
  if (days === 1) return "closes tomorrow";
  return `closes in ${days} days`;
}

/** Whole weeks and days of an open period, for the Gunning "adequate time" evidence. */
export function durationInWords(opensAt: Date, closesAt: Date): string {
  const days = calendarDaysBetween(opensAt, closesAt);
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  const parts = [
    weeks ? `${weeks} week${weeks === 1 ? "" : "s"}` : "",
    rest ? `${rest} day${rest === 1 ? "" : "s"}` : "",
  ];
  return parts.filter(Boolean).join(" and ") || "less than a day";
}
