import { describe, expect, it } from "vitest";
import { barChartSvg, chartAltText, escapeXml } from "./bar-chart-svg";

const BARS = [
  { label: "Agree", n: 5, percent: 50 },
  { label: 'Disagree <strongly> & "loudly"', n: 0, percent: 0 },
  { label: "Not answered", n: 5, percent: 50 },
];

describe("the report bar chart", () => {
  it("names every bar's figures in its text alternative", () => {
    expect(chartAltText("Plan", BARS, 10)).toBe(
      'Bar chart: Plan. Base 10 respondents. Agree: 5 (50.0%); Disagree <strongly> & "loudly": 0 (0.0%); Not answered: 5 (50.0%).',
    );
  });

  it("is an accessible image whose title is the alt text, with every label escaped", () => {
    const chart = barChartSvg("Plan", BARS, 10, "q1");
    expect(chart.svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img" aria-labelledby="q1-title"/,
    );
    expect(chart.svg).toContain(`<title id="q1-title">${escapeXml(chart.alt)}</title>`);
    expect(chart.svg).not.toContain("<strongly>");
    expect(chart.svg).toContain("Disagree &lt;strongly&gt; &amp; &quot;loudly&quot;");
    expect(chart.height).toBe(3 * 30 + 12);
  });

  it("draws the longest bar full width, a zero as nothing, and equal counts equally", () => {
    const widths = [...barChartSvg("Plan", BARS, 10).svg.matchAll(/<rect x="300" y="\d+" width="(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toEqual([320, 0, 320]);
  });

  it("handles a question nobody answered", () => {
    const chart = barChartSvg("Empty", [{ label: "Yes", n: 0, percent: null }], 0);
    expect(chart.alt).toBe("Bar chart: Empty. Base 0 respondents. Yes: 0 (–).");
  });
});
