// A browser's part in an identity-provider sign-in, over real HTTP to the in-process provider
// (tests/support/oidc-test-provider.ts) and through next-auth's own handler for our side:
// start at our form's service, sign in and consent at the provider, come back to the callback.
import { callNextAuth, cookieValues, type NextAuthAnswer } from "@/lib/auth/next-auth-call";

export type ProviderTrip = {
  /** The callback URL the provider sent the browser to (code and state). */
  callback: URL;
  /** Our cookies the browser held when it came back (state, PKCE verifier, nonce, CSRF). */
  appCookies: Record<string, string>;
};

const APP = "http://hys.test";

/** Starts a sign-in and signs in at the provider as `login`, stopping before our callback. */
export async function tripToProvider(login: string): Promise<ProviderTrip> {
  const { startOidcSignIn } = await import("@/lib/services/auth/oidc-sign-in-start");
  const started = await startOidcSignIn("/staff");
  const appCookies = cookieValues(started.setCookies);
  const jar = new Map<string, string>();
  let url = started.url;
  let form: URLSearchParams | null = null;
  for (let step = 0; step < 12; step++) {
    const response: Response = await fetch(url, {
      method: form ? "POST" : "GET",
      body: form ?? undefined,
      redirect: "manual",
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const [name, value] of Object.entries(cookieValues(response.headers.getSetCookie()))) {
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    form = null;
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.origin === APP) return { callback: next, appCookies };
      url = next.toString();
      continue;
    }
    const html: string = await response.text();
    const prompt: string | undefined = html.match(/name="prompt" value="(\w+)"/)?.[1];
    const action = html.match(/<form[^>]*action="([^"]+)"/)?.[1];
    if (!prompt || !action) throw new Error(`unexpected provider page (${response.status}): ${html.slice(0, 300)}`);
    url = new URL(action, url).toString();
    form = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any password" } : { prompt });
  }
  throw new Error("the provider never sent the browser back");
}

/** Our callback, as the browser would reach it at /api/auth/callback/oidc. */
export async function returnToApp(trip: ProviderTrip, cookies = trip.appCookies): Promise<NextAuthAnswer> {
  const { authOptions } = await import("@/lib/services/auth/next-auth-options");
  return callNextAuth(authOptions(), {
    method: "GET",
    action: ["callback", "oidc"],
    query: Object.fromEntries(trip.callback.searchParams),
    cookies,
    host: "hys.test",
  });
}

export async function signInThroughProvider(login: string): Promise<NextAuthAnswer> {
  return returnToApp(await tripToProvider(login));
}

export const sessionCookieIn = (answer: NextAuthAnswer) =>
  answer.setCookies.find((c) => c.startsWith("hys.session-token="));
