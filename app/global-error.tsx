"use client";

// Shown only when the root layout itself fails, so it brings its own html, body and styles.
// It avoids the layout components in case one of them is what failed.
import { useEffect } from "react";
import { FormPageTitle } from "@/components/forms/form-page-title";
import { siteConfig } from "@/components/layout/site-config";
import "./styles/main.scss";

const GlobalError = ({ error }: Readonly<{ error: unknown }>) => {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en" className="govuk-template govuk-template--rebranded">
      <body className="govuk-template__body">
        <FormPageTitle title="Sorry, there is a problem with the service" hasError={false} />
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content">
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
                <p className="govuk-body">Try again later.</p>
                <p className="govuk-body">
                  If you need help, contact the {siteConfig.contactTeam.toLowerCase()} at{" "}
                  <a href={`mailto:${siteConfig.contactEmail}`} className="govuk-link">
                    {siteConfig.contactEmail}
                  </a>
                  .
                </p>
              </div>
            </div>
          </main>
        </div>
      </body>
    </html>
  );
};

export default GlobalError;
