// The standard questions no Easy Read question answers (issue #7): shown on the publish page
// and, live, in the Easy Read builder, so officers see what Easy Read readers cannot answer.
import { Details } from "@/components/govuk";

export const WithoutCounterpart = ({
  questions,
}: Readonly<{ questions: readonly { key: string; title: string }[] }>) => (
  <>
    <h2 className="govuk-heading-m">Standard questions with no Easy Read question</h2>
    {questions.length === 0 ? (
      <p className="govuk-body">Every standard question has an Easy Read question that answers it.</p>
    ) : (
      <Details summary={`${questions.length} standard questions are not asked in Easy Read`}>
        <ul className="govuk-list govuk-list--bullet">
          {questions.map((q) => (
            <li key={q.key}>{q.title}</li>
          ))}
        </ul>
      </Details>
    )}
  </>
);
