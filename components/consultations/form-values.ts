// A saved consultation as the form's starting values (the inverse of ZConsultationSchema).
type TSaved = {
  [key: string]: unknown;
  audiences: readonly string[];
  isServiceChange: boolean;
  keyDecision: boolean;
  proposals: readonly { title: string; description: string }[];
  topics: readonly { label: string }[];
  ownerId: string | null;
};

const TEXT_FIELDS = [
  "title",
  "slug",
  "summary",
  "body",
  "reasons",
  "referencePrefix",
  "contactRole",
  "contactEmail",
  "contactPhone",
  "contactAddress",
  "otherWaysToRespond",
  "helpToTakePart",
  "privacyNotice",
  "promotionNotes",
  "decisionMaker",
  "forwardPlanReference",
  "resultsExpectedText",
] as const;

export function consultationFormValues(c: TSaved): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of TEXT_FIELDS) values[field] = typeof c[field] === "string" ? (c[field] as string) : "";
  for (const a of c.audiences) values[`audience-${a}`] = "yes";
  values.isServiceChange = c.isServiceChange ? "yes" : "no";
  values.keyDecision = c.keyDecision ? "yes" : "no";
  values.proposals = c.proposals.map((p) => [p.title, p.description].filter(Boolean).join("\n")).join("\n\n");
  values.topics = c.topics.map((t) => t.label).join("\n");
  values.ownerId = c.ownerId ?? "";
  return values;
}
