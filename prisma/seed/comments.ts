// Sentences synthetic respondents combine into free-text answers. The themes are the ones
// families raised in the Cabinet pack (engagement feedback summary, C18 L2444–2472; EIA
// L3314–3320): overnight breaks, transport, booking, staff, information, Direct Payments,
// cost, transition, eligibility, holidays, crisis. All invented; no real people or places
// beyond the county's towns and the services the pack names.

export type Tone = "concern" | "support" | "suggestion";
export type Theme =
  | "overnight"
  | "transport"
  | "booking"
  | "staff"
  | "information"
  | "direct-payments"
  | "cost"
  | "transition"
  | "eligibility"
  | "holidays"
  | "crisis"
  | "local"
  | "positive"
  | "co-production";
export type Fragment = { theme: Theme; tone: Tone; text: string };
export type Audience = "children" | "adults";

const f = (theme: Theme, tone: Tone, text: string): Fragment => ({ theme, tone, text });

const CHILDREN: Fragment[] = [
  f("overnight", "concern", "Overnight breaks at the residential home are the only time we get a full night's sleep."),
  f(
    "overnight",
    "concern",
    "Our son has used overnight short breaks for six years and care at home would not give us the same break, because we would still be in the house.",
  ),
  f(
    "overnight",
    "concern",
    "We waited almost a year for overnight stays and were at breaking point by the time they started.",
  ),
  f(
    "overnight",
    "suggestion",
    "If overnight stays are reduced there must be something just as good in place first, not afterwards.",
  ),
  f(
    "transport",
    "concern",
    "Transport is the biggest problem for us. The nearest club is a 40 minute drive and I cannot do that twice in an evening with my other children.",
  ),
  f(
    "transport",
    "concern",
    "We live in a village with one bus a day, so anything in Aylesbury or High Wycombe is out of reach without help.",
  ),
  f(
    "transport",
    "suggestion",
    "Please look at pick-up and drop-off from school, as that would make the holiday and after-school sessions usable for working parents.",
  ),
  f(
    "booking",
    "concern",
    "Booking holiday activities is a scramble. Places go within an hour of the list coming out and if you are at work you miss out.",
  ),
  f(
    "booking",
    "suggestion",
    "A simple online booking system that shows which sessions still have places would save a lot of phone calls.",
  ),
  f("staff", "support", "The staff at our club know my daughter really well and that is why she is happy to go."),
  f(
    "staff",
    "concern",
    "Staff change so often that my son never gets to know them, and he will not settle with people he does not know.",
  ),
  f(
    "staff",
    "suggestion",
    "Universal clubs would need proper training in autism and in managing behaviour before I would trust them with my child.",
  ),
  f("staff", "concern", "Our local Scouts were lovely but could not manage his personal care, so it did not work out."),
  f(
    "information",
    "concern",
    "I only found out about short breaks from another parent at the school gate. Nobody told us when he was diagnosed.",
  ),
  f(
    "information",
    "concern",
    "The Local Offer website is hard to find your way around and half the information was out of date when I looked.",
  ),
  f(
    "information",
    "suggestion",
    "One clear leaflet explaining what is available and who can get it would help enormously.",
  ),
  f(
    "direct-payments",
    "concern",
    "We use a Direct Payment but finding a personal assistant who will work a few hours at weekends is almost impossible.",
  ),
  f(
    "direct-payments",
    "suggestion",
    "If there are going to be more options, we need to know we can use our Direct Payment for them.",
  ),
  f(
    "direct-payments",
    "support",
    "The Direct Payment lets us choose support that actually fits our family, which has made a big difference.",
  ),
  f("cost", "support", "Paying towards activities is fair, and we would pay a bit more if it meant more sessions."),
  f("cost", "concern", "With three children and one income, activity fees add up quickly and we have had to cut back."),
  f("cost", "suggestion", "Fees should be reduced for families on low incomes or with more than one disabled child."),
  f(
    "transition",
    "concern",
    "My daughter turns 18 next year and we still do not know what will happen to her short breaks.",
  ),
  f(
    "transition",
    "suggestion",
    "Planning from 14 is right, but it has to actually happen. We had one meeting at 17 and nothing since.",
  ),
  f(
    "transition",
    "concern",
    "Everything seems to stop at 18 and adult services feel like starting again from scratch.",
  ),
  f(
    "eligibility",
    "concern",
    "I still do not understand why one family gets overnight breaks and another with similar needs does not.",
  ),
  f(
    "eligibility",
    "suggestion",
    "The criteria should be written down and shared with parents so we know where we stand.",
  ),
  f("eligibility", "concern", "Reviews worry me. Every time there is a review we are afraid support will be cut."),
  f(
    "holidays",
    "concern",
    "The summer holidays are the hardest six weeks of the year and there is very little for children with greater needs.",
  ),
  f(
    "holidays",
    "suggestion",
    "Using special schools in the holidays makes sense, as the children already know the buildings and the equipment is there.",
  ),
  f(
    "crisis",
    "concern",
    "We only got help once we were in crisis. Support earlier would have stopped things getting that bad.",
  ),
  f("crisis", "concern", "Without short breaks I honestly do not know how we would cope as a family."),
  f(
    "local",
    "support",
    "Having activities near home means my son could see children from his own street, which he has never really done.",
  ),
  f(
    "local",
    "suggestion",
    "Local community buildings are fine as long as they have proper changing facilities and hoists.",
  ),
  f(
    "positive",
    "support",
    "Short breaks have given my daughter confidence and friends she would never have made otherwise.",
  ),
  f("positive", "support", "The vision is right. Independence and friendships are exactly what we want for our son."),
  f("positive", "support", "Our youth club is brilliant because the young people help run it."),
  f(
    "co-production",
    "suggestion",
    "Parents should be involved from the start, not asked to comment once decisions are already made.",
  ),
  f(
    "co-production",
    "suggestion",
    "Children who do not speak still have views. Staff who know them should help gather them.",
  ),
  f("co-production", "support", "The Parent Advisory Group has been a good way to raise issues and should carry on."),
];

