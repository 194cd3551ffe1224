import { cx } from "./class-names";
import { Hint } from "./hint";
import { fieldId } from "./ids";
import { Textarea, type TextareaProps } from "./textarea";

export type CharacterCountProps = Omit<TextareaProps, "afterInput"> & {
  /** The limit, counted as string length unless countType says otherwise. */
  maxLength?: number;
  /**
   * How GOV.UK Frontend counts: "length" (default, like String.length), "characters"
   * (graphemes) or "words" (Intl.Segmenter words). Server-side checks should count the same way.
   */
  countType?: "length" | "characters" | "words";
  /** Shorthand for maxLength with countType "words". */
  maxWords?: number;
  /** Only show the count once this percentage of the limit is used. */
  threshold?: number;
  /** Defaults to "You can enter up to %{count} characters" (or words). */
  textareaDescriptionText?: string;
};

/**
 * A textarea with a limit. Without JavaScript the "-info" hint states the limit; with it,
 * GOV.UK Frontend turns the hint into a live count. No native maxlength is set on purpose:
 * GOV.UK lets people type past the limit and then tells them, rather than cutting text off.
 */
export const CharacterCount = ({
  maxLength,
  countType: countTypeProp,
  maxWords,
  threshold,
  textareaDescriptionText,
  formGroupClassName,
  formGroupAttributes,
  className,
  describedBy,
  ...textarea
}: Readonly<CharacterCountProps>) => {
  const id = fieldId(textarea.name, textarea.id);
  const countsWords = countTypeProp === "words" || (countTypeProp === undefined && maxWords !== undefined);
  const limit = maxWords ?? maxLength;
  const unit = countsWords ? "words" : "characters";
  const description = (textareaDescriptionText ?? `You can enter up to %{count} ${unit}`).replace(
    "%{count}",
    String(limit ?? ""),
  );
  const infoId = `${id}-info`;
  return (
    <Textarea
      {...textarea}
      describedBy={cx(describedBy, infoId)}
      className={cx("govuk-js-character-count", className)}
      formGroupClassName={cx("govuk-character-count", formGroupClassName)}
      formGroupAttributes={{
        "data-module": "govuk-character-count",
        // GOV.UK Frontend 6 deprecates data-maxwords in favour of a length plus a count type.
        "data-maxlength": limit,
        "data-threshold": threshold,
        "data-count-type": countTypeProp ?? (maxWords ? "words" : undefined),
        ...formGroupAttributes,
      }}
      afterInput={
        <Hint id={infoId} className="govuk-character-count__message">
          {limit === undefined ? undefined : description}
        </Hint>
      }
    />
  );
};
