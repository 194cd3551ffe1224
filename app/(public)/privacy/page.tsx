import type { Metadata } from "next";
import Link from "next/link";
import { InsetText } from "@/components/govuk/inset-text";
import { TwoThirdsPage } from "@/components/layout/grid";
import { siteConfig } from "@/components/layout/site-config";
import { env } from "@/lib/env";
import { respondentRetention } from "@/lib/services/retention/privacy-notice";

export const generateMetadata = (): Metadata => ({
  title: "Privacy notice",
  description: `What personal information ${env().COUNCIL_NAME} collects when you respond to a consultation, and your rights.`,
});

const { serviceName, contactEmail } = siteConfig;
// Role-based address, matching the data protection contact used in the seeded consultations.
const DPO_EMAIL = siteConfig.dataProtectionEmail;

// The retention periods are the council's settings (issue #21), read at each request.
export const dynamic = "force-dynamic";

const PrivacyPage = async () => {
  // The COUNCIL_NAME setting, read per request like every other place that names the council.
  const councilName = env().COUNCIL_NAME;
  return (
    <TwoThirdsPage>
      <h1 className="govuk-heading-xl">Privacy notice</h1>
      <p className="govuk-body-l">
        This notice explains what information we collect when you use {serviceName}, why we need it, how long we keep it
        and what your rights are.
      </p>
      <p className="govuk-body">
        Some consultations, for example ones we run with the NHS or another partner, have extra privacy information on
        their own page. Read it together with this notice.
      </p>

      <h2 className="govuk-heading-l">Who we are</h2>
      <p className="govuk-body">
        {councilName} is the data controller for the information you give us through this website. This means we decide
        how it is used and we are responsible for keeping it safe.
      </p>
      <p className="govuk-body">
        You can contact our data protection officer at{" "}
        <a className="govuk-link" href={`mailto:${DPO_EMAIL}`}>
          {DPO_EMAIL}
        </a>
        .
      </p>

      <h2 className="govuk-heading-l">What we collect when you respond</h2>
      <p className="govuk-body">
        You do not need an account to respond. When you respond to a consultation, we collect:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>your answers to the questions</li>
        <li>
          whether you are responding for yourself or for an organisation, and the organisation’s name if you give it
        </li>
        <li>whether you filled in the form on your own, with help, or someone filled it in for you</li>
      </ul>
      <p className="govuk-body">You can also choose to give us:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          your email address, so we can send you a receipt for your response and, only if you ask us to, tell you when
          we publish what happened as a result
        </li>
        <li>
          answers to equality monitoring questions, such as your age, whether you are disabled, and your ethnic group
        </li>
      </ul>
      <InsetText>
        Please do not put your name, address or other personal details in your answers unless a question asks for them.
        We remove personal details from any quotes before we publish them.
      </InsetText>

      <h3 className="govuk-heading-m">Equality monitoring</h3>
      <p className="govuk-body">
        Equality monitoring questions are always optional, and every one has a ‘Prefer not to say’ answer. We use your
        answers to check whether our proposals would affect some groups of people more than others, and whether we are
        hearing from everyone.
      </p>
      <p className="govuk-body">
        We store your equality monitoring answers separately from your consultation answers, and only a small number of
        staff can see them. We only report them as totals for groups of people. When a group is small enough that
        someone could be identified, we do not show its number.
      </p>

      <h3 className="govuk-heading-m">Information we collect automatically</h3>
      <p className="govuk-body">
        We do not use analytics or advertising cookies. Our servers keep a short record of requests, including your
        internet address (IP address), to keep the service secure and stop misuse. Read more about the{" "}
        <Link className="govuk-link" href="/cookies">
          cookies this website uses
        </Link>
        .
      </p>

      <h2 className="govuk-heading-l">How we use your information</h2>
      <p className="govuk-body">We use your information to:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>understand what people think about our proposals before we make a decision</li>
        <li>write reports for the councillors and officers who make the decision</li>
        <li>publish a summary of what people told us and what we did as a result</li>
        <li>send you a receipt, and any update you asked for, if you gave us your email address</li>
      </ul>
      <p className="govuk-body">
        We may publish short quotes from answers without anyone’s name. We may name organisations that respond, but we
        never name individual members of the public.
      </p>

      <h2 className="govuk-heading-l">Our lawful basis</h2>
      <p className="govuk-body">
        We use your information because we need to carry out a task in the public interest: consulting people before
        making decisions about council services. This is ‘public task’ under Article 6(1)(e) of the UK General Data
        Protection Regulation (UK GDPR).
      </p>
      <p className="govuk-body">
        Equality monitoring answers, and any health information you include in your answers, are special category data.
        We use them for reasons of substantial public interest under Article 9(2)(g) of the UK GDPR, for equality of
        opportunity or treatment (Data Protection Act 2018, Schedule 1, Part 2, paragraph 8).
      </p>

      <h2 className="govuk-heading-l">Who we share it with</h2>
      <p className="govuk-body">
        Only council staff working on the consultation can see individual responses. Partner organisations named on a
        consultation get summaries, not individual responses, unless that consultation’s page says otherwise.
      </p>
      <p className="govuk-body">
        Companies that host and support this website process information for us under contract and cannot use it for
        anything else. We keep your information in the UK. We do not sell it or share it for marketing.
      </p>

      <h2 className="govuk-heading-l">How long we keep it</h2>
      <p className="govuk-body">
        A job applies these periods every night. Each consultation&apos;s own privacy notice gives its dates.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {(await respondentRetention()).map((k) => (
          <li key={k.key}>
            <strong>{k.label}</strong>: {k.retention}
          </li>
        ))}
      </ul>
      <p className="govuk-body">
        Published summaries and reports do not identify you, and we keep them as part of the council’s record of the
        decision.
      </p>

      <h2 className="govuk-heading-l">Your rights</h2>
      <p className="govuk-body">You have the right to:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>ask for a copy of the information we hold about you</li>
        <li>ask us to correct information that is wrong</li>
        <li>ask us to delete your information or to stop using it</li>
        <li>object to how we use your information</li>
      </ul>
      <p className="govuk-body">
        To use these rights, email{" "}
        <a className="govuk-link" href={`mailto:${DPO_EMAIL}`}>
          {DPO_EMAIL}
        </a>
        . If you can, include the reference number from your receipt so we can find your response. Once a consultation’s
        results are published, we may not be able to remove your views from the summary, but we can delete your
        response.
      </p>
      <p className="govuk-body">
        For questions about a consultation itself, contact{" "}
        <a className="govuk-link" href={`mailto:${contactEmail}`}>
          {contactEmail}
        </a>
        .
      </p>

      <h2 className="govuk-heading-l">How to complain</h2>
      <p className="govuk-body">
        If you are unhappy with how we have used your information, contact our data protection officer first. You can
        also complain to the Information Commissioner’s Office (ICO):
      </p>
      <p className="govuk-body">
        Information Commissioner’s Office
        <br />
        Wycliffe House
        <br />
        Water Lane
        <br />
        Wilmslow
        <br />
        Cheshire
        <br />
        SK9 5AF
      </p>
      <p className="govuk-body">
        Helpline: 0303 123 1113
        <br />
        <a className="govuk-link" href="https://ico.org.uk/make-a-complaint/">
          Make a complaint on the ICO website
        </a>
      </p>

      <h2 className="govuk-heading-l">Changes to this notice</h2>
      <p className="govuk-body">We last updated this notice on 22 November 2026.</p>
    </TwoThirdsPage>
  );
};

export default PrivacyPage;