const ADULTS: Fragment[] = [
  f(
    "overnight",
    "concern",
    "Residential respite is the only break I get in the year. Without it I could not carry on caring for my husband.",
  ),
  f(
    "overnight",
    "concern",
    "My son has complex needs and behaviour that challenges. Community options will not meet his needs and he needs a building with trained staff.",
  ),
  f(
    "overnight",
    "suggestion",
    "Keep residential breaks for those who need them, but make sure they are near home and not in another county.",
  ),
  f(
    "transport",
    "concern",
    "I do not drive, and getting my wife to a day centre or a club depends on taxis we cannot afford.",
  ),
  f(
    "transport",
    "concern",
    "Expecting families to arrange their own transport assumes we have a car and the time, and many carers have neither.",
  ),
  f(
    "transport",
    "suggestion",
    "Community transport schemes could help if they were properly funded and could take a wheelchair.",
  ),
  f(
    "booking",
    "concern",
    "Emergency care at short notice is almost impossible to arrange. When I went into hospital there was nothing.",
  ),
  f(
    "booking",
    "suggestion",
    "Carers need to be able to book breaks in advance and know they will not be cancelled at the last minute.",
  ),
  f("staff", "support", "The staff who support my brother are kind and patient, and he looks forward to going."),
  f(
    "staff",
    "concern",
    "Agency staff who do not know my mother cannot give her the care she needs, so I cannot relax while she is away.",
  ),
  f("information", "concern", "Care Advice Buckinghamshire is hard to use if you are not confident online."),
  f("information", "suggestion", "Information should come in Easy Read and on paper as well as online."),
  f(
    "direct-payments",
    "support",
    "Our Direct Payment means my daughter can go to activities she chooses with a personal assistant she likes.",
  ),
  f("direct-payments", "concern", "Managing a Direct Payment is a lot of paperwork on top of caring."),
  f(
    "cost",
    "concern",
    "The financial assessment was confusing and we are still not sure how the charge was worked out.",
  ),
  f("cost", "concern", "Many carers are pensioners themselves and cannot afford higher charges."),
  f(
    "transition",
    "concern",
    "Moving from children's to adult services was the hardest time we have had. Everything changed at once.",
  ),
  f("transition", "suggestion", "Starting at 14 is good, but there must be one named person who sees it through."),
  f("eligibility", "concern", "I worry that 'fair and consistent' will mean everyone gets less."),
  f(
    "eligibility",
    "suggestion",
    "Decisions should be explained in writing, with a clear way to ask for them to be looked at again.",
  ),
  f("crisis", "concern", "Carers are at breaking point. We need breaks before we reach crisis, not after."),
  f(
    "local",
    "support",
    "A lunch club in our village would mean more to my mum than a week away somewhere she does not know.",
  ),
  f("local", "suggestion", "Shared Lives works well for some people and should be offered more widely."),
  f("positive", "support", "I agree with the principles. Short breaks should be about what matters to the person."),
  f("positive", "support", "Men in Sheds has given my dad a reason to get up in the morning."),
  f(
    "co-production",
    "support",
    "A Carer Advisory Group is a good idea, as long as it meets at times working carers can manage.",
  ),
  f(
    "co-production",
    "suggestion",
    "People with a learning disability should be involved with support from TalkBack, not just their carers.",
  ),
];

