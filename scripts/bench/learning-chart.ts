// The learning curve of `npm run bench themes-learning` as an SVG line chart: sample-F1 over all
// responses against the share reviewed, learning vs the no-learning baseline, one panel per
// question, with the 0.80 goal drawn across. Plain SVG text, no chart library.
import type { TCurvePoint } from "./themes-learning-sim";

const W = 360;
const H = 260;
const PAD = { left: 48, right: 16, top: 36, bottom: 44 };

function panel(title: string, points: TCurvePoint[], offsetX: number): string {
  const maxShare = Math.max(...points.map((p) => p.share));
  const x = (s: number) => offsetX + PAD.left + (s / maxShare) * (W - PAD.left - PAD.right);
  const y = (f: number) => PAD.top + (1 - f) * (H - PAD.top - PAD.bottom);
  const line = (key: "learning" | "baseline", colour: string, dash = "") =>
    `<polyline fill="none" stroke="${colour}" stroke-width="2.5"${dash && ` stroke-dasharray="${dash}"`} points="${points.map((p) => `${x(p.share).toFixed(1)},${y(p[key]).toFixed(1)}`).join(" ")}"/>` +
    points
      .map((p) => `<circle cx="${x(p.share).toFixed(1)}" cy="${y(p[key]).toFixed(1)}" r="3" fill="${colour}"/>`)
      .join("");
  const ticksY = [0, 0.2, 0.4, 0.6, 0.8, 1].map(
    (f) =>
      `<line x1="${x(0)}" x2="${x(maxShare)}" y1="${y(f)}" y2="${y(f)}" stroke="#ddd"/><text x="${x(0) - 6}" y="${y(f) + 4}" text-anchor="end" font-size="11">${f.toFixed(1)}</text>`,
  );
  const ticksX = points.map(
    (p) =>
      `<text x="${x(p.share)}" y="${H - PAD.bottom + 16}" text-anchor="middle" font-size="11">${Math.round(p.share * 100)}%</text>`,
  );
  return [
    `<text x="${offsetX + W / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${title}</text>`,
    ...ticksY,
    ...ticksX,
    `<text x="${offsetX + W / 2}" y="${H - 8}" text-anchor="middle" font-size="11">responses reviewed</text>`,
    `<line x1="${x(0)}" x2="${x(maxShare)}" y1="${y(0.8)}" y2="${y(0.8)}" stroke="#d4351c" stroke-dasharray="2 3"/>`,
    line("baseline", "#505a5f", "6 4"),
    line("learning", "#1d70b8"),
  ].join("\n");
}

export function learningChart(curves: { title: string; points: TCurvePoint[] }[]): string {
  const width = W * curves.length;
  const legend =
    `<g font-size="12"><line x1="12" x2="36" y1="${H + 14}" y2="${H + 14}" stroke="#1d70b8" stroke-width="2.5"/><text x="40" y="${H + 18}">learning from decisions, Most useful first</text>` +
    `<line x1="300" x2="324" y1="${H + 14}" y2="${H + 14}" stroke="#505a5f" stroke-width="2.5" stroke-dasharray="6 4"/><text x="328" y="${H + 18}">no learning, today's order</text>` +
    `<line x1="520" x2="544" y1="${H + 14}" y2="${H + 14}" stroke="#d4351c" stroke-dasharray="2 3"/><text x="548" y="${H + 18}">goal 0.80</text></g>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H + 30}" viewBox="0 0 ${width} ${H + 30}" font-family="Arial, sans-serif" role="img">`,
    `<title>Theme sample-F1 over all responses against the share reviewed</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...curves.map((c, i) => panel(c.title, c.points, i * W)),
    legend,
    `</svg>`,
  ].join("\n");
}
