// A cross-tab as a table: respondents per pair of answers, with distinct-respondent totals.
import { Table, type TableCell } from "@/components/govuk";

type Props = {
  caption: string;
  rowLabels: { key: string; label: string }[];
  columnLabels: { key: string; label: string }[];
  cell: (rowKey: string, columnKey: string) => number;
  rowTotal: (key: string) => number;
  columnTotal: (key: string) => number;
  total: number;
};

const num = (n: number): TableCell => ({ text: String(n), format: "numeric" });

export function CrossTabTable({
  caption,
  rowLabels,
  columnLabels,
  cell,
  rowTotal,
  columnTotal,
  total,
}: Readonly<Props>) {
  return (
    <div>
      <Table
        caption={caption}
        captionClassName="govuk-table__caption--m"
        firstCellIsHeader
        head={[
          { text: "Answer" },
          ...columnLabels.map((c) => ({ text: c.label, format: "numeric" as const })),
          { text: "Total", format: "numeric" },
        ]}
        rows={[
          ...rowLabels.map((r) => [
            { text: r.label },
            ...columnLabels.map((c) => num(cell(r.key, c.key))),
            num(rowTotal(r.key)),
          ]),
          [{ text: "Total" }, ...columnLabels.map((c) => num(columnTotal(c.key))), num(total)],
        ]}
      />
    </div>
  );
}
