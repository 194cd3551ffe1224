import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { parseTrustedProxies } from "@/lib/http/trusted-proxies";
import { resolveClientIp } from "./client-ip";

const off = parseTrustedProxies(undefined);

describe("resolveClientIp", () => {
  it("uses the socket's address and ignores forwarded headers when no proxy is trusted", () => {
    expect(resolveClientIp("203.0.113.9", "10.9.0.1", off)).toBe("203.0.113.9");
    expect(resolveClientIp("::ffff:203.0.113.9", null, off)).toBe("203.0.113.9");
    expect(resolveClientIp("2001:db8::1", "10.9.0.1, 10.9.0.2", parseTrustedProxies("off"))).toBe("2001:db8::1");
  });

  it("gives requests that bypassed our server one shared bucket, never a client-chosen one", () => {
    expect(resolveClientIp(null, "10.9.0.1", parseTrustedProxies("1"))).toBe("unknown");
  });

  it("walks back exactly the trusted number of hops", () => {
    const one = parseTrustedProxies("1");
    // nginx (the peer) appended the address it saw; the client's own entries stay to the left.
    expect(resolveClientIp("127.0.0.1", "6.6.6.6, 198.51.100.7", one)).toBe("198.51.100.7");
    expect(resolveClientIp("127.0.0.1", null, one)).toBe("127.0.0.1");
    const two = parseTrustedProxies("2");
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1", two)).toBe("198.51.100.7");
    // Fewer entries than hops: the left-most is as far as the chain goes.
    expect(resolveClientIp("10.0.0.2", "198.51.100.7", parseTrustedProxies("5"))).toBe("198.51.100.7");
  });

  it("walks back past trusted networks only", () => {
    const trust = parseTrustedProxies("10.0.0.0/8, ::1, 192.0.2.1");
    expect(resolveClientIp("10.1.2.3", "6.6.6.6, 198.51.100.7, 192.0.2.1", trust)).toBe("198.51.100.7");
    expect(resolveClientIp("::1", "198.51.100.7", trust)).toBe("198.51.100.7");
    // An untrusted peer's forwarded header is the client's own writing.
    expect(resolveClientIp("203.0.113.9", "10.9.0.1", trust)).toBe("203.0.113.9");
    // Garbage a trusted proxy passed on is not an address, so it is not a trusted hop either.
    expect(resolveClientIp("10.0.0.1", "198.51.100.7, not-an-ip", trust)).toBe("not-an-ip");
    expect(resolveClientIp("10.0.0.1", "10.0.0.5", trust)).toBe("10.0.0.5");
  });
});

describe("TRUSTED_PROXIES setting", () => {
  it("accepts hops, addresses and CIDR blocks, and is off by default", () => {
    expect(parseEnv({}).TRUSTED_PROXIES.kind).toBe("off");
    expect(parseEnv({ TRUSTED_PROXIES: "1" }).TRUSTED_PROXIES).toEqual({ kind: "hops", hops: 1 });
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8,fd00::/8" }).TRUSTED_PROXIES.kind).toBe("networks");
  });

  it("refuses a value it cannot read, naming the setting", () => {
    expect(() => parseEnv({ TRUSTED_PROXIES: "nginx" })).toThrow(/TRUSTED_PROXIES "nginx" is not an IP address/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/40" })).toThrow(
      /TRUSTED_PROXIES "10.0.0.0\/40" has an invalid prefix length/,
    );
    expect(() => parseEnv({ TRUSTED_PROXIES: "99" })).toThrow(/TRUSTED_PROXIES must be at most 10/);
  });
});
