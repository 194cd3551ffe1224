// What the respond pages and actions share: addresses, the draft cookie, the caller's IP, and
// turning a service error into a redirect or a form error. Public actions need no session or
// permission, and their answers are dynamic (the questionnaire decides the schema, checkbox
// groups post repeated names), so they do not go through lib/actions/createAction.
import "server-only";
import { cookies, headers } from "next/headers";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { FORM_PAGE_METADATA } from "@/components/forms/form-title";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import type { TFormValues } from "@/lib/questionnaire/forms/form-data";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { consumeRespondentAttempt, type RespondentAction } from "@/lib/rate-limit/respondent-limits";
import type { TRespondentFormState } from "@/lib/respond/form-controls";
import { findResponseForDraftToken } from "@/lib/services/respond/response-access";
import { getRespondentConsultation } from "@/lib/services/respond/respondent-consultation";

/** /consultations/<slug>/respond[/…]. */
export function respondPath(slug: string, ...segments: string[]): string {
  return ["", "consultations", slug, "respond", ...segments].join("/");
}

/** The page a respondent's action sends them to when the service fails and it has no form to show the problem in. */
export const SERVICE_PROBLEM_SLUG = "service-problem";

/** The draft cookie: one per consultation, sent only to that consultation's pages (issue #6, design). */
const cookieName = (slug: string) => `hys_draft_${slug}`;

export async function readDraftToken(slug: string): Promise<string | undefined> {
  return (await cookies()).get(cookieName(slug))?.value;
}

/** Holds the draft token until the consultation closes; httpOnly, so page scripts never see it. */
export async function writeDraftToken(slug: string, token: string, closesAt: Date): Promise<void> {
  (await cookies()).set(cookieName(slug), token, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https:"),
    path: `/consultations/${slug}`,
    expires: closesAt,
  });
}

/** Counts the attempt against the caller's IP; throws RATE_LIMITED. */
export async function limitAttempt(action: RespondentAction): Promise<void> {
  await consumeRespondentAttempt(action, clientIp(await headers()));
}

/**
 * Whether a post carries what our own forms send: string bound arguments (the page's slug,
 * section or token) and a form body. A crafted request (issue #15: bound arguments
 * [{"a":1},{"b":2},null]) gets UNREADABLE_FORM or the consultations list, never a crash.
 */
export function isReadablePost(bound: readonly unknown[], formData?: unknown): boolean {
  return (
    bound.every((value) => typeof value === "string" && value.length > 0 && value.length <= 200) &&
    (formData === undefined || formData instanceof FormData)
  );
}

export const UNREADABLE_FORM_MESSAGE = "This form could not be read. Reload the page and try again.";
export const UNREADABLE_FORM: TRespondentFormState = {
  fieldErrors: {},
  formError: UNREADABLE_FORM_MESSAGE,
  values: {},
};

const GENERIC_ERROR =
  "Sorry, there is a problem with the service. Your answers have not been lost. Try again in a few minutes.";

/**
 * Closed, too many attempts, or no draft: a page that says so. Anything else expected shows as
 * a problem at the top of the form, with the answers kept; unexpected errors are logged only.
 */
export function respondentFailure(error: unknown, slug: string, values: TFormValues): TRespondentFormState {
  if (isAppError(error)) {
    if (error.code === "CONSULTATION_CLOSED") redirect(respondPath(slug));
    if (error.code === "RATE_LIMITED") redirect(respondPath(slug, "too-many-attempts"));
    if (error.code === "NOT_FOUND") redirect(`${respondPath(slug)}?ended=1`);
    return { fieldErrors: {}, formError: error.message, values };
  }
  console.error("[respond] unexpected error", error);
  return { fieldErrors: {}, formError: GENERIC_ERROR, values };
}

/** The consultation for a respond page, once per request; null when there is no such published consultation. */
export const loadConsultation = cache(async (slug: string) => {
  try {
    return await getRespondentConsultation(slug);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

/** The response this browser's cookie opens, once per request. */
export const loadMyResponse = cache(async (slug: string) => {
  const consultation = await loadConsultation(slug);
  return consultation ? findResponseForDraftToken(consultation, await readDraftToken(slug)) : null;
});

/** "<page> – <consultation>", which the root layout's template completes with the service name. */
export function pageTitle(page: string, consultationTitle: string, hasError = false): string {
  return `${hasError ? "Error: " : ""}${page} – ${consultationTitle}`;
}

/** Form pages state their own title (components/forms/form-title.tsx); a respondent's pages are theirs alone, not for search engines. */
export const RESPONDENT_FORM_METADATA: Metadata = { ...FORM_PAGE_METADATA, robots: { index: false } };

/** Metadata for a respondent's form page: the form's own title while open, else the closed notice's. */
export async function respondFormMetadata(slug: string): Promise<Metadata> {
  const consultation = await loadConsultation(slug);
  if (consultation?.status === "open") return RESPONDENT_FORM_METADATA;
  return {
    title: consultation ? pageTitle("This consultation has closed", consultation.title) : "Respond online",
    robots: { index: false },
  };
}

/**
 * The opening every respondent page shares: no such consultation is a 404; one that is not open
 * shows its closed notice (ClosedPage); otherwise the response this browser's cookie opens.
 */
export async function openRespondentPage(slug: string) {
  const consultation = await loadConsultation(slug);
  if (!consultation) notFound();
  if (consultation.status !== "open") return { closed: true as const, consultation };
  return { closed: false as const, consultation, response: await loadMyResponse(slug) };
}
