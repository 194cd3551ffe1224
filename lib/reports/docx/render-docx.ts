// Renders report blocks as a Word document with the `docx` package. Headings use Word's own
// Heading 1–3 styles (so the navigation pane and the accessibility checker work), every table
// repeats a real header row, and charts are PNG images carrying the same alt text as the page.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { TBlock, TTable } from "../report-blocks";
import { svgToPng } from "./chart-png";

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** Usable width of an A4 page with Word's default margins, in pixels at 96 dpi. */
const PAGE_WIDTH_PX = 600;
/** The same width in twentieths of a point, for table columns. */
const PAGE_WIDTH_TWIPS = 9000;

function cell(text: string, header: boolean, numeric: boolean, size: number): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header, size })],
      }),
    ],
  });
}

/** Wide tables (splits by respondent type, the appendix) get a smaller font and a wider first column, so words are not broken letter by letter. */
function columnWidths(count: number): number[] {
  if (count <= 3)
    return Array.from({ length: count }, (_, i) =>
      Math.round(PAGE_WIDTH_TWIPS * (i === 0 ? 0.5 : 0.5 / (count - 1 || 1))),
    );
  const first = Math.round(PAGE_WIDTH_TWIPS * 0.28);
  return [first, ...Array.from({ length: count - 1 }, () => Math.round((PAGE_WIDTH_TWIPS - first) / (count - 1)))];
}

function docxTable(t: TTable): (Paragraph | Table)[] {
  const size = t.head.length > 4 ? 18 : 22;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.head.map((text, i) => cell(text, true, t.numeric[i] ?? false, size)),
  });
  const rows = t.rows.map(
    (r) =>
      new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, false, t.numeric[i] ?? false, size)) }),
  );
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [new TextRun({ text: t.caption, bold: true })],
    }),
    new Table({
      width: { size: PAGE_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: columnWidths(t.head.length),
      layout: TableLayoutType.FIXED,
      rows: [header, ...rows],
    }),
    new Paragraph({ text: "" }),
  ];
}

function chartImage(block: Extract<TBlock, { kind: "chart" }>): Paragraph {
  const { svg, width, height, alt } = block.chart;
  const scale = Math.min(1, PAGE_WIDTH_PX / width);
  return new Paragraph({
    keepNext: true,
    children: [
      new ImageRun({
        type: "png",
        data: svgToPng(svg),
        transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
        altText: { name: "Bar chart", title: "Bar chart", description: alt },
      }),
    ],
  });
}

function render(block: TBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
    case "paragraph":
      return [new Paragraph({ text: block.text, spacing: { after: 120 } })];
    case "bullets":
      return block.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case "table":
      return docxTable(block.table);
    case "chart":
      return [chartImage(block)];
  }
}

export type TDocxMeta = { title: string; subtitle: string; creator: string };

export async function renderDocx(meta: TDocxMeta, blocks: readonly TBlock[]): Promise<Buffer> {
  const doc = new Document({
    creator: meta.creator,
    title: `${meta.title}: ${meta.subtitle}`,
    description: meta.subtitle,
    // Arial (Liberation Sans where Arial is missing): the council's plain sans-serif.
    styles: { default: { document: { run: { font: "Arial", size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: meta.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: meta.subtitle, spacing: { after: 240 } }),
          ...blocks.flatMap(render),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
