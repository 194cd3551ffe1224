// The lifecycle: draft → scheduled → open → closed → outcome published.
// Only draft/published/outcome are stored; scheduled/open/closed follow the dates at request
// time, so there is no cron job to forget (Publishing issue, "Lifecycle").

export type ConsultationStatus = "draft" | "scheduled" | "open" | "closed" | "outcome";

/** The stored stages the public can see: everything but a draft. */
export const PUBLIC_STAGES = ["PUBLISHED", "OUTCOME_PUBLISHED"] as const;

export type LifecycleFields = {
  stage: "DRAFT" | "PUBLISHED" | "OUTCOME_PUBLISHED";
  opensAt: Date;
  closesAt: Date;
  closedEarlyAt?: Date | null;
};

export function consultationStatus(c: LifecycleFields, now: Date): ConsultationStatus {
  if (c.stage === "DRAFT") return "draft";
  if (c.stage === "OUTCOME_PUBLISHED") return "outcome";
  if (now < c.opensAt) return "scheduled";
  if (c.closedEarlyAt && now >= c.closedEarlyAt) return "closed";
  if (now >= c.closesAt) return "closed";
  return "open";
}

/** When it actually closed, or will close: an early close wins over the planned date. */
export function effectiveCloseDate(c: LifecycleFields): Date {
  return c.closedEarlyAt && c.closedEarlyAt < c.closesAt ? c.closedEarlyAt : c.closesAt;
}

export const STATUS_LABELS: Record<ConsultationStatus, string> = {
  draft: "Draft",
  scheduled: "Opens soon",
  open: "Open",
  closed: "Closed",
  outcome: "Outcome published",
};

/** GOV.UK tag colours for each status. */
export const STATUS_TAG_COLOURS: Record<ConsultationStatus, "grey" | "blue" | "green" | "orange" | "purple"> = {
  draft: "grey",
  scheduled: "blue",
  open: "green",
  closed: "orange",
  outcome: "purple",
};
