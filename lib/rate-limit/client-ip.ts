// The caller's IP address for rate limits. Only the socket's address cannot be forged: our
// server (scripts/serve/app-server.mjs) stamps it in PEER_HEADER over anything a client sent.
// X-Forwarded-For is written by whoever sent the request, so it counts only when the peer is a
// proxy the council told us to trust (TRUSTED_PROXIES), and then only the entries those trusted
// proxies added: we walk the chain from the right past trusted hops, and the first address
// not vouched for is the client (issue #15: a forged header beat every limit).
import { env } from "@/lib/env";
import { PEER_HEADER } from "@/lib/http/server-headers.mjs";
import { isTrustedProxy, plainAddress, type TrustedProxies } from "@/lib/http/trusted-proxies";

type HeaderReader = { get(name: string): string | null };

/** The chain reads [client-written entries…, proxy-added entries…, peer]; only trusted hops are skipped. */
export function resolveClientIp(peer: string | null, forwardedFor: string | null, trust: TrustedProxies): string {
  const socket = peer ? plainAddress(peer) : "";
  // Only a request that bypassed our server lacks the stamp: one shared bucket, never a
  // client-chosen one.
  if (!socket) return "unknown";
  if (trust.kind === "off") return socket;
  const forwarded = (forwardedFor ?? "").split(",").map(plainAddress).filter(Boolean);
  const chain = [...forwarded, socket];
  if (trust.kind === "hops") return chain[Math.max(0, chain.length - 1 - trust.hops)];
  for (let i = chain.length - 1; i > 0; i--) {
    if (!isTrustedProxy(chain[i], trust)) return chain[i];
  }
  return chain[0];
}

export function clientIp(headers: HeaderReader): string {
  return resolveClientIp(headers.get(PEER_HEADER), headers.get("x-forwarded-for"), env().TRUSTED_PROXIES);
}
