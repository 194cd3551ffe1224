// The caller's IP address for rate limits. Behind a load balancer the right-most
// X-Forwarded-For entry is the one our own proxy added; earlier entries come from the client
// and can be forged, so they are never trusted.
type HeaderReader = { get(name: string): string | null };

export function clientIp(headers: HeaderReader): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
