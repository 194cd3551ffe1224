// GET /outcomes: "We asked, you said, we did" for every consultation whose outcome is published.
import type { Metadata } from "next";
import Link from "next/link";
import { listPublishedOutcomes } from "@/lib/services/consultations/search-consultations";
import { formatDate } from "@/lib/text/dates";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "We asked, you said, we did",
  description: "What we decided after each consultation, and what changed because of what people told us.",
};

export default async function OutcomesPage() {
  const outcomes = await listPublishedOutcomes(200);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">We asked, you said, we did</h1>
        <p className="govuk-body-l">What we decided after each consultation, and what changed because of your views.</p>
        {outcomes.length === 0 ? (
          <p className="govuk-body">No outcomes have been published yet.</p>
        ) : (
          <ul className="govuk-list">
            {outcomes.map((o) => (
              <li key={o.slug} className="govuk-!-margin-bottom-6">
                <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
                  <Link className="govuk-link" href={`/consultations/${o.slug}/outcome`}>
                    {o.title}
                  </Link>
                </h2>
                {o.outcomeDecidedAt && (
                  <p className="govuk-body-s govuk-!-margin-bottom-1">Decided on {formatDate(o.outcomeDecidedAt)}</p>
                )}
                {o.outcomeDecision && <p className="govuk-body">{o.outcomeDecision.split("\n")[0]}</p>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
