// What every respond page shows once a consultation has closed, or before it opens
// (issue #6, item 7): when, what happens next, and the way back.
import { TwoThirdsPage } from "@/components/layout/grid";
import { formatDate } from "@/lib/text/dates";

export type ClosedNoticeProps = {
  consultation: {
    slug: string;
    title: string;
    status: string;
    opensAt: Date;
    closesAt: Date;
    closedEarlyAt?: Date | null;
    resultsExpectedText: string | null;
  };
};

export const ClosedNotice = ({ consultation: c }: Readonly<ClosedNoticeProps>) => {
  const notYet = c.status === "scheduled" || c.status === "draft";
  return (
    <>
      <span className="govuk-caption-l">{c.title}</span>
      <h1 className="govuk-heading-l">
        {notYet ? "This consultation has not opened yet" : "This consultation has closed"}
      </h1>
      {/* The status is worked out from the dates, so the tense follows them; an early close is the date it closed. */}
      <p className="govuk-body-l">
        {notYet
          ? `This consultation opens on ${formatDate(c.opensAt)}.`
          : `This consultation closed on ${formatDate(c.closedEarlyAt ?? c.closesAt)}.`}
      </p>
      {!notYet && <p className="govuk-body">You can no longer respond to it, or change or withdraw a response.</p>}
      {!notYet && c.resultsExpectedText && (
        <>
          <h2 className="govuk-heading-m">What happens next</h2>
          <p className="govuk-body">{c.resultsExpectedText}</p>
        </>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={`/consultations/${c.slug}`}>
          Read about the consultation
        </a>
      </p>
    </>
  );
};

/** A whole page of it, as every respond page shows when the consultation is not open. */
export const ClosedPage = ({ consultation }: Readonly<ClosedNoticeProps>) => (
  <TwoThirdsPage>
    <ClosedNotice consultation={consultation} />
  </TwoThirdsPage>
);
