// One closed question's results as a table: count and percentage per option for everyone and,
// when split, for each format or channel; the base and "Not answered" are always shown.
import { Table, type TableCell } from "@/components/govuk";
import { formatPercent } from "@/lib/analysis/closed/maths";

type TOption = { key: string; label: string; n: number; percent: number | null };
type TGroup = { group: string; base: number; notAnswered: number; options: TOption[]; net: number | null };
type Props = {
  title: string;
  multiple: boolean;
  likert: boolean;
  groups: TGroup[];
  groupLabel: (group: string) => string;
};

const num = (text: string): TableCell => ({ text, format: "numeric" });

export function QuestionResult({ title, multiple, likert, groups, groupLabel }: Readonly<Props>) {
  const head: TableCell[] = [
    { text: "Answer" },
    ...groups.flatMap((g) => [num(`${groupLabel(g.group)}: number`), num(`${groupLabel(g.group)}: %`)]),
  ];
  const rows = groups[0].options.map((o, i) => [
    { text: o.label },
    ...groups.flatMap((g) => [num(String(g.options[i].n)), num(formatPercent(g.options[i].percent))]),
  ]);
  rows.push([
    { text: "Not answered" },
    ...groups.flatMap((g) => [
      num(String(g.notAnswered)),
      num(formatPercent(g.base > 0 ? (100 * g.notAnswered) / g.base : null)),
    ]),
  ]);
  rows.push([
    { text: "Base (responses)" },
    ...groups.flatMap((g) => [num(String(g.base)), num(g.base > 0 ? "100%" : "–")]),
  ]);
  if (likert) rows.push([{ text: "Net agreement" }, ...groups.flatMap((g) => [num(""), num(formatPercent(g.net))])]);
  return (
    <div className="govuk-!-margin-bottom-6">
      <Table caption={title} captionClassName="govuk-table__caption--s" firstCellIsHeader head={head} rows={rows} />
      {multiple && (
        <p className="govuk-body-s">
          People could choose more than one answer, so the percentages can add up to more than 100%.
        </p>
      )}
    </div>
  );
}
