import { describe, expect, it } from "vitest";
import {
  isHTTPAccessFallbackError,
  getAccessFallbackHTTPStatus,
} from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { AppError } from "./errors";

describe("AppError as Next's page fallbacks (issue #15)", () => {
  it("renders a service's NOT_FOUND as the 404 page and FORBIDDEN as the 403 page", () => {
    const notFound = new AppError("NOT_FOUND", "We could not find that consultation.");
    const forbidden = new AppError("FORBIDDEN");
    // Pinned to Next's own check, so an upgrade that changes the format fails here, not in production.
    expect(isHTTPAccessFallbackError(notFound)).toBe(true);
    expect(getAccessFallbackHTTPStatus(notFound as never)).toBe(404);
    expect(isHTTPAccessFallbackError(forbidden)).toBe(true);
    expect(getAccessFallbackHTTPStatus(forbidden as never)).toBe(403);
  });

  it("leaves every other error an error", () => {
    expect(isHTTPAccessFallbackError(new AppError("CONFLICT"))).toBe(false);
    expect(isHTTPAccessFallbackError(new AppError("INVALID_INPUT"))).toBe(false);
  });
});
