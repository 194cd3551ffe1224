// The children's Short Breaks consultation (Cabinet 18 June 2018, Item 12). Seeded OPEN: it
// opened two weeks ago and runs for the 6 weeks legal advice gave as the minimum for the
// strategies (C18 L2155). The EIA's earlier "12 weeks from March 2018" was superseded
// (seeds-requirements §5.6). Contacts are roles with example mailboxes and phone numbers.
import { body, reasons } from "./children/body";
import { childrenEasyReadQuestionnaire } from "./children/easy-read";
import { childrenEasyReadSummary } from "./children/easy-read-summary";
import { childrenQuestionnaire } from "./children/questionnaire";
import { COUNTY_HALL, helpToTakePart, privacyNotice } from "./shared";
import type { SeedConsultation } from "../types";

const PHONE = "01632 960401";
const EMAIL = "shortbreaks@council.example";

export const childrenShortBreaks: SeedConsultation = {
  slug: "short-breaks-children-2018",
  title: "Short Breaks for Disabled Children: draft strategy 2018 to 2022",
  summary:
    "We want your views on our draft strategy for short breaks for disabled children and young people. It sets out how short breaks should help children become more independent and give their families a break, before we decide how to provide them in future.",
  body,
  reasons,
  audiences: ["PARENTS_CARERS", "CHILDREN_YOUNG_PEOPLE", "PROFESSIONALS", "PROVIDERS", "ORGANISATIONS", "COUNCILLORS"],
  // A strategy, not yet a service change: the service model and the Short Breaks Services
  // Statement get their own 12-week consultation afterwards (C18 L2015–2025).
  isServiceChange: false,
  referencePrefix: "SB",
  partners: ["Buckinghamshire Clinical Commissioning Group (CCG)", "FACT Bucks, the Parent Carer Forum"],
  opensInDays: -14,
  durationDays: 42,
  contactRole: "Short Breaks Commissioning Team (Children's Commissioning)",
  contactEmail: EMAIL,
  contactPhone: PHONE,
  contactAddress: `Short Breaks Consultation, Commissioning Team, ${COUNTY_HALL}`,
  otherWaysToRespond: [
    "You can also respond:",
    `- **on paper**: ask for a printed questionnaire and a freepost envelope on ${PHONE}, or pick one up at any of our sessions`,
    `- **by email** to ${EMAIL}, in your own words if you prefer`,
    `- **by phone** on ${PHONE}, Monday to Friday, 9am to 5pm: we will write down your answers for you`,
    "- **at a session**: come to one of the parent and carer sessions listed on this page, run with FACT Bucks",
    "- **through FACT Bucks or the Short Breaks Parent Advisory Group**, who will pass on your views",
    "- **children and young people** can use the Easy Read questionnaire, on their own or with help, or take part in a session with our Participation Team. We use pictures and observation for children who do not use speech.",
  ].join("\n"),
  helpToTakePart: helpToTakePart(
    PHONE,
    EMAIL,
    "FACT Bucks, the Participation Team or someone who knows the child well",
  ),
  privacyNotice: privacyNotice(
    "short breaks for disabled children and young people",
    "Buckinghamshire Clinical Commissioning Group",
  ),
  decisionMaker: "Cabinet (Cabinet Member for Children's Services)",
  keyDecision: true,
  forwardPlanReference: "Short Breaks Strategy (first notified 25/4/18)",
  decisionDaysAfterClose: 63,
  resultsExpectedText:
    "We will spend 2 weeks reading and analysing every response. Cabinet will then consider the results and a revised strategy. We will publish a summary of what you told us, what we changed because of it, and the final strategy, after Cabinet makes its decision.",
  proposals: [
    {
      title: "Agree a vision and principles for short breaks",
      description:
        "Short breaks should help disabled children and young people develop independence, learn new skills, make new friends and feel less lonely, and give their families a break from caring.",
      reasons:
        "We have no shared strategy for short breaks. A clear vision will guide how we commission short breaks from 2018 to 2022.",
    },
    {
      title: "Link short breaks to each child's assessed level of need",
      description:
        "Specialist short breaks would follow a Child and Family Assessment, be reviewed regularly and change if a child's needs go up or down. We would develop a fair, open way of sharing out support and test it with parents.",
      reasons:
        "Families told us eligibility is confusing, and many families get a similar service whatever their level of need.",
    },
    {
      title: "Take an outcome-based, person-centred approach",
      description:
        "Goals would be agreed between the child, their family and the provider, building on what the child can do and what matters to them.",
      reasons: "Families said short breaks work best when staff know the child and use their strengths.",
    },
    {
      title: "Make universal activities the first option, where that is right for the child",
      description:
        "We would help everyday services, such as youth clubs and leisure centres, to include disabled children, alongside targeted and specialist short breaks.",
      reasons:
        "Disabled children are often kept apart from their local community. Using local activities helps children make friends near home.",
    },
    {
      title: "Keep asking families to contribute to activity costs",
      description:
        "Families would continue to pay towards the cost of activities. We do not charge for staffing support and have no plans to start.",
      reasons:
        "Fees help keep short breaks sustainable, match what all families pay for activities, pay for equipment and reduce no-shows.",
    },
    {
      title: "Improve the move to adult services",
      description:
        "The Transitions Team would identify young people from age 14 who may need adult support, and we would publish easy-to-read information on the Local Offer.",
      reasons: "Families told us the move to adult services is an anxious time.",
    },
    {
      title: "Develop flexible and sustainable models of support",
      description:
        "More care at home and other alternatives to overnight stays where that is right for the child, activities in local community buildings and special schools, and more support in school holidays.",
      reasons:
        "Demand for residential short breaks is hard to meet, some community breaks are not fully used, and transport limits many families' choices.",
    },
    {
      title: "Co-produce short breaks with children, young people and families",
      description:
        "We would keep the Short Breaks Parent Advisory Group and involve families in designing and reviewing services and contracts.",
    },
  ],
  topics: [
    {
      code: "t1-vision",
      label: "Vision and principles",
      description: "The vision and principles of short breaks in Buckinghamshire",
    },
    {
      code: "t2-assessed-need",
      label: "Linking the offer to assessed need",
      description: "Linking our offer to assessed levels of need, with regular reviews",
    },
    {
      code: "t3-outcomes",
      label: "Outcome-based, person-centred approach",
      description: "Goals agreed with each child and family, building on strengths",
    },
    {
      code: "t4-universal-targeted-specialist",
      label: "Universal, targeted and specialist short breaks",
      description: "Meeting need across universal, targeted and specialist provision",
    },
    { code: "t5-activity-fees", label: "Activity fees", description: "Contributions towards the cost of activities" },
    { code: "t6-transition", label: "Moving to adult services", description: "Improving the transition to adulthood" },
    {
      code: "t7-flexible-sustainable",
      label: "Flexible and sustainable support",
      description: "Developing flexible and sustainable models of support",
    },
    {
      code: "t8-co-production",
      label: "Working together",
      description: "Co-production with children, young people, parents and carers",
    },
  ],
  events: [
    {
      title: "Parent and carer session: Aylesbury",
      dayOffset: 7,
      startTime: "10:00",
      endTime: "12:00",
      place: `Mezzanine Rooms 1 and 2, ${COUNTY_HALL}`,
      audience: "Parents and carers. Run with a FACT Bucks parent representative.",
      accessibilityNotes: "Step-free access and lift. Accessible toilet. Hearing loop. Blue Badge parking on request.",
      booking: `Book on ${PHONE} or at ${EMAIL}. Tell us if you need an interpreter or BSL.`,
    },
    {
      title: "Parent and carer evening session: High Wycombe",
      dayOffset: 11,
      startTime: "19:00",
      endTime: "20:30",
      place: "Community room in High Wycombe town centre, HP11 (full address sent when you book)",
      audience: "Parents and carers who cannot come during the day.",
      accessibilityNotes: "Ground floor, step-free. Accessible toilet. Quiet room available.",
      booking: `Book on ${PHONE} or at ${EMAIL}.`,
    },
    {
      title: "Short Breaks Parent Advisory Group: consultation meeting",
      dayOffset: 16,
      startTime: "10:00",
      endTime: "12:00",
      place: "Aylesbury, HP19 (venue confirmed to members)",
      audience:
        "Members of the Parent Advisory Group, run by Action for Children and facilitated by FACT Bucks. New members welcome.",
      accessibilityNotes: "Step-free venue. Let us know about any access needs.",
      booking: "Contact FACT Bucks or the Short Breaks Commissioning Team.",
    },
    {
      title: "Parent and carer session: Chesham and Amersham",
      dayOffset: 21,
      startTime: "13:00",
      endTime: "15:00",
      place: "Special school hall in Chesham, HP5 (full address sent when you book)",
      audience: "Parents and carers. Held in school hours so you can come while your child is at school.",
      accessibilityNotes: "Step-free access. Accessible toilet and changing facilities.",
      booking: `Book on ${PHONE} or at ${EMAIL}.`,
    },
    {
      title: "Children and young people's session with the Participation Team",
      dayOffset: 26,
      startTime: "10:30",
      endTime: "12:30",
      place: "A short break club in Aylesbury Vale, during its usual club session",
      audience:
        "Children and young people who use short breaks. Staff they know will be there. We use pictures, communication aids and observation.",
      accessibilityNotes: "Fully accessible venue with changing facilities and a sensory room.",
      booking: "No need to book if your child already goes to the club. Otherwise ask the Participation Team.",
    },
    {
      title: "Parent and carer session: Buckingham",
      dayOffset: 29,
      startTime: "10:00",
      endTime: "12:00",
      place: "Community centre in Buckingham, MK18 (full address sent when you book)",
      audience: "Parents and carers in the north of the county.",
      accessibilityNotes: "Step-free access. Free parking. Accessible toilet.",
      booking: `Book on ${PHONE} or at ${EMAIL}.`,
    },
    {
      title: "Online parent and carer session",
      dayOffset: 35,
      startTime: "19:30",
      endTime: "21:00",
      place: "Online video call (link sent when you book)",
      audience: "Parents and carers who cannot travel to a session.",
      accessibilityNotes: "Live captions. You can join by phone instead.",
      booking: `Book at ${EMAIL}.`,
    },
  ],
  questionnaire: childrenQuestionnaire,
  easyReadQuestionnaire: childrenEasyReadQuestionnaire,
  easyReadSummary: childrenEasyReadSummary,
  seedResponses: 0,
};
