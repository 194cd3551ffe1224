// The public change log (issue #4 §1–2): documents replaced, closing date extended, closed early.
import { formatDateTime } from "@/lib/text/dates";

type Props = { changes: readonly { id: string; summary: string; createdAt: Date }[] };

export const ChangeLog = ({ changes }: Readonly<Props>) =>
  changes.length === 0 ? null : (
    <section aria-labelledby="changes-heading">
      <h2 className="govuk-heading-l" id="changes-heading">
        Changes to this consultation
      </h2>
      <ul className="govuk-list">
        {changes.map((change) => (
          <li key={change.id}>
            <span className="govuk-!-font-weight-bold">{formatDateTime(change.createdAt)}</span>: {change.summary}
          </li>
        ))}
      </ul>
    </section>
  );
