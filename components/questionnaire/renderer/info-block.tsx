// An information block: text between questions, with no answer. Paragraphs are separated by
// blank lines; the text is shown as written (no HTML), so it is safe in any form.
import type { TQuestionOf } from "@/lib/questionnaire/definition/definition";

export const InfoBlock = ({ question }: Readonly<{ question: TQuestionOf<"info"> }>) => (
  <div className="govuk-!-margin-bottom-6">
    <h2 className="govuk-heading-m">{question.title}</h2>
    {question.body
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.trim() !== "")
      .map((paragraph, i) => (
        <p key={i} className="govuk-body">
          {paragraph.trim()}
        </p>
      ))}
  </div>
);
