// Officers type dates as London calendar days; we store UTC instants. London is UTC+0 in
// winter and UTC+1 in summer, so the offset is looked up for the day rather than assumed.
const offsetFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" });

/** Minutes London is ahead of UTC at `instant` (0 or 60). */
export function londonOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/** The UTC instant of a London wall-clock time. Returns null for impossible dates (31 June). */
export function londonToUtc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date | null {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // Two passes settle the offset even on the days the clocks change.
  let guess = asUtc - londonOffsetMinutes(new Date(asUtc)) * 60_000;
  guess = asUtc - londonOffsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess);
}

/** Day, month and year of an instant in London, as strings for a GOV.UK date input. */
export function londonDateParts(instant: Date): { day: string; month: string; year: string } {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  })
    .format(instant)
    .split("-");
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** A consultation opens at the start of its first London day… */
export const startOfLondonDay = (y: number, m: number, d: number) => londonToUtc(y, m, d, 0, 0, 0);
/** …and closes at 11:59pm on its last, the time the public pages state. */
export const endOfLondonDay = (y: number, m: number, d: number) => londonToUtc(y, m, d, 23, 59, 0);
