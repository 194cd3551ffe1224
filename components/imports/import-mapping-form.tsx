// Matching the file's columns to questions, and unmatched answers to options. Each column has
// a select (preset by the automatic match on headings); each answer that matches no option by
// key or label has one too. A plain POST: it works without JavaScript.
import { Button, Select } from "@/components/govuk";
import type { TUnmatchedColumn } from "@/lib/imports/unmatched-values";
import { columnField, valueField } from "@/lib/validation/imports";

type Props = {
  action: string;
  headers: string[];
  examples: string[];
  columns: string[];
  targets: { name: string; label: string }[];
  unmatched: TUnmatchedColumn[];
};

export const ImportMappingForm = ({ action, headers, examples, columns, targets, unmatched }: Readonly<Props>) => {
  const targetItems = [
    { value: "", text: "Do not import this column" },
    ...targets.map((t) => ({ value: t.name, text: `${t.label} (${t.name})` })),
  ];
  return (
    <form action={action} method="post" noValidate>
      <h2 className="govuk-heading-m">Match columns to questions</h2>
      <p className="govuk-body">We matched headings that are a question key or the question itself. Check each one.</p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Columns of the file</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Column heading
            </th>
            <th scope="col" className="govuk-table__header">
              First value
            </th>
            <th scope="col" className="govuk-table__header">
              Question
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {headers.map((header, i) => (
            <tr key={i} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {header || `Column ${i + 1}`}
              </th>
              <td className="govuk-table__cell">{examples[i]}</td>
              <td className="govuk-table__cell">
                <Select
                  name={columnField(i)}
                  label={`Question for column \u201c${header || i + 1}\u201d`}
                  labelClassName="govuk-visually-hidden"
                  items={targetItems}
                  defaultValue={columns[i] ?? ""}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unmatched.map((column) => (
        <fieldset key={column.target} className="govuk-fieldset govuk-!-margin-bottom-6">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Answers in \u201c{column.header}\u201d that match no option
          </legend>
          {column.values.map((value) => (
            <Select
              key={value.normalised}
              name={valueField(column.target, value.normalised)}
              label={`\u201c${value.text}\u201d means`}
              items={[
                { value: "", text: "No option (report it as an error)" },
                ...column.options.map((o) => ({ value: o.key, text: o.label })),
              ]}
              defaultValue={value.chosen}
            />
          ))}
        </fieldset>
      ))}
      <Button name="intent" value="check" preventDoubleClick>
        Check the rows
      </Button>
    </form>
  );
};
