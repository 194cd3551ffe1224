// The GOV.UK file upload field named "file", for plain multipart forms posted to a route
// handler (documents, response imports): label, hint, error message and aria wiring.
import type { ReactNode } from "react";

type Props = { hint: ReactNode; accept: string; error?: string };

export const FileField = ({ hint, accept, error }: Readonly<Props>) => (
  <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
    <label className="govuk-label govuk-label--s" htmlFor="file">
      File
    </label>
    <div id="file-hint" className="govuk-hint">
      {hint}
    </div>
    {error && (
      <p id="file-error" className="govuk-error-message">
        <span className="govuk-visually-hidden">Error:</span> {error}
      </p>
    )}
    <input
      className={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
      id="file"
      name="file"
      type="file"
      accept={accept}
      aria-describedby={error ? "file-hint file-error" : "file-hint"}
    />
  </div>
);
