// react-hook-form's resolvers return errors nested by issue path ({ grid: { statement: {…} } },
// { ranking: [{…}] }). The GOV.UK error summary needs one message per HTML field, in page
// order, so the nesting is walked back into paths and each path mapped to its field.
import type { TQuestion } from "@/lib/questionnaire/definition/definition";
import { fieldNameForIssue, fieldNamesFor } from "@/lib/questionnaire/forms/field-names";

export type TIssue = { path: (string | number)[]; message: string };

const META_KEYS = new Set(["message", "type", "ref", "types", "root"]);

/** Every message in a nested error object, with the path that leads to it. */
export function flattenResolverErrors(errors: unknown, path: (string | number)[] = []): TIssue[] {
  if (errors === null || typeof errors !== "object") return [];
  const node = errors as Record<string, unknown>;
  const own = typeof node.message === "string" && node.message !== "" ? [{ path, message: node.message }] : [];
  const children = Object.entries(node)
    .filter(([key]) => !META_KEYS.has(key))
    .flatMap(([key, child]) => flattenResolverErrors(child, [...path, Array.isArray(errors) ? Number(key) : key]));
  return [...own, ...children];
}

/** Issues from a questionnaire page's schema as field name → first message, in the page's field order. */
export function answerFieldErrors(questions: readonly TQuestion[], issues: readonly TIssue[]): Record<string, string> {
  const byKey = new Map(questions.map((q) => [q.key, q] as const));
  const found = new Map<string, string>();
  for (const { path, message } of issues) {
    const [questionKey, ...rest] = path;
    const question = byKey.get(String(questionKey));
    const field = question ? fieldNameForIssue(question, rest) : String(questionKey);
    if (!found.has(field)) found.set(field, message);
  }
  const order = questions.flatMap((q) => [q.key, ...fieldNamesFor(q)]);
  const rank = (field: string) => (order.indexOf(field) === -1 ? order.length : order.indexOf(field));
  return Object.fromEntries([...found].sort(([a], [b]) => rank(a) - rank(b)));
}

/** Issues from a flat form's schema (one field per key) as field name → first message. */
export function flatFieldErrors(issues: readonly TIssue[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const { path, message } of issues) found[String(path[0] ?? "")] ??= message;
  return found;
}
