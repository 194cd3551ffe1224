// Redaction of personal data before free text is shown beyond the single-response view. The
// original stays in restricted storage; callers log the returned redactions (kind and span in
// the ORIGINAL text) as RedactionEvents.
import { markBidiControls } from "../../text/control-characters";
import {
  emails,
  names,
  nhsNumbers,
  niNumbers,
  phones,
  postcodes,
  urls,
  type TRedactionKind,
  type TSpan,
} from "./redaction-rules";

export type { TRedactionKind, TSpan };
export type TRedactionResult = { text: string; redactions: TSpan[] };

const PLACEHOLDER: Record<TRedactionKind, string> = {
  email: "[email]",
  url: "[link]",
  phone: "[phone]",
  postcode: "[postcode]",
  "ni-number": "[NI number]",
  "nhs-number": "[NHS number]",
  name: "[name]",
};

// Earlier rules win an overlap of equal start: an email's domain is not a URL, a checked NHS
// number is not a phone number.
const RULES: ((t: string, own?: string) => TSpan[])[] = [emails, urls, nhsNumbers, niNumbers, postcodes, phones, names];

export function redact(text: string, options: { respondentName?: string } = {}): TRedactionResult {
  const spans = RULES.flatMap((rule, order) => rule(text, options.respondentName).map((s) => ({ ...s, order })));
  spans.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: TSpan[] = [];
  for (const s of spans) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) continue;
    kept.push({ kind: s.kind, start: s.start, end: s.end });
  }
  let out = "";
  let at = 0;
  for (const s of kept) {
    out += text.slice(at, s.start) + PLACEHOLDER[s.kind];
    at = s.end;
  }
  // Spans point into the original; the shown copy also makes bidi overrides visible (issue #15).
  return { text: markBidiControls(out + text.slice(at)), redactions: kept };
}
