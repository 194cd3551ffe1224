// The codebook an officer curates: plain data so it can be persisted as a CodebookVersion and
// read from ThemeFinder's themes.json. Fallback codes ("Other", "No reason given") are marked so
// the assigner uses them only when nothing else applies.

export type TFallback = "other" | "no-reason";

export type TCode = {
  id: string;
  name: string;
  description: string;
  /** Pinned example response texts (positive seeds). */
  examples?: string[];
  fallback?: TFallback;
};

export type TCodebook = { codes: TCode[] };

/** ThemeFinder's theme record (themes.json). */
export type TThemeFinderTheme = {
  topic_id: string;
  topic_label: string;
  topic_description: string;
  topic?: string;
};

const OTHER_LABEL = /^(none of the above|other)$/i;
const NO_REASON_LABEL = /^no (reason|answer|substantive answer) given$/i;

export function fallbackOf(name: string): TFallback | undefined {
  if (OTHER_LABEL.test(name.trim())) return "other";
  if (NO_REASON_LABEL.test(name.trim())) return "no-reason";
  return undefined;
}

export function codebookFromThemeFinder(themes: TThemeFinderTheme[]): TCodebook {
  return {
    codes: themes.map((t) => ({
      id: t.topic_id,
      name: t.topic_label,
      description: t.topic_description,
      fallback: fallbackOf(t.topic_label),
    })),
  };
}

/** Ids the assigner uses for the two fallbacks: the codebook's own codes, else fixed ids. */
export function fallbackIds(codebook: TCodebook): Record<TFallback, string> {
  const find = (f: TFallback) => codebook.codes.find((c) => c.fallback === f)?.id;
  return { other: find("other") ?? "OTHER", "no-reason": find("no-reason") ?? "NO_REASON" };
}

// Answers that say nothing: "n/a", "no comment", "don't know", a dash…
const NON_SUBSTANTIVE =
  /^\s*(n\/?a|none|nothing|no comment[s]?|no|nope|not sure|don'?t know|dunno|-+|\.+|\?+|no opinion|nothing to add)\s*[.!]*\s*$/i;

/** True when a response gives no reason at all (blank, a stock non-answer, no content words). */
export function isNonSubstantive(text: string, contentWordCount: number): boolean {
  return contentWordCount === 0 || NON_SUBSTANTIVE.test(text);
}
