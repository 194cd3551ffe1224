// Next.js proxy. Two jobs, neither of them authorisation (every page, action and route
// handler checks permissions next to the data):
// 1. Send visitors without a session cookie away from the staff area, and renew the cookie's
//    lifetime on staff pages (the database decides whether the session is still valid).
// 2. Give unknown consultation addresses a real 404 page: a page calling notFound() in a
//    Next 16 production build serves an empty body to visitors without JavaScript
//    (vercel/next.js#98954), while an unmatched route renders not-found.tsx properly.
import { NextResponse, type NextRequest } from "next/server";
import { sessionCookie, sessionTimes } from "@/lib/auth/config";
import { isPublicConsultationSlug } from "@/lib/services/consultations/public-slugs";

/** Any path the app does not define: Next renders app/not-found.tsx with status 404. */
const UNMATCHED = "/_not-found";

function staffArea(request: NextRequest): NextResponse {
  const { name, options } = sessionCookie();
  const token = request.cookies.get(name)?.value;
  if (!token) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  const response = NextResponse.next();
  response.cookies.set(name, token, { ...options, maxAge: sessionTimes().maxAgeSeconds });
  return response;
}

async function publicConsultation(request: NextRequest): Promise<NextResponse> {
  const slug = decodeURIComponent(request.nextUrl.pathname.split("/")[2] ?? "");
  // When the database cannot answer, let the page render: it says "Sorry, there is a problem
  // with the service" in plain English, where a failing proxy gives a bare 500.
  const isPublic = slug ? await isPublicConsultationSlug(slug).catch(() => true) : true;
  if (!isPublic) return NextResponse.rewrite(new URL(UNMATCHED, request.url));
  return NextResponse.next();
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (request.nextUrl.pathname.startsWith("/consultations/")) return publicConsultation(request);
  return staffArea(request);
}

export const config = {
  matcher: [
    "/staff",
    // Document and response-file uploads are left out: Next buffers bodies that pass through the proxy and caps
    // them (10 MB by default), below UPLOAD_MAX_MB. Their route handler checks the session and
    // permission itself, as every handler does.
    "/staff/((?!consultations/[^/]+/(?:documents|imports)/upload).*)",
    "/consultations/:slug",
    // Requests with a body (form posts to the respond actions, drawing uploads) skip the proxy:
    // it would buffer each body and cost every save about a tenth of its CPU, and an action
    // for an unknown slug already redirects to a page the proxy turns into the 404 (issue #6).
    { source: "/consultations/:slug/:path*", missing: [{ type: "header", key: "content-type" }] },
  ],
};
