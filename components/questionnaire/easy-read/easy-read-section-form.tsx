"use client";

// The Easy Read question page's form (issue #7): the standard SectionForm, so saving, checks,
// errors and "Save and come back later" are the same code, drawing each question the Easy
// Read way and offering "Skip this question".
import { SectionForm, type SectionFormProps } from "@/components/respond/section-form";
import type { QuestionRendererProps } from "@/components/questionnaire/renderer/question-renderer";
import { headingPicture, questionPicture } from "@/lib/questionnaire/easy-read/heading-picture";
import { EasyReadQuestion, PictureRow } from "./easy-read-question";

export type EasyReadSectionFormProps = Omit<SectionFormProps, "renderQuestion" | "heading" | "skipLabel"> & {
  showPictures: boolean;
  /**
   * Question key → the drawing or photo already sent with it (issue #7). Left out where the form
   * takes no drawings: staff entering a paper response attach the scanned original instead.
   */
  drawings?: Readonly<Record<string, string>>;
};

export const EasyReadSectionForm = ({ showPictures, drawings, ...props }: Readonly<EasyReadSectionFormProps>) => {
  const { section } = props;
  // An information page draws its own picture; a question page shows the first question's beside the heading, once.
  const heading = headingPicture(section);
  const renderQuestion = (question: QuestionRendererProps) => (
    <EasyReadQuestion
      {...question}
      showPictures={showPictures}
      pageTitle={section.title}
      drawings={drawings}
      picture={questionPicture(question.question, heading)}
    />
  );
  return (
    <SectionForm
      {...props}
      renderQuestion={renderQuestion}
      skipLabel={section.questions.some((q) => q.type !== "info") ? "Skip this question" : undefined}
      heading={
        <>
          <span className="govuk-caption-l">{props.caption}</span>
          <h1 className="govuk-heading-l app-easy-read__heading">
            <PictureRow image={heading.image} showPictures={showPictures}>
              {section.title}
            </PictureRow>
          </h1>
          {section.intro && (
            <p className="govuk-body app-easy-read__intro">
              <PictureRow showPictures={false}>{section.intro}</PictureRow>
            </p>
          )}
        </>
      }
    />
  );
};
