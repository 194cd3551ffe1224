"use client";
// One block of the Easy Read summary form: its picture, heading and words, with the Easy Read
// checker's warnings for the saved words beside them. Re-posted values and errors come from
// the enclosing ActionForm, so nothing typed is lost when another block has a mistake.
import { BoundSelect, BoundTextarea, BoundTextInput } from "@/components/forms/bound-fields";
import type { TEasyReadSummary } from "@/lib/questionnaire/easy-read/summary";
import { summaryField } from "@/lib/validation/easy-read-summary";

type Props = {
  n: number;
  block?: TEasyReadSummary[number];
  pictures: readonly { value: string; text: string }[];
  warnings: readonly string[];
};

export const SummaryBlockFields = ({ n, block, pictures, warnings }: Readonly<Props>) => (
  <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" data-summary-block={n}>
    <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Block {n}</legend>
    <BoundSelect
      name={summaryField(n, "picture")}
      label={`Picture for block ${n}`}
      labelClassName="govuk-label--s"
      items={[{ value: "", text: "No picture" }, ...pictures]}
      defaultValue={block?.picture ?? ""}
    />
    <BoundTextInput
      name={summaryField(n, "heading")}
      label={`Heading for block ${n} (optional)`}
      labelClassName="govuk-label--s"
      defaultValue={block?.heading ?? ""}
    />
    <BoundTextarea
      name={summaryField(n, "text")}
      label={`Words for block ${n}`}
      labelClassName="govuk-label--s"
      rows={3}
      defaultValue={block?.text ?? ""}
    />
    {warnings.length > 0 && (
      <div className="govuk-hint" data-easy-read-warnings={`block-${n}`}>
        Easy Read checks:
        <ul className="govuk-list govuk-list--bullet govuk-!-font-size-16">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </div>
    )}
  </fieldset>
);
