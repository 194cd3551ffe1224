import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { barChartSvg } from "../charts/bar-chart-svg";
import { countTable, h, p, type TBlock } from "../report-blocks";
import { svgToPng } from "./chart-png";
import { renderDocx } from "./render-docx";

const BLOCKS: TBlock[] = [
  h(1, "Method"),
  h(2, "Dates and duration"),
  h(3, "1. At a formative stage"),
  p("Open for 42 days."),
  { kind: "bullets", items: ["First point", "Second point"] },
  countTable(
    "Responses by channel",
    "Channel",
    [
      { label: "Online", n: 3, percent: 75 },
      { label: "Paper", n: 1, percent: 25 },
    ],
    4,
  ),
  { kind: "chart", chart: barChartSvg("Channels", [{ label: "Online", n: 3, percent: 75 }], 4) },
];

async function documentXml(blocks: TBlock[]): Promise<string> {
  const bytes = await renderDocx(
    { title: "Consultation findings report", subtitle: "Short breaks", creator: "Test Council" },
    blocks,
  );
  return (await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string")) ?? "";
}

describe("the DOCX renderer", () => {
  it("uses Word's Title and Heading 1–3 styles", async () => {
    const xml = await documentXml(BLOCKS);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    for (const level of [1, 2, 3]) expect(xml).toContain(`<w:pStyle w:val="Heading${level}"/>`);
  });

  it("gives tables a repeating header row, right-aligned figures and a base row", async () => {
    const xml = await documentXml([BLOCKS[5]]);
    const rows = xml.split("<w:tr>").slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows.slice(1).some((r) => r.includes("<w:tblHeader/>"))).toBe(false);
    expect(rows[3]).toContain("Total (base)");
    expect(rows[1]).toMatch(/<w:jc w:val="(right|end)"\/>.*75\.0%/s);
  });

  it("embeds charts as PNG images carrying the alt text", async () => {
    const bytes = await renderDocx({ title: "T", subtitle: "S", creator: "C" }, [BLOCKS[6]]);
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((f) => f.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    const png = await zip.file(media[0])?.async("uint8array");
    expect([...(png ?? []).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(await zip.file("word/document.xml")?.async("string")).toContain(
      'descr="Bar chart: Channels. Base 4 respondents. Online: 3 (75.0%)."',
    );
  });

  it("rasterises the chart at twice its size, with text drawn in a real font", () => {
    const chart = barChartSvg("Channels", [{ label: "Online", n: 3, percent: 75 }], 4);
    const png = svgToPng(chart.svg);
    // PNG IHDR: width and height as big-endian integers at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(chart.width * 2);
    expect(png.readUInt32BE(20)).toBe(chart.height * 2);
    const blank = svgToPng(chart.svg.replace(/<text[^>]*>[^<]*<\/text>/g, ""));
    expect(png.length).toBeGreaterThan(blank.length);
  });
});
