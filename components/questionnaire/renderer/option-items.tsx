// Options as GOV.UK radio and checkbox items: "Other" reveals a box for the details, the
// organisation option reveals a box for its name, and exclusive answers ("Don't know",
// "None of these") come after an "or" divider, as the GOV.UK checkboxes pattern shows.
import type { ReactNode } from "react";
import { type CheckboxItem, type ChoiceDivider, TextInput } from "@/components/govuk";
import type { TOption } from "@/lib/questionnaire/definition/definition";
import { organisationFieldName, otherFieldName } from "@/lib/questionnaire/forms/field-names";
import { type QuestionRendererProps, valueOf } from "./types";

type Context = Pick<QuestionRendererProps, "values" | "errors"> & {
  questionKey: string;
  /** False when the form reveals follow-ups itself: the item then carries no data-aria-controls for GOV.UK Frontend. */
  scriptReveal?: boolean;
};

function followUp(option: TOption, { questionKey, values, errors }: Context): ReactNode {
  if (option.other) {
    const name = otherFieldName(questionKey);
    return (
      <TextInput name={name} label="Give details" errorMessage={errors[name]} defaultValue={valueOf(values, name)} />
    );
  }
  if (option.organisation) {
    const name = organisationFieldName(questionKey);
    return (
      <TextInput
        name={name}
        label="Name of the organisation"
        autoComplete="organization"
        errorMessage={errors[name]}
        defaultValue={valueOf(values, name)}
      />
    );
  }
  return undefined;
}

/** Items for Radios or Checkboxes, with the divider before the first trailing exclusive option. */
export function optionItems(options: readonly TOption[], context: Context): (CheckboxItem | ChoiceDivider)[] {
  const firstExclusive = options.findIndex((o, i) => o.exclusive && options.slice(i).every((later) => later.exclusive));
  return options.flatMap((option, index) => {
    const conditional = followUp(option, context);
    const item: CheckboxItem = {
      value: option.key,
      text: option.label,
      hint: option.hint,
      conditional,
      exclusive: option.exclusive,
      ...(conditional && context.scriptReveal === false ? { attributes: { "data-aria-controls": undefined } } : {}),
    };
    return index === firstExclusive && index > 0 ? [{ divider: "or" }, item] : [item];
  });
}
