// Saving one page on "Continue" or "Save and come back later" (issue #6, item 3). The page is
// validated with buildAnswerSchema against the answers already saved (conditions look back),
// then stored in one short transaction that also drops answers to questions now hidden.
import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TAnswers } from "@/lib/questionnaire/answers/answer-values";
import { validateAnswers } from "@/lib/questionnaire/answers/build-answer-schema";
import { parseFormAnswers, type TFormValues } from "@/lib/questionnaire/forms/form-data";
import { londonDay } from "@/lib/text/dates";
import { journeyPages, pagePosition, pageSlug, type TJourney } from "@/lib/respond/journey";
import { validPartOfPage } from "@/lib/respond/partial-answers";
import {
  entriesToFormValues,
  inputBytes,
  MAX_INPUT_BYTES,
  type TEntries,
  unexpectedFields,
} from "@/lib/respond/posted-input";
import { hashToken } from "@/lib/respond/tokens";
import { readAnswers, TRANSACTION_OPTIONS, writeAnswers } from "./answer-store";
import { saveDrawings, withoutDrawingFields } from "./drawings";
import { findEditableForDraftToken } from "./response-access";
import { assertAcceptingResponses, getRespondentConsultation } from "./respondent-consultation";

export type TSaveSectionInput = {
  slug: string;
  draftToken: string | undefined;
  sectionKey: string;
  /** The version the page was rendered for (a hidden field). */
  versionId: string;
  /** The page's answer fields only: the route removes its own hidden fields first. */
  entries: TEntries;
  /** "save-later" keeps what is valid and never fails on the answers. */
  mode: "continue" | "save-later";
  /** Easy Read's "Skip this question": the page is saved unanswered, its drawings removed too. */
  skip?: boolean;
};

export type TSaveSectionResult =
  | {
      ok: true;
      answers: TAnswers;
      /** The response's format, so Easy Read pages go on to Easy Read pages (issue #7). */
      format: "STANDARD" | "EASY_READ";
      /** The next page's address, or undefined for "Check your answers". */
      nextSlug: string | undefined;
      /** The first page these answers newly brought into the journey, which a "Change" must visit before going back. */
      newPageSlug: string | undefined;
    }
  | { ok: false; fieldErrors: Record<string, string>; values: TFormValues };

export const TOO_LARGE_MESSAGE =
  "Your answers are too long for us to save. Shorten your longest answers and try again.";
export const STALE_FORM_MESSAGE =
  "This page is out of date, so we have not saved it. Go back to the page and enter your answers again.";

/** Thrown inside the transaction when the page has errors, so it rolls back. */
class PageErrors extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super("The page has errors");
  }
}

type TCheckedPage =
  | { ok: true; section: TJourney["definition"]["sections"][number]; pageAnswers: TAnswers }
  | { ok: false; fieldErrors: Record<string, string>; values: TFormValues };

/**
 * One posted page checked against the questionnaire and the answers already saved: the online
 * journey and staff entry (issue #8) share it, so both accept exactly the same answers.
 * Throws INVALID_INPUT for oversized input or fields the page does not have.
 */
export function checkPage(
  journey: TJourney,
  saved: TAnswers,
  sectionKey: string,
  entries: TEntries,
  mode: "continue" | "save-later",
  answeredOtherwise?: ReadonlySet<string>,
): TCheckedPage {
  if (inputBytes(entries) > MAX_INPUT_BYTES) throw new AppError("INVALID_INPUT", TOO_LARGE_MESSAGE);
  const section = journey.definition.sections.find((s) => s.key === sectionKey);
  if (!section) throw new AppError("INVALID_INPUT", STALE_FORM_MESSAGE);
  if (unexpectedFields(journey.definition, section.key, entries).length > 0)
    throw new AppError("INVALID_INPUT", STALE_FORM_MESSAGE);
  const posted = parseFormAnswers(journey.definition, section.key, entries);
  const options = { sectionKey: section.key, answersSoFar: saved, today: londonDay(now()), answeredOtherwise };
  if (mode === "save-later")
    return { ok: true, section, pageAnswers: validPartOfPage(journey.definition, posted, options) };
  const result = validateAnswers(journey.definition, posted, options);
  if (!result.ok)
    return {
      ok: false,
      fieldErrors: result.fieldErrors,
      values: entriesToFormValues(journey.definition, section.key, entries),
    };
  return { ok: true, section, pageAnswers: result.answers };
}

