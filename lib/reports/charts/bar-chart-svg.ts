// A horizontal bar chart as an SVG string, for the findings report: the printable page inlines
// it (with <title> and role="img") and the DOCX embeds it rasterised to PNG. One drawing for
// both, so the Word file and the PDF show the same picture. Pure: no DOM, no fonts loaded here.
import { formatPercent } from "@/lib/analysis/closed/maths";

export type TChartBar = { label: string; n: number; percent: number | null };
export type TBarChart = { svg: string; width: number; height: number; alt: string };

export const CHART_FONT = "Liberation Sans, Arial, Helvetica, sans-serif";
const BLUE = "#1d70b8";
const TEXT = "#0b0c0c";
const ROW = 30;
const LABEL_WIDTH = 300;
const PLOT = 320;
const WIDTH = LABEL_WIDTH + PLOT + 110;

export function escapeXml(s: string): string {
  return s.replace(
    /[<>&"']/g,
    (ch) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[ch] as string,
  );
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The chart's text alternative: every bar's label, count and percentage, in order. */
export function chartAltText(title: string, bars: readonly TChartBar[], base: number): string {
  const parts = bars.map((b) => `${b.label}: ${b.n} (${formatPercent(b.percent)})`);
  return `Bar chart: ${title}. Base ${base} respondents. ${parts.join("; ")}.`;
}

export function barChartSvg(title: string, bars: readonly TChartBar[], base: number, idPrefix = "chart"): TBarChart {
  const max = Math.max(1, ...bars.map((b) => b.n));
  const height = bars.length * ROW + 12;
  const alt = chartAltText(title, bars, base);
  const titleId = `${idPrefix}-title`;
  const rows = bars.map((b, i) => {
    const y = 6 + i * ROW;
    const w = Math.round((b.n / max) * PLOT);
    const bar = Math.max(w, b.n > 0 ? 2 : 0);
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 19}" text-anchor="end" font-size="14" fill="${TEXT}">${escapeXml(shorten(b.label, 40))}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 5}" width="${bar}" height="${ROW - 10}" fill="${BLUE}"/>`,
      `<text x="${LABEL_WIDTH + bar + 6}" y="${y + 19}" font-size="14" fill="${TEXT}">${b.n} (${escapeXml(formatPercent(b.percent))})</text>`,
    ].join("");
  });
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${titleId}" font-family="${CHART_FONT}">` +
    `<title id="${titleId}">${escapeXml(alt)}</title>` +
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>` +
    `<line x1="${LABEL_WIDTH}" y1="0" x2="${LABEL_WIDTH}" y2="${height}" stroke="${TEXT}"/>` +
    rows.join("") +
    `</svg>`;
  return { svg, width: WIDTH, height, alt };
}
