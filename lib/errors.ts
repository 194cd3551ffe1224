// One set of expected errors, mapped to HTTP status codes and plain-English messages
// (ARCHITECTURE.md "One AppError set"). Anything else is unexpected: logged, never shown.

export const APP_ERRORS = {
  NOT_FOUND: { status: 404, message: "We could not find that page or record." },
  UNAUTHENTICATED: { status: 401, message: "Sign in to continue." },
  FORBIDDEN: { status: 403, message: "You do not have permission to do that." },
  CONFLICT: { status: 409, message: "Someone else changed this record. Reload the page and try again." },
  INVALID_INPUT: { status: 400, message: "Some of the information you gave is not valid." },
  CONSULTATION_CLOSED: { status: 409, message: "This consultation has closed, so it no longer accepts responses." },
  VERSION_LOCKED: { status: 409, message: "This questionnaire version is published and cannot be changed." },
  RATE_LIMITED: { status: 429, message: "There have been too many attempts. Wait a few minutes and try again." },
  UNAVAILABLE: { status: 503, message: "The service is not available at the moment. Try again in a few minutes." },
} as const;

export type AppErrorCode = keyof typeof APP_ERRORS;

/**
 * Next.js renders its not-found and forbidden pages, with their status, for any error thrown
 * while rendering a page whose digest is "NEXT_HTTP_ERROR_FALLBACK;<status>" (what notFound()
 * and forbidden() throw). Giving our own NOT_FOUND and FORBIDDEN that digest makes every
 * service's refusal the right page everywhere, in this one place rather than a try/catch in
 * each page (issue #15: unknown ids gave 500). Actions and route handlers catch AppErrors
 * themselves, so the digest only matters to pages. errors.test.ts pins the format to Next's.
 */
const PAGE_FALLBACK_DIGEST: Partial<Record<AppErrorCode, string>> = {
  NOT_FOUND: "NEXT_HTTP_ERROR_FALLBACK;404",
  FORBIDDEN: "NEXT_HTTP_ERROR_FALLBACK;403",
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly digest?: string;

  constructor(code: AppErrorCode, message?: string, fieldErrors?: Record<string, string[]>) {
    super(message ?? APP_ERRORS[code].message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.digest = PAGE_FALLBACK_DIGEST[code];
  }

  get status(): number {
    return APP_ERRORS[this.code].status;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
