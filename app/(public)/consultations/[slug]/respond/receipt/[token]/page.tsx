// GET /consultations/[slug]/respond/receipt/[token]: the emailed receipt link (issue #6,
// item 5). While the consultation is open: the response, and buttons to change or withdraw it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button, ButtonGroup, SummaryList } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { AnswersSummary } from "@/components/respond/answers-summary";
import { ClosedNotice } from "@/components/respond/closed-notice";
import { summariseAnswers } from "@/lib/respond/answer-summary";
import { formatDate, formatDateTime } from "@/lib/text/dates";
import { changeResponseAction } from "../../actions";
import { pageTitle, respondPath } from "../../respond-support";
import { loadReceipt } from "./receipt-model";

type Props = { params: Promise<{ slug: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, token } = await params;
  const receipt = await loadReceipt(slug, token);
  return {
    title: receipt ? pageTitle("Your response", receipt.consultation.title) : "Your response",
    robots: { index: false },
    referrer: "same-origin",
  };
}

export default async function ReceiptPage({ params }: Props) {
  const { slug, token } = await params;
  const receipt = await loadReceipt(slug, token);
  if (!receipt) notFound();
  const { consultation, response } = receipt;
  if (consultation.status !== "open") {
    return (
      <TwoThirdsPage>
        <ClosedNotice consultation={consultation} />
      </TwoThirdsPage>
    );
  }
  if (!response) {
    return (
      <TwoThirdsPage>
        <h1 className="govuk-heading-l">We could not find that response</h1>
        <p className="govuk-body">
          The link may be wrong, or out of date: after you change a response, only the link in the newest email works.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={`/consultations/${slug}`}>
            Back to the consultation
          </a>
        </p>
      </TwoThirdsPage>
    );
  }
  if (response.mode === "withdrawn") {
    return (
      <TwoThirdsPage>
        <span className="govuk-caption-l">{consultation.title}</span>
        <h1 className="govuk-heading-l">You withdrew your response</h1>
        <p className="govuk-body">
          You withdrew response {response.reference} on {formatDate(response.withdrawnAt!)}. We will not include it in
          the results.
        </p>
        <p className="govuk-body">
          You can still{" "}
          <a className="govuk-link" href={respondPath(slug)}>
            send a new response
          </a>{" "}
          before the consultation closes at {formatDateTime(consultation.closesAt)}.
        </p>
      </TwoThirdsPage>
    );
  }
  return (
    <TwoThirdsPage>
      <span className="govuk-caption-l">{consultation.title}</span>
      <h1 className="govuk-heading-l">Your response</h1>
      <SummaryList
        rows={[
          { key: "Reference", value: response.reference },
          { key: "Sent", value: response.submittedAt ? formatDateTime(response.submittedAt) : "" },
        ]}
      />
      <p className="govuk-body">
        You can change or withdraw your response until the consultation closes at{" "}
        {formatDateTime(consultation.closesAt)}.
      </p>
      <ButtonGroup>
        <form action={changeResponseAction.bind(null, slug, token)}>
          <Button preventDoubleClick>Change your response</Button>
        </form>
        <Button href={respondPath(slug, "receipt", token, "withdraw")} variant="warning">
          Withdraw your response
        </Button>
      </ButtonGroup>
      <h2 className="govuk-heading-l">Your answers</h2>
      <AnswersSummary
        sections={summariseAnswers(response.journey, response.answers, {
          includeEquality: false,
          drawings: response.drawings,
        })}
      />
    </TwoThirdsPage>
  );
}
