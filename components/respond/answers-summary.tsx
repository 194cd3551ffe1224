// A response as GOV.UK summary cards, one per page: "Check your answers" (with "Change" links)
// and the receipt page (without). Lines of an answer (grid statements, ranks, paragraphs) are
// shown one under another.
import { SummaryList } from "@/components/govuk";
import type { TSummaryRow, TSummarySection } from "@/lib/respond/answer-summary";

export type AnswersSummaryProps = {
  sections: readonly TSummarySection[];
  /** Where each row's "Change" link goes; no links without it. */
  changeHref?: (section: TSummarySection, row: TSummaryRow) => string;
  /** The cards' heading level: 2 by default, 3 under a page's own h2 headings. */
  headingLevel?: 2 | 3;
};

const AnswerLines = ({ lines }: Readonly<{ lines: string[] }>) => {
  const paragraphs = lines.flatMap((line) => line.split("\n"));
  if (paragraphs.length === 1) return <>{paragraphs[0]}</>;
  return (
    <>
      {paragraphs.map((line, i) => (
        <p key={i} className="govuk-body govuk-!-margin-bottom-1">
          {line}
        </p>
      ))}
    </>
  );
};

/**
 * Pages with this many answers or fewer get one "Change" beside the page's heading, as GOV.UK's
 * check answers pattern allows, rather than one per answer: about 40 links came before "Send
 * your response" for someone using a keyboard (issue #17). Every "Change" opens the whole page
 * anyway; a longer page keeps a link beside each answer, so it is never far from what it changes.
 */
const SHORT_PAGE_ANSWERS = 5;

export const AnswersSummary = ({ sections, changeHref, headingLevel = 2 }: Readonly<AnswersSummaryProps>) => (
  <>
    {sections.map((section) => {
      const short = section.rows.length > 0 && section.rows.length <= SHORT_PAGE_ANSWERS;
      const pageChange =
        changeHref && short
          ? [{ href: changeHref(section, section.rows[0]), text: "Change", visuallyHiddenText: "your answers" }]
          : undefined;
      return (
        <SummaryList
          key={section.sectionKey}
          card={{ title: section.title, headingLevel, actions: pageChange }}
          rows={section.rows.map((row) => ({
            key: row.question,
            value: <AnswerLines lines={row.lines} />,
            actions:
              changeHref && !short
                ? [
                    {
                      href: changeHref(section, row),
                      text: "Change",
                      visuallyHiddenText: `your answer to: ${row.question}`,
                    },
                  ]
                : undefined,
          }))}
        />
      );
    })}
  </>
);
