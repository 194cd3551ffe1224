import type { ReactNode } from "react";
import { cx } from "./class-names";
import { ErrorMessage } from "./error-message";
import { OptionalFieldset, type LegendOptions } from "./fieldset";
import { FormGroup, hasContent } from "./form-group";
import { Hint } from "./hint";
import { dateFieldId, describeField } from "./ids";
import { TextInput } from "./text-input";

export type DatePart = "day" | "month" | "year";

export type DateInputProps = LegendOptions & {
  /** Field names become `${namePrefix}-day` and so on. Without it they are plain "day", "month", "year". */
  namePrefix?: string;
  /** Defaults to namePrefix. Part ids are `${id}-day` and so on; link error summaries to the first part with an error. */
  id?: string;
  /** Which parts to show, in order. Defaults to day, month and year. */
  parts?: ReadonlyArray<DatePart>;
  defaultValues?: Readonly<Partial<Record<DatePart, string>>>;
  /** Parts to highlight. With an error message but no parts listed, every part is highlighted. */
  errorParts?: ReadonlyArray<DatePart>;
  /** Legend for the fieldset (role="group") around the parts. */
  legend?: ReactNode;
  hint?: ReactNode;
  errorMessage?: string;
  describedBy?: string;
  /** For example "bday" to give the parts autocomplete="bday-day" and so on. */
  autoCompletePrefix?: string;
  className?: string;
  fieldsetClassName?: string;
  formGroupClassName?: string;
};

const DEFAULT_PARTS: ReadonlyArray<DatePart> = ["day", "month", "year"];
const LABELS: Readonly<Record<DatePart, string>> = { day: "Day", month: "Month", year: "Year" };

export const DateInput = ({
  namePrefix,
  id: idProp,
  parts = DEFAULT_PARTS,
  defaultValues,
  errorParts,
  legend,
  legendClassName,
  legendIsPageHeading,
  hint,
  errorMessage,
  describedBy,
  autoCompletePrefix,
  className,
  fieldsetClassName,
  formGroupClassName,
}: Readonly<DateInputProps>) => {
  const id = idProp || namePrefix || "date";
  const hasError = Boolean(errorMessage);
  const ids = describeField(id, { hasHint: hasContent(hint), hasError, describedBy });
  const anyPartHasError = (errorParts ?? []).length > 0;
  const partHasError = (part: DatePart): boolean => (anyPartHasError ? (errorParts ?? []).includes(part) : hasError);
  return (
    <FormGroup hasError={hasError} className={formGroupClassName}>
      <OptionalFieldset
        legend={legend}
        legendClassName={legendClassName}
        legendIsPageHeading={legendIsPageHeading}
        describedBy={ids.describedBy}
        // GOV.UK sets role="group" so JAWS reads the hint for a fieldset of text inputs.
        role="group"
        fieldsetClassName={fieldsetClassName}
      >
        {ids.hintId && <Hint id={ids.hintId}>{hint}</Hint>}
        {ids.errorId && <ErrorMessage id={ids.errorId}>{errorMessage}</ErrorMessage>}
        <div className={cx("govuk-date-input", className)} id={id}>
          {parts.map((part) => (
            <div key={part} className="govuk-date-input__item">
              <TextInput
                label={LABELS[part]}
                labelClassName="govuk-date-input__label"
                id={dateFieldId(id, part)}
                name={namePrefix ? `${namePrefix}-${part}` : part}
                className={cx(
                  "govuk-date-input__input",
                  partHasError(part) && "govuk-input--error",
                  part === "year" ? "govuk-input--width-4" : "govuk-input--width-2",
                )}
                defaultValue={defaultValues?.[part]}
                inputMode="numeric"
                autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${part}` : undefined}
              />
            </div>
          ))}
        </div>
      </OptionalFieldset>
    </FormGroup>
  );
};
