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

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message?: string, fieldErrors?: Record<string, string[]>) {
    super(message ?? APP_ERRORS[code].message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get status(): number {
    return APP_ERRORS[this.code].status;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
