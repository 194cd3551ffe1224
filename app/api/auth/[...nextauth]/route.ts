// GET|POST /api/auth/*: next-auth. It checks emailed links (callback/email), starts database
// sessions and handles its own sign-out, session and CSRF endpoints.
import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { env } from "@/lib/env";
import { authOptions } from "@/lib/services/auth/next-auth-options";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ nextauth: string[] }> };

function nextAuth(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(authOptions())(request, context);
}

export function GET(request: NextRequest, context: Context): Promise<Response> {
  return nextAuth(request, context);
}

export async function POST(request: NextRequest, context: Context): Promise<Response> {
  const { nextauth } = await context.params;
  // Links are asked for through the /sign-in form, whose action validates the address and
  // applies the rate limits; next-auth's own request endpoint would skip both.
  if (nextauth[0] === "signin") return Response.redirect(new URL("/sign-in", env().APP_URL), 303);
  return nextAuth(request, context);
}
