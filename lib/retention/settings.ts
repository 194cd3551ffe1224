// The council's retention periods (issue #21): what each one governs, its default and why, in one
// place, so the settings screen, the schedule, the privacy notice and "What we hold" agree.

export type TRetentionSettings = {
  /** Contact details (receipt and update emails, names, subscriptions): months after the outcome. */
  contactMonthsAfterOutcome: number;
  /** A consultation whose outcome is not published this many months after closing is treated as ended. */
  outcomeWaitMonths: number;
  /** Unfinished drafts: days after closing. */
  draftDaysAfterClose: number;
  /** Respondents' drawings and scanned paper originals: months after the outcome. */
  filesMonthsAfterOutcome: number;
  /** The staff audit trail: years. */
  auditYears: number;
  /** Sent emails (they quote names and addresses): days after sending. */
  sentEmailDays: number;
  /** Export files built for download: days after they were made. */
  exportFileDays: number;
};

export type TRetentionKey = keyof TRetentionSettings;

// Why these defaults: 6 months after the outcome covers the 3-month judicial review window with
// room to answer follow-up questions; drafts nobody submitted have no purpose once the
// consultation closes (30 days lets a late paper response be matched); 6 years for the audit
// trail follows the Limitation Act period councils keep decision records for; 12 months is a
// generous wait for a decision before a consultation with no published outcome is treated as ended.
export const RETENTION_DEFAULTS: Readonly<TRetentionSettings> = {
  contactMonthsAfterOutcome: 6,
  outcomeWaitMonths: 12,
  draftDaysAfterClose: 30,
  filesMonthsAfterOutcome: 6,
  auditYears: 6,
  sentEmailDays: 30,
  exportFileDays: 7,
};

type TFieldInfo = { label: string; hint: string; unit: "days" | "months" | "years"; min: number; max: number };

/** The settings screen's fields, in order. Limits keep a typo from deleting everything tomorrow or nothing ever. */
export const RETENTION_FIELDS: Readonly<Record<TRetentionKey, TFieldInfo>> = {
  contactMonthsAfterOutcome: {
    label: "Contact details",
    hint: "Email addresses and names given for receipts, save-and-return and updates, and update subscriptions. Months after the outcome is published.",
    unit: "months",
    min: 1,
    max: 120,
  },
  outcomeWaitMonths: {
    label: "Wait for an outcome",
    hint: "When no outcome is published this many months after closing, the consultation is treated as ended and the periods below count from then.",
    unit: "months",
    min: 1,
    max: 60,
  },
  draftDaysAfterClose: {
    label: "Unfinished drafts",
    hint: "Responses started but never sent. Days after the consultation closes.",
    unit: "days",
    min: 1,
    max: 365,
  },
  filesMonthsAfterOutcome: {
    label: "Drawings and scanned originals",
    hint: "Drawings sent with Easy Read answers and scans of paper responses. Months after the outcome is published.",
    unit: "months",
    min: 1,
    max: 120,
  },
  auditYears: {
    label: "Staff audit trail",
    hint: "Who did what, and when. Years after each event.",
    unit: "years",
    min: 1,
    max: 20,
  },
  sentEmailDays: {
    label: "Sent emails",
    hint: "Copies of receipts, links and updates the service sent. Days after sending.",
    unit: "days",
    min: 1,
    max: 365,
  },
  exportFileDays: {
    label: "Export files",
    hint: "Response exports built for download. Days after they were made.",
    unit: "days",
    min: 1,
    max: 90,
  },
};

export const RETENTION_KEYS = Object.keys(RETENTION_FIELDS) as TRetentionKey[];

/** "6 months", "1 year". */
export function describePeriod(key: TRetentionKey, value: number): string {
  const unit = RETENTION_FIELDS[key].unit;
  return `${value} ${value === 1 ? unit.slice(0, -1) : unit}`;
}

/** A short plain-English line per changed field, for the audit event. */
export function describeChanges(before: TRetentionSettings, after: TRetentionSettings): string {
  const changed = RETENTION_KEYS.filter((key) => before[key] !== after[key]);
  if (changed.length === 0) return "No periods changed";
  return changed
    .map(
      (key) =>
        `${RETENTION_FIELDS[key].label}: ${describePeriod(key, before[key])} → ${describePeriod(key, after[key])}`,
    )
    .join("; ");
}
