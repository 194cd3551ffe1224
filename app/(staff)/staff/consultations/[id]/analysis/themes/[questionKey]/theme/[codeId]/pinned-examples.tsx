// The theme's pinned examples and a Pin button per comment. Every button is in one form and
// posts pin=<answerId> or unpin=<answerId>; the system scores comments against these examples.
import { Button } from "@/components/govuk";
import type { TThemeQuote } from "@/lib/services/analysis/free-text/quotes";

type Props = { examples: { answerId: string; text: string }[]; quotes: TThemeQuote[]; canPin: boolean };

const Item = ({ text, children }: Readonly<{ text: string; children?: React.ReactNode }>) => (
  <li className="govuk-!-margin-bottom-4">
    <p className="govuk-body govuk-!-margin-bottom-1">{text}</p>
    {children}
  </li>
);

export const PinnedExamples = ({ examples, quotes, canPin }: Readonly<Props>) => {
  const pinned = new Set(examples.map((e) => e.answerId));
  const unpinned = quotes.filter((q) => !pinned.has(q.answerId));
  return (
    <>
      {examples.length === 0 ? (
        <p className="govuk-body">No examples are pinned on this theme.</p>
      ) : (
        <ul className="govuk-list" aria-label="Pinned examples">
          {examples.map((e, i) => (
            <Item key={e.answerId} text={e.text}>
              {canPin && (
                <Button variant="secondary" name="unpin" value={e.answerId} className="govuk-!-margin-bottom-0">
                  Unpin<span className="govuk-visually-hidden"> example {i + 1}</span>
                </Button>
              )}
            </Item>
          ))}
        </ul>
      )}
      {canPin && unpinned.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Pin a comment as an example</h3>
          <ul className="govuk-list" aria-label="Comments to pin">
            {unpinned.map((q, i) => (
              <Item key={q.answerId} text={q.text}>
                <Button variant="secondary" name="pin" value={q.answerId} className="govuk-!-margin-bottom-0">
                  Pin as an example of this theme<span className="govuk-visually-hidden"> (comment {i + 1})</span>
                </Button>
              </Item>
            ))}
          </ul>
        </>
      )}
    </>
  );
};
