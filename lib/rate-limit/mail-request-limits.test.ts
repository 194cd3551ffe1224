import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import {
  consumeSignInLinkAttempt,
  consumeUpdatesRequest,
  SIGN_IN_LINK_LIMITS,
  UPDATES_LIMITS,
} from "./mail-request-limits";

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return isAppError(error) ? error.code : "other";
  }
}

describe("consumeSignInLinkAttempt", () => {
  it("allows a few requests per address, then refuses that address (in any letter case)", async () => {
    const ip = "192.0.2.1";
    for (let i = 0; i < SIGN_IN_LINK_LIMITS.perAddress.points; i++) {
      expect(await codeOf(consumeSignInLinkAttempt("limit-me@council.example", ip))).toBe("ok");
    }
    expect(await codeOf(consumeSignInLinkAttempt("LIMIT-ME@council.example", "192.0.2.2"))).toBe("RATE_LIMITED");
    expect(await codeOf(consumeSignInLinkAttempt("someone-else@council.example", "192.0.2.3"))).toBe("ok");
  });

  it("refuses one IP asking for links to many addresses", async () => {
    const ip = "198.51.100.9";
    for (let i = 0; i < SIGN_IN_LINK_LIMITS.perIp.points; i++) {
      expect(await codeOf(consumeSignInLinkAttempt(`probe-${i}@council.example`, ip))).toBe("ok");
    }
    expect(await codeOf(consumeSignInLinkAttempt("probe-last@council.example", ip))).toBe("RATE_LIMITED");
  });
});

describe("consumeUpdatesRequest", () => {
  it("limits one address however many IPs ask, and one IP however many addresses it names", async () => {
    for (let i = 0; i < UPDATES_LIMITS.perAddress.points; i++) {
      expect(await codeOf(consumeUpdatesRequest("victim@example.org", `203.0.113.${i}`))).toBe("ok");
    }
    expect(await codeOf(consumeUpdatesRequest("Victim@Example.org", "203.0.113.200"))).toBe("RATE_LIMITED");
    for (let i = 0; i < UPDATES_LIMITS.perIp.points; i++) {
      expect(await codeOf(consumeUpdatesRequest(`person-${i}@example.org`, "198.51.100.20"))).toBe("ok");
    }
    expect(await codeOf(consumeUpdatesRequest("one-more@example.org", "198.51.100.20"))).toBe("RATE_LIMITED");
  });

  it("counts apart from sign-in links", async () => {
    expect(await codeOf(consumeSignInLinkAttempt("shared@example.org", "192.0.2.77"))).toBe("ok");
    expect(await codeOf(consumeUpdatesRequest("shared@example.org", "192.0.2.77"))).toBe("ok");
  });
});
