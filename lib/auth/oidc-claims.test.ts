import { describe, expect, it } from "vitest";
import { oidcEmail, oidcSubject, roleFromClaim, sameIssuer } from "./oidc-claims";

describe("oidcSubject", () => {
  it("prefers Entra's tenant and object ids, which are the same for every app registration", () => {
    expect(oidcSubject({ sub: "pairwise-per-app", tid: "t-1", oid: "o-1" })).toBe("t-1:o-1");
  });

  it("uses sub for any other provider, and nothing when there is neither", () => {
    expect(oidcSubject({ sub: "abc" })).toBe("abc");
    expect(oidcSubject({ sub: "abc", oid: "o-1" })).toBe("abc");
    expect(oidcSubject({})).toBeNull();
  });
});

describe("oidcEmail", () => {
  it("uses email, lower-cased, else preferred_username when it is an address", () => {
    expect(oidcEmail({ email: " Jo.Bloggs@Council.Example " })).toBe("jo.bloggs@council.example");
    expect(oidcEmail({ preferred_username: "Jo@council.example" })).toBe("jo@council.example");
    expect(oidcEmail({ email: "not an address", preferred_username: "jo@council.example" })).toBe("jo@council.example");
    expect(oidcEmail({ preferred_username: "jbloggs" })).toBeNull();
  });
});

describe("roleFromClaim", () => {
  const map = { "g-admin": "ADMIN", "g-officer": "OFFICER", "g-analyst": "ANALYST" } as const;

  it("maps a list or a single value, giving the most privileged role mapped", () => {
    expect(roleFromClaim({ groups: ["x", "g-analyst", "g-officer"] }, "groups", map)).toBe("OFFICER");
    expect(roleFromClaim({ groups: ["g-analyst", "g-admin"] }, "groups", map)).toBe("ADMIN");
    expect(roleFromClaim({ roles: "g-analyst" }, "roles", map)).toBe("ANALYST");
  });

  it("is null when no value is mapped or the claim is missing", () => {
    expect(roleFromClaim({ groups: ["x"] }, "groups", map)).toBeNull();
    expect(roleFromClaim({ groups: [] }, "groups", map)).toBeNull();
    expect(roleFromClaim({}, "groups", map)).toBeNull();
    expect(roleFromClaim({ groups: [{ id: "g-admin" }] }, "groups", map)).toBeNull();
  });
});

describe("sameIssuer", () => {
  it("ignores a trailing slash and nothing else", () => {
    expect(sameIssuer("https://login.microsoftonline.com/t/v2.0/", "https://login.microsoftonline.com/t/v2.0")).toBe(
      true,
    );
    expect(sameIssuer("https://login.microsoftonline.com/other/v2.0", "https://login.microsoftonline.com/t/v2.0")).toBe(
      false,
    );
    expect(sameIssuer(undefined, "https://issuer.example")).toBe(false);
  });
});
