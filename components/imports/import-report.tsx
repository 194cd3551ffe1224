// The dry run's report: counts, every error row by row (row, column, problem, value) in a GOV.UK
// table, and the two ways to import. Nothing has been saved when this is shown.
import { Button, SummaryList, Table } from "@/components/govuk";
import type { TImportReport } from "@/lib/imports/validate-rows";

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export const ImportReport = ({ report, action }: Readonly<{ report: TImportReport; action: string }>) => {
  const fresh = report.valid - report.duplicates;
  return (
    <section id="report" aria-labelledby="report-heading">
      <h2 id="report-heading" className="govuk-heading-m">
        Check the rows
      </h2>
      <p className="govuk-body">Nothing has been imported yet.</p>
      <SummaryList
        rows={[
          { key: "Rows in the file", value: report.rows.toLocaleString("en-GB") },
          { key: "Valid rows", value: report.valid.toLocaleString("en-GB") },
          { key: "Rows with errors", value: report.invalid.toLocaleString("en-GB") },
          {
            key: "Already imported",
            value: `${count(report.duplicates, "valid row was", "valid rows were")} already imported and will be skipped`,
          },
        ]}
      />
      {report.errorCount > 0 && (
        <>
          <Table
            caption={`Errors, row by row (${count(report.errorCount, "error", "errors")})`}
            captionClassName="govuk-table__caption--s"
            head={[{ text: "Row" }, { text: "Column" }, { text: "Problem" }, { text: "Value" }]}
            rows={report.errors.map((e) => [
              { text: String(e.row) },
              { text: e.column },
              { text: e.problem },
              { text: e.value },
            ])}
          />
          {report.errorCount > report.errors.length && (
            <p className="govuk-body">
              Showing the first {report.errors.length.toLocaleString("en-GB")} of{" "}
              {report.errorCount.toLocaleString("en-GB")} errors.
            </p>
          )}
        </>
      )}
      <form id="import-actions" action={action} method="post" noValidate>
        <p className="govuk-body">
          {report.invalid > 0
            ? `You can import all rows only when none has errors: correct the file and upload it again, or import the ${count(fresh, "new valid row", "new valid rows")} now.`
            : `${count(fresh, "new row", "new rows")} will be imported.`}
        </p>
        <div className="govuk-button-group">
          <Button name="intent" value="import-valid" preventDoubleClick>
            Import only the valid rows
          </Button>
          <Button name="intent" value="import-all" variant="secondary" preventDoubleClick>
            Import all rows
          </Button>
        </div>
      </form>
    </section>
  );
};
