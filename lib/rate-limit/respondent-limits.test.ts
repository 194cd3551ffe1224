import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { consumeRespondentAttempt, RESPONDENT_LIMITS } from "./respondent-limits";

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return isAppError(error) ? error.code : "other";
  }
}

describe("consumeRespondentAttempt", () => {
  it("allows a generous number of saves per IP, then refuses that IP only", async () => {
    for (let i = 0; i < RESPONDENT_LIMITS.save.points; i++)
      expect(await codeOf(consumeRespondentAttempt("save", "192.0.2.10"))).toBe("ok");
    expect(await codeOf(consumeRespondentAttempt("save", "192.0.2.10"))).toBe("RATE_LIMITED");
    expect(await codeOf(consumeRespondentAttempt("save", "192.0.2.11"))).toBe("ok");
  });

  it("counts each kind of action separately", async () => {
    for (let i = 0; i < RESPONDENT_LIMITS.resumeEmail.points; i++)
      await consumeRespondentAttempt("resumeEmail", "198.51.100.20");
    expect(await codeOf(consumeRespondentAttempt("resumeEmail", "198.51.100.20"))).toBe("RATE_LIMITED");
    expect(await codeOf(consumeRespondentAttempt("submit", "198.51.100.20"))).toBe("ok");
  });

  it("is generous enough for people: at least 60 saves a minute", () => {
    expect(RESPONDENT_LIMITS.save.points * (60 / RESPONDENT_LIMITS.save.duration)).toBeGreaterThanOrEqual(60);
  });
});