/** The answers after saving one page: the page's own replaced, the rest kept. */
export function mergePage(
  current: TAnswers,
  section: { questions: ReadonlyArray<{ key: string }> },
  pageAnswers: TAnswers,
): TAnswers {
  const pageKeys = new Set(section.questions.map((q) => q.key));
  return { ...Object.fromEntries(Object.entries(current).filter(([key]) => !pageKeys.has(key))), ...pageAnswers };
}

/**
 * Validates and saves one page. Throws NOT_FOUND (no draft for this token), CONSULTATION_CLOSED,
 * INVALID_INPUT (tampered or oversized input, or a page from another version), CONFLICT (sent meanwhile).
 */
export async function saveSection(input: TSaveSectionInput): Promise<TSaveSectionResult> {
  const consultation = await getRespondentConsultation(input.slug);
  assertAcceptingResponses(consultation);
  const response = await findEditableForDraftToken(consultation, input.draftToken);
  if (!response) throw new AppError("NOT_FOUND", "We could not find your response. It may have been sent already.");
  const { journey } = response;
  if (input.versionId !== response.versionId) throw new AppError("INVALID_INPUT", STALE_FORM_MESSAGE);
  const draftTokenHash = hashToken(input.draftToken!);
  // Drawings first, outside the answers' transaction: a file that was accepted stays with the
  // draft even when the page's answers have errors (issue #7).
  const page = journey.definition.sections.find((s) => s.key === input.sectionKey);
  const { errors: drawingErrors, drawn } = page
    ? await saveDrawings(response.id, page, input.entries, input.skip === true)
    : { errors: {}, drawn: undefined };
  const entries = page ? withoutDrawingFields(page, input.entries) : input.entries;
  // One transaction: lock the row, read the saved answers once, check the page against them
  // (conditions look back at earlier pages) and write. A page with errors rolls back, so it
  // writes nothing at all.
  const outcome = await db()
    .$transaction(async (tx) => {
      // Locks the row, so two saves of one response queue up, and proves it is still editable.
      const locked = await tx.response.updateMany({
        where: { id: response.id, draftTokenHash },
        data: { updatedAt: now() },
      });
      if (locked.count === 0) throw new AppError("CONFLICT", "Your response has already been sent.");
      const { answers: current } = await readAnswers(tx, response.id, journey);
      // A drawing answers a required question without words.
      const checked = checkPage(journey, current, input.sectionKey, entries, input.mode, drawn);
      if (!checked.ok) throw new PageErrors(checked.fieldErrors);
      return {
        before: current,
        saved: await writeAnswers(
          tx,
          response.id,
          journey,
          current,
          mergePage(current, checked.section, checked.pageAnswers),
        ),
        section: checked.section,
      };
    }, TRANSACTION_OPTIONS)
    .catch((error: unknown) => {
      if (error instanceof PageErrors) return error;
      throw error;
    });
  if (outcome instanceof PageErrors)
    return {
      ok: false,
      fieldErrors: { ...outcome.fieldErrors, ...drawingErrors },
      values: entriesToFormValues(journey.definition, input.sectionKey, entries),
    };
  // The answers are saved; a refused file is the only problem left to show.
  if (Object.keys(drawingErrors).length > 0)
    return {
      ok: false,
      fieldErrors: drawingErrors,
      values: entriesToFormValues(journey.definition, input.sectionKey, entries),
    };

  const { before: previous, saved } = outcome;
  const next = pagePosition(journey, saved, outcome.section.key)?.next;
  const before = new Set(journeyPages(journey, previous).map((s) => s.key));
  const added = journeyPages(journey, saved).find((s) => !before.has(s.key));
  return {
    ok: true,
    answers: saved,
    format: journey.definition.format,
    nextSlug: next ? pageSlug(next.key) : undefined,
    newPageSlug: added ? pageSlug(added.key) : undefined,
  };
}
