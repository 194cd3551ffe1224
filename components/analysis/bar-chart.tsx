// A bar chart drawn as SVG on the server (no chart library, no JavaScript), always followed by
// the same figures as a table: the table is the accessible alternative, so the picture itself
// is hidden from assistive technology rather than announced twice.
import { Table } from "@/components/govuk";
import { columnLayout } from "@/lib/reports/charts/column-layout";

export type TBar = { label: string; value: number };

type Props = {
  caption: string;
  bars: readonly TBar[];
  /** "rows" for categories (horizontal bars), "columns" for a time series such as days. */
  layout?: "rows" | "columns";
  valueHeading?: string;
};

const BLUE = "#1d70b8";
const TEXT = "#0b0c0c";
const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function Rows({ bars }: { bars: readonly TBar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const labelWidth = 260;
  const plot = 340;
  const height = bars.length * rowHeight + 8;
  return (
    <svg
      className="app-chart"
      viewBox={`0 0 ${labelWidth + plot + 60} ${height}`}
      width="100%"
      aria-hidden="true"
      focusable="false"
    >
      {bars.map((b, i) => {
        const y = 4 + i * rowHeight;
        const w = Math.round((b.value / max) * plot);
        return (
          <g key={i}>
            <text x={labelWidth - 8} y={y + 18} textAnchor="end" fontSize="14" fill={TEXT}>
              {shorten(b.label, 36)}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={Math.max(w, b.value > 0 ? 2 : 0)}
              height={rowHeight - 10}
              fill={BLUE}
            />
            <text x={labelWidth + w + 6} y={y + 18} fontSize="14" fill={TEXT}>
              {b.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Columns({ bars }: { bars: readonly TBar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = 640;
  const plotHeight = 160;
  const layout = columnLayout(bars.length, width);
  if (!layout) return null;
  const { step, barWidth, labelEvery: every } = layout;
  return (
    <svg
      className="app-chart"
      viewBox={`0 0 ${width} ${plotHeight + 40}`}
      width="100%"
      aria-hidden="true"
      focusable="false"
    >
      <line x1="0" y1={plotHeight} x2={width} y2={plotHeight} stroke={TEXT} />
      {bars.map((b, i) => {
        const h = Math.round((b.value / max) * (plotHeight - 20));
        return (
          <g key={i}>
            <rect x={i * step + (step - barWidth) / 2} y={plotHeight - h} width={barWidth} height={h} fill={BLUE} />
            {i % every === 0 && (
              <text x={i * step + step / 2} y={plotHeight + 18} textAnchor="middle" fontSize="12" fill={TEXT}>
                {b.label}
              </text>
            )}
          </g>
        );
      })}
      <text x="4" y="14" fontSize="12" fill={TEXT}>
        Most: {max}
      </text>
    </svg>
  );
}

export function BarChart({ caption, bars, layout = "rows", valueHeading = "Responses" }: Readonly<Props>) {
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
      {bars.length > 0 && (layout === "rows" ? <Rows bars={bars} /> : <Columns bars={bars} />)}
      <Table
        caption={caption}
        captionClassName="govuk-table__caption--s"
        firstCellIsHeader
        head={[{ text: layout === "rows" ? "Category" : "Day" }, { text: valueHeading, format: "numeric" }]}
        rows={
          bars.length > 0
            ? bars.map((b) => [{ text: b.label }, { text: String(b.value), format: "numeric" }])
            : [[{ text: "None yet" }, { text: "0", format: "numeric" }]]
        }
      />
    </figure>
  );
}
