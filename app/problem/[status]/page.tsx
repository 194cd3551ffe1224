// GET /problem/403 and /problem/500: the "no permission" and "problem with the service" pages
// on their own. Our server (scripts/serve/error-page-fallback.mjs) sends this markup, with the
// original status, when Next renders such a page with an empty body for visitors without
// JavaScript. Nothing here reads the database, so it renders even when the database is down.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ServiceProblem } from "@/components/layout/service-problem";
import { AccessDenied } from "@/components/staff/access-denied";
import { ACCESS_DENIED_TITLE } from "@/lib/permissions/permissions";

type Props = { params: Promise<{ status: string }> };

const PAGES = {
  "403": { title: ACCESS_DENIED_TITLE, Body: AccessDenied },
  "500": { title: "Sorry, there is a problem with the service", Body: ServiceProblem },
} as const;

const pageFor = (status: string) => (Object.hasOwn(PAGES, status) ? PAGES[status as keyof typeof PAGES] : undefined);

// The 403 body (AccessDenied) states its own title; the others take theirs from here.
export async function generateMetadata({ params }: Readonly<Props>): Promise<Metadata> {
  const { status } = await params;
  return {
    title: status === "403" ? undefined : (pageFor(status)?.title ?? "Page not found"),
    robots: { index: false },
  };
}

export default async function ProblemPage({ params }: Readonly<Props>) {
  const page = pageFor((await params).status);
  if (!page) notFound();
  return <page.Body />;
}
