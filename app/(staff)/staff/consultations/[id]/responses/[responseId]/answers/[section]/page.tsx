// GET /staff/consultations/[id]/responses/[responseId]/answers/[section]: one questionnaire page
// of a response an officer is entering or changing (response.enter). The same SectionForm and
// the same page check as online; ?return=check-answers after a "Change" link, ?problem=1 when
// saving found required answers missing. An Easy Read response is entered on Easy Read pages
// (pictures, plain wording, "Skip this question"), so the officer copies a paper Easy Read form
// from pages that look like it.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BackLink } from "@/components/govuk";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { TwoThirdsPage } from "@/components/layout/grid";
import { EasyReadSectionForm } from "@/components/questionnaire/easy-read/easy-read-section-form";
import { SectionForm } from "@/components/respond/section-form";
import { requireStaffForPage } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { CONTROL_FIELDS, RETURN_TO_CHECK_ANSWERS } from "@/lib/respond/form-controls";
import { pagePosition, pageSlug, resumePage, sectionForSlug } from "@/lib/respond/journey";
import { questionPageModel } from "@/lib/respond/page-model";
import { assertEqualityPageOpen, getEnteredResponse } from "@/lib/services/entry/entered-responses";
import { londonDay } from "@/lib/text/dates";
import { saveEntryPageAction } from "../../../actions";
import { entryPath } from "../../../entry-paths";

export const metadata: Metadata = FORM_PAGE_METADATA;
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string; responseId: string; section: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EntryQuestionPage({ params, searchParams }: Readonly<Props>) {
  const [{ id, responseId, section: sectionSlug }, query] = await Promise.all([params, searchParams]);
  const staff = await requireStaffForPage(entryPath(id, responseId, sectionSlug), "response.enter");
  const entry = await getEnteredResponse(staff, id, responseId);
  if (entry.status === "WITHDRAWN") redirect(entryPath(id, responseId));
  const { journey, answers } = entry;
  const section = sectionForSlug(journey, sectionSlug);
  const position = section && pagePosition(journey, answers, section.key);
  if (!section || !position) {
    const next = resumePage(journey, answers);
    redirect(entryPath(id, responseId, next ? pageSlug(next.key) : "check-answers"));
  }
  assertEqualityPageOpen(entry, section.key);
  const returning = query.return === RETURN_TO_CHECK_ANSWERS;
  const { fieldErrors, ...page } = questionPageModel(
    journey,
    answers,
    section,
    londonDay(now()),
    query.problem !== undefined,
  );
  const summary = entry.status === "DRAFT" ? entryPath(id, responseId, "check-answers") : entryPath(id, responseId);
  const backHref =
    returning || entry.status !== "DRAFT"
      ? summary
      : position.previous
        ? entryPath(id, responseId, pageSlug(position.previous.key))
        : entryPath(id, responseId, "details");
  const formProps = {
    action: saveEntryPageAction,
    pageTitle: `${section.title} – ${entry.reference ?? "Enter a response"}`,
    caption: `${entry.reference ?? "Entering a response"}: page ${position.number} of ${position.total}`,
    section,
    ...page,
    initialState: fieldErrors ? { fieldErrors, values: page.defaults } : null,
    hiddenFields: {
      consultationId: id,
      responseId,
      sectionKey: section.key,
      [CONTROL_FIELDS.versionId]: entry.versionId,
      ...(returning ? { [CONTROL_FIELDS.returnTo]: RETURN_TO_CHECK_ANSWERS } : {}),
    },
    continueLabel: entry.status === "DRAFT" ? "Continue" : "Save changes",
  };
  const easyRead = journey.definition.format === "EASY_READ";
  return (
    <div className={easyRead ? "app-easy-read" : undefined}>
      <BackLink href={backHref} />
      <TwoThirdsPage>
        {easyRead ? <EasyReadSectionForm {...formProps} showPictures /> : <SectionForm {...formProps} />}
      </TwoThirdsPage>
    </div>
  );
}
