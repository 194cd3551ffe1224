// TRUSTED_PROXIES, parsed once by lib/env.ts: how far the app believes X-Forwarded-For
// (see lib/rate-limit/client-ip.ts). Off by default, because without a proxy in front every
// forwarded header was written by the client itself (issue #15).
import net from "node:net";

/** Off, a fixed number of proxy hops, or proxies known by address. */
export type TrustedProxies =
  { kind: "off" } | { kind: "hops"; hops: number } | { kind: "networks"; list: net.BlockList };

const OFF: TrustedProxies = { kind: "off" };

/** An IPv4 address reached over an IPv6 socket reads "::ffff:10.0.0.1"; rules name it 10.0.0.1. */
export function plainAddress(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/**
 * Unset, "", "0" or "off" → off; a whole number → that many proxy hops; otherwise
 * comma-separated addresses or CIDR blocks, IPv4 or IPv6. Throws a plain message.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = (value ?? "").trim();
  if (text === "" || text === "0" || text.toLowerCase() === "off") return OFF;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error("must be at most 10 proxy hops");
    return { kind: "hops", hops };
  }
  const list = new net.BlockList();
  for (const entry of text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address, prefix, extra] = entry.split("/");
    const family = net.isIP(address);
    if (!family || extra !== undefined)
      throw new Error(`"${entry}" is not an IP address or CIDR block (use e.g. 10.0.0.0/8, or 1 for one proxy hop)`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d+$/.test(prefix) || bits > (family === 4 ? 32 : 128))
      throw new Error(`"${entry}" has an invalid prefix length`);
    list.addSubnet(address, bits, type);
  }
  return { kind: "networks", list };
}

/** Whether an address is one of the trusted proxies (never true for something not an address). */
export function isTrustedProxy(address: string, trust: TrustedProxies): boolean {
  if (trust.kind !== "networks") return false;
  const family = net.isIP(address);
  return family !== 0 && trust.list.check(address, family === 4 ? "ipv4" : "ipv6");
}
