// On the publish page of an Easy Read questionnaire (issue #7): the standard questions Easy
// Read readers cannot answer, and the Easy Read checker's warnings. Neither stops publishing;
// the warnings are stored with the version, so the officer sees exactly what will be kept.
import { LocatedIssues } from "@/components/questionnaire/builder/located-issues";
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import type { TEasyReadWarning } from "@/lib/text/easy-read-checker";
import { WithoutCounterpart } from "./without-counterpart";

type Props = {
  withoutCounterpart: readonly { key: string; title: string }[];
  warnings: readonly TEasyReadWarning[];
  /** The draft the warnings are about, and the builder to link each one to. */
  definition: TQuestionnaireDefinition;
  builderHref: string;
};

export const EasyReadPublishNotes = ({ withoutCounterpart, warnings, definition, builderHref }: Readonly<Props>) => (
  <>
    <WithoutCounterpart questions={withoutCounterpart} />
    <h2 className="govuk-heading-m">Easy Read checks</h2>
    {warnings.length === 0 ? (
      <p className="govuk-body">The Easy Read checks found nothing to look at.</p>
    ) : (
      <>
        <p className="govuk-body">You can publish with these warnings. They are kept with the version.</p>
        <div data-easy-read-warnings="publish">
          <LocatedIssues definition={definition} builderHref={builderHref} items={warnings} kind="warnings" />
        </div>
      </>
    )}
  </>
);
