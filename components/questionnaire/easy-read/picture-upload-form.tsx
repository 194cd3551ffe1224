// The form for an officer's own Easy Read picture: a plain multipart POST, so it needs no
// JavaScript. Errors come back from the route handler in the query string, GOV.UK style.
import { Button, ErrorSummary, FileUpload, TextInput } from "@/components/govuk";

type Props = { consultationId: string; maxMb: number; errors: Record<string, string>; altText: string };

export const PictureUploadForm = ({ consultationId, maxMb, errors, altText }: Readonly<Props>) => (
  <>
    <ErrorSummary
      errorList={["file", "altText"].filter((k) => errors[k]).map((k) => ({ text: errors[k], href: `#${k}` }))}
    />
    <h1 className="govuk-heading-l">Easy Read pictures</h1>
    <p className="govuk-body">
      Upload pictures your council may use, for example Photosymbols. You can then choose them in the builder.
    </p>
    <form
      action={`/staff/consultations/${encodeURIComponent(consultationId)}/questionnaire/pictures/upload`}
      method="post"
      encType="multipart/form-data"
      noValidate
    >
      <FileUpload
        name="file"
        label="Picture"
        labelClassName="govuk-label--s"
        hint={`A PNG or JPEG image, smaller than ${maxMb} MB. SVG files are not accepted.`}
        accept="image/png,image/jpeg"
        errorMessage={errors.file}
      />
      <TextInput
        name="altText"
        label="Describe the picture"
        labelClassName="govuk-label--s"
        hint="For example: A girl on a swing. Screen readers read this out, and the builder lists the picture by it."
        defaultValue={altText}
        errorMessage={errors.altText}
      />
      <Button preventDoubleClick>Upload picture</Button>
    </form>
  </>
);
