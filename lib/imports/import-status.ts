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
 * An import still IMPORTING with no chunk committed for this long has lost its process (a
 * restart mid-import): each chunk takes seconds, and every commit moves `updatedAt`.
 */
export const IMPORT_STALLED_AFTER_MS = 2 * 60_000;

export const importStalled = (record: { status: string; updatedAt: Date }, at: Date) =>
  record.status === "IMPORTING" && at.getTime() - record.updatedAt.getTime() > IMPORT_STALLED_AFTER_MS;
