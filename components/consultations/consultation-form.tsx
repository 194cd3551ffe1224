"use client";
// The officer's create/edit form. Works as a plain POST without JavaScript; with it, the
// shared zod schema checks the answers first (components/forms/use-zod-form.ts).
import { useActionState, type FormEvent } from "react";
import { Button, Checkboxes, ErrorSummary, Radios, Select, Textarea, TextInput } from "@/components/govuk";
import { DateField } from "@/components/forms/date-field";
import { FormPageTitle } from "@/components/forms/form-page-title";
import { useZodForm } from "@/components/forms/use-zod-form";
import type { ActionState, ServerAction } from "@/lib/actions/action-result";
import { slugFromTitle } from "@/lib/text/slug";
import { AUDIENCES, ZConsultationSchema } from "@/lib/validation/consultation";

type Props = {
  action: ServerAction<unknown>;
  title: string;
  submitLabel: string;
  consultationId?: string;
  initial: Record<string, string>;
  dates: { opens?: Date; closes?: Date; decision?: Date | null };
  /** Who may be chosen as owner: active officers and administrators (and the current owner). */
  owners: readonly { id: string; label: string }[];
};

const DATE_IDS = { opens: "opens-day", closes: "closes-day", decision: "decision-day" };

/**
 * With JavaScript, a new consultation's web address follows its title while it is blank or
 * still the last suggestion, so an address the officer typed is never replaced. Without
 * JavaScript, the server makes the same address from the title when the field is left blank.
 */
function suggestSlug(event: FormEvent<HTMLFormElement>) {
  const target = event.target as HTMLInputElement;
  const slug = event.currentTarget.elements.namedItem("slug");
  if (target.name !== "title" || !(slug instanceof HTMLInputElement)) return;
  if (slug.value !== "" && slug.value !== slug.dataset.suggested) return;
  slug.value = slugFromTitle(target.value);
  slug.dataset.suggested = slug.value;
}

export const ConsultationForm = ({
  action,
  title,
  submitLabel,
  consultationId,
  initial,
  dates,
  owners,
}: Readonly<Props>) => {
  const [serverState, formAction] = useActionState<ActionState, FormData>(action, null);
  const form = useZodForm(ZConsultationSchema, serverState, formAction);
  const posted = serverState && !serverState.ok ? serverState.values : undefined;
  const value = (name: string) => posted?.[name] ?? initial[name] ?? "";
  const text = (name: string, label: string, hint?: string) => (
    <TextInput
      name={name}
      label={label}
      labelClassName="govuk-label--s"
      hint={hint}
      defaultValue={value(name)}
      errorMessage={form.error(name)}
    />
  );
  const area = (name: string, label: string, hint?: string, rows = 5) => (
    <Textarea
      name={name}
      label={label}
      labelClassName="govuk-label--s"
      hint={hint}
      rows={rows}
      defaultValue={value(name)}
      errorMessage={form.error(name)}
    />
  );
  const yesNo = (name: string, legend: string, hint?: string) => (
    <Radios
      name={name}
      legend={legend}
      legendClassName="govuk-fieldset__legend--s"
      hint={hint}
      inline
      defaultValue={value(name) || "no"}
      errorMessage={form.error(name)}
      items={[
        { value: "yes", text: "Yes" },
        { value: "no", text: "No" },
      ]}
    />
  );
  return (
    <>
      <FormPageTitle title={title} hasError={form.hasError} />
      <ErrorSummary errorList={form.summary(DATE_IDS)} />
      <h1 className="govuk-heading-l">{title}</h1>
      <form action={formAction} onSubmit={form.onSubmit} onInput={consultationId ? undefined : suggestSlug} noValidate>
        {consultationId && <input type="hidden" name="consultationId" value={consultationId} />}
        <h2 className="govuk-heading-m">About the consultation</h2>
        {text("title", "Title")}
        {text(
          "slug",
          "Web address",
          consultationId
            ? "Lower-case words joined by hyphens, for example library-opening-hours-2027"
            : "Lower-case words joined by hyphens, for example library-opening-hours-2027. Leave it blank to use one made from the title.",
        )}
        {area("summary", "Short summary", "One or two plain-English sentences. This is shown first, everywhere.", 3)}
        {area("body", "Full text", "Markdown: use ## for headings and - for lists.", 12)}
        {area(
          "reasons",
          "Why we are consulting and the reasons for the proposals",
          "Gunning principle 2: give enough reasons for people to respond intelligently.",
          8,
        )}
        {area(
          "proposals",
          "Proposals",
          "One proposal per paragraph. The first line is its title; the lines after describe it.",
          8,
        )}
        {area("topics", "Topics", "One per line, for example Overnight breaks.", 4)}
        <Checkboxes
          name="audiences"
          legend="Who is this consultation for?"
          legendClassName="govuk-fieldset__legend--s"
          hint="Select all that apply."
          items={AUDIENCES.map(([v, label]) => ({
            value: "yes",
            name: `audience-${v}`,
            text: label,
            defaultChecked: Boolean(posted ? posted[`audience-${v}`] : initial[`audience-${v}`]),
          }))}
        />
        {yesNo(
          "isServiceChange",
          "Does this consultation propose a change to a service?",
          "Service changes are normally open for 12 weeks.",
        )}
        {text("referencePrefix", "Response reference prefix", "2 to 6 capital letters, for example SB.")}
        <h2 className="govuk-heading-m">Dates</h2>
        <p className="govuk-body">UK time. It opens at the start of the first day and closes at 11:59pm on the last.</p>
        <DateField
          prefix="opens"
          legend="Opening date"
          hint="For example, 1 3 2027"
          value={dates.opens}
          posted={posted}
          error={form.error("opens")}
        />
        <DateField
          prefix="closes"
          legend="Closing date"
          hint="For example, 12 4 2027"
          value={dates.closes}
          posted={posted}
          error={form.error("closes")}
        />
        <h2 className="govuk-heading-m">Contact and ways to take part</h2>
        {text("contactRole", "Contact role", "A role, not a person, for example Libraries Team.")}
        {text("contactEmail", "Contact email address")}
        {text("contactPhone", "Contact phone number")}
        {area("contactAddress", "Postal address", undefined, 3)}
        {area("otherWaysToRespond", "Other ways to respond", "Paper copies, email, phone, events.")}
        {area(
          "helpToTakePart",
          "Need help to take part?",
          "Alternative formats, an interpreter or BSL, an advocate, paper copies and phone.",
        )}
        {area("privacyNotice", "Privacy notice", "How we use and keep people's responses.")}
        {area(
          "promotionNotes",
          "How the consultation was promoted",
          "Not shown to the public. For the findings report: letters to families, schools, social media, posters, partners' newsletters, press.",
        )}
        <h2 className="govuk-heading-m">Governance</h2>
        <Select
          name="ownerId"
          label="Owner"
          labelClassName="govuk-label--s"
          hint="The officer answerable for this consultation."
          defaultValue={value("ownerId")}
          errorMessage={form.error("ownerId")}
          items={owners.map((o) => ({ value: o.id, text: o.label }))}
        />
        {text("decisionMaker", "Decision maker", "For example Cabinet.")}
        {yesNo("keyDecision", "Is this a key decision?")}
        {text("forwardPlanReference", "Forward plan reference")}
        <DateField
          prefix="decision"
          legend="Expected decision date (optional)"
          value={dates.decision}
          posted={posted}
          error={form.error("decision")}
        />
        {text("resultsExpectedText", "When will results be published? (optional)")}
        <Button preventDoubleClick>{submitLabel}</Button>
      </form>
    </>
  );
};
