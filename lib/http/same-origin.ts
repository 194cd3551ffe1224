// Route handlers that change data or hand out personal data answer only our own pages
// (issue #15): a form on another site could otherwise post to them with the staff member's
// cookie. Server actions get the same check from Next itself; route handlers get it here.
// Browsers send Origin with every POST, and Sec-Fetch-Site with every request; a request with
// neither comes from something that is not a browser, which carries no one's cookie by accident.
import { env } from "@/lib/env";

export const CROSS_ORIGIN_MESSAGE = "This request came from another website, so it was refused.";

/** Null when the request may go on; otherwise why not. */
export function crossOriginRefusal(request: Request): string | null {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const ours = new URL(env().APP_URL).origin;
    const host = request.headers.get("host");
    let theirs: URL | null = null;
    try {
      theirs = new URL(origin);
    } catch {
      return CROSS_ORIGIN_MESSAGE;
    }
    // Our public address, or the address the browser is on (the same page, reached by another name).
    if (theirs.origin === ours || (host !== null && theirs.host === host)) return null;
    return CROSS_ORIGIN_MESSAGE;
  }
  // A GET has no Origin; a link followed from another site says so in Sec-Fetch-Site.
  return request.headers.get("sec-fetch-site") === "cross-site" ? CROSS_ORIGIN_MESSAGE : null;
}
