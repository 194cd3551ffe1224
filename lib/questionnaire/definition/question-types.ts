// Officer-facing names for question types, used by the builder and in publish and version
// messages ("from a single choice question to a ranking question").
import type { TQuestionType } from "./definition";

export const QUESTION_TYPE_LABELS: Readonly<Record<TQuestionType, string>> = {
  shortText: "short text",
  longText: "long text",
  singleChoice: "single choice",
  multipleChoice: "multiple choice",
  likert: "agreement scale",
  likertGrid: "agreement grid",
  rating: "rating scale",
  ranking: "ranking",
  yesNo: "yes, no or not sure",
  number: "number",
  date: "date",
  postcode: "postcode",
  email: "email address",
  respondentType: "'I am responding as'",
  info: "information block",
};
