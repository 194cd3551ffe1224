// Adults' questionnaire, first half: about you, the vision and the 5 principles, the types of
// short break, and principle 1 (outcomes). See questionnaire.ts for the sources.
import { type TSectionInput, comments, likert, options, whenAny, whyDisagree } from "../shared";

/** Carers and family members answer about the person they care for. */
export const CARES_FOR_ADULT = whenAny("respondent-type", ["carer", "parent-carer", "family-member"]);
const USES_OR_CARES = whenAny("respondent-type", ["adult-using-services", "carer", "parent-carer", "family-member"]);

export const adultSectionsA: TSectionInput[] = [
  {
    key: "about-you",
    title: "About you",
    questions: [
      {
        key: "respondent-type",
        type: "respondentType",
        title: "Which of these best describes you?",
        required: true,
        options: options(
          ["adult-using-services", "An adult who uses short breaks or day opportunities"],
          ["carer", "An unpaid carer of an adult"],
          ["parent-carer", "A parent or carer of a young person aged 14 to 25"],
          ["family-member", "Another family member or friend"],
          ["paid-carer", "A paid carer or personal assistant"],
          ["professional", "A professional in social care or health"],
          ["provider", "A short break or day service provider"],
          ["organisation", "A voluntary, community or faith organisation, such as a carers' or advocacy group"],
          ["councillor", "A councillor"],
          ["other", "Other", "other"],
        ),
      },
      {
        key: "organisation-name",
        type: "shortText",
        title: "What is the name of your organisation or council?",
        showIf: whenAny("respondent-type", ["provider", "organisation", "councillor"]),
      },
      {
        key: "postcode",
        type: "postcode",
        title: "What is the first part of your postcode?",
        hint: "For example, HP19. We only keep the first part, to see which areas responses come from.",
      },
      {
        key: "cared-for-age",
        type: "singleChoice",
        title: "How old is the person you care for?",
        showIf: CARES_FOR_ADULT,
        options: options(
          ["age-18-24", "18 to 24"],
          ["age-25-44", "25 to 44"],
          ["age-45-64", "45 to 64"],
          ["age-65-74", "65 to 74"],
          ["age-75-84", "75 to 84"],
          ["age-85-plus", "85 or over"],
        ),
      },
      {
        key: "care-reasons",
        type: "multipleChoice",
        title: "What are the main reasons the person you care for needs care and support?",
        showIf: CARES_FOR_ADULT,
        options: options(
          ["learning-disability", "Learning disability"],
          ["autism", "Autism"],
          ["physical-disability", "Physical disability"],
          ["sensory-impairment", "Sight or hearing loss"],
          ["mental-health", "Mental health"],
          ["dementia", "Dementia"],
          ["long-term-condition", "A long-term condition"],
          ["frailty", "Frailty or older age"],
          ["behaviour-challenges", "Behaviour that challenges"],
          ["other", "Something else", "other"],
        ),
      },
      {
        key: "uses-now",
        type: "multipleChoice",
        title: "Which of these do you, or the person you care for, use now?",
        showIf: USES_OR_CARES,
        options: options(
          ["residential-overnight", "Overnight short breaks in a residential service"],
          ["care-at-home", "Care at home while the carer has a break"],
          ["shared-lives", "Shared Lives"],
          ["day-opportunities", "Day opportunities or a day centre"],
          [
            "community-activities",
            "Community activities open to everyone, such as Active Bucks, Simply Walks or Men in Sheds",
          ],
          ["targeted-groups", "Groups for particular needs, such as carers' groups, dementia cafés or befriending"],
          ["emergency-care", "Emergency or unplanned care"],
          ["none", "None of these", "exclusive"],
        ),
      },
      {
        key: "personal-budget",
        type: "singleChoice",
        title: "Do you, or the person you care for, have a Personal Budget or Direct Payment?",
        showIf: USES_OR_CARES,
        options: options(
          ["direct-payment", "A Direct Payment"],
          ["managed-budget", "A Personal Budget managed by the council"],
          ["no", "No"],
          ["dont-know", "Don't know"],
        ),
      },
    ],
  },
  {
    key: "vision",
    title: "Our vision and principles",
    intro:
      'Our draft vision is: "To make the best use of the resources available to help the people of Buckinghamshire lead fulfilled lives."',
    questions: [
      likert("vision-agree", "How much do you agree that this is the right vision for adult short breaks?"),
      whyDisagree("vision-disagree-why", "vision-agree", undefined),
      {
        key: "principles-grid",
        type: "likertGrid",
        title: "How much do you agree with each of our 5 principles?",
        statements: [
          {
            key: "principle-outcomes",
            label: "Short breaks should focus on the outcomes that matter to each person",
            topicCode: "p1-outcomes",
          },
          {
            key: "principle-fair",
            label: "Short breaks should meet individual need in a fair and consistent way",
            topicCode: "p2-fair-consistent",
          },
          {
            key: "principle-sustainable",
            label: "We should develop sustainable models of support close to home",
            topicCode: "p3-sustainable",
          },
          {
            key: "principle-transition",
            label: "We should improve the move from children's to adult services",
            topicCode: "p4-transition",
          },
          {
            key: "principle-co-production",
            label: "We should work together with people and carers to design services",
            topicCode: "p5-co-production",
          },
        ],
      },
    ],
  },
  {
    key: "types",
    title: "Types of short break",
    intro:
      "Universal short breaks are open to everyone. Targeted short breaks are for particular groups. Eligibility-based short breaks follow an assessment of need.",
    questions: [
      likert(
        "community-first",
        "Community activities open to everyone should be the first option, where they can meet the person's needs.",
        "p2-fair-consistent",
      ),
      whyDisagree("community-first-why", "community-first", "p2-fair-consistent"),
      {
        key: "community-help",
        type: "multipleChoice",
        title: "What would help you, or the person you care for, use community activities?",
        topicCode: "p2-fair-consistent",
        options: options(
          ["trained-staff", "Staff trained to support disabled people"],
          ["support-to-attend", "Someone to support them while there"],
          ["accessible-venue", "An accessible venue"],
          ["transport", "Help with transport"],
          ["information", "Clear information about what is on"],
          ["going-with-someone", "Going with someone they know"],
          ["none-not-suitable", "Nothing, community activities are not suitable", "exclusive"],
          ["other", "Something else", "other"],
        ),
      },
      {
        key: "more-of",
        type: "multipleChoice",
        title: "Which types of short break would you most like to see more of?",
        hint: "Choose up to 3.",
        maxChoices: 3,
        topicCode: "p3-sustainable",
        options: options(
          ["care-at-home", "Care at home"],
          ["shared-lives", "Shared Lives"],
          ["day-opportunities", "Day opportunities"],
          ["befriending-volunteers", "Befriending and volunteers"],
          ["community-groups", "Community groups"],
          ["overnight-residential", "Overnight residential short breaks"],
          ["emergency-care", "Emergency care at short notice"],
          ["none-of-these", "None of these", "exclusive"],
        ),
      },
      {
        key: "not-short-break",
        type: "singleChoice",
        title:
          "We propose that 4 kinds of care are not counted as short breaks: holiday cover for a carer or personal assistant, a short stay after hospital, step-down or rehabilitation beds, and short-term residential care where there is no carer. Do you agree?",
        options: options(
          ["agree", "Agree"],
          ["partly", "Partly agree"],
          ["disagree", "Disagree"],
          ["dont-know", "Don't know"],
        ),
      },
      {
        key: "not-short-break-why",
        type: "longText",
        title: "What would you change?",
        maxWords: 500,
        showIf: whenAny("not-short-break", ["partly", "disagree"]),
      },
    ],
  },
  {
    key: "outcomes",
    title: "Principle 1: an outcomes-based approach",
    questions: [
      likert(
        "strengths-focus",
        "Short breaks should focus on a person's strengths and what matters to them, with their needs reviewed regularly.",
        "p1-outcomes",
      ),
      whyDisagree("strengths-focus-why", "strengths-focus", "p1-outcomes"),
      {
        key: "person-outcomes",
        type: "multipleChoice",
        title: "What should a good short break achieve for the person who is cared for?",
        hint: "Choose up to 3.",
        maxChoices: 3,
        topicCode: "p1-outcomes",
        options: options(
          ["independence", "More independence"],
          ["new-skills", "New skills"],
          ["friends", "Friends"],
          ["less-lonely", "Feeling less lonely"],
          ["health", "Better health"],
          ["community-links", "Links with the local community"],
          ["fun", "Having fun"],
        ),
      },
      {
        key: "carer-outcomes",
        type: "ranking",
        title: "What should a good short break achieve for the carer? Put your top 3 in order, most important first.",
        rankCount: 3,
        topicCode: "p1-outcomes",
        showIf: CARES_FOR_ADULT,
        options: options(
          ["rest", "Rest"],
          ["own-health", "Looking after their own health"],
          ["work-study", "Work or study"],
          ["family-time", "Time with the rest of the family"],
          ["social-life", "A social life"],
          ["keep-caring", "Being able to keep caring for longer"],
        ),
      },
      comments("outcomes-comments", "Any comments on the outcomes short breaks should achieve?", "p1-outcomes"),
    ],
  },
];
