"use client";

// Subject access (issue #21): search by email or reference with a reason; the result lists what
// is held, offers the JSON and Word packs (posted with the same reason), and erasure.
import { useActionState } from "react";
import { Button, Checkboxes, ErrorSummary, Radios, Table, TextInput } from "@/components/govuk";
import { FormPageTitle } from "@/components/forms/form-page-title";
import {
  errorSummaryItems,
  fieldError,
  submittedValue,
  type ActionState,
  type ServerAction,
} from "@/lib/actions/action-result";

type Summary = {
  found: boolean;
  responses: { reference: string | null; consultation: string; status: string }[];
  contacts: number;
  subscriptions: number;
  emails: number;
  q: string;
  reason: string;
};
type Erased = {
  contacts: number;
  subscriptions: number;
  emails: number;
  responsesDeleted: number;
  responsesAnonymised: number;
};
type Props = { search: ServerAction<Summary>; erase: ServerAction<Erased>; title: string };

const DOWNLOAD = "/staff/admin/subject-access/download";

export const SubjectAccessPanel = ({ search, erase, title }: Readonly<Props>) => {
  const [found, searchAction] = useActionState<ActionState<Summary>, FormData>(search, null);
  const [erased, eraseAction] = useActionState<ActionState<Erased>, FormData>(erase, null);
  const summary = found?.ok ? found.data : null;
  return (
    <>
      <FormPageTitle title={title} hasError={Boolean((found && !found.ok) || (erased && !erased.ok))} />
      <ErrorSummary
        errorList={[
          ...errorSummaryItems(found, { q: "q", reason: "reason" }),
          ...errorSummaryItems(erased, { responses: "responses", confirm: "confirm" }),
        ]}
      />
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        Find everything held about a person, to answer a subject access or erasure request. Every search, download and
        erasure is recorded with its reason.
      </p>
      <form action={searchAction} noValidate>
        <TextInput
          name="q"
          label="Email address or response reference"
          hint="For example, name@example.com or SB-7K4Q-29XD"
          spellCheck={false}
          defaultValue={summary?.q ?? submittedValue(found, "q")}
          errorMessage={fieldError(found, "q")}
        />
        <TextInput
          name="reason"
          label="Reason"
          hint="For example, the request's reference number"
          defaultValue={summary?.reason ?? submittedValue(found, "reason")}
          errorMessage={fieldError(found, "reason")}
        />
        <Button preventDoubleClick>Search</Button>
      </form>
      {summary && <SubjectResult summary={summary} />}
      {erased?.ok && (
        <div className="govuk-panel govuk-panel--confirmation">
          <h2 className="govuk-panel__title">Data erased</h2>
          <div className="govuk-panel__body">
            {erased.data.contacts} contact details, {erased.data.subscriptions} subscriptions and {erased.data.emails}{" "}
            emails deleted; {erased.data.responsesDeleted} responses deleted and {erased.data.responsesAnonymised}{" "}
            anonymised
          </div>
        </div>
      )}
      {summary?.found && !erased?.ok && (
        <form action={eraseAction} noValidate>
          <h2 className="govuk-heading-m">Erase this person&apos;s data</h2>
          <input type="hidden" name="q" value={summary.q} />
          <input type="hidden" name="reason" value={summary.reason} />
          <Radios
            name="responses"
            legend="What should happen to their responses?"
            legendClassName="govuk-fieldset__legend--s"
            hint="A response whose consultation's outcome is published is anonymised instead of deleted, so the published figures stay true."
            errorMessage={fieldError(erased, "responses")}
            items={[
              { value: "keep", text: "Keep the responses; remove contact details, subscriptions and emails" },
              { value: "remove", text: "Remove the responses too" },
            ]}
          />
          <Checkboxes
            name="confirm"
            legend="Confirm"
            legendClassName="govuk-visually-hidden"
            items={[{ value: "yes", text: "I confirm this person's data should be erased. This cannot be undone." }]}
            errorMessage={fieldError(erased, "confirm")}
          />
          <Button preventDoubleClick variant="warning">
            Erase
          </Button>
        </form>
      )}
    </>
  );
};

function SubjectResult({ summary }: Readonly<{ summary: Summary }>) {
  if (!summary.found)
    return (
      <p className="govuk-body govuk-!-font-weight-bold">We hold nothing about this email address or reference.</p>
    );
  return (
    <>
      <Table
        caption="Responses and drafts held"
        captionClassName="govuk-table__caption--m"
        head={[{ text: "Reference" }, { text: "Consultation" }, { text: "Status" }]}
        rows={summary.responses.map((r) => [
          { text: r.reference ?? "Unfinished draft" },
          { text: r.consultation },
          { text: r.status },
        ])}
      />
      <p className="govuk-body">
        Also held: {summary.contacts} contact details, {summary.subscriptions} update subscriptions and {summary.emails}{" "}
        emails.
      </p>
      <div className="govuk-button-group">
        {(["json", "docx"] as const).map((format) => (
          <form key={format} method="post" action={DOWNLOAD}>
            <input type="hidden" name="q" value={summary.q} />
            <input type="hidden" name="reason" value={summary.reason} />
            <input type="hidden" name="format" value={format} />
            <Button variant="secondary">
              {format === "json" ? "Download as JSON" : "Download as a Word document"}
            </Button>
          </form>
        ))}
      </div>
    </>
  );
}
