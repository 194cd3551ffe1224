// The analysis dashboard's "Drawings and photos" (issue #7): per free-text question, how many
// answers came with a drawing or photo, and links to them for staff who may read responses.

/** lib/services/analysis/drawings.ts gives these; components never import services. */
type TQuestionDrawings = {
  questionKey: string;
  title: string;
  count: number;
  withText: number;
  items: { id: string; reference: string; fileName: string }[];
};

type Props = { questions: readonly TQuestionDrawings[]; hrefFor?: (attachmentId: string) => string };

const answers = (n: number) => (n === 1 ? "1 answer" : `${n} answers`);

export const DrawingsList = ({ questions, hrefFor }: Readonly<Props>) => (
  <>
    <h2 className="govuk-heading-m">Drawings and photos</h2>
    {questions.length === 0 && <p className="govuk-body">No submitted answer has a drawing or photo.</p>}
    {questions.map((q) => (
      <section key={q.questionKey} aria-labelledby={`drawings-${q.questionKey}`} data-testid="drawings-question">
        <h3 className="govuk-heading-s" id={`drawings-${q.questionKey}`}>
          {q.title}
        </h3>
        <p className="govuk-body">
          {answers(q.count)} with a drawing or photo, {q.withText} of them with writing too.
        </p>
        {hrefFor && (
          <ul className="govuk-list">
            {q.items.map((item) => (
              <li key={item.id}>
                <a className="govuk-link" href={hrefFor(item.id)}>
                  {item.reference}: {item.fileName}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    ))}
  </>
);
