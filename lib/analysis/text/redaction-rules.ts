// Pattern rules for personal data in UK consultation answers. Each rule returns spans; the
// redactor (redaction.ts) resolves overlaps. Check digits (NHS mod-11) keep ordinary 10-digit
// numbers from being taken for NHS numbers.
import { findNumbers } from "libphonenumber-js";

export type TRedactionKind = "email" | "url" | "phone" | "postcode" | "ni-number" | "nhs-number" | "name";
export type TSpan = { kind: TRedactionKind; start: number; end: number };

function matches(text: string, re: RegExp, kind: TRedactionKind, group = 0): TSpan[] {
  const out: TSpan[] = [];
  for (const m of text.matchAll(re)) {
    const value = m[group];
    if (!value) continue;
    const start = m.index + m[0].indexOf(value);
    out.push({ kind, start, end: start + value.length });
  }
  return out;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
export const emails = (t: string) => matches(t, EMAIL, "email");

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi;
export const urls = (t: string) => matches(t, URL, "url");

// Royal Mail formats (A9, A99, AA9, AA99, A9A, AA9A + inward 9AA) and GIR 0AA, any case.
const POSTCODE =
  /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPS-UW]|[A-HK-Y]\d[ABEHMNPRV-Y]) ?\d[ABD-HJLNP-UW-Z]{2})\b/gi;
export const postcodes = (t: string) => matches(t, POSTCODE, "postcode");

// HMRC NI number: two prefix letters (D, F, I, Q, U, V never; O never second; some pairs never
// issued), six digits, suffix A–D; spaces allowed in the usual 2-2-2 grouping.
const NI = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi;
export const niNumbers = (t: string) => matches(t, NI, "ni-number");

/** NHS number check digit: weights 10..2 over the first nine digits, 11 − (sum mod 11). */
export function nhsCheckDigitValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === Number(digits[9]);
}

const NHS = /(?<![\d+])\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/g;
export const nhsNumbers = (t: string) =>
  matches(t, NHS, "nhs-number").filter((s) => nhsCheckDigitValid(t.slice(s.start, s.end).replace(/\D/g, "")));

// libphonenumber finds numbers in GB format; POSSIBLE leniency keeps Ofcom's drama ranges
// (07700 900xxx, 0113 496 0xxx…), which are not "valid" but are what people type in examples.
// The permissive rule catches layouts it splits differently, e.g. "(0161) 496-0000".
const UK_PHONE = /(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g;
// The leniency option is supported at run time but missing from the package's types.
const FIND_OPTIONS = { defaultCountry: "GB", v2: true, leniency: "POSSIBLE" } as { defaultCountry: "GB"; v2: true };

/** Fewer digits than any accepted number has (digitsOk below): nothing to find. */
const tooFewDigits = (text: string) => (text.match(/\d/g)?.length ?? 0) < 10;

export function phones(text: string): TSpan[] {
  // libphonenumber's search is the slowest rule by far (~0.3 ms a text); most comments have no
  // phone number at all, and the retention schedule redacts 100,000s of them (issue #21).
  if (tooFewDigits(text)) return [];
  const found = findNumbers(text, FIND_OPTIONS).map((n): TSpan => ({
    kind: "phone",
    start: n.startsAt,
    end: n.endsAt,
  }));
  const digitsOk = (s: TSpan) => {
    // "+44 (0)20…" and "+44 20…" both come to the national "020…".
    const d = text.slice(s.start, s.end).replace(/\(0\)/, "").replace(/\D/g, "").replace(/^44/, "0");
    return d.length >= 10 && d.length <= 11;
  };
  return [...found.filter(digitsOk), ...matches(text, UK_PHONE, "phone").filter(digitsOk)];
}

const HONORIFIC = "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Rev|Revd|Cllr|Councillor)";
const NAME = "([A-Z][a-z'\u2019-]+(?:[ -][A-Z][a-z'\u2019-]+){0,2})";
const RELATION =
  "(?:son|daughter|husband|wife|partner|mum|mother|dad|father|brother|sister|grandson|granddaughter|friend|neighbour|carer)";
const NAME_RULES = [
  new RegExp(`\\b${HONORIFIC}\\.? ${NAME}`, "g"),
  new RegExp(`\\b[Mm]y (?:name is|name's|name is called) ${NAME}`, "g"),
  new RegExp(`\\b[Ii] am called ${NAME}`, "g"),
  new RegExp(`\\b[Mm]y ${RELATION},? (?:is called |called |named )?${NAME}`, "g"),
  new RegExp(
    `\\b(?:[Kk]ind regards|[Rr]egards|[Yy]ours (?:sincerely|faithfully)|[Mm]any thanks|[Tt]hanks),?\\s+${NAME}`,
    "g",
  ),
];
// Capitalised words that follow those patterns but are not names.
const NOT_NAMES = new Set([
  "I",
  "The",
  "And",
  "But",
  "It",
  "This",
  "We",
  "He",
  "She",
  "They",
  "In",
  "At",
  "On",
  "If",
  "So",
  "Who",
  "Is",
]);

export function names(text: string, ownName?: string): TSpan[] {
  const out: TSpan[] = [];
  for (const re of NAME_RULES) {
    for (const s of matches(text, re, "name", 1)) {
      const first = text.slice(s.start, s.end).split(/[ -]/)[0];
      if (!NOT_NAMES.has(first)) out.push(s);
    }
  }
  const parts = (ownName ?? "").split(/\s+/).filter((p) => p.length >= 2);
  if (parts.length) {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    // The full name in any case; single parts only when capitalised ("Hill", not "hill").
    out.push(...matches(text, new RegExp(`\\b${parts.map(esc).join("\\s+")}\\b`, "gi"), "name"));
    for (const p of parts)
      out.push(...matches(text, new RegExp(`\\b${esc(p[0].toUpperCase() + p.slice(1))}\\b`, "g"), "name"));
  }
  return out;
}
