import http from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, HSTS, PEER_HEADER, secureRequest } from "./server-headers.mjs";

function exchange(remoteAddress: string, headers: Record<string, string>) {
  const socket = new Socket();
  Object.defineProperty(socket, "remoteAddress", { value: remoteAddress });
  const req = new http.IncomingMessage(socket);
  Object.assign(req.headers, headers);
  return { req, res: new http.ServerResponse(req) };
}

describe("secureRequest", () => {
  it("stamps the socket's address over a client-sent copy, and gives request and response one nonce's policy", () => {
    const { req, res } = exchange("203.0.113.9", {
      [PEER_HEADER]: "10.9.9.9",
      "content-security-policy-report-only": "x",
    });
    secureRequest(req, res, {});
    expect(req.headers[PEER_HEADER]).toBe("203.0.113.9");
    expect(req.headers["content-security-policy"]).toBe(res.getHeader("content-security-policy"));
    expect(req.headers["content-security-policy-report-only"]).toBeUndefined();
    expect(res.getHeader("strict-transport-security")).toBeUndefined();
  });

  it("adds HSTS on an https site, and a fresh nonce every time", () => {
    const first = exchange("::1", {});
    const second = exchange("::1", {});
    secureRequest(first.req, first.res, { https: true });
    secureRequest(second.req, second.res, { https: true });
    expect(first.res.getHeader("strict-transport-security")).toBe(HSTS);
    expect(first.res.getHeader("content-security-policy")).not.toBe(second.res.getHeader("content-security-policy"));
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only from us or with the nonce, no framing, forms to us (and the sign-in provider)", () => {
    const policy = contentSecurityPolicy("abc", { formTargets: ["https://login.microsoftonline.com"] });
    expect(policy).toContain("script-src 'self' 'nonce-abc'");
    expect(policy).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self' https://login.microsoftonline.com");
    expect(contentSecurityPolicy("abc", { dev: true })).toContain("'unsafe-eval'");
  });
});
