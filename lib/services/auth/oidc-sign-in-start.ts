// Starting a sign-in at the council's identity provider from our own form, so the button
// works without JavaScript. next-auth makes the state, PKCE verifier and nonce (each in its
// own short-lived, httpOnly cookie) and the authorisation URL; we pass both on.
import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { callNextAuth, cookieValues } from "@/lib/auth/next-auth-call";
import { authOptions } from "./next-auth-options";
import { isOidcSignInOn, OIDC_PROVIDER_ID } from "@/lib/auth/oidc-config";

/** The provider's authorisation URL, and the Set-Cookie headers the browser must carry back to the callback. */
export type StartedSignIn = { url: string; setCookies: string[] };

/**
 * Starts a sign-in landing on `callbackPath` (a /staff path) afterwards. next-auth's sign-in
 * endpoint wants its CSRF token, which guards its own forms; our route checks the request's
 * origin instead, and a forced start could only send someone to their own provider sign-in.
 */
export async function startOidcSignIn(callbackPath: string): Promise<StartedSignIn> {
  if (!isOidcSignInOn()) throw new AppError("NOT_FOUND");
  const options = authOptions();
  const host = new URL(env().APP_URL).host;
  const csrf = await callNextAuth(options, { method: "GET", action: ["csrf"], host });
  const started = await callNextAuth(options, {
    method: "POST",
    action: ["signin", OIDC_PROVIDER_ID],
    host,
    cookies: cookieValues(csrf.setCookies),
    body: {
      csrfToken: (csrf.body as { csrfToken?: string } | undefined)?.csrfToken ?? "",
      callbackUrl: new URL(callbackPath, env().APP_URL).toString(),
    },
  });
  // next-auth answers a failure (e.g. an unreachable discovery document) with a redirect to its own error page.
  if (!started.location || new URL(started.location, env().APP_URL).origin === new URL(env().APP_URL).origin) {
    throw new AppError("UNAVAILABLE", "We could not reach the sign-in service. Try again in a few minutes.");
  }
  return { url: started.location, setCookies: [...csrf.setCookies, ...started.setCookies] };
}
