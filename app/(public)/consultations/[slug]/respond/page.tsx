// GET /consultations/[slug]/respond: the start page (issue #6, item 1): what it is about, how
// long it takes, privacy in short and help to take part, then "Start now" (a form, so a
// draft is only created when someone asks for one) or "Continue your response".
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/consultations/markdown";
import { Button, Details, InsetText, NotificationBanner } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { withServiceProblem, withServiceProblemTitle } from "@/components/respond/service-problem";
import { ClosedNotice } from "@/components/respond/closed-notice";
import { pageSlug, resumePage } from "@/lib/respond/journey";
import { formatDateTime } from "@/lib/text/dates";
import { startResponseAction } from "./actions";
import { loadConsultation, loadMyResponse, pageTitle, respondPath } from "./respond-support";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function metadata({ params }: Props): Promise<Metadata> {
  const consultation = await loadConsultation((await params).slug);
  return { title: consultation ? pageTitle("Respond online", consultation.title) : "Page not found" };
}

async function StartPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const consultation = await loadConsultation(slug);
  if (!consultation) notFound();
  if (consultation.status !== "open" || !consultation.version) {
    return (
      <TwoThirdsPage>
        <ClosedNotice consultation={consultation} />
      </TwoThirdsPage>
    );
  }
  const response = await loadMyResponse(slug);
  const ended = (await searchParams).ended !== undefined;
  const editing = response?.mode === "draft" || response?.mode === "changing";
  const next = editing ? resumePage(response.journey, response.answers) : undefined;
  const minutes = consultation.version.estimatedMinutes;
  return (
    <TwoThirdsPage>
      {ended && !editing && (
        <NotificationBanner title="Important">
          <p className="govuk-notification-banner__heading">We could not find your answers on this device.</p>
          <p className="govuk-body">If you saved them, use the link we emailed you. Otherwise, start again below.</p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">Respond online</span>
      <h1 className="govuk-heading-xl">{consultation.title}</h1>
      <p className="govuk-body-l">{consultation.summary}</p>
      <p className="govuk-body">
        Tell us what you think of the proposals. The consultation closes at {formatDateTime(consultation.closesAt)}.
      </p>

      <h2 className="govuk-heading-m">How long it takes</h2>
      <p className="govuk-body">
        {minutes ? `It takes about ${minutes} minutes. ` : ""}Most questions are optional: answer as many or as few as
        you like. You can save your answers and come back later, on this or another device.
      </p>

      <h2 className="govuk-heading-m">Before you start</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>You do not have to give your name, and we do not ask for it.</li>
        <li>
          We use your answers to understand people&apos;s views and report them to the councillors who decide. Reports
          show totals and anonymised quotes only.
        </li>
        <li>Questions about you, such as your age or ethnicity, are optional and kept apart from your answers.</li>
        <li>Please do not put names or details that could identify you or others in your answers.</li>
      </ul>
      {consultation.privacyNotice && (
        <Details summary="How we use your information">
          <Markdown source={consultation.privacyNotice} headingOffset={3} />
        </Details>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={`/consultations/${consultation.slug}/privacy`}>
          Read the privacy notice: what we collect and when we delete it
        </a>
      </p>
      {consultation.helpToTakePart && (
        <>
          <h2 className="govuk-heading-m">Help to take part</h2>
          <Markdown source={consultation.helpToTakePart} headingOffset={3} />
        </>
      )}

      {editing ? (
        <>
          <InsetText>
            {response.mode === "changing"
              ? "You are changing a response you sent."
              : "You have started a response on this device. Your answers are saved."}
          </InsetText>
          <Button
            href={next ? respondPath(slug, pageSlug(next.key)) : respondPath(slug, "check-answers")}
            isStartButton
          >
            Continue your response
          </Button>
        </>
      ) : (
        <>
          {response?.mode === "submitted" && (
            <InsetText>
              You have already sent a response from this device. Your reference is <strong>{response.reference}</strong>
              . You can send another one, for example for someone else in your family.
            </InsetText>
          )}
          <form action={startResponseAction.bind(null, slug)}>
            <Button isStartButton preventDoubleClick>
              {response?.mode === "submitted" ? "Start a new response" : "Start now"}
            </Button>
          </form>
        </>
      )}
      <p className="govuk-body">
        <a className="govuk-link" href={`/consultations/${slug}`}>
          Read about the consultation first
        </a>
      </p>
    </TwoThirdsPage>
  );
}

// A page that cannot load says so in plain English, also without JavaScript.
export const generateMetadata = withServiceProblemTitle(metadata);
export default withServiceProblem(StartPage);
