// GET /api/auth/dev-sign-in?email=…: development and test shortcut that signs in as a seeded
// account without email. Answers 404 when NODE_ENV is production.
import type { NextRequest } from "next/server";
import { devSignIn, isDevSignInAvailable } from "@/lib/services/auth/dev-sign-in";
import { setSessionCookie } from "@/lib/auth/session";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  if (!isDevSignInAvailable()) return new Response("Not found", { status: 404 });
  const email = request.nextUrl.searchParams.get("email") ?? "";
  const session = await devSignIn(email);
  if (!session) return new Response("No active staff account has that email address.", { status: 404 });
  await setSessionCookie(session.sessionToken, session.expires);
  return Response.redirect(new URL("/staff", env().APP_URL), 303);
}
