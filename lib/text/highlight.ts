// Splits a text around the case-insensitive matches of a search, so a page can wrap each match
// in <mark> without building HTML from strings (the text is user content).
export type TSegment = { text: string; match: boolean };

export function highlightSegments(text: string, query: string): TSegment[] {
  const needle = query.trim().toLowerCase();
  if (needle === "") return text === "" ? [] : [{ text, match: false }];
  // toLowerCase keeps lengths for the scripts our consultations use, so offsets map back to the original text.
  const haystack = text.toLowerCase();
  if (haystack.length !== text.length) return [{ text, match: false }];
  const out: TSegment[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) out.push({ text: text.slice(from, at), match: false });
    out.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length) out.push({ text: text.slice(from), match: false });
  return out;
}
