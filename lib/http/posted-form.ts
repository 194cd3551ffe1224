// The one reader of posted form data, for server actions and route handlers alike. A field
// posted more than once (checkbox groups) keeps every value; forms that only need one value per
// field take the first or the last. The last is what our "hidden default, then checkbox"
// pairs rely on, as most servers do.
import type { TFormValues } from "@/lib/questionnaire/forms/form-data";

/** Posted values by name, checkbox groups as lists, without React's own $ACTION_* fields or files. */
export function postedValues(formData: FormData): TFormValues {
  const values: TFormValues = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const existing = values[name];
    values[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return values;
}

const pick = (formData: FormData, which: (list: string[]) => string): Record<string, string> =>
  Object.fromEntries(
    Object.entries(postedValues(formData)).map(([name, value]) => [name, Array.isArray(value) ? which(value) : value]),
  );

/** The first value of each field, for schemas of simple forms. */
export const firstValues = (formData: FormData) => pick(formData, (list) => list[0]);

/** The last value of each field. */
export const lastValues = (formData: FormData) => pick(formData, (list) => list[list.length - 1]);