export const FRAGMENTS: Record<Audience, Fragment[]> = { children: CHILDREN, adults: ADULTS };

/** Openers that fit any fragment, so the joined sentence still reads naturally. */
export const OPENERS: Record<Audience, string[]> = {
  children: ["Speaking from experience, ", "To be honest, ", "From what I have seen, ", "Like many parents I know, "],
  adults: ["Speaking from experience, ", "To be honest, ", "From what I have seen, ", "Like many carers I know, "],
};

/** Near-identical texts, as when a group shares a suggested wording (about 3 in a data set). */
export const CAMPAIGN: Record<Audience, string[]> = {
  children: [
    "Overnight short breaks are a lifeline for our family. Please do not reduce residential short breaks at The Grove and Merryfields.",
    "Overnight short breaks are a lifeline for our family. Please do not reduce the residential short breaks at The Grove and Merryfields!",
    "Overnight short breaks are a lifeline for my family. Please do not reduce residential short breaks at The Grove and Merryfields.",
  ],
  adults: [
    "Residential short breaks are a lifeline for carers. Please keep overnight short breaks in Buckinghamshire for everyone who needs them.",
    "Residential short breaks are a lifeline for carers. Please keep overnight short breaks in Buckinghamshire for all who need them.",
    "Residential short breaks are a lifeline for carers! Please keep overnight short breaks in Buckinghamshire for everyone who needs them.",
  ],
};

/** Fake contact details so that redaction can be exercised later (reserved example ranges). */
export const CONTACT_DETAILS_TEXTS = [
  "I would be happy to talk about our experience in more detail. You can email me at jo.bloggs@example.com.",
  "Please ring me on 07700 900123 if you want to hear more about what it is like for families like ours.",
];

/** Very short answers, which real free-text boxes are full of. */
export const SHORT_TEXTS: Record<Audience, { tone: Tone; text: string }[]> = {
  children: [
    { tone: "suggestion", text: "More holiday clubs please." },
    { tone: "concern", text: "Transport!" },
    { tone: "concern", text: "Keep the overnight breaks." },
    { tone: "suggestion", text: "Better information for parents." },
    { tone: "support", text: "Agree with all of this." },
    { tone: "support", text: "Sounds sensible." },
  ],
  adults: [
    { tone: "suggestion", text: "More day services please." },
    { tone: "concern", text: "Keep respite local." },
    { tone: "concern", text: "Carers need more support." },
    { tone: "suggestion", text: "Easy Read please." },
    { tone: "support", text: "Agree." },
    { tone: "support", text: "Makes sense to me." },
  ],
};

/** Texts for "Other, please specify" options. */
export const OTHER_TEXTS: Record<"respondent-type" | "default", string[]> = {
  "respondent-type": [
    "Grandparent and main carer at weekends",
    "Volunteer at a local club",
    "Retired social worker",
    "Neighbour and friend of the family",
  ],
  default: ["Help from a charity", "A sitting service", "Swimming with a helper", "A church group"],
};

export const ORGANISATION_NAMES = [
  "Example Short Breaks Provider Ltd",
  "Example Youth Club, High Wycombe",
  "Example Parent Support Group, Aylesbury Vale",
  "Example Community Trust",
  "Example Town Council",
];
