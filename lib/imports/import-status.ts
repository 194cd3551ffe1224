// Plain-English names of an import's states, for the records table and the import page.
export const IMPORT_STATUS_LABELS = {
  UPLOADED: "Columns to match",
  CHECKED: "Checked, not imported",
  IMPORTING: "Importing",
  IMPORTED: "Imported",
  FAILED: "Stopped with a problem",
  ROLLED_BACK: "Rolled back",
} as const;

/**
 * An import still IMPORTING that no instance has held for this long was stopped and never taken
 * up again (no instance runs background jobs): a running import's lease is renewed every few
 * seconds, and an ended one is taken over within seconds (lib/services/jobs, issue #19).
 */
export const IMPORT_STALLED_AFTER_MS = 2 * 60_000;
