// GOV.UK Frontend derives every related id from the field id; keeping the rules in one
// place means error summary links and aria-describedby always agree with the markup.

/** The id of a field: an explicit id wins, otherwise the field name (as the macros do). */
export const fieldId = (name: string, id?: string): string => id || name;

export const hintId = (id: string): string => `${id}-hint`;
export const errorId = (id: string): string => `${id}-error`;

/**
 * Id of the nth item (1-based) of a radios or checkboxes group. The first item has no
 * suffix so the error summary can link to it with just the field name.
 */
export const itemId = (idPrefix: string, index: number): string => (index > 1 ? `${idPrefix}-${index}` : idPrefix);

/** Id of one part of a date input, for example `dateId("start", "day")` is `start-day`. */
export const dateFieldId = (id: string, part: "day" | "month" | "year"): string => `${id}-${part}`;

/** Join ids for aria-describedby; undefined when empty so no empty attribute is rendered. */
export const joinIds = (...ids: ReadonlyArray<string | false | null | undefined>): string | undefined => {
  const joined = ids.filter(Boolean).join(" ").trim();
  return joined || undefined;
};

type Description = Readonly<{ hintId?: string; errorId?: string; describedBy?: string }>;

/**
 * Ids for a field's hint and error, and the aria-describedby value in GOV.UK order:
 * any existing describedBy, then the hint, then the error.
 */
export const describeField = (
  id: string,
  options: Readonly<{ hasHint: boolean; hasError: boolean; describedBy?: string }>,
): Description => {
  const hint = options.hasHint ? hintId(id) : undefined;
  const error = options.hasError ? errorId(id) : undefined;
  return { hintId: hint, errorId: error, describedBy: joinIds(options.describedBy, hint, error) };
};
