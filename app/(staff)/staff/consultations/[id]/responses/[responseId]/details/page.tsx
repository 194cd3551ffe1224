// GET /staff/consultations/[id]/responses/[responseId]/details: change the recorded details of
// an entered response (response.enter); a change to a submitted one is audited.
import type { Metadata } from "next";
import { BackLink } from "@/components/govuk";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { TwoThirdsPage } from "@/components/layout/grid";
import { EntryDetailsForm } from "@/components/entry/entry-details-form";
import { requireStaffForPage } from "@/lib/auth/session";
import { getEnteredResponse, getEntryConsultation } from "@/lib/services/entry/entered-responses";
import { now } from "@/lib/clock";
import { datedWords } from "@/lib/text/dates";
import { saveEntryDetailsAction } from "../../actions";
import { entryPath } from "../../entry-paths";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; responseId: string }> };

export default async function EntryDetailsPage({ params }: Readonly<Props>) {
  const { id, responseId } = await params;
  const staff = await requireStaffForPage(entryPath(id, responseId, "details"), "response.enter");
  const c = await getEntryConsultation(staff, id);
  const entry = await getEnteredResponse(staff, id, responseId);
  return (
    <TwoThirdsPage>
      <BackLink href={entryPath(id, responseId)}>Back to the response</BackLink>
      <span className="govuk-caption-l">{entry.reference ?? "Response being entered"}</span>
      <h1 className="govuk-heading-l">Change the response details</h1>
      <EntryDetailsForm
        action={saveEntryDetailsAction}
        pageTitle="Change the response details"
        consultationId={c.id}
        entryKey={entry.submissionKey ?? ""}
        responseId={entry.id}
        formats={[entry.format]}
        closing={datedWords("closes", c.closesAt, now())}
        values={entry}
        submitLabel="Save details"
      />
    </TwoThirdsPage>
  );
}
