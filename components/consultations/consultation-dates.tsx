import { InsetText } from "@/components/govuk/inset-text";
import { SummaryList } from "@/components/govuk/summary-list";
import type { ConsultationStatus } from "@/lib/consultations/status";
import { closesInWords, datedWords, durationInWords, formatDate, formatDateTime } from "@/lib/text/dates";

type Props = {
  consultation: {
    opensAt: Date;
    closesAt: Date;
    originalClosesAt: Date | null;
    closedEarlyAt: Date | null;
    closedEarlyReason: string | null;
    expectedDecisionDate: Date | null;
  };
  status: ConsultationStatus;
  now: Date;
};

/** Key dates, with the plain-English state first ("closes in 12 days", "closed on …"). */
export const ConsultationDates = ({ consultation: c, status, now }: Readonly<Props>) => {
  const closed = c.closedEarlyAt ?? c.closesAt;
  const headline =
    status === "open"
      ? `This consultation ${closesInWords(c.closesAt, now)}. It closes at ${formatDateTime(c.closesAt)}.`
      : status === "scheduled"
        ? `This consultation ${datedWords("opens", c.opensAt, now)}.`
        : `This consultation ${datedWords("closes", closed, now)}.`;
  return (
    <>
      <InsetText>
        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">{headline}</p>
        {c.originalClosesAt && (
          <p className="govuk-body govuk-!-margin-bottom-2">
            The closing date was extended to {formatDate(c.closesAt)} (it was {formatDate(c.originalClosesAt)}).
          </p>
        )}
        {c.closedEarlyAt && c.closedEarlyReason && (
          <p className="govuk-body govuk-!-margin-bottom-0">It closed early because {c.closedEarlyReason}</p>
        )}
      </InsetText>
      <SummaryList
        rows={[
          { key: "Opens", value: formatDate(c.opensAt) },
          { key: "Closes", value: formatDateTime(c.closesAt) },
          { key: "Length", value: durationInWords(c.opensAt, c.closesAt) },
          c.expectedDecisionDate && { key: "Decision expected", value: formatDate(c.expectedDecisionDate) },
        ]}
      />
    </>
  );
};
