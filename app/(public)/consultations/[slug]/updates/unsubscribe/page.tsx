// GET /consultations/[slug]/updates/unsubscribe?token=…: one click, no sign-in, stops updates.
import type { Metadata } from "next";
import { unsubscribe } from "@/lib/services/subscriptions/subscriptions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Stop email updates", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ token?: string }> };

export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const result = await unsubscribe(slug, (await searchParams).token ?? "");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{result ? "You will not get any more emails" : "This link has not worked"}</h1>
        <p className="govuk-body">
          {result
            ? `We have stopped email updates about ${result.title}.`
            : "The link may be out of date. If you still get emails, contact us using the details on the consultation page."}
        </p>
      </div>
    </div>
  );
}
