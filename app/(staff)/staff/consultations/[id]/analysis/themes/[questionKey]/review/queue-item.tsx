// One comment in the review queue: its redacted text, how sure the system is, and each
// suggested theme with its evidence (shared terms, nearest pinned example, neighbours' share, and
// from the learned model the words that drove it and links to the reviewed comments it
// resembles), with accept / reject / leave, and a theme to add when the system missed one.
import { BoundRadios, BoundSelect } from "@/components/forms/bound-fields";
import { InsetText } from "@/components/govuk";
import type { TQueueItem } from "@/lib/services/analysis/free-text/review";
import { LEAVE } from "@/lib/validation/themes";

type Props = {
  item: TQueueItem;
  number: number;
  canCode: boolean;
  themes: { value: string; text: string }[];
  /** What is coded: a comment, or an event feedback point (issue #8). */
  noun?: "Comment" | "Point";
  /** Themes already accepted, shown above the open suggestions. */
  accepted?: string[];
  /** Where a reviewed comment named in the evidence opens (issue #22). */
  answerHref?: (answerId: string) => string;
};

type TSuggestion = TQueueItem["suggestions"][number];

const snippet = (text: string) => (text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text);

/** "Resembles reviewed comments …", each a link to the comment and the decisions on it. */
function Resembles({ s, href }: Readonly<{ s: TSuggestion; href?: (answerId: string) => string }>) {
  if (!href || !s.resembles?.length) return null;
  return (
    <div className="govuk-body-s" data-evidence-for={s.codeName}>
      Resembles reviewed {s.resembles.length === 1 ? "comment" : "comments"} accepted as {s.codeName}:
      <ul className="govuk-list govuk-list--bullet govuk-body-s">
        {s.resembles.map((r) => (
          <li key={r.answerId}>
            <a className="govuk-link" href={href(r.answerId)}>
              &ldquo;{snippet(r.text)}&rdquo;
            </a>{" "}
            ({Math.round(r.similarity * 100)}% similar)
          </li>
        ))}
      </ul>
    </div>
  );
}

function evidenceText(s: TSuggestion): string {
  const parts = [s.evidence.sharedTerms?.length ? `shares ${s.evidence.sharedTerms.join(", ")}` : "no shared terms"];
  if (s.evidence.learnedTerms?.length) parts.push(`learned from your decisions: ${s.evidence.learnedTerms.join(", ")}`);
  if (s.evidence.nearestExample)
    parts.push(`closest example ${Math.round(s.evidence.nearestExample.similarity * 100)}% similar`);
  if (s.evidence.fromNeighbours > 0) parts.push("similar comments agree");
  return parts.join("; ");
}

export const QueueItem = ({
  item,
  number,
  canCode,
  themes,
  noun = "Comment",
  accepted,
  answerHref,
}: Readonly<Props>) => (
  <div className="govuk-!-margin-bottom-8">
    <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
      {noun} {number}
    </h3>
    <InsetText className="govuk-!-margin-top-1">{item.text}</InsetText>
    {accepted && <p className="govuk-body-s">Themes accepted: {accepted.length ? accepted.join(", ") : "none yet"}</p>}
    {item.suggestions.length > 0 && (
      <p className="govuk-body-s">System confidence: {Math.round(item.confidence * 100)}%</p>
    )}
    {item.suggestions.map((s) =>
      canCode ? (
        <div key={s.assignmentId}>
          <BoundRadios
            name={`decision-${s.assignmentId}`}
            legend={`Suggested theme: ${s.codeName}`}
            legendClassName="govuk-fieldset__legend--s"
            hint={`Evidence: ${evidenceText(s)}.`}
            inline
            small
            defaultValue={LEAVE}
            items={[
              { value: "ACCEPTED", text: "Accept" },
              { value: "REJECTED", text: "Reject" },
              { value: LEAVE, text: "Leave for now" },
            ]}
          />
          <Resembles s={s} href={answerHref} />
        </div>
      ) : (
        <div key={s.assignmentId}>
          <p className="govuk-body">
            Suggested theme: <strong>{s.codeName}</strong>. Evidence: {evidenceText(s)}.
          </p>
          <Resembles s={s} href={answerHref} />
        </div>
      ),
    )}
    {canCode && (
      <BoundSelect
        name={`add-${item.answerId}`}
        label={`Add a theme to ${noun.toLowerCase()} ${number} (optional)`}
        hint="To change a suggestion, reject it and add the right theme here."
        items={[{ value: "", text: "No theme to add" }, ...themes]}
      />
    )}
  </div>
);
