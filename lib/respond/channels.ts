// Plain-English labels for how a response reached the council. One place, so the staff list,
// the entry form and later the analysis all say the same thing for the same channel.

export const CHANNELS = ["ONLINE", "PAPER", "EMAIL", "PHONE", "EVENT", "ADVOCATE", "IMPORT"] as const;
export type TChannel = (typeof CHANNELS)[number];

/** The channels an officer can enter a response for by hand (issue #8 part 1). */
export const ENTERED_CHANNELS = [
  "PAPER",
  "EMAIL",
  "PHONE",
  "EVENT",
  "ADVOCATE",
] as const satisfies ReadonlyArray<TChannel>;
export type TEnteredChannel = (typeof ENTERED_CHANNELS)[number];

export const CHANNEL_LABELS: Readonly<Record<TChannel, string>> = {
  ONLINE: "Online",
  PAPER: "Paper",
  EMAIL: "Email",
  PHONE: "Phone",
  EVENT: "Event",
  ADVOCATE: "Advocate",
  IMPORT: "Imported",
};

// Distinct colours so a long list can be scanned by channel; the text says the same thing.
export const CHANNEL_COLOURS = {
  ONLINE: "blue",
  PAPER: "yellow",
  EMAIL: "turquoise",
  PHONE: "purple",
  EVENT: "pink",
  ADVOCATE: "orange",
  IMPORT: "grey",
} as const satisfies Record<TChannel, string>;

export const FORMAT_LABELS: Readonly<Record<"STANDARD" | "EASY_READ", string>> = {
  STANDARD: "Standard",
  EASY_READ: "Easy Read",
};

export const COMPLETED_HOW = [
  "ALONE",
  "WITH_FAMILY_HELP",
  "WITH_SUPPORT_WORKER",
  "BY_SOMEONE_ELSE",
  "BY_OBSERVATION",
] as const;
export type TCompletedHow = (typeof COMPLETED_HOW)[number];

export const COMPLETED_HOW_LABELS: Readonly<Record<TCompletedHow, string>> = {
  ALONE: "By the person themselves",
  WITH_FAMILY_HELP: "By the person, with help from family or a carer",
  WITH_SUPPORT_WORKER: "By the person, with help from a support worker",
  BY_SOMEONE_ELSE: "By an advocate or someone else on their behalf",
  BY_OBSERVATION: "By observation (for example a non-verbal child)",
};

export function isChannel(value: unknown): value is TChannel {
  return typeof value === "string" && (CHANNELS as ReadonlyArray<string>).includes(value);
}

/** One row of the staff response list (service output, table input). */
export type TResponseListRow = {
  id: string;
  reference: string | null;
  channel: string;
  format: string;
  status: string;
  receivedAt: Date | null;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  enteredBy: string | null;
  organisationName: string | null;
  lateReason: string | null;
};
