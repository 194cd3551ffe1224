// GET /consultations/[slug]/respond/receipt/[token]/withdraw: asks before withdrawing (issue #6, item 5).
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { BackLink, Button, WarningText } from "@/components/govuk";
import { TwoThirdsPage } from "@/components/layout/grid";
import { ClosedNotice } from "@/components/respond/closed-notice";
import { withdrawResponseAction } from "../../../actions";
import { pageTitle, respondPath } from "../../../respond-support";
import { loadReceipt } from "../receipt-model";

type Props = { params: Promise<{ slug: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, token } = await params;
  const receipt = await loadReceipt(slug, token);
  return {
    title: receipt ? pageTitle("Withdraw your response", receipt.consultation.title) : "Withdraw your response",
    robots: { index: false },
    referrer: "same-origin",
  };
}

export default async function WithdrawPage({ params }: Props) {
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
  if (!response || response.mode !== "submitted") redirect(respondPath(slug, "receipt", token));
  return (
    <>
      <BackLink href={respondPath(slug, "receipt", token)} />
      <TwoThirdsPage>
        <span className="govuk-caption-l">{consultation.title}</span>
        <h1 className="govuk-heading-l">Are you sure you want to withdraw your response?</h1>
        <p className="govuk-body">
          If you withdraw response {response.reference}, we will not include it in our analysis or in the report to
          councillors.
        </p>
        <WarningText>You cannot undo this. You can send a new response before the consultation closes.</WarningText>
        <form action={withdrawResponseAction.bind(null, slug, token)}>
          <Button variant="warning" preventDoubleClick>
            Yes, withdraw my response
          </Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={respondPath(slug, "receipt", token)}>
            No, keep my response
          </a>
        </p>
      </TwoThirdsPage>
    </>
  );
}
