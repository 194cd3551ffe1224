// The shapes the export builders share: one submitted response as read from the database in a
// batch, and one output column. Pure data, so the builders are unit-tested without a database.

export type TExportAnswer = {
  questionKey: string;
  optionKeys: string[];
  /** Free text as stored (original): only used when original text was asked for, or to redact. */
  text: string | null;
  number: number | null;
  /** The redacted copy from the last themes run, when there is one. */
  redactedText: string | null;
};

export type TExportResponse = {
  id: string;
  reference: string | null;
  channel: string;
  format: string;
  respondentType: string | null;
  organisationName: string | null;
  completedHow: string | null;
  submittedAt: Date | null;
  /** A campaign (near-identical texts, 10 or more) this response's free text belongs to. */
  campaign: string | null;
  /** The respondent's own name, used only to redact it from their free text; never a column. */
  respondentName: string | null;
  /** Only read when personal data was asked for (and authorised). */
  contact: { email: string; name: string | null } | null;
  answers: TExportAnswer[];
};

export type TCell = string | number | null;

/** How text cells are filled: redacted (default) or as written. */
export type TTextMode = { originalText: boolean };

export type TExportColumn = {
  /** Stable machine name: the question key, `key.option` or `key.statement`, or a metadata name. */
  id: string;
  /** The question text (and option or statement), for the second header row. */
  label: string;
  /** Holds free text: left out of exports without free text. */
  freeText: boolean;
  value: (response: TExportResponse, answers: ReadonlyMap<string, TExportAnswer>, mode: TTextMode) => TCell;
};

export type TExportColumnOptions = { freeText: boolean; personalData: boolean };
