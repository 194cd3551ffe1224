// Issue #15 item 1: a forged X-Forwarded-For (or a forged copy of our own peer header) no longer
// buys a fresh rate-limit bucket. Real HTTP over loopback through the same request preparation
// our server runs (lib/http/server-headers.mjs), then the real client-IP rule and limiter.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setEnvForTests } from "@/lib/env";
import { PEER_HEADER, secureRequest } from "@/lib/http/server-headers.mjs";
import { clientIp } from "@/lib/rate-limit/client-ip";
import { consumeSignInLinkAttempt, SIGN_IN_LINK_LIMITS } from "@/lib/rate-limit/mail-request-limits";

let server: http.Server;
let origin: string;
let restoreEnv: () => void = () => undefined;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    secureRequest(req, res, {});
    const headers = new Headers(req.headers as Record<string, string>);
    const email = new URL(req.url ?? "/", "http://x").searchParams.get("email") ?? "";
    consumeSignInLinkAttempt(email, clientIp(headers)).then(
      () => res.end(`ok ${clientIp(headers)}`),
      () => {
        res.statusCode = 429;
        res.end("too many");
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  restoreEnv();
  await new Promise((resolve) => server.close(resolve));
});

async function ask(email: string, headers: Record<string, string>) {
  const response = await fetch(`${origin}/?email=${encodeURIComponent(email)}`, { headers });
  return { status: response.status, body: await response.text() };
}

describe("client IP behind no trusted proxy (the default)", () => {
  it("ignores forged forwarding headers: one machine gets one bucket", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LINK_LIMITS.perIp.points + 10; i++) {
      const answer = await ask(`probe-${i}@example.org`, {
        "x-forwarded-for": `10.9.0.${i}`,
        "x-real-ip": `10.8.0.${i}`,
        [PEER_HEADER]: `10.7.0.${i}`,
      });
      statuses.push(answer.status);
      if (i === 0) expect(answer.body).toBe("ok 127.0.0.1");
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(SIGN_IN_LINK_LIMITS.perIp.points);
    expect(statuses.slice(SIGN_IN_LINK_LIMITS.perIp.points).every((s) => s === 429)).toBe(true);
  });
});

describe("client IP behind one trusted proxy (TRUSTED_PROXIES=1)", () => {
  it("takes the address the proxy appended, never the client's own entries", async () => {
    restoreEnv = setEnvForTests({ TRUSTED_PROXIES: "1" });
    // As nginx forwards: "$proxy_add_x_forwarded_for" appends the address it saw.
    const first = await ask("someone@example.org", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(first.body).toBe("ok 198.51.100.7");
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LINK_LIMITS.perIp.points; i++) {
      statuses.push((await ask(`other-${i}@example.org`, { "x-forwarded-for": `10.9.0.${i}, 198.51.100.7` })).status);
    }
    // One already counted above, so the forged left-hand entries hit the same limit.
    expect(statuses.filter((s) => s === 200)).toHaveLength(SIGN_IN_LINK_LIMITS.perIp.points - 1);
    expect(statuses.at(-1)).toBe(429);
  });
});
