type Props = {
  consultation: {
    contactRole: string;
    contactEmail: string;
    contactPhone: string | null;
    contactAddress: string | null;
  };
};

/** Contact details are held as a team role, not a person (ARCHITECTURE.md "One council"). */
export const ConsultationContact = ({ consultation: c }: Readonly<Props>) => (
  <>
    <h2 className="govuk-heading-l">Contact us</h2>
    <p className="govuk-body">{c.contactRole}</p>
    <ul className="govuk-list">
      <li>
        Email:{" "}
        <a className="govuk-link" href={`mailto:${c.contactEmail}`}>
          {c.contactEmail}
        </a>
      </li>
      {c.contactPhone && (
        <li>
          Telephone:{" "}
          <a className="govuk-link" href={`tel:${c.contactPhone.replace(/\s/g, "")}`}>
            {c.contactPhone}
          </a>
        </li>
      )}
      {c.contactAddress && <li>Post: {c.contactAddress}</li>}
    </ul>
  </>
);
