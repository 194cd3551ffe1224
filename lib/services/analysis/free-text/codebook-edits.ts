// Pure edits of a codebook's code list. Each returns the new list and a plain-English note for
// the version history; the service stores it as a new immutable CodebookVersion.
import { AppError } from "@/lib/errors";
import type { TStoredCode } from "@/lib/validation/themes";

/** Every codebook starts with the two fallbacks, so every answer can be coded and reviewed. */
export const FALLBACK_CODES: TStoredCode[] = [
  {
    id: "OTHER",
    name: "Other",
    description: "Says something that fits none of the themes.",
    examples: [],
    origin: "FALLBACK",
    fallback: "other",
  },
  {
    id: "NO_REASON",
    name: "No reason given",
    description: "Gives no reason or comment, for example n/a or no comment.",
    examples: [],
    origin: "FALLBACK",
    fallback: "no-reason",
  },
];

export const MAX_EXAMPLES = 20;

/** Code ids are T1, T2… in order of creation, never reused, so they read well in exports. */
export function nextCodeId(codes: TStoredCode[], used: Iterable<string> = []): string {
  const numbers = [...codes.map((c) => c.id), ...used]
    .map((id) => /^T(\d+)$/.exec(id)?.[1])
    .filter((n): n is string => !!n)
    .map(Number);
  return `T${Math.max(0, ...numbers) + 1}`;
}

export function findCode(codes: TStoredCode[], codeId: string, field = "codeId"): TStoredCode {
  const code = codes.find((c) => c.id === codeId);
  if (!code)
    throw new AppError("INVALID_INPUT", "Select a theme from the codebook.", {
      [field]: ["Select a theme from the codebook"],
    });
  return code;
}

export function assertNameFree(codes: TStoredCode[], name: string, exceptId?: string): void {
  if (codes.some((c) => c.id !== exceptId && c.name.trim().toLowerCase() === name.trim().toLowerCase())) {
    throw new AppError("INVALID_INPUT", `There is already a theme called "${name}".`, {
      name: [`There is already a theme called "${name}"`],
    });
  }
}

export function addCode(
  codes: TStoredCode[],
  code: Omit<TStoredCode, "id">,
  used: Iterable<string> = [],
): { codes: TStoredCode[]; id: string } {
  assertNameFree(codes, code.name);
  const id = nextCodeId(codes, used);
  // Fallbacks stay last so the editor lists the real themes first.
  const real = codes.filter((c) => !c.fallback);
  return { codes: [...real, { id, ...code }, ...codes.filter((c) => c.fallback)], id };
}

export function editCode(codes: TStoredCode[], codeId: string, name: string, description: string): TStoredCode[] {
  findCode(codes, codeId);
  assertNameFree(codes, name, codeId);
  return codes.map((c) => (c.id === codeId ? { ...c, name, description } : c));
}

export function mergeCodes(codes: TStoredCode[], intoId: string, fromId: string): TStoredCode[] {
  const into = findCode(codes, intoId);
  const from = findCode(codes, fromId, "fromCodeId");
  if (into.id === from.id)
    throw new AppError("INVALID_INPUT", "Choose a different theme to merge in.", {
      fromCodeId: ["Choose a different theme to merge in"],
    });
  if (from.fallback)
    throw new AppError("INVALID_INPUT", `"${from.name}" is a fallback and cannot be merged.`, {
      fromCodeId: [`"${from.name}" cannot be merged`],
    });
  const examples = [...new Set([...into.examples, ...from.examples])].slice(0, MAX_EXAMPLES);
  return codes.filter((c) => c.id !== from.id).map((c) => (c.id === into.id ? { ...c, examples } : c));
}

export function pinExamples(codes: TStoredCode[], codeId: string, answerIds: string[]): TStoredCode[] {
  findCode(codes, codeId);
  return codes.map((c) => (c.id === codeId ? { ...c, examples: [...new Set(answerIds)].slice(0, MAX_EXAMPLES) } : c));
}

/** Pins one more example on a code, or unpins one; pinning keeps the earlier examples first. */
export function togglePinnedExample(
  codes: TStoredCode[],
  codeId: string,
  answerId: string,
  pinned: boolean,
): TStoredCode[] {
  const code = findCode(codes, codeId);
  if (pinned && !code.examples.includes(answerId) && code.examples.length >= MAX_EXAMPLES) {
    throw new AppError("INVALID_INPUT", `"${code.name}" already has ${MAX_EXAMPLES} examples. Unpin one first.`, {
      examples: [`Unpin an example first: a theme can have ${MAX_EXAMPLES}`],
    });
  }
  const examples = pinned ? [...new Set([...code.examples, answerId])] : code.examples.filter((a) => a !== answerId);
  return codes.map((c) => (c.id === codeId ? { ...c, examples } : c));
}

/** Retiring takes a theme out of the new version; older versions and their decisions keep it. */
export function retireCode(codes: TStoredCode[], codeId: string): TStoredCode[] {
  const code = findCode(codes, codeId);
  if (code.fallback)
    throw new AppError("INVALID_INPUT", `"${code.name}" is a fallback and cannot be retired.`, {
      codeId: [`"${code.name}" cannot be retired`],
    });
  return codes.filter((c) => c.id !== codeId);
}
