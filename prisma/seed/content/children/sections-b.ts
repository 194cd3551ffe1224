// Children's questionnaire, second half: outcomes (topic 3), activity fees (5), transition (6),
// flexible support (7), working together (8) and final thoughts. See questionnaire.ts.
import {
  type TSectionInput,
  HELP_COMPLETING,
  comments,
  likert,
  options,
  unfairImpactQuestions,
  whenAny,
  whyDisagree,
} from "../shared";
import { CARES_FOR_CHILD } from "./sections-a";

export const childrenSectionsB: TSectionInput[] = [
  {
    key: "outcomes",
    title: "Outcomes for each child",
    questions: [
      likert("outcomes-agree", "Short breaks should build on what the child can do and what matters to them, with goals agreed between the child, family and provider.", "t3-outcomes"),
      whyDisagree("outcomes-why", "outcomes-agree", "t3-outcomes"),
      {
        key: "child-priorities",
        type: "ranking",
        title: "Which of these matter most for the child? Put your top 3 in order, most important first.",
        rankCount: 3,
        topicCode: "t3-outcomes",
        options: options(
          ["friends", "Making friends"], ["independence", "Independence skills, such as travelling or using money"],
          ["confidence", "Confidence and self-esteem"], ["communication", "Communication"], ["new-activities", "Trying new activities"],
          ["physical-health", "Physical health"], ["emotional-wellbeing", "Emotional wellbeing"], ["adult-life", "Getting ready for adult life"], ["fun", "Having fun"],
        ),
      },
      {
        key: "carer-priorities",
        type: "multipleChoice",
        title: "Which of these matter most for you as a parent or carer?",
        hint: "Choose up to 3.",
        maxChoices: 3,
        topicCode: "t3-outcomes",
        showIf: CARES_FOR_CHILD,
        options: options(
          ["rest", "Rest and time for myself"], ["other-children", "Time with my other children"], ["work-study", "Work, education or training"],
          ["household", "Household tasks"], ["own-health", "My own health"], ["less-isolated", "Feeling less isolated"], ["before-crisis", "Getting help before I reach crisis point"],
        ),
      },
    ],
  },
  {
    key: "fees",
    title: "Activity fees",
    intro: "We ask families to contribute to the cost of activities only. We do not charge for staffing support and have no plans to start.",
    questions: [
      likert("fees-agree", "Families should continue to contribute towards the cost of activities.", "t5-activity-fees"),
      whyDisagree("fees-why", "fees-agree", "t5-activity-fees"),
      {
        key: "fee-reasons",
        type: "multipleChoice",
        title: "Which of these reasons for activity fees do you think are reasonable?",
        topicCode: "t5-activity-fees",
        options: options(
          ["sustainable", "It keeps short breaks sustainable"], ["similar-to-others", "It is similar to what all families pay for activities"],
          ["activity-not-staff", "It pays for the activity, not the extra staff"], ["more-activities", "It lets providers offer more activities"],
          ["equipment", "It pays for new games, toys and equipment"], ["fewer-no-shows", "Fewer children are booked and do not turn up"],
          ["none-of-these", "None of these", "exclusive"],
        ),
      },
      {
        key: "fees-affect",
        type: "singleChoice",
        title: "Would the level of activity fees affect whether the child can go to short breaks?",
        topicCode: "t5-activity-fees",
        options: options(["yes-a-lot", "Yes, a lot"], ["yes-a-little", "Yes, a little"], ["no", "No"], ["dont-know", "Don't know"]),
      },
    ],
  },
  {
    key: "transition",
    title: "Moving to adult services",
    questions: [
      {
        key: "transition-info",
        type: "singleChoice",
        title: "Have you or your young person been given information about moving to adult services?",
        topicCode: "t6-transition",
        showIf: whenAny("child-age", ["age-14-17", "age-18-25"]),
        options: options(["yes-helpful", "Yes, and it was helpful"], ["yes-not-helpful", "Yes, but it was not helpful"], ["no", "No"], ["not-yet", "Not yet"]),
      },
      likert("plan-from-14", "Planning for adult short breaks should start from age 14.", "t6-transition"),
      whyDisagree("plan-from-14-why", "plan-from-14", "t6-transition"),
      {
        key: "transition-information",
        type: "multipleChoice",
        title: "What information would help most when a young person is getting ready for adult life?",
        topicCode: "t6-transition",
        options: options(
          ["independence", "Developing independence"], ["life-skills", "Life skills"], ["further-education", "Further education"],
          ["volunteering", "Volunteering"], ["housing", "Housing"], ["travel", "Transport and travel assistance"], ["adult-short-breaks", "Adult short breaks"],
          ["adult-direct-payments", "Direct Payments as an adult"], ["continuing-health-care", "Continuing Health Care"], ["other", "Something else", "other"],
        ),
      },
      comments("transition-easier", "What would make moving to adult services easier for your family?", "t6-transition"),
    ],
  },
  {
    key: "flexible",
    title: "Flexible and sustainable support",
    questions: [
      likert("local-buildings", "Short breaks should use local community buildings so that families do not have to travel far.", "t7-flexible-sustainable"),
      whyDisagree("local-buildings-why", "local-buildings", "t7-flexible-sustainable"),
      likert("special-schools", "Special schools should be used more as venues for short breaks, for example in the evenings and holidays.", "t7-flexible-sustainable"),
      likert(
        "alternatives-to-overnight",
        "Where it is right for the child, we should offer more alternatives to overnight stays away from home, such as care in the family home.",
        "t7-flexible-sustainable",
        "Children assessed as needing overnight short breaks would still get them.",
      ),
      whyDisagree("alternatives-to-overnight-why", "alternatives-to-overnight", "t7-flexible-sustainable"),
      {
        key: "when-needed",
        type: "multipleChoice",
        title: "When does your family most need short breaks?",
        topicCode: "t7-flexible-sustainable",
        options: options(["after-school", "After school"], ["weekends", "Weekends"], ["school-holidays", "School holidays"], ["overnight", "Overnight"], ["emergency", "In an emergency or at short notice"]),
      },
      {
        key: "use-direct-payment",
        type: "singleChoice",
        title: "Would you like to use a Direct Payment to arrange short breaks yourself?",
        topicCode: "t7-flexible-sustainable",
        options: options(["already", "I already do"], ["yes", "Yes"], ["no", "No"], ["not-sure", "Not sure, I need more information"]),
      },
      comments("flexible-comments", "Any comments on making short breaks flexible and sustainable?", "t7-flexible-sustainable"),
    ],
  },
  {
    key: "working-together",
    title: "Working together",
    questions: [
      likert("co-production-agree", "Children, young people, parents and carers should help design and review short breaks.", "t8-co-production"),
      whyDisagree("co-production-why", "co-production-agree", "t8-co-production"),
      {
        key: "involvement",
        type: "multipleChoice",
        title: "How would you like to be involved in designing future short breaks?",
        topicCode: "t8-co-production",
        options: options(
          ["parent-advisory-group", "Join the Short Breaks Parent Advisory Group"], ["workshops", "Take part in workshops or sessions"],
          ["future-surveys", "Answer future surveys"], ["test-local-offer", "Help test information on the Local Offer"],
          ["review-services", "Help review services or contracts"], ["keep-informed", "Just keep me informed"], ["not-involved", "I do not want to be involved", "exclusive"],
        ),
      },
      comments("cyp-involvement", "How should children and young people be involved in planning short breaks?", "t8-co-production"),
    ],
  },
  {
    key: "final",
    title: "Final thoughts",
    questions: [
      comments("anything-else", "Is there anything else you would like to tell us about the draft strategy?"),
      ...unfairImpactQuestions("draft strategy"),
      HELP_COMPLETING,
    ],
  },
];
