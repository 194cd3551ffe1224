// The upload form of a bulk import: a plain multipart POST to ./upload, so it needs no
// JavaScript. Errors come back from the route handler in the query string.
import { FileField } from "@/components/forms/file-field";
import { Button, ErrorSummary, Radios } from "@/components/govuk";
import { IMPORT_CHANNELS } from "@/lib/validation/imports";

type Props = { consultationId: string; maxMb: number; errors: Record<string, string>; channel: string };

export const ImportUploadForm = ({ consultationId, maxMb, errors, channel }: Readonly<Props>) => {
  const summary = (["file", "channel"] as const)
    .filter((k) => errors[k])
    .map((k) => ({ text: errors[k], href: `#${k}` }));
  return (
    <>
      <ErrorSummary errorList={summary} />
      <h1 className="govuk-heading-l">Import responses from a spreadsheet</h1>
      <p className="govuk-body">
        Put one response on each row and one question in each column, with the question key or the question as the
        column heading. Nothing is saved until you have checked the rows.
      </p>
      <form
        action={`/staff/consultations/${consultationId}/imports/upload`}
        method="post"
        encType="multipart/form-data"
        noValidate
      >
        <FileField
          hint={<>A CSV file saved as UTF-8, or an Excel workbook (.xlsx), smaller than {maxMb} MB.</>}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          error={errors.file}
        />
        <Radios
          name="channel"
          legend="How did these responses reach you?"
          legendClassName="govuk-fieldset__legend--s"
          hint="Each imported response is tagged with this, so analysis can compare channels."
          defaultValue={channel}
          errorMessage={errors.channel}
          items={IMPORT_CHANNELS.map(([value, text]) => ({ value, text }))}
        />
        <Button preventDoubleClick>Upload and match columns</Button>
      </form>
    </>
  );
};
