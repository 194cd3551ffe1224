// "You can send a drawing or a photo" under an Easy Read free-text question whose officer
// allowed it (issue #7). A plain file input in the page's form: the form posts multipart, so
// it works without JavaScript. Once a file is kept, the page names it and offers to remove it.
import { FileUpload } from "@/components/govuk";
import { DRAWING_MAX_MB, drawingFieldName, removeDrawingFieldName } from "@/lib/validation/drawing-upload";

type Props = { questionKey: string; sent?: string; errorMessage?: string };

export const DrawingField = ({ questionKey, sent, errorMessage }: Readonly<Props>) => (
  <div className="app-easy-read__drawing">
    <FileUpload
      name={drawingFieldName(questionKey)}
      label={sent ? "You can send a different drawing or photo" : "You can send a drawing or a photo"}
      labelClassName="govuk-label--s"
      hint={`Send it instead of writing, or as well. It must be a JPG or PNG file. It must be smaller than ${DRAWING_MAX_MB}MB.`}
      accept="image/png,image/jpeg"
      errorMessage={errorMessage}
    />
    {sent && (
      <>
        <p className="govuk-body" data-testid="drawing-sent">
          We have your drawing or photo: <strong>{sent}</strong>
        </p>
        <div className="govuk-form-group">
          <div className="govuk-checkboxes" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={removeDrawingFieldName(questionKey)}
                name={removeDrawingFieldName(questionKey)}
                type="checkbox"
                value="yes"
              />
              <label
                className="govuk-label govuk-checkboxes__label app-easy-read__option"
                htmlFor={removeDrawingFieldName(questionKey)}
              >
                Take away this drawing or photo
              </label>
            </div>
          </div>
        </div>
      </>
    )}
  </div>
);
