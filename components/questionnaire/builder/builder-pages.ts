// The builder shows one page (section) of a long questionnaire at a time (issue #16 §13): a
// long Easy Read questionnaire drawn whole was about 6,500 elements and 8,000 px tall. The page
// is in the address (?page=2), so it works before JavaScript and can be linked to.

/**
 * A questionnaire of two or more pages is edited a page at a time past this many questions, or
 * past this many pages (an Easy Read questionnaire has about one question per page, each drawn
 * large with its pictures). A shorter one is easier to see whole.
 */
export const PAGED_FROM_QUESTIONS = 20;
export const PAGED_FROM_PAGES = 5;

export type TBuilderPaging = { paged: boolean; page: number };

/** Whether to show one page, and which (0-based): the one asked for, else the first. */
export function builderPaging(
  sections: ReadonlyArray<{ questions: readonly unknown[] }>,
  param: string | string[] | undefined,
): TBuilderPaging {
  const asked = Number.parseInt(Array.isArray(param) ? (param[0] ?? "") : (param ?? ""), 10);
  const questions = sections.reduce((n, s) => n + s.questions.length, 0);
  const paged =
    Number.isInteger(asked) ||
    (sections.length > 1 && (questions > PAGED_FROM_QUESTIONS || sections.length > PAGED_FROM_PAGES));
  const page = Number.isInteger(asked) ? Math.min(Math.max(asked - 1, 0), Math.max(sections.length - 1, 0)) : 0;
  return { paged, page };
}

/** The builder's address for one page; `editPath` already holds ?format=. */
export const builderPageHref = (editPath: string, page: number) => `${editPath}&page=${page + 1}`;
