// The adults' Short Breaks consultation (Cabinet 18 June 2018, Item 12). Seeded CLOSED with
// responses, so analysis and reporting have data: it opened 10 weeks ago and ran for the
// 6 weeks legal advice gave as the minimum for the strategies (C18 L2155). Engagement methods
// follow the adults' EIA (C18 L3050–3055): letters, easy read, TalkBack, Partnership Boards.
import { body, reasons } from "./adults/body";
import { adultQuestionnaire } from "./adults/questionnaire";
import { COUNTY_HALL, helpToTakePart, privacyNotice } from "./shared";
import type { SeedConsultation } from "../types";

const PHONE = "01632 960402";
const EMAIL = "adultshortbreaks@council.example";

export const adultShortBreaks: SeedConsultation = {
  slug: "adult-short-breaks-2018",
  title: "Adult Short Breaks: draft strategy 2018 to 2022",
  summary:
    "We asked for views on our draft strategy for short breaks for adults with care and support needs and their carers. It sets out 5 principles for offering short breaks fairly, close to home, before we write a Short Breaks Policy.",
  body,
  reasons,
  audiences: [
    "ADULTS_USING_SERVICES",
    "CARERS",
    "PARENTS_CARERS",
    "PROFESSIONALS",
    "PROVIDERS",
    "ORGANISATIONS",
    "COUNCILLORS",
  ],
  // A strategy, not yet a service change: the Short Breaks Policy and service models,
  // including residential short breaks, get their own 12-week consultation (C18 L2017–2019).
  isServiceChange: false,
  referencePrefix: "ASB",
  partners: ["Buckinghamshire Clinical Commissioning Group (CCG)", "TalkBack"],
  opensInDays: -70,
  durationDays: 42,
  contactRole: "Adult Short Breaks Team (Joint Commissioning)",
  contactEmail: EMAIL,
  contactPhone: PHONE,
  contactAddress: `Adult Short Breaks Consultation, Joint Commissioning, ${COUNTY_HALL}`,
  otherWaysToRespond: [
    "You could also respond:",
    `- **on paper**: we wrote to everyone who uses council-funded short breaks with a questionnaire, an Easy Read version and a freepost envelope. Ask for more copies on ${PHONE}`,
    `- **by email** to ${EMAIL}, in your own words if you prefer`,
    `- **by phone** on ${PHONE}, Monday to Friday, 9am to 5pm: we will write down your answers for you`,
    "- **face to face** at one of the sessions listed on this page",
    "- **with TalkBack**, who support people with a learning disability to give their views, including at Partnership Board meetings",
  ].join("\n"),
  helpToTakePart: helpToTakePart(PHONE, EMAIL, "TalkBack, an independent advocate, or a carers' support worker"),
  privacyNotice: privacyNotice(
    "short breaks for adults and their carers",
    "Buckinghamshire Clinical Commissioning Group",
  ),
  decisionMaker: "Cabinet (Cabinet Member for Health and Wellbeing)",
  keyDecision: true,
  forwardPlanReference: "Short Breaks Strategy (first notified 25/4/18)",
  decisionDaysAfterClose: 63,
  resultsExpectedText:
    "The consultation has closed. We are reading and analysing every response. Cabinet will then consider the results and a revised strategy, and we will publish what you told us and what we changed because of it.",
  proposals: [
    {
      title: "Adopt a county-wide strategy for adult short breaks",
      description:
        'A strategy from 2018 to 2022 with the vision "to make the best use of the resources available to help the people of Buckinghamshire lead fulfilled lives", followed by a Short Breaks Policy.',
      reasons:
        "There is no strategy or policy now, which leads to inconsistent support and expensive placements outside the county.",
    },
    {
      title: "Take an outcomes-based approach",
      description: "Focus on each person's strengths and what matters to them, with needs reviewed regularly.",
      reasons:
        "Short breaks should help people be more independent and give carers a real break, not just fill a number of nights.",
    },
    {
      title: "Meet individual need in a fair and consistent way",
      description:
        "Clear information about short breaks and eligibility, support in proportion to need, a fair and open way of working out short breaks, and a panel of professionals to agree specialist short breaks.",
      reasons: "People with similar needs should be offered similar support.",
    },
    {
      title: "Develop sustainable models of support close to home",
      description:
        "More community options, such as Shared Lives, care at home, befriending and volunteers, in local buildings. Overnight residential short breaks would be for people with the most complex needs that cannot be met in the community.",
      reasons:
        "Most money goes on overnight residential breaks, need is growing, and people want options close to where they live.",
    },
    {
      title: "Improve the move from children's to adult services",
      description:
        "The Transitions Team would identify young people from age 14 who may be eligible for adult social care or Continuing Health Care at 18, with easy-to-read information on the Local Offer.",
      reasons: "The move to adult services is an anxious time for young people and their families.",
    },
    {
      title: "Work together to co-produce services",
      description:
        "A Development Forum with providers, a new Carer Advisory Group for short breaks, and joint service and contract reviews.",
    },
    {
      title: "Be clear about what is not a short break",
      description:
        "Holiday cover for a carer or personal assistant, a short stay after hospital, step-down or rehabilitation beds, and short-term residential care where there is no carer would not count as short breaks.",
      reasons:
        "These are sometimes recorded as short breaks, which makes it hard to plan and to treat people consistently.",
    },
  ],
  topics: [
    {
      code: "p1-outcomes",
      label: "An outcomes-based approach",
      description: "Strengths-based, focused on what matters to each person, with regular reviews",
    },
    {
      code: "p2-fair-consistent",
      label: "Meeting individual need in a fair and consistent way",
      description: "Clear information, support in proportion to need, a fair and open allocation",
    },
    {
      code: "p3-sustainable",
      label: "Sustainable models of support",
      description: "Informal support, volunteers and befriending, local community buildings",
    },
    {
      code: "p4-transition",
      label: "Improved transition to adulthood",
      description: "Planning from age 14 and easy-to-read information",
    },
    {
      code: "p5-co-production",
      label: "Working together to co-produce services",
      description: "A Development Forum, a Carer Advisory Group and joint reviews",
    },
  ],
  events: [
    {
      title: "Carers' session: Aylesbury",
      dayOffset: 6,
      startTime: "10:00",
      endTime: "12:00",
      place: `Mezzanine Rooms 1 and 2, ${COUNTY_HALL}`,
      audience: "Unpaid carers of adults.",
      accessibilityNotes: "Step-free access and lift. Accessible toilet. Hearing loop.",
      booking: `Book on ${PHONE} or at ${EMAIL}. If you need replacement care to attend, tell us when you book.`,
    },
    {
      title: "Easy Read session with TalkBack: High Wycombe",
      dayOffset: 10,
      startTime: "13:30",
      endTime: "15:30",
      place: "Community centre in High Wycombe, HP13 (full address sent when you book)",
      audience:
        "Adults with a learning disability, their supporters and carers. Run by TalkBack with pictures and Easy Read.",
      accessibilityNotes: "Step-free venue with a Changing Places toilet. Quiet room. Supporters welcome.",
      booking: "Book through TalkBack or on " + PHONE + ".",
    },
    {
      title: "Learning Disability Partnership Board: short breaks discussion",
      dayOffset: 15,
      startTime: "10:30",
      endTime: "13:00",
      place: `${COUNTY_HALL}`,
      audience:
        "Board members, people with a learning disability and family carers. Members of the public can observe.",
      accessibilityNotes: "Easy Read papers sent in advance. Step-free access and hearing loop.",
      booking: "No need to book to observe.",
    },
    {
      title: "Carers' evening session: Amersham",
      dayOffset: 20,
      startTime: "18:30",
      endTime: "20:00",
      place: "Community hall in Amersham, HP6 (full address sent when you book)",
      audience: "Working carers and anyone who cannot come in the day.",
      accessibilityNotes: "Ground floor, step-free. Free parking.",
      booking: `Book on ${PHONE} or at ${EMAIL}.`,
    },
    {
      title: "Drop-in for families of people who use overnight short breaks",
      dayOffset: 27,
      startTime: "16:00",
      endTime: "19:00",
      place: "Aylesbury, HP21 (venue confirmed when you book)",
      audience:
        "People who use residential short breaks and their families. Commissioners and social workers will be there to answer questions.",
      accessibilityNotes: "Fully accessible venue. Come at any time during the drop-in.",
      booking: `No need to book, but tell us on ${PHONE} if you need support to attend.`,
    },
    {
      title: "Providers' Development Forum",
      dayOffset: 33,
      startTime: "09:30",
      endTime: "11:30",
      place: `${COUNTY_HALL}`,
      audience: "Providers of short breaks, day opportunities and Shared Lives.",
      accessibilityNotes: "Step-free access and lift.",
      booking: `Book at ${EMAIL}.`,
    },
  ],
  questionnaire: adultQuestionnaire,
  seedResponses: 60,
};
