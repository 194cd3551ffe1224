// Which picture an Easy Read question page shows beside its heading, and so which question
// must not show it again beside its own words (issue #16 §12: the same picture twice).
import type { TSection } from "@/lib/questionnaire/definition/definition";

export type THeadingPicture = { image: string | undefined; questionKey: string | undefined };

/** The first question's picture goes beside the heading; an information block draws its own. */
export function headingPicture(section: Pick<TSection, "questions">): THeadingPicture {
  const first = section.questions[0];
  if (!first || first.type === "info" || !first.image) return { image: undefined, questionKey: undefined };
  return { image: first.image, questionKey: first.key };
}

/** The picture a question shows beside its own words: none when the heading already shows it. */
export function questionPicture(
  question: { key: string; image?: string },
  heading: THeadingPicture,
): string | undefined {
  return heading.questionKey === question.key ? undefined : question.image;
}
