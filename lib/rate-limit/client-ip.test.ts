import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("trusts only the right-most forwarded address (the one our proxy added)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }))).toBe("10.0.0.7");
  });

  it("falls back to X-Real-IP, then to a shared bucket", () => {
    expect(clientIp(new Headers({ "x-real-ip": "10.1.1.1" }))).toBe("10.1.1.1");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
