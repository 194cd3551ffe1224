// The pre-publication checklist for the Gunning principles (issue #4 §3). Pure: the service
// gathers the facts, this decides what blocks and what warns, and the result is stored with
// any overrides so the decision report can show what was checked when the consultation went live.
import { calendarDaysBetween, durationInWords } from "@/lib/text/dates";

export const MIN_WEEKS = 6;
export const SERVICE_CHANGE_WEEKS = 12;

export type TChecklistFacts = {
  reasons: string;
  /** Kinds of the documents with at least one uploaded version. */
  documentKinds: readonly string[];
  hasPublishedQuestionnaire: boolean;
  hasEasyReadQuestionnaire: boolean;
  contactRole: string | null;
  contactEmail: string | null;
  privacyNotice: string | null;
  opensAt: Date;
  closesAt: Date;
  isServiceChange: boolean;
  audiences: readonly string[];
};

export type TChecklistItemId = "reasons" | "questionnaire" | "contact" | "privacy" | "period" | "easyRead";

export type TChecklistItem = {
  id: TChecklistItemId;
  level: "block" | "warn";
  passed: boolean;
  /** Gunning principle or duty the item evidences. */
  principle: string;
  message: string;
  /** A blocking item the officer may override by recording a reason. */
  overridable: boolean;
  overrideReason?: string;
};

export type TChecklistResult = {
  items: TChecklistItem[];
  canPublish: boolean;
  blocking: TChecklistItem[];
  warnings: TChecklistItem[];
};

const filled = (value: string | null | undefined) => Boolean(value && value.trim());

/** Audiences for whom an Easy Read version is expected. */
export const EASY_READ_AUDIENCES = ["CHILDREN_YOUNG_PEOPLE", "ADULTS_USING_SERVICES"];

/**
 * Gunning 3 is one item: which rule applies (12 weeks for a change to a service, otherwise the
 * 6-week minimum), why, and whether the dates meet it. Under 6 weeks blocks (a reason may be
 * recorded); a service change open 6 to 12 weeks only warns. The message always says which rule.
 */
function periodItem(days: number, isServiceChange: boolean, length: string): TChecklistItem {
  const open = `It is open for ${length}.`;
  const rule = isServiceChange
    ? `The ${SERVICE_CHANGE_WEEKS}-week rule applies because this consultation proposes a change to a service.`
    : `The ${MIN_WEEKS}-week minimum applies because this consultation does not propose a change to a service.`;
  const short = days < MIN_WEEKS * 7;
  const underServiceRule = isServiceChange && days < SERVICE_CHANGE_WEEKS * 7;
  const advice = short
    ? ` Extend it to at least ${isServiceChange ? SERVICE_CHANGE_WEEKS : MIN_WEEKS} weeks or record why a shorter period is fair.`
    : underServiceRule
      ? ` It meets the ${MIN_WEEKS}-week minimum, so you can publish, but a period under ${SERVICE_CHANGE_WEEKS} weeks is recorded with the checklist.`
      : "";
  return {
    id: "period",
    level: short ? "block" : "warn",
    passed: !short && !underServiceRule,
    principle: "Gunning 3: adequate time",
    message: `${rule} ${open}${advice}`,
    overridable: short,
  };
}

/** Evaluates every rule; `overrides` maps an overridable item to the officer's reason. */
export function evaluateChecklist(
  facts: TChecklistFacts,
  overrides: Partial<Record<TChecklistItemId, string>> = {},
): TChecklistResult {
  const days = calendarDaysBetween(facts.opensAt, facts.closesAt);
  const hasDocument = facts.documentKinds.some((k) => k === "FULL_STRATEGY" || k === "SUMMARY");
  const needsEasyRead = facts.audiences.some((a) => EASY_READ_AUDIENCES.includes(a));
  const hasEasyRead = facts.documentKinds.includes("EASY_READ") || facts.hasEasyReadQuestionnaire;
  const items: TChecklistItem[] = [
    {
      id: "reasons",
      level: "block",
      passed: hasDocument || filled(facts.reasons),
      principle: "Gunning 2: sufficient reasons",
      message: "Upload the consultation document or give the reasons for the proposals.",
      overridable: false,
    },
    {
      id: "questionnaire",
      level: "block",
      passed: facts.hasPublishedQuestionnaire,
      principle: "Gunning 3: a way to respond",
      message: "Publish a questionnaire so people can respond online.",
      overridable: false,
    },
    {
      id: "contact",
      level: "block",
      passed: filled(facts.contactRole) && filled(facts.contactEmail),
      principle: "Accessibility: a named contact",
      message: "Give contact details: a role and an email address.",
      overridable: false,
    },
    {
      id: "privacy",
      level: "block",
      passed: filled(facts.privacyNotice),
      principle: "UK GDPR: privacy notice",
      message: "Add a privacy notice saying how responses are used.",
      overridable: false,
    },
    periodItem(days, facts.isServiceChange, durationInWords(facts.opensAt, facts.closesAt)),
    {
      id: "easyRead",
      level: "warn",
      passed: !needsEasyRead || hasEasyRead,
      principle: "Equality Act: reasonable adjustments",
      message:
        "The audiences include children and young people or adults using services, but there is no Easy Read version.",
      overridable: false,
    },
  ];
  for (const item of items) {
    const reason = overrides[item.id]?.trim();
    if (item.overridable && !item.passed && reason) item.overrideReason = reason;
  }
  const blocking = items.filter((i) => i.level === "block" && !i.passed && !i.overrideReason);
  const warnings = items.filter((i) => i.level === "warn" && !i.passed);
  return { items, canPublish: blocking.length === 0, blocking, warnings };
}
