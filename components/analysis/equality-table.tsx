// One characteristic of the equality profile, as published after disclosure control.
import { Table } from "@/components/govuk";
import { cellText, type TCell } from "@/lib/analysis/closed/disclosure";

type Props = { title: string; multiple: boolean; rows: { key: string; label: string; cell: TCell }[]; total: TCell };

export function EqualityTable({ title, multiple, rows, total }: Readonly<Props>) {
  return (
    <Table
      caption={title}
      captionClassName="govuk-table__caption--s"
      firstCellIsHeader
      head={[{ text: "Answer" }, { text: "Responses", format: "numeric" }]}
      rows={[
        ...rows.map((r) => [{ text: r.label }, { text: cellText(r.cell), format: "numeric" as const }]),
        [
          { text: multiple ? "Total answers (people could choose more than one)" : "Total" },
          { text: cellText(total), format: "numeric" },
        ],
      ]}
    />
  );
}
