// The newest run's candidate themes: label, approximate count, distinctive terms, the split of
// the linked closed answer and representative (redacted) quotes. Inside the candidates form each
// has its own submit button, so one form and one error summary serve them all.
import { Button, Details } from "@/components/govuk";
import type { TLatestRun } from "@/lib/services/analysis/free-text/run-themes";

type Props = { candidates: TLatestRun["candidates"]; canAdd: boolean };

export const CandidateList = ({ candidates, canAdd }: Readonly<Props>) =>
  candidates.length === 0 ? (
    <p className="govuk-body">The run found no candidate themes.</p>
  ) : (
    <ol className="govuk-list" id="candidate-themes">
      {candidates.map((candidate, index) => {
        const split = Object.entries(candidate.closedSplit);
        return (
          <li key={`${candidate.label}-${index}`} className="govuk-!-margin-bottom-6">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{candidate.label}</h3>
            <p className="govuk-body govuk-!-margin-bottom-1">
              About {candidate.approxCount} {candidate.approxCount === 1 ? "comment" : "comments"}. Distinctive terms:{" "}
              {candidate.distinctiveTerms.join(", ")}.
            </p>
            {split.length > 0 && (
              <p className="govuk-body govuk-!-margin-bottom-1">
                Linked closed answer: {split.map(([k, n]) => `${k} ${n}`).join(", ")}.
              </p>
            )}
            <Details summary={`Example comments for ${candidate.label}`} className="govuk-!-margin-bottom-2">
              <ul className="govuk-list govuk-list--bullet">
                {candidate.quotes.map((q) => (
                  <li key={q.answerId}>{q.text}</li>
                ))}
              </ul>
            </Details>
            {canAdd && (
              <Button variant="secondary" name="candidate" value={String(index)} className="govuk-!-margin-bottom-0">
                Add as a theme<span className="govuk-visually-hidden">: {candidate.label}</span>
              </Button>
            )}
          </li>
        );
      })}
    </ol>
  );
