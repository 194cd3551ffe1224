// GET /staff/consultations/[id]/responses/[responseId]: a response entered by staff, with its
// details and answers, and "Change" links that reopen the same pages (response.enter).
import type { Metadata } from "next";
import { BackLink, Button, ErrorSummary, NotificationBanner, Panel, Tag } from "@/components/govuk";
import { FileField } from "@/components/forms/file-field";
import { AnswersSummary } from "@/components/respond/answers-summary";
import { EntryDetailsSummary } from "@/components/entry/entry-details-summary";
import { requireStaffForPage, staffPageMetadata } from "@/lib/auth/session";
import { summariseAnswers } from "@/lib/respond/answer-summary";
import { answersForStaff } from "@/lib/respond/redacted-answers";
import { pageSlug, resumePage } from "@/lib/respond/journey";
import { originalErrorText } from "@/lib/services/entry/entered-original";
import { getEnteredResponse } from "@/lib/services/entry/entered-responses";
import { entryPath } from "../entry-paths";

type Props = {
  params: Promise<{ id: string; responseId: string }>;
  searchParams: Promise<{ done?: string; fileError?: string }>;
};

export const generateMetadata = async ({ searchParams }: Readonly<Props>): Promise<Metadata> =>
  staffPageMetadata("response.enter", (await searchParams).fileError ? "Error: Entered response" : "Entered response");
export const dynamic = "force-dynamic";

const DONE: Record<string, string> = {
  changed: "Answers changed. The change is recorded in the audit trail.",
  "details-saved": "Details saved.",
  "saved-for-later": "The answers so far are saved. Finish entering the response when you are ready.",
  original: "Scanned original attached.",
};

export default async function EnteredResponsePage({ params, searchParams }: Readonly<Props>) {
  const { id, responseId } = await params;
  const staff = await requireStaffForPage(entryPath(id, responseId), "response.enter");
  const entry = await getEnteredResponse(staff, id, responseId);
  const { done, fileError: fileErrorCode } = await searchParams;
  const fileError = fileErrorCode ? originalErrorText(fileErrorCode) : undefined;
  const editable = entry.status !== "WITHDRAWN";
  const next = entry.status === "DRAFT" ? resumePage(entry.journey, entry.answers) : undefined;
  // Equality answers are aggregate-only once saved; the service leaves them out then too.
  // Once saved, the words are redacted here as everywhere staff read them; the response's read-only
  // page shows the original to a reader who gives a reason (issue #15).
  const shown =
    entry.status === "DRAFT" ? entry.answers : answersForStaff(entry.journey.definition, entry.answers, false);
  const sections = summariseAnswers(entry.journey, shown, { includeEquality: entry.equalityOpen });
  return (
    <>
      <BackLink href={`/staff/consultations/${id}/responses`}>Back to responses</BackLink>
      <ErrorSummary errorList={fileError ? [{ text: fileError, href: "#file" }] : []} />
      {done === "done" && entry.reference ? (
        <Panel title="Response saved" headingLevel={2}>
          Reference {entry.reference}
        </Panel>
      ) : (
        done && DONE[done] && <NotificationBanner type="success" text={DONE[done]} />
      )}
      <span className="govuk-caption-l">Entered response</span>
      <h1 className="govuk-heading-l">
        {entry.reference ?? "Response not saved yet"}{" "}
        {entry.status === "WITHDRAWN" && <Tag colour="red">Withdrawn</Tag>}
      </h1>
      {entry.status === "DRAFT" && (
        <Button
          href={next ? entryPath(id, responseId, pageSlug(next.key)) : entryPath(id, responseId, "check-answers")}
        >
          Continue entering the answers
        </Button>
      )}
      <EntryDetailsSummary
        details={entry}
        changeHref={editable ? entryPath(id, responseId, "details") : undefined}
        originalHref={`${entryPath(id, responseId)}/original`}
      />
      {editable && (
        <form
          action={`${entryPath(id, responseId)}/original/upload`}
          method="post"
          encType="multipart/form-data"
          noValidate
        >
          <h2 className="govuk-heading-m">Scanned original (optional)</h2>
          <FileField
            hint="A PDF, JPEG or PNG of the paper form. A new file replaces the old one."
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            error={fileError}
          />
          <Button variant="secondary">Upload the scanned original</Button>
        </form>
      )}
      <AnswersSummary
        sections={sections}
        changeHref={editable ? (section) => entryPath(id, responseId, section.slug) : undefined}
      />
      {entry.status === "SUBMITTED" && (
        <p className="govuk-body">
          Personal details in the answers are hidden.{" "}
          <a className="govuk-link" href={`${entryPath(id, responseId)}/view#answers`}>
            Read the response, or ask to see its original text
          </a>
          .
        </p>
      )}
    </>
  );
}
