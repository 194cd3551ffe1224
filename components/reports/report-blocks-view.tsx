// Draws report blocks (lib/reports) as GOV.UK markup for the printable findings report. The
// same blocks make the DOCX, so the page and the Word file say the same thing. Report level 1
// headings are h2 here: the page's own h1 is the report title.
import { Table } from "@/components/govuk";
import type { TBlock } from "@/lib/reports/report-blocks";

const HEADING = {
  1: (text: string) => <h2 className="govuk-heading-l app-report__section">{text}</h2>,
  2: (text: string) => <h3 className="govuk-heading-m">{text}</h3>,
  3: (text: string) => <h4 className="govuk-heading-s">{text}</h4>,
} as const;

function Block({ block }: Readonly<{ block: TBlock }>) {
  switch (block.kind) {
    case "heading":
      return HEADING[block.level](block.text);
    case "paragraph":
      return <p className="govuk-body">{block.text}</p>;
    case "bullets":
      return (
        <ul className="govuk-list govuk-list--bullet">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case "table": {
      const t = block.table;
      const format = (i: number) => (t.numeric[i] ? ("numeric" as const) : undefined);
      const view = (
        <Table
          caption={t.caption}
          captionClassName="govuk-table__caption--s"
          firstCellIsHeader
          head={t.head.map((text, i) => ({ text, format: format(i) }))}
          rows={t.rows.map((row) => row.map((text, i) => ({ text, format: format(i) })))}
        />
      );
      // Only wide tables may scroll sideways on a narrow screen; a scrolling region must be
      // reachable by keyboard and named (WCAG 2.1.1), so it is a focusable, labelled region.
      if (t.head.length <= 4) return view;
      return (
        <div className="app-report__table" role="region" aria-label={t.caption} tabIndex={0}>
          {view}
        </div>
      );
    }
    case "chart":
      // The SVG is built from escaped text only (lib/reports/charts): it carries role="img" and a
      // <title> naming every bar's figures, and the table that follows gives the same numbers.
      return <figure className="app-report__chart" dangerouslySetInnerHTML={{ __html: block.chart.svg }} />;
  }
}

export function ReportBlocksView({ blocks }: Readonly<{ blocks: readonly TBlock[] }>) {
  return (
    <>
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </>
  );
}
