import { FormPageTitle } from "@/components/forms/form-page-title";
import { TwoThirdsPage } from "@/components/layout/grid";
import { ACCESS_DENIED_TITLE } from "@/lib/permissions/permissions";

/**
 * Shown in place of a staff page the signed-in role may not see. It states its own title: form
 * pages leave the metadata title empty for their form to fill, so without this the page had
 * an empty <title> (issue #17). Where staffPageMetadata already gave it, the two agree.
 */
export const AccessDenied = () => (
  <TwoThirdsPage>
    <FormPageTitle title={ACCESS_DENIED_TITLE} hasError={false} />
    <h1 className="govuk-heading-l">{ACCESS_DENIED_TITLE}</h1>
    <p className="govuk-body">Your role does not include this part of the staff area.</p>
    <p className="govuk-body">
      If you need it for your work, ask an administrator to change your role.{" "}
      <a className="govuk-link" href="/staff">
        Go to your dashboard
      </a>
      .
    </p>
  </TwoThirdsPage>
);
