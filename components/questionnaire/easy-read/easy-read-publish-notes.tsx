// On the publish page of an Easy Read questionnaire (issue #7): the standard questions Easy
// Read readers cannot answer, and the Easy Read checker's warnings. Neither stops publishing;
// the warnings are stored with the version, so the officer sees exactly what will be kept.
import { WithoutCounterpart } from "./without-counterpart";
import type { TEasyReadWarning } from "@/lib/text/easy-read-checker";

type Props = { withoutCounterpart: readonly { key: string; title: string }[]; warnings: readonly TEasyReadWarning[] };

export const EasyReadPublishNotes = ({ withoutCounterpart, warnings }: Readonly<Props>) => (
  <>
    <WithoutCounterpart questions={withoutCounterpart} />
    <h2 className="govuk-heading-m">Easy Read checks</h2>
    {warnings.length === 0 ? (
      <p className="govuk-body">The Easy Read checks found nothing to look at.</p>
    ) : (
      <>
        <p className="govuk-body">You can publish with these warnings. They are kept with the version.</p>
        <ul className="govuk-list govuk-list--bullet" data-easy-read-warnings="publish">
          {warnings.map((w, i) => (
            <li key={`${w.path}|${w.rule}|${i}`}>
              {w.message}
              {w.path && <span className="govuk-hint govuk-!-margin-bottom-0">At {w.path}</span>}
            </li>
          ))}
        </ul>
      </>
    )}
  </>
);
