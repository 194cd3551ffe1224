// Children's questionnaire, first half: about you, the vision (topic 1), the three types of
// short break (topic 4) and assessed need (topic 2). See questionnaire.ts for the sources.
import { type TSectionInput, IMPORTANCE_OPTIONS, comments, likert, options, whenAny, whyDisagree } from "../shared";

/** People answering about a child they care for see the questions about that child. */
export const CARES_FOR_CHILD = whenAny("respondent-type", ["parent-carer", "family-member", "foster-carer"]);
const USES_SHORT_BREAKS = [
  "universal-activities",
  "targeted-clubs",
  "voluntary-groups",
  "residential",
  "care-at-home",
  "childminding",
  "befriending",
  "fostering",
  "direct-payment",
];

export const childrenSectionsA: TSectionInput[] = [
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
          ["parent-carer", "A parent or carer of a disabled child or young person"],
          ["young-person", "A disabled child or young person"],
          ["family-member", "A brother, sister or other family member"],
          ["foster-carer", "A foster carer"],
          ["professional", "A professional in education, health or social care"],
          ["provider", "A short break provider"],
          [
            "universal-provider",
            "A youth club, uniformed group, leisure centre, childminder or other everyday activity",
          ],
          ["organisation", "A voluntary, community or faith organisation"],
          ["councillor", "A county, district, town or parish councillor"],
          ["other", "Other", "other"],
        ),
      },
      {
        key: "organisation-name",
        type: "shortText",
        title: "What is the name of your organisation or council?",
        showIf: whenAny("respondent-type", ["provider", "universal-provider", "organisation", "councillor"]),
      },
      {
        key: "postcode",
        type: "postcode",
        title: "What is the first part of your postcode?",
        hint: "For example, HP19. We only keep the first part, to see which areas responses come from.",
      },
      {
        key: "child-age",
        type: "multipleChoice",
        title: "How old is the child or young person you care for?",
        hint: "If you care for more than one, choose all that apply.",
        showIf: CARES_FOR_CHILD,
        options: options(
          ["age-0-4", "0 to 4"],
          ["age-5-10", "5 to 10"],
          ["age-11-13", "11 to 13"],
          ["age-14-17", "14 to 17"],
          ["age-18-25", "18 to 25"],
        ),
      },
      {
        key: "has-ehcp",
        type: "yesNo",
        title: "Does the child or young person have an Education, Health and Care Plan (EHCP)?",
        showIf: CARES_FOR_CHILD,
      },
      {
        key: "current-breaks",
        type: "multipleChoice",
        title: "Which short breaks does the child or young person use now?",
        hint: "Choose all that apply.",
        showIf: CARES_FOR_CHILD,
        options: options(
          [
            "universal-activities",
            "Everyday activities, such as a youth club, after-school club, Cubs or Brownies, or a leisure centre",
          ],
          ["targeted-clubs", "Short break clubs or activities in the evenings, at weekends or in the holidays"],
          ["voluntary-groups", "Groups run by small voluntary organisations"],
          ["residential", "Overnight stays in a residential short breaks home"],
          ["care-at-home", "Care at home"],
          ["childminding", "Community childminding"],
          ["befriending", "Befriending"],
          ["fostering", "Fostering short breaks"],
          ["direct-payment", "Support bought with a Direct Payment"],
          ["none", "None at the moment", "exclusive"],
          ["dont-know", "Don't know", "exclusive"],
        ),
      },
      {
        key: "current-satisfaction",
        type: "rating",
        title: "Overall, how satisfied are you with the short breaks the child uses now?",
        min: 1,
        max: 5,
        minLabel: "Very dissatisfied",
        maxLabel: "Very satisfied",
        showIf: whenAny("current-breaks", USES_SHORT_BREAKS),
      },
    ],
  },
  {
    key: "vision",
    title: "Our vision and principles",
    intro:
      "Our draft vision is that short breaks should help disabled children and young people to develop independence, learn new skills, make new friends and feel less lonely, and give parents and carers a break from caring.",
    questions: [
      likert("vision-agree", "How much do you agree with this vision for short breaks?", "t1-vision"),
      whyDisagree("vision-disagree-why", "vision-agree", "t1-vision"),
      {
        key: "topic-importance",
        type: "likertGrid",
        title: "How important is each of these to you?",
        options: IMPORTANCE_OPTIONS,
        statements: [
          {
            key: "importance-vision",
            label: "A shared vision and principles for short breaks",
            topicCode: "t1-vision",
          },
          {
            key: "importance-assessed-need",
            label: "Short breaks that match each child's assessed needs",
            topicCode: "t2-assessed-need",
          },
          {
            key: "importance-outcomes",
            label: "Goals agreed with the child and family, building on what the child can do",
            topicCode: "t3-outcomes",
          },
          {
            key: "importance-universal",
            label: "Help to use everyday activities alongside other children",
            topicCode: "t4-universal-targeted-specialist",
          },
          {
            key: "importance-fees",
            label: "Activity fees that are fair and affordable",
            topicCode: "t5-activity-fees",
          },
          { key: "importance-transition", label: "A smooth move to adult services", topicCode: "t6-transition" },
          { key: "importance-local", label: "Flexible support close to home", topicCode: "t7-flexible-sustainable" },
          {
            key: "importance-co-production",
            label: "Families and young people helping to design short breaks",
            topicCode: "t8-co-production",
          },
        ],
      },
      {
        key: "outcome-statements",
        type: "singleChoice",
        title:
          "We want children to be able to say they have choice, are more independent, were listened to, are reaching their potential and are valued for their strengths. Are these the right things to aim for?",
        topicCode: "t1-vision",
        options: options(["yes", "Yes"], ["partly", "Partly"], ["no", "No"], ["dont-know", "Don't know"]),
      },
      {
        key: "outcome-statements-change",
        type: "longText",
        title: "What would you change or add?",
        maxWords: 500,
        topicCode: "t1-vision",
        showIf: whenAny("outcome-statements", ["partly", "no"]),
      },
    ],
  },
  {
    key: "types",
    title: "Universal, targeted and specialist short breaks",
    intro:
      "Universal activities are open to everyone. Targeted short breaks are for disabled children and need no assessment. Specialist short breaks follow a Child and Family Assessment.",
    questions: [
      likert(
        "universal-first",
        "Where it is right for the child, everyday universal activities should be the first option.",
        "t4-universal-targeted-specialist",
      ),
      whyDisagree("universal-first-why", "universal-first", "t4-universal-targeted-specialist"),
      {
        key: "universal-help",
        type: "multipleChoice",
        title:
          "What would help the child to use everyday activities, such as youth clubs, uniformed groups or leisure centres?",
        topicCode: "t4-universal-targeted-specialist",
        options: options(
          ["trained-staff", "Staff trained in disability"],
          ["extra-worker", "An extra support worker"],
          ["accessible-buildings", "Accessible buildings and changing facilities"],
          ["transport-help", "Help with transport"],
          ["clear-information", "Clear information about which activities are suitable"],
          ["with-sibling-friend", "Going with a friend, brother or sister"],
          ["quieter-sessions", "Quieter or smaller sessions"],
          ["nothing-would-help", "Nothing would help, this is not right for the child", "exclusive"],
          ["other", "Something else", "other"],
        ),
      },
      {
        key: "more-of",
        type: "multipleChoice",
        title: "Which kinds of short break would you most like to see more of?",
        hint: "Choose up to 3.",
        maxChoices: 3,
        topicCode: "t4-universal-targeted-specialist",
        options: options(
          ["care-at-home", "Care at home"],
          ["childminding", "Community childminding"],
          ["befriending", "Befriending"],
          ["fostering", "Fostering short breaks"],
          ["evening-weekend-clubs", "Clubs in the evenings and at weekends"],
          ["holiday-activities", "Activities in the school holidays"],
          ["special-school-activities", "Activities at special schools"],
          ["overnight-residential", "Overnight residential short breaks"],
          ["sports-leisure", "Sports and leisure"],
          ["youth-clubs", "Youth clubs"],
          ["none-of-these", "None of these", "exclusive"],
        ),
      },
      {
        key: "barriers",
        type: "multipleChoice",
        title: "What, if anything, makes it hard for your family to use short breaks?",
        topicCode: "t4-universal-targeted-specialist",
        options: options(
          ["transport", "Transport or distance"],
          ["cost", "The cost of activities"],
          ["not-knowing", "Not knowing what is available"],
          ["eligibility-unclear", "Not understanding who can get what"],
          ["no-suitable-activity", "No activity that suits the child's needs"],
          ["times-days", "The times or days do not suit us"],
          ["waiting-lists", "Waiting lists"],
          ["nothing", "Nothing makes it hard", "exclusive"],
          ["other", "Something else", "other"],
        ),
      },
    ],
  },
  {
    key: "assessed-need",
    title: "Linking short breaks to assessed need",
    questions: [
      likert(
        "assessed-need-agree",
        "Specialist short breaks should be given according to each child's assessed level of need.",
        "t2-assessed-need",
      ),
      whyDisagree("assessed-need-why", "assessed-need-agree", "t2-assessed-need"),
      likert(
        "understand-eligibility",
        "I understand how decisions are made about who can get specialist short breaks.",
        "t2-assessed-need",
      ),
      likert(
        "regular-reviews",
        "Children's needs should be reviewed regularly, and their short breaks changed if their needs go up or down.",
        "t2-assessed-need",
      ),
      whyDisagree("regular-reviews-why", "regular-reviews", "t2-assessed-need"),
      comments(
        "fair-clear",
        "What would make the way short breaks are shared out feel fair and clear to you?",
        "t2-assessed-need",
      ),
      {
        key: "information-sources",
        type: "multipleChoice",
        title: "Where would you look for information about short breaks?",
        topicCode: "t2-assessed-need",
        options: options(
          ["local-offer", "The Local Offer on the Bucks Family Information Service website"],
          ["social-worker", "A social worker"],
          ["school", "School or college"],
          ["parent-forum", "The Parent Carer Forum (FACT Bucks)"],
          ["provider", "The short break provider"],
          ["leaflets", "Leaflets or letters"],
          ["email-updates", "Email updates"],
          ["social-media", "Social media"],
          ["other", "Somewhere else", "other"],
        ),
      },
    ],
  },
];
