// GET /staff/consultations/[id]/responses/[responseId]/check-answers: the entered answers with
// "Change" links, then "Save response" (response.enter), which validates the whole response
// and saves it once, with a reference, however often it is pressed.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink, Button } from "@/components/govuk";
import { ActionForm } from "@/components/forms/action-form";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { TwoThirdsPage } from "@/components/layout/grid";
import { AnswersSummary } from "@/components/respond/answers-summary";
import { EntryDetailsSummary } from "@/components/entry/entry-details-summary";
import { requireStaffForPage } from "@/lib/auth/session";
import { summariseAnswers } from "@/lib/respond/answer-summary";
import { RETURN_TO_CHECK_ANSWERS } from "@/lib/respond/form-controls";
import { getEnteredResponse } from "@/lib/services/entry/entered-responses";
import { submitEntryAction } from "../../actions";
import { entryPath } from "../../entry-paths";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; responseId: string }> };

export default async function EntryCheckAnswersPage({ params }: Readonly<Props>) {
  const { id, responseId } = await params;
  const staff = await requireStaffForPage(entryPath(id, responseId, "check-answers"), "response.enter");
  const entry = await getEnteredResponse(staff, id, responseId);
  // Pressing back after saving lands on the saved response, with the same reference.
  if (entry.status !== "DRAFT") redirect(entryPath(id, responseId));
  const sections = summariseAnswers(entry.journey, entry.answers, { includeEquality: entry.equalityOpen });
  return (
    <TwoThirdsPage>
      <BackLink href={entryPath(id, responseId, "details")}>Back to the details</BackLink>
      <ActionForm action={submitEntryAction} pageTitle="Check the answers before saving the response">
        <span className="govuk-caption-l">Enter a response</span>
        <h1 className="govuk-heading-l">Check the answers before saving the response</h1>
        <EntryDetailsSummary details={entry} changeHref={entryPath(id, responseId, "details")} />
        <AnswersSummary
          sections={sections}
          changeHref={(section) => `${entryPath(id, responseId, section.slug)}?return=${RETURN_TO_CHECK_ANSWERS}`}
        />
        <input type="hidden" name="consultationId" value={id} />
        <input type="hidden" name="responseId" value={responseId} />
        <Button preventDoubleClick>Save response</Button>
      </ActionForm>
    </TwoThirdsPage>
  );
}
