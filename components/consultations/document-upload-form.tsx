// The document upload form: a plain multipart POST, so it needs no JavaScript. Errors come
// back from the route handler in the query string and are shown GOV.UK style.
import { FileField } from "@/components/forms/file-field";
import { Button, ErrorSummary, Radios, TextInput, Textarea } from "@/components/govuk";
import { DOCUMENT_KINDS } from "@/lib/validation/document";

type Props = {
  consultationId: string;
  document?: { id: string; title: string; kind: string };
  maxMb: number;
  errors: Record<string, string>;
  values: Record<string, string | undefined>;
};

const ORDER = ["file", "title", "kind", "versionLabel", "changeNote"];

export const DocumentUploadForm = ({ consultationId, document, maxMb, errors, values }: Readonly<Props>) => {
  const heading = document ? `Upload a new version of ${document.title}` : "Upload a document";
  const summary = ORDER.filter((k) => errors[k]).map((k) => ({
    text: errors[k],
    href: `#${k === "kind" ? "kind" : k}`,
  }));
  return (
    <>
      <ErrorSummary errorList={summary} />
      <h1 className="govuk-heading-l">{heading}</h1>
      <form
        action={`/staff/consultations/${consultationId}/documents/upload`}
        method="post"
        encType="multipart/form-data"
        noValidate
      >
        {document && <input type="hidden" name="documentId" value={document.id} />}
        <FileField
          hint={<>PDF, Word (DOCX) or OpenDocument text (ODT), smaller than {maxMb} MB.</>}
          accept=".pdf,.docx,.odt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
          error={errors.file}
        />
        <TextInput
          name="title"
          label="Title"
          labelClassName="govuk-label--s"
          defaultValue={values.title ?? document?.title ?? ""}
          errorMessage={errors.title}
        />
        <Radios
          name="kind"
          legend="Kind of document"
          legendClassName="govuk-fieldset__legend--s"
          defaultValue={values.kind ?? document?.kind ?? ""}
          errorMessage={errors.kind}
          items={DOCUMENT_KINDS.map(([value, text]) => ({ value, text }))}
        />
        <TextInput
          name="versionLabel"
          label="Version"
          labelClassName="govuk-label--s"
          hint="For example Version 2"
          width={10}
          defaultValue={values.versionLabel ?? ""}
          errorMessage={errors.versionLabel}
        />
        <Textarea
          name="changeNote"
          label="What changed? (optional)"
          labelClassName="govuk-label--s"
          hint="Shown in the public change log when you replace a document after publishing."
          rows={3}
          defaultValue={values.changeNote ?? ""}
          errorMessage={errors.changeNote}
        />
        <Button preventDoubleClick>Upload</Button>
      </form>
    </>
  );
};
