// GET /staff/consultations/[id]/responses/[responseId]/view: any submitted or withdrawn response,
// read-only, for staff who read individual responses (response.read): online and imported ones
// as well as entered ones. Equality answers are never shown per response; typed-in words are
// redacted unless the reader gave a reason to see them (issue #15).
import type { Metadata } from "next";
import { BackLink, InsetText, Tag } from "@/components/govuk";
import { AnswersSummary } from "@/components/respond/answers-summary";
import { EntryDetailsSummary } from "@/components/entry/entry-details-summary";
import { OriginalTextForm } from "@/components/entry/original-text-form";
import { can } from "@/lib/permissions/permissions";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { summariseAnswers } from "@/lib/respond/answer-summary";
import { getResponseForReading } from "@/lib/services/read/response-view";
import { formatDate } from "@/lib/text/dates";
import { DOWNLOAD_REASON_MAX } from "@/lib/validation/downloads";
import { showOriginalTextAction } from "./actions";
import { entryPath } from "../../entry-paths";

type Props = { params: Promise<{ id: string; responseId: string }>; searchParams: Promise<{ original?: string }> };

export const generateMetadata = async (): Promise<Metadata> => staffPageMetadata("response.read", "Response");
export const dynamic = "force-dynamic";

export default async function ResponsePage({ params, searchParams }: Readonly<Props>) {
  const { id, responseId } = await params;
  const grant = (await searchParams).original;
  const staff = await requireStaffForPage(`${entryPath(id, responseId)}/view`, "response.read");
  const response = await getResponseForReading(
    staff,
    id,
    responseId,
    can(staff.role, "export.personalData") ? grant : undefined,
  );
  const withdrawn = response.status === "WITHDRAWN";
  const sections = summariseAnswers(response.journey, response.answers, {
    includeEquality: false,
    drawings: response.drawings,
  });
  return (
    <>
      <BackLink href={`/staff/consultations/${id}/responses`}>Back to responses</BackLink>
      <span className="govuk-caption-l">Response</span>
      <h1 className="govuk-heading-l">
        {response.reference ?? "No reference"} {withdrawn && <Tag colour="red">Withdrawn</Tag>}
      </h1>
      {response.entered && can(staff.role, "response.enter") && (
        <p className="govuk-body">
          <a className="govuk-link" href={entryPath(id, responseId)}>
            Change this entered response
          </a>
        </p>
      )}
      <EntryDetailsSummary details={response} originalHref={`${entryPath(id, responseId)}/original`} />
      {withdrawn ? (
        <InsetText>
          The respondent withdrew this response{response.withdrawnAt ? ` on ${formatDate(response.withdrawnAt)}` : ""}.
          Its answers are not shown and are not counted in the analysis.
        </InsetText>
      ) : (
        <div id="answers">
          {response.original ? (
            <InsetText>You are seeing the original text. Your reason is recorded in the audit trail.</InsetText>
          ) : (
            <InsetText>Personal details in the answers are hidden, as they are in exports.</InsetText>
          )}
          <AnswersSummary sections={sections} />
          {!response.original && can(staff.role, "export.personalData") && (
            <OriginalTextForm
              action={showOriginalTextAction}
              consultationId={id}
              responseId={responseId}
              reasonMax={DOWNLOAD_REASON_MAX}
            />
          )}
        </div>
      )}
    </>
  );
}
