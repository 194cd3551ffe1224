// One renderer per question type, chosen by the question's type. Field names and ids follow
// lib/questionnaire/forms/field-names.ts, so parseFormAnswers reads what these render and the error
// summary's links land on them.
import { LikertGridQuestion, RankingQuestion, DateQuestion } from "./grouped-questions";
import { MultipleChoiceQuestion, RadiosQuestion, RatingQuestion } from "./choice-questions";
import { InfoBlock } from "./info-block";
import { EmailQuestion, LongTextQuestion, NumberQuestion, PostcodeQuestion, ShortTextQuestion } from "./text-questions";
import type { QuestionRendererProps } from "./types";

export type { QuestionRendererProps } from "./types";

export const QuestionRenderer = (props: Readonly<QuestionRendererProps>) => {
  const { question } = props;
  switch (question.type) {
    case "shortText":
      return <ShortTextQuestion {...props} question={question} />;
    case "longText":
      return <LongTextQuestion {...props} question={question} />;
    case "singleChoice":
    case "respondentType":
    case "likert":
    case "yesNo":
      return <RadiosQuestion {...props} question={question} />;
    case "rating":
      return <RatingQuestion {...props} question={question} />;
    case "multipleChoice":
      return <MultipleChoiceQuestion {...props} question={question} />;
    case "likertGrid":
      return <LikertGridQuestion {...props} question={question} />;
    case "ranking":
      return <RankingQuestion {...props} question={question} />;
    case "date":
      return <DateQuestion {...props} question={question} />;
    case "number":
      return <NumberQuestion {...props} question={question} />;
    case "postcode":
      return <PostcodeQuestion {...props} question={question} />;
    case "email":
      return <EmailQuestion {...props} question={question} />;
    case "info":
      return <InfoBlock question={question} />;
  }
};
