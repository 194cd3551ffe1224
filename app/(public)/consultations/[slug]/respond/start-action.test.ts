// "Start now" while the service is failing (for example the database is unreachable): the
// action must not re-throw, which a browser without JavaScript shows as a bare "Internal
// Server Error", but send the respondent to the plain-English try-again page.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";

const service = vi.hoisted(() => ({ startDraft: vi.fn() }));
vi.mock("@/lib/services/respond/start-draft", () => service);
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-real-ip": "203.0.113.9" }),
  cookies: async () => ({ get: () => undefined, set: vi.fn() }),
}));

const { startResponseAction } = await import("./actions");

/** The address a Next redirect() goes to, from the error it throws. */
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  const digest = (error as { digest?: string } | undefined)?.digest ?? "";
  expect(digest).toMatch(/^NEXT_REDIRECT;/);
  return digest.split(";")[2];
}

beforeEach(() => {
  service.startDraft.mockReset();
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

describe("startResponseAction", () => {
  it("sends the respondent to the service problem page when the database cannot be reached", async () => {
    service.startDraft.mockRejectedValue(
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    );
    expect(await redirectOf(() => startResponseAction("short-breaks"))).toBe(
      "/consultations/short-breaks/respond/service-problem",
    );
    expect(console.error).toHaveBeenCalledWith("[respond] unexpected error", expect.any(Error));
  });

  it("still sends a closed consultation to its start page, which says it has closed", async () => {
    service.startDraft.mockRejectedValue(new AppError("CONSULTATION_CLOSED"));
    expect(await redirectOf(() => startResponseAction("short-breaks"))).toBe("/consultations/short-breaks/respond");
  });

  it("starts a draft and goes to its first page when all is well", async () => {
    service.startDraft.mockResolvedValue({
      draftToken: "t".repeat(43),
      closesAt: new Date("2030-01-01T00:00:00Z"),
      firstPageSlug: "about-you",
    });
    expect(await redirectOf(() => startResponseAction("short-breaks"))).toBe(
      "/consultations/short-breaks/respond/about-you",
    );
  });
});
