import type { Metadata } from "next";
import Link from "next/link";
import { Table, type TableCell } from "@/components/govuk/table";
import { TwoThirdsPage } from "@/components/layout/grid";
import { siteConfig } from "@/components/layout/site-config";

export const metadata: Metadata = {
  title: "Cookies",
  description: `The essential cookies ${siteConfig.serviceName} uses. We do not use analytics or advertising cookies.`,
};

type CookieRow = { name: string; purpose: string; expires: string };

// Keep in step with the code that sets these cookies (response drafts and next-auth).
const RESPONDENT_COOKIES: ReadonlyArray<CookieRow> = [
  {
    name: "hys_draft_<consultation>",
    purpose: "Saves your progress through a consultation response, so you can come back to it on the same device",
    expires: "When the consultation closes",
  },
];

const STAFF_COOKIES: ReadonlyArray<CookieRow> = [
  {
    name: "hys.session-token (__Secure-hys.session-token on https)",
    purpose: "Keeps council staff signed in to the staff area",
    expires: "When you sign out, or after 12 hours without using the service",
  },
  {
    name: "next-auth.csrf-token",
    purpose: "Protects the staff sign-in form from forged requests sent by other websites",
    expires: "When you close your browser",
  },
  {
    name: "next-auth.callback-url",
    purpose: "Takes staff back to the page they asked for after signing in",
    expires: "When you close your browser",
  },
];

const HEAD: ReadonlyArray<TableCell> = [{ text: "Name" }, { text: "Purpose" }, { text: "Expires" }];

const rowsOf = (cookies: ReadonlyArray<CookieRow>): TableCell[][] =>
  cookies.map((cookie) => [{ text: <code>{cookie.name}</code> }, { text: cookie.purpose }, { text: cookie.expires }]);

const CookiesPage = () => (
  <TwoThirdsPage>
    <h1 className="govuk-heading-xl">Cookies</h1>
    <p className="govuk-body">
      Cookies are small files saved on your phone, tablet or computer when you visit a website. {siteConfig.serviceName}{" "}
      only uses cookies that it needs to work.
    </p>
    <p className="govuk-body">
      We do not use cookies to collect information about how you use the website (analytics), for advertising, or to
      track you on other websites. Because every cookie we use is essential, we do not need to ask for your permission,
      and there is no cookie banner.
    </p>

    <h2 className="govuk-heading-l">Essential cookies</h2>
    <p className="govuk-body">
      Essential cookies make the website work. You can block or delete them in your browser settings, but parts of the
      website may then not work.
    </p>

    <Table
      caption="If you respond to a consultation"
      captionClassName="govuk-table__caption--m"
      className="app-table--words"
      head={HEAD}
      rows={rowsOf(RESPONDENT_COOKIES)}
    />
    <p className="govuk-body">
      If your browser blocks this cookie, we cannot save your progress, so you may need to answer all the questions in
      one visit.
    </p>

    <Table
      caption="If you are a member of council staff"
      captionClassName="govuk-table__caption--m"
      className="app-table--words"
      head={HEAD}
      rows={rowsOf(STAFF_COOKIES)}
    />
    <p className="govuk-body">
      These cookies are only set when staff sign in. On the live website their names start with <code>__Secure-</code>{" "}
      or <code>__Host-</code>, which tells your browser to send them only over a secure connection.
    </p>

    <h2 className="govuk-heading-l">Find out more</h2>
    <p className="govuk-body">
      Read our{" "}
      <Link className="govuk-link" href="/privacy">
        privacy notice
      </Link>{" "}
      to find out how we use the information you give us.
    </p>
  </TwoThirdsPage>
);

export default CookiesPage;
