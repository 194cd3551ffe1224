// Everything a questionnaire page needs, worked out once per request for both the page and
// its metadata: which page, its place in the journey, the saved answers as field values, and
// the problems to show when submitting found required answers missing.
import "server-only";
import { cache } from "react";
import { now } from "@/lib/clock";
import { pagePosition, pageSlug, resumePage, sectionForSlug } from "@/lib/respond/journey";
import { questionPageModel } from "@/lib/respond/page-model";
import { londonDay } from "@/lib/text/dates";
import { loadConsultation, loadMyResponse, respondPath } from "../respond-support";

export const loadSectionModel = cache(async (slug: string, sectionSlug: string, showProblems: boolean) => {
  const consultation = await loadConsultation(slug);
  if (!consultation) return { kind: "not-found" as const };
  if (consultation.status !== "open") return { kind: "closed" as const, consultation };
  const response = await loadMyResponse(slug);
  if (!response) return { kind: "redirect" as const, to: `${respondPath(slug)}?ended=1` };
  if (response.mode === "submitted" || response.mode === "withdrawn")
    return { kind: "redirect" as const, to: respondPath(slug, "confirmation") };
  const { journey, answers } = response;
  const section = sectionForSlug(journey, sectionSlug);
  const position = section && pagePosition(journey, answers, section.key);
  if (!section || !position) {
    // Not a page of this person's journey (any more): carry on where they should.
    const next = resumePage(journey, answers);
    return { kind: "redirect" as const, to: respondPath(slug, next ? pageSlug(next.key) : "check-answers") };
  }

  return {
    kind: "page" as const,
    consultation,
    response,
    section,
    position,
    ...questionPageModel(journey, answers, section, londonDay(now()), showProblems),
  };
});
