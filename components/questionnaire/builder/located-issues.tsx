// Publish problems and Easy Read warnings as officers read them (issue #16, item 9): each names
// its page, question and answer in words and links to the field in the builder, never an
// internal path such as "sections[0].questions[0].optionMap.weekly".
import type { TQuestionnaireDefinition } from "@/lib/questionnaire/definition/definition";
import { locateIssue } from "@/lib/questionnaire/publish/issue-location";

type Props = {
  definition: TQuestionnaireDefinition;
  /** The builder's address; each link adds the field's id as the fragment. */
  builderHref: string;
  items: readonly { path?: string; message: string }[];
  /** Marks the list for tests and the page's own styling. */
  kind: "issues" | "warnings";
};

export const LocatedIssues = ({ definition, builderHref, items, kind }: Readonly<Props>) => (
  <ul className="govuk-list govuk-list--bullet" data-located={kind}>
    {items.map((item, i) => {
      const { where, fieldId } = locateIssue(definition, item.path);
      return (
        <li key={`${item.path}|${item.message}|${i}`}>
          {where &&
            (fieldId ? (
              <a className="govuk-link" href={`${builderHref}#${fieldId}`}>
                {where}
              </a>
            ) : (
              where
            ))}
          {where && ": "}
          {item.message}
        </li>
      );
    })}
  </ul>
);
