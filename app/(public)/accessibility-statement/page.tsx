import type { Metadata } from "next";
import { TwoThirdsPage } from "@/components/layout/grid";
import { siteConfig } from "@/components/layout/site-config";
import { env } from "@/lib/env";

export const metadata: Metadata = {
  title: "Accessibility statement",
  description: `How accessible the ${siteConfig.serviceName} consultation website is, and how to ask for information in another format.`,
};

const { serviceName, contactTeam, contactEmail, contactPhone, contactHours } = siteConfig;
const EMAIL = (
  <a className="govuk-link" href={`mailto:${contactEmail}`}>
    {contactEmail}
  </a>
);

const AccessibilityStatementPage = () => {
  // The COUNCIL_NAME setting, read per request like every other place that names the council.
  const councilName = env().COUNCIL_NAME;
  return (
    <TwoThirdsPage>
      <h1 className="govuk-heading-xl">Accessibility statement for {serviceName}</h1>
      <p className="govuk-body">
        This accessibility statement applies to the {serviceName} consultation website, run by {councilName}. You can
        use it to find consultations, respond to them, and see what happened as a result.
      </p>
      <p className="govuk-body">
        We want as many people as possible to be able to use this website. For example, that means you should be able
        to:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>get around the website using just a keyboard or speech recognition software</li>
        <li>listen to the website using a screen reader, including recent versions of JAWS, NVDA and VoiceOver</li>
        <li>use every page and send a response with JavaScript turned off</li>
        <li>respond to most consultations in an Easy Read version, with short sentences and pictures</li>
      </ul>
      <p className="govuk-body">We have also made the text on this website as simple as possible to understand.</p>
      <p className="govuk-body">
        <a className="govuk-link" href="https://mcmw.abilitynet.org.uk/">
          AbilityNet has advice on making your device easier to use
        </a>{" "}
        if you have a disability.
      </p>

      <h2 className="govuk-heading-l">How accessible this website is</h2>
      <p className="govuk-body">We know some parts of this website are not fully accessible:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>some consultation documents are PDFs that do not work well with screen readers</li>
        <li>some maps and plans in consultation documents do not have a full text description</li>
      </ul>

      <h2 className="govuk-heading-l">Feedback and contact information</h2>
      <p className="govuk-body">
        If you need information on this website in a different format, such as accessible PDF, large print, Easy Read,
        audio recording or braille, or a paper copy of a questionnaire, contact the {contactTeam.toLowerCase()}:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>email {EMAIL}</li>
        <li>call {contactPhone}</li>
      </ul>
      <p className="govuk-body">Phone lines are open {contactHours}.</p>
      <p className="govuk-body">
        We will consider your request and get back to you within 5 working days. If you need the information before a
        consultation closes, tell us and we will make sure you still have time to respond.
      </p>
      <p className="govuk-body">
        You can also give us your views by phone, by post, or with help from someone on the team. Each consultation page
        lists the other ways to take part.
      </p>

      <h2 className="govuk-heading-l">Reporting accessibility problems with this website</h2>
      <p className="govuk-body">
        We are always looking to improve the accessibility of this website. If you find any problems not listed on this
        page or think we are not meeting accessibility requirements, email {EMAIL} or call {contactPhone}. Tell us the
        web address of the page and what went wrong.
      </p>

      <h2 className="govuk-heading-l">Enforcement procedure</h2>
      <p className="govuk-body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’).
      </p>
      <p className="govuk-body">
        If you are not happy with how we respond to your complaint,{" "}
        <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
          contact the Equality Advisory and Support Service (EASS)
        </a>
        .
      </p>

      <h2 className="govuk-heading-l">Technical information about this website’s accessibility</h2>
      <p className="govuk-body">
        {councilName} is committed to making its website accessible, in accordance with the Public Sector Bodies
        (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
      </p>
      <h3 className="govuk-heading-m">Compliance status</h3>
      <p className="govuk-body">
        This website is partially compliant with the{" "}
        <a className="govuk-link" href="https://www.w3.org/TR/WCAG22/">
          Web Content Accessibility Guidelines version 2.2
        </a>{" "}
        AA standard, due to the non-compliances listed below. The website itself is built to meet the AA standard; the
        problems are in some of the documents published with consultations.
      </p>

      <h3 className="govuk-heading-m">Non-accessible content</h3>
      <p className="govuk-body">The content listed below is not accessible for the following reasons.</p>
      <h4 className="govuk-heading-s">Non-compliance with the accessibility regulations</h4>
      <p className="govuk-body">
        Some PDF documents published with consultations are not marked up so that screen readers can follow their
        headings, lists and tables. This fails WCAG 2.2 success criterion 1.3.1 (Info and Relationships). Some images of
        maps and plans do not have a text alternative that describes everything they show. This fails WCAG 2.2 success
        criterion 1.1.1 (Non-text Content).
      </p>
      <p className="govuk-body">
        When we publish a new consultation, we check its documents and publish the main information on the consultation
        page itself, so you do not need to open a PDF to respond. We are replacing inaccessible documents as we review
        them.
      </p>
      <h4 className="govuk-heading-s">Content that’s not within the scope of the accessibility regulations</h4>
      <p className="govuk-body">
        The accessibility regulations do not require us to fix PDFs or other documents published before 23 September
        2018 if they are not essential to providing our services. Some documents from past consultations fall into this
        group. If you need one of them in another format, contact us and we will provide it.
      </p>

      <h2 className="govuk-heading-l">What we’re doing to improve accessibility</h2>
      <p className="govuk-body">
        Our automated tests check every page they visit against WCAG 2.2 AA before each release. We also test the main
        journeys by hand with a keyboard, with screen readers, at 400% zoom and with JavaScript turned off. We will
        arrange an independent accessibility audit before the website leaves beta.
      </p>

      <h2 className="govuk-heading-l">Preparation of this accessibility statement</h2>
      <p className="govuk-body">
        This statement was prepared on 22 November 2026. It was last reviewed on 22 November 2026.
      </p>
      <p className="govuk-body">
        This website was last tested on 22 November 2026 against the WCAG 2.2 AA standard. The test was carried out by{" "}
        {councilName}’s digital team, using automated checks and manual checks of the main journeys.
      </p>

      <h2 className="govuk-heading-l">Credits</h2>
      <p className="govuk-body">The pictures in our Easy Read questionnaires come from OpenMoji.</p>
      <p className="govuk-body">
        All emojis designed by{" "}
        <a className="govuk-link" href="https://openmoji.org/">
          OpenMoji
        </a>{" "}
        – the open-source emoji and icon project. License:{" "}
        <a className="govuk-link" href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">
          CC BY-SA 4.0
        </a>
      </p>
    </TwoThirdsPage>
  );
};

export default AccessibilityStatementPage;
