import { Button, ButtonGroup, DateInput, ErrorSummary, Select } from "@/components/govuk";

type Option = { value: string; text: string };
type DateParts = { day?: string; month?: string; year?: string };

export type AuditFilterValues = { person?: string; action?: string; from: DateParts; to: DateParts };

type AuditFiltersProps = {
  people: ReadonlyArray<Option>;
  actions: ReadonlyArray<Option>;
  values: AuditFilterValues;
  errors: Readonly<Record<string, string | undefined>>;
};

/** A GET form, so filtered views are plain links that can be bookmarked and shared. */
export const AuditFilters = ({ people, actions, values, errors }: Readonly<AuditFiltersProps>) => {
  const summary = (["person", "action", "from", "to"] as const)
    .filter((field) => errors[field])
    .map((field) => ({
      text: errors[field] as string,
      href: field === "from" || field === "to" ? `#${field}-day` : `#${field}`,
    }));
  return (
    <>
      <ErrorSummary errorList={summary} />
      <form method="get" action="/staff/admin/audit" noValidate>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Select
              name="person"
              label="Person"
              defaultValue={values.person ?? ""}
              errorMessage={errors.person}
              items={[{ value: "", text: "Everyone" }, ...people]}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <Select
              name="action"
              label="Action"
              defaultValue={values.action ?? ""}
              errorMessage={errors.action}
              items={[{ value: "", text: "All actions" }, ...actions]}
            />
          </div>
        </div>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <DateInput
              namePrefix="from"
              legend="Date from"
              legendClassName="govuk-fieldset__legend--s"
              hint="For example, 27 3 2026"
              defaultValues={values.from}
              errorMessage={errors.from}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <DateInput
              namePrefix="to"
              legend="Date to"
              legendClassName="govuk-fieldset__legend--s"
              hint="Includes the whole day"
              defaultValues={values.to}
              errorMessage={errors.to}
            />
          </div>
        </div>
        <ButtonGroup>
          <Button variant="secondary">Apply filters</Button>
          <a className="govuk-link" href="/staff/admin/audit">
            Clear filters
          </a>
        </ButtonGroup>
      </form>
    </>
  );
};
