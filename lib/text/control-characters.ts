// Characters no form should store or show as they are (issue #15):
// - C0 control characters other than tab and line breaks (and DEL): PostgreSQL refuses NUL
//   outright, and none of them is something a person meant to type;
// - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make text
//   read differently from what it says ("Trojan Source"). People may paste them, so they are
//   accepted, but staff see and export them as a visible marker.

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

export const CONTROL_CHARACTER_MESSAGE =
  "Remove the hidden control character from this answer. It may have been copied in with the text you pasted";

export const hasControlCharacters = (text: string): boolean => CONTROL.test(text);

/** True when any string in a posted value (a string, a list, or an object's values) has one. */
export function containsControlCharacters(value: unknown): boolean {
  if (typeof value === "string") return hasControlCharacters(value);
  if (Array.isArray(value)) return value.some(containsControlCharacters);
  if (value !== null && typeof value === "object") return Object.values(value).some(containsControlCharacters);
  return false;
}

/** Each bidi control becomes a visible "[U+202E]", so nobody is shown reordered text. */
export const markBidiControls = (text: string): string =>
  text.replace(BIDI, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`);
