// Plain-English names of an import's states, for the records table and the import page.
export const IMPORT_STATUS_LABELS = {
  UPLOADED: "Columns to match",
  CHECKED: "Checked, not imported",
  IMPORTING: "Importing",
  IMPORTED: "Imported",
  FAILED: "Stopped with a problem",
  ROLLED_BACK: "Rolled back",
} as const;
