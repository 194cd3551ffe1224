// The export options form of the downloads page (issue #10): format, free text, and personal
// data or original text with a reason. Posts to ./export; works without JavaScript (the
// conditional questions are then simply shown).
import { Button, Radios, Textarea } from "@/components/govuk";
import { DOWNLOAD_REASON_MAX } from "@/lib/validation/downloads";

export type ExportFormState = {
  values: Record<string, string | undefined>;
  errors: Record<string, string | undefined>;
};

export const EXPORT_FIELD_IDS: Record<string, string> = {
  format: "format",
  freeText: "freeText",
  sensitive: "sensitive",
  include: "include",
  reason: "reason",
};

export const ExportForm = ({
  action,
  state,
  threshold,
}: Readonly<{ action: string; state: ExportFormState; threshold: number }>) => {
  const { values, errors } = state;
  const sensitiveDetails = (
    <>
      <Radios
        name="include"
        legend="What do you need?"
        legendClassName="govuk-fieldset__legend--s"
        defaultValue={values.include}
        errorMessage={errors.include}
        items={[
          { value: "original", text: "Original free text, without contact details" },
          { value: "personal", text: "Original free text and respondents' contact details (email address and name)" },
        ]}
      />
      <Textarea
        name="reason"
        label="Why do you need it?"
        labelClassName="govuk-label--s"
        hint={`This is recorded in the audit trail with your name. Up to ${DOWNLOAD_REASON_MAX} characters.`}
        errorMessage={errors.reason}
        rows={3}
      />
    </>
  );
  return (
    <form action={action} method="post" noValidate id="export-form">
      <Radios
        name="format"
        legend="File format"
        legendClassName="govuk-fieldset__legend--m"
        defaultValue={values.format ?? "csv"}
        errorMessage={errors.format}
        items={[
          { value: "csv", text: "CSV (comma-separated values)", hint: "Opens in Excel and most other software." },
          {
            value: "xlsx",
            text: "Excel workbook (XLSX)",
            hint: "A summary, a sheet of responses for each format and channel, and the themes.",
          },
          { value: "json", text: "JSON", hint: "For other software and analysis tools." },
        ]}
      />
      <Radios
        name="freeText"
        legend="Include free-text answers?"
        legendClassName="govuk-fieldset__legend--m"
        defaultValue={values.freeText ?? "yes"}
        errorMessage={errors.freeText}
        inline
        items={[
          { value: "yes", text: "Yes" },
          { value: "no", text: "No" },
        ]}
      />
      <Radios
        name="sensitive"
        legend="Do you need personal data or original text?"
        legendClassName="govuk-fieldset__legend--m"
        hint="Free text is redacted unless you need the original: email addresses, phone numbers, postcodes, NI and NHS numbers and names are replaced. Postcodes are cut to the district."
        defaultValue={values.sensitive ?? "no"}
        errorMessage={errors.sensitive}
        items={[
          { value: "no", text: "No, redacted free text and no contact details (recommended)" },
          { value: "yes", text: "Yes, I need personal data or original text", conditional: sensitiveDetails },
        ]}
      />
      <p className="govuk-body">
        Exports of more than {threshold.toLocaleString("en-GB")} responses are prepared in the background: you will see
        their progress, then download the file.
      </p>
      <Button preventDoubleClick>Download</Button>
    </form>
  );
};
