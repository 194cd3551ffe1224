// POST /sign-in/oidc: "Sign in with your … account". A plain form post (works without
// JavaScript) that sends the browser on to the council's identity provider, carrying
// next-auth's state, PKCE and nonce cookies; the provider returns it to /api/auth/callback/oidc.
import type { NextRequest } from "next/server";
import { startOidcSignIn } from "@/lib/services/auth/oidc-sign-in-start";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { ZOidcSignInStartSchema } from "@/lib/validation/auth";

export const dynamic = "force-dynamic";

export async function POST(request: NextRequest): Promise<Response> {
  const { APP_URL } = env();
  // Browsers send Origin with every form post; another site's form is turned away.
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(APP_URL).origin) return new Response("Forbidden", { status: 403 });
  const form = await request.formData().catch(() => null);
  const callbackUrl = form?.get("callbackUrl");
  const input = ZOidcSignInStartSchema.parse({
    callbackUrl: typeof callbackUrl === "string" ? callbackUrl : undefined,
  });
  try {
    const started = await startOidcSignIn(input.callbackUrl);
    const headers = new Headers({ Location: started.url, "Cache-Control": "no-store" });
    for (const cookie of started.setCookies) headers.append("Set-Cookie", cookie);
    return new Response(null, { status: 303, headers });
  } catch (error) {
    // Switched off (STAFF_SIGN_IN=email): there is nothing here.
    if (isAppError(error) && error.code === "NOT_FOUND") return new Response("Not found", { status: 404 });
    console.error("[auth] could not start an identity-provider sign-in", error);
    return Response.redirect(new URL("/sign-in/problem?error=OAuthSignin", APP_URL), 303);
  }
}
