// Problems in a questionnaire definition, named by where they are, for the builder's publish
// checks and for JSON import (issue #5: "errors that name the path").
import { z } from "@/lib/zod";

/** One problem a publish rule found: where it is, and what to tell the officer. */
export type TRuleIssue = { path: PropertyKey[]; message: string };

export type TDefinitionIssue = { path: string; message: string };

/** ["sections", 1, "questions", 3, "key"] → "sections[1].questions[3].key". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === "number") return `${out}[${part}]`;
    const name = String(part);
    return out === "" ? name : `${out}.${name}`;
  }, "");
}

const NOUNS: Record<string, string> = {
  sections: "page",
  questions: "question",
  options: "option",
  statements: "statement",
  conditions: "condition",
  values: "value",
};

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

const plural = (noun: string, n: number): string => (n === 1 ? noun : `${noun}s`);

/**
 * Plain English for zod's built-in messages. Passed to safeParse as the per-parse error map,
 * which zod consults only where a schema has no message of its own, so the messages written
 * into definition.ts ("Add at least 2 options") win.
 */
export function plainZodMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const last = issue.path?.at(-1);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "This is missing";
      return `Expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "array") {
        const noun = typeof last === "string" && NOUNS[last] ? NOUNS[last] : "item";
        return `Add at least ${issue.minimum} ${plural(noun, Number(issue.minimum))}`;
      }
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? "This cannot be empty" : `Use at least ${issue.minimum} characters`;
      return `Use ${issue.minimum} or more`;
    case "too_big":
      if (issue.origin === "string") return `Use no more than ${issue.maximum} characters`;
      return `Use ${issue.maximum} or less`;
    case "invalid_union":
      if ("discriminator" in issue && typeof issue.discriminator === "string") {
        // zod reports the whole object; the officer needs the value of the field at fault.
        const input = issue.input as Record<string, unknown> | undefined;
        const value = input && typeof input === "object" ? input[issue.discriminator] : input;
        const allowed = `Use one of: ${(issue as { options?: unknown[] }).options?.join(", ")}`;
        return value === undefined
          ? `Give a ${issue.discriminator}. ${allowed}`
          : `Unknown ${issue.discriminator} ${JSON.stringify(value)}. ${allowed}`;
      }
      return "This does not match any allowed shape";
    case "invalid_value":
      return `Use one of: ${issue.values.map(String).join(", ")}`;
    case "unrecognized_keys":
      return `Remove ${plural("the field", issue.keys.length)} ${issue.keys.join(", ")}`;
    default:
      return undefined;
  }
}

/** Zod issues as path + message pairs. */
export function toDefinitionIssues(error: z.ZodError): TDefinitionIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
