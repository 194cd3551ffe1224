// GET /consultations/[slug]/privacy: this consultation's privacy notice, built from the council's
// retention settings and its own dates (issue #21), so it always says what will happen.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { BackLink } from "@/components/govuk/back-link";
import { Markdown } from "@/components/consultations/markdown";
import { TwoThirdsPage } from "@/components/layout/grid";
import { siteConfig } from "@/components/layout/site-config";
import { env } from "@/lib/env";
import { consultationPrivacyNotice } from "@/lib/services/retention/privacy-notice";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const notice = await consultationPrivacyNotice((await params).slug, siteConfig.dataProtectionEmail);
  if (!notice) return { title: "Page not found" };
  return {
    title: `Privacy notice: ${notice.title}`,
    description: `How ${env().COUNCIL_NAME} uses and keeps the information you give in this consultation.`,
  };
}

export default async function ConsultationPrivacyPage({ params }: Params) {
  const notice = await consultationPrivacyNotice((await params).slug, siteConfig.dataProtectionEmail);
  if (!notice) notFound();
  return (
    <TwoThirdsPage>
      <BackLink href={`/consultations/${notice.slug}`}>Back to the consultation</BackLink>
      <span className="govuk-caption-l">{notice.title}</span>
      <h1 className="govuk-heading-xl">Privacy notice</h1>
      {notice.sections.map((section) => (
        <section key={section.heading}>
          <h2 className="govuk-heading-m">{section.heading}</h2>
          {section.paragraphs.map((text) => (
            <p key={text} className="govuk-body">
              {text}
            </p>
          ))}
          {section.bullets && (
            <ul className="govuk-list govuk-list--bullet govuk-list--spaced">
              {section.bullets.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {notice.extra && (
        <>
          <h2 className="govuk-heading-m">More about this consultation</h2>
          <Markdown source={notice.extra} headingOffset={2} />
        </>
      )}
      <p className="govuk-body">
        Read the{" "}
        <Link className="govuk-link" href="/privacy">
          privacy notice for the whole website
        </Link>
        .
      </p>
    </TwoThirdsPage>
  );
}
