// The public page of a consultation: the public page itself, and the officers' preview
// (/staff/consultations/[id]/preview), which adds each text block's readability under it so
// officers see exactly what the public will read.
import { ChangeLog } from "@/components/consultations/change-log";
import { ConsultationContact } from "@/components/consultations/consultation-contact";
import { ConsultationDates } from "@/components/consultations/consultation-dates";
import { DocumentTable } from "@/components/consultations/document-table";
import { EventList } from "@/components/consultations/event-list";
import { Markdown } from "@/components/consultations/markdown";
import { proposalsText, ReadabilityNote } from "@/components/consultations/readability-note";
import { StatusTag } from "@/components/consultations/status-tag";
import { Button } from "@/components/govuk/button";
import { Details } from "@/components/govuk/details";
import type { ConsultationStatus } from "@/lib/consultations/status";
import type { ComponentProps } from "react";

type Text = string | null;
/** What the page shows: getPublicConsultation's result, or getStaffConsultation's for the preview. */
type TViewConsultation = ComponentProps<typeof ConsultationDates>["consultation"] &
  ComponentProps<typeof ConsultationContact>["consultation"] & {
    slug: string;
    title: string;
    summary: string;
    body: string;
    reasons: string;
    /** Issue #7: set when there is an Easy Read summary to link to. */
    easyReadSummary?: unknown;
    proposals: readonly { id: string; title: string; description: string; reasons: Text }[];
    documents: ComponentProps<typeof DocumentTable>["documents"];
    events: ComponentProps<typeof EventList>["events"];
    changes: ComponentProps<typeof ChangeLog>["changes"];
    questionnaires: readonly { format: string; _count: { versions: number } }[];
    otherWaysToRespond: Text;
    helpToTakePart: Text;
    resultsExpectedText: Text;
    decisionMaker: Text;
    privacyNotice: Text;
  };

type Props = {
  consultation: TViewConsultation;
  status: ConsultationStatus;
  now: Date;
  showReadability?: boolean;
  /** Organisation responses agreed for publication, linked once the consultation has closed. */
  organisationResponses?: number;
};

export const PublicConsultationView = ({
  consultation: c,
  status,
  now,
  showReadability = false,
  organisationResponses = 0,
}: Readonly<Props>) => {
  const readability = (label: string, source: string) =>
    showReadability && <ReadabilityNote label={label} source={source} />;
  const isOpen = status === "open";
  const published = (format: string) => c.questionnaires.some((q) => q.format === format && q._count.versions > 0);
  const easyRead = c.documents.find((d) => d.kind === "EASY_READ" && d.versions.length > 0);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">Consultation</span>
        <h1 className="govuk-heading-xl">{c.title}</h1>
        <p className="govuk-body">
          <StatusTag status={status} />
        </p>
        <ConsultationDates consultation={c} status={status} now={now} />
        <p className="govuk-body-l">{c.summary}</p>
        {readability("Summary", c.summary)}

        {isOpen && (
          <div className="govuk-button-group">
            {published("STANDARD") && (
              <Button href={`/consultations/${c.slug}/respond`} isStartButton>
                Respond online
              </Button>
            )}
            {published("EASY_READ") && (
              <Button href={`/consultations/${c.slug}/easy-read`} variant="secondary">
                Respond in Easy Read
              </Button>
            )}
          </div>
        )}
        {status === "outcome" && (
          <p className="govuk-body">
            <a className="govuk-link govuk-!-font-weight-bold" href={`/consultations/${c.slug}/outcome`}>
              Read what we decided: we asked, you said, we did
            </a>
          </p>
        )}
        {(status === "closed" || status === "outcome") && organisationResponses > 0 && (
          <p className="govuk-body">
            <a className="govuk-link" href={`/consultations/${c.slug}/organisation-responses`}>
              Read the responses organisations agreed to publish ({organisationResponses})
            </a>
          </p>
        )}
        {c.easyReadSummary !== null && c.easyReadSummary !== undefined && (
          <p className="govuk-body">
            <a className="govuk-link" href={`/consultations/${c.slug}/easy-read-summary`}>
              Read the Easy Read summary<span className="govuk-visually-hidden"> of {c.title}</span>
            </a>
          </p>
        )}
        {easyRead && (
          <p className="govuk-body">
            <a className="govuk-link" href={`/consultations/${c.slug}/documents/${easyRead.versions[0].id}`}>
              Read the Easy Read version<span className="govuk-visually-hidden"> of {c.title}</span>
            </a>
          </p>
        )}

        <h2 className="govuk-heading-l">Why we are consulting</h2>
        <Markdown source={c.reasons} />
        {readability("Reasons", c.reasons)}

        {c.proposals.length > 0 && (
          <>
            <h2 className="govuk-heading-l">What we are proposing</h2>
            <ol className="govuk-list govuk-list--number">
              {c.proposals.map((p) => (
                <li key={p.id} className="govuk-!-margin-bottom-4">
                  <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{p.title}</h3>
                  <p className="govuk-body">{p.description}</p>
                  {p.reasons && <p className="govuk-body">Why: {p.reasons}</p>}
                </li>
              ))}
            </ol>
            {readability("Proposals", proposalsText(c.proposals))}
          </>
        )}

        <h2 className="govuk-heading-l">The full consultation</h2>
        <Markdown source={c.body} />
        {readability("Full text", c.body)}

        <h2 className="govuk-heading-l">Documents</h2>
        <DocumentTable documents={c.documents} slug={c.slug} />

        <h2 className="govuk-heading-l">{isOpen ? "How to respond" : "Ways people could respond"}</h2>
        {c.otherWaysToRespond && <Markdown source={c.otherWaysToRespond} />}

        {c.events.length > 0 && (
          <>
            <h2 className="govuk-heading-l">Events</h2>
            <EventList events={c.events} />
          </>
        )}

        {c.helpToTakePart && (
          <>
            <h2 className="govuk-heading-l">Need help to take part?</h2>
            <Markdown source={c.helpToTakePart} />
          </>
        )}

        <h2 className="govuk-heading-l">What happens next</h2>
        {c.resultsExpectedText && <p className="govuk-body">{c.resultsExpectedText}</p>}
        {c.decisionMaker && <p className="govuk-body">The decision will be made by {c.decisionMaker}.</p>}

        {status !== "outcome" && (
          <p className="govuk-body">
            <a className="govuk-link" href={`/consultations/${c.slug}/updates`}>
              Get an email when we publish the outcome
            </a>
          </p>
        )}

        <ConsultationContact consultation={c} />

        <ChangeLog changes={c.changes} />

        {c.privacyNotice && (
          <Details summary="How we use your information">
            <Markdown source={c.privacyNotice} headingOffset={3} />
          </Details>
        )}
        {/* Built from the retention settings, with this consultation's dates (issue #21). */}
        <p className="govuk-body">
          <a className="govuk-link" href={`/consultations/${c.slug}/privacy`}>
            Privacy notice: what we collect and when we delete it
          </a>
        </p>
      </div>
    </div>
  );
};
