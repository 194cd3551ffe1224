// Where the columns of a time-series chart (responses by day) go. A column is never wider than
// a few days' worth would be, so one day is a narrow bar rather than the whole plot, and a
// series too short to show a trend is left to its table (issue #16 §12).

export const MAX_COLUMN_STEP = 48;
/** Fewer points than this show no trend: the table beside the chart says it all. */
export const MIN_COLUMNS_TO_DRAW = 2;

export type TColumnLayout = { step: number; barWidth: number; labelEvery: number };

/** Null when the series is too short to draw. */
export function columnLayout(count: number, width: number): TColumnLayout | null {
  if (count < MIN_COLUMNS_TO_DRAW) return null;
  const step = Math.min(width / count, MAX_COLUMN_STEP);
  // Label about every sixth column so dates never overlap.
  return { step, barWidth: step * 0.7, labelEvery: Math.max(1, Math.ceil(count / 6)) };
}
