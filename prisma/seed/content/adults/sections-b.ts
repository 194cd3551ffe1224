// Adults' questionnaire, second half: principles 2 to 5, money and travel, and final thoughts.
// See questionnaire.ts for the sources.
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

export const adultSectionsB: TSectionInput[] = [
  {
    key: "fair-consistent",
    title: "Principle 2: meeting individual need in a fair and consistent way",
    questions: [
      likert(
        "needs-not-nights",
        "Short breaks should be offered on the basis of assessed need and how much support the family already has, rather than a fixed number of nights or hours.",
        "p2-fair-consistent",
      ),
      whyDisagree("needs-not-nights-why", "needs-not-nights", "p2-fair-consistent"),
      likert(
        "specialist-panel",
        "A panel of different professionals should agree requests for specialist short breaks.",
        "p2-fair-consistent",
      ),
      likert(
        "know-where-info",
        "I know where to find clear information about short breaks and who can get them.",
        "p2-fair-consistent",
        "For example, on Care Advice Buckinghamshire or the Bucks Family Information Service.",
      ),
      comments(
        "fair-decisions",
        "What would make decisions about short breaks feel fair to you?",
        "p2-fair-consistent",
      ),
    ],
  },
  {
    key: "sustainable",
    title: "Principle 3: sustainable models of support",
    questions: [
      likert(
        "local-buildings",
        "Short breaks should use local community buildings so people do not have to travel far.",
        "p3-sustainable",
      ),
      whyDisagree("local-buildings-why", "local-buildings", "p3-sustainable"),
      likert(
        "volunteers-befriending",
        "Volunteers and befriending schemes could help give carers a break.",
        "p3-sustainable",
      ),
      likert(
        "residential-complex",
        "Overnight residential short breaks should be kept for people with the most complex needs that cannot be met in the community.",
        "p3-sustainable",
      ),
      whyDisagree("residential-complex-why", "residential-complex", "p3-sustainable"),
      comments("sustainable-comments", "Any comments on making short breaks sustainable?", "p3-sustainable"),
    ],
  },
  {
    key: "transition",
    title: "Principle 4: moving from children's to adult services",
    questions: [
      {
        key: "transition-going",
        type: "singleChoice",
        title: "How well has the move to adult services gone, or how well do you expect it to go?",
        topicCode: "p4-transition",
        showIf: whenAny("respondent-type", ["parent-carer"]),
        options: options(
          ["very-well", "Very well"],
          ["fairly-well", "Fairly well"],
          ["fairly-badly", "Fairly badly"],
          ["very-badly", "Very badly"],
          ["not-started", "It has not started yet"],
        ),
      },
      likert(
        "plan-from-14",
        "The Transitions Team should start planning with young people from age 14.",
        "p4-transition",
      ),
      whyDisagree("plan-from-14-why", "plan-from-14", "p4-transition"),
      {
        key: "transition-information",
        type: "multipleChoice",
        title: "What information would help young people and their families prepare for adult life?",
        topicCode: "p4-transition",
        options: options(
          ["independent-living", "Living independently"],
          ["life-skills", "Life skills"],
          ["further-education", "Further education"],
          ["volunteering", "Volunteering"],
          ["travel", "Travel assistance"],
          ["adult-short-breaks", "Adult short breaks"],
          ["direct-payments", "Direct Payments"],
          ["other", "Something else", "other"],
        ),
      },
    ],
  },
  {
    key: "working-together",
    title: "Principle 5: working together",
    questions: [
      likert(
        "co-production-agree",
        "People who use short breaks and their carers should help design and review services.",
        "p5-co-production",
      ),
      whyDisagree("co-production-why", "co-production-agree", "p5-co-production"),
      {
        key: "carer-advisory-group",
        type: "yesNo",
        title: "Would you be interested in joining a Carer Advisory Group for short breaks?",
        hint: "We will not ask for your contact details here. The consultation page explains how to get in touch.",
        topicCode: "p5-co-production",
      },
      {
        key: "involvement",
        type: "multipleChoice",
        title: "How else would you like to be involved?",
        topicCode: "p5-co-production",
        options: options(
          ["workshops", "Workshops or sessions"],
          ["surveys", "Future surveys"],
          ["partnership-boards", "Partnership Boards"],
          ["reviewing-services", "Reviewing services"],
          ["keep-informed", "Just keep me informed"],
          ["none", "I do not want to be involved", "exclusive"],
        ),
      },
    ],
  },
  {
    key: "money-travel",
    title: "Money and travel",
    intro: "Charges are only a contribution, and no one pays more than they can afford.",
    questions: [
      likert(
        "charging-understand",
        "I understand how the council works out whether I need to pay towards short breaks.",
      ),
      likert(
        "travel-agree",
        "Families should make their own transport arrangements where they can, with the council arranging transport only where it is needed or specialist transport is required.",
      ),
      comments("travel-affect", "How would this affect you?"),
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
