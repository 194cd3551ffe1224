// GOV.UK file upload: a plain <input type="file"> in a multipart form, so it needs no JavaScript.
import { cx } from "./class-names";
import { FieldIntro, FormGroup, hasContent, type FieldBaseProps, type FieldLabelProps } from "./form-group";
import { describeField, fieldId } from "./ids";

export type FileUploadProps = FieldBaseProps & FieldLabelProps & { label: React.ReactNode; accept?: string };

export const FileUpload = ({
  name,
  id: idProp,
  label,
  labelClassName,
  hint,
  errorMessage,
  describedBy,
  formGroupClassName,
  accept,
}: Readonly<FileUploadProps>) => {
  const id = fieldId(name, idProp);
  const hasError = Boolean(errorMessage);
  const ids = describeField(id, { hasHint: hasContent(hint), hasError, describedBy });
  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      <FieldIntro
        id={id}
        label={label}
        labelClassName={labelClassName}
        hint={hint}
        hintId={ids.hintId}
        errorMessage={errorMessage}
        errorId={ids.errorId}
      />
      <input
        className={cx("govuk-file-upload", hasError && "govuk-file-upload--error")}
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-describedby={ids.describedBy}
      />
    </FormGroup>
  );
};
