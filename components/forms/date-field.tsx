// A GOV.UK date input bound to posted values, shared by every officer form with a date.
import { DateInput } from "@/components/govuk";
import { londonDateParts } from "@/lib/consultations/london-time";

type Props = {
  prefix: string;
  legend: string;
  hint?: string;
  value?: Date | null;
  /** The last posted values, which win over `value` after a failed submit. */
  posted?: Record<string, string>;
  error?: string;
};

export const DateField = ({ prefix, legend, hint, value, posted, error }: Readonly<Props>) => {
  const fromValue = value ? londonDateParts(value) : { day: "", month: "", year: "" };
  const part = (p: "day" | "month" | "year") => posted?.[`${prefix}-${p}`] ?? fromValue[p];
  return (
    <DateInput
      namePrefix={prefix}
      legend={legend}
      legendClassName="govuk-fieldset__legend--s"
      hint={hint}
      errorMessage={error}
      defaultValues={{ day: part("day"), month: part("month"), year: part("year") }}
    />
  );
};
