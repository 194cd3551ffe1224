// GET /consultations/[slug]/organisation-responses: responses made on behalf of organisations
// that agreed to publication in full (issue #8 part 4), shown once the consultation has closed.
// Before then the page says when they will be published. Server-rendered: works without JavaScript.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/govuk/back-link";
import { AnswersSummary } from "@/components/respond/answers-summary";
import { getPublicOrganisationResponses } from "@/lib/services/respond/organisation-responses";
import { formatDate, formatDateTime } from "@/lib/text/dates";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = await getPublicOrganisationResponses((await params).slug);
  if (!page) return { title: "Page not found" };
  return { title: `Responses from organisations: ${page.consultation.title}` };
}

export default async function OrganisationResponsesPage({ params }: Params) {
  const page = await getPublicOrganisationResponses((await params).slug);
  if (!page) notFound();
  const { consultation, closed, responses } = page;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={`/consultations/${consultation.slug}`}>Back to the consultation</BackLink>
        <span className="govuk-caption-l">{consultation.title}</span>
        <h1 className="govuk-heading-xl">Responses from organisations</h1>
        {!closed && (
          <p className="govuk-body">
            Responses from organisations that agree to publication are published here after the consultation closes on{" "}
            {formatDateTime(consultation.closesAt)}.
          </p>
        )}
        {closed && responses.length === 0 && (
          <p className="govuk-body">No organisation asked for its response to be published.</p>
        )}
        {closed && responses.length > 0 && (
          <>
            <p className="govuk-body">
              These organisations agreed to publish their responses in full. Answers to equality monitoring questions
              and contact details are not published, and we have replaced names, email addresses and phone numbers in
              their comments with words in square brackets, such as [name].
            </p>
            <ul className="govuk-list">
              {responses.map((r) => (
                <li key={r.id}>
                  <a className="govuk-link" href={`#response-${r.id}`}>
                    {r.organisationName}
                  </a>
                </li>
              ))}
            </ul>
            {responses.map((r) => (
              <section
                key={r.id}
                id={`response-${r.id}`}
                aria-labelledby={`heading-${r.id}`}
                className="govuk-!-margin-top-8"
              >
                <h2 className="govuk-heading-l" id={`heading-${r.id}`}>
                  {r.organisationName}
                </h2>
                {r.receivedAt && <p className="govuk-body">Received {formatDate(r.receivedAt)}</p>}
                <AnswersSummary sections={r.sections} headingLevel={3} />
              </section>
            ))}
          </>
        )}
      </div>
    </div>
  );
}
