// The children's draft strategy (Cabinet 18 June 2018, Item 12, Appendix 1), retold in plain
// English. Figures follow the strategy, not the EIA, where the two disagree (seeds-requirements
// §5.6): 640 children using short breaks; spend shown by part, because the printed total does
// not add up; "three main reasons" (the strategy says four but lists three); the Equality Act
// 2010 definition of disability; the body headings, not the contents page.

export const body = `## About this consultation

This is a consultation on a **draft** strategy. No decision has been made. We want your views while the strategy can still change. Buckinghamshire County Council and the Clinical Commissioning Group (CCG) wrote the draft with FACT Bucks, the Parent Carer Forum, and with the help of disabled children, young people and their families.

The strategy sets out the vision and principles for short breaks from 2018 to 2022. It does not decide the future service model. We will consult again, for 12 weeks, on the service model and on our Short Breaks Services Statement.

The strategy is not a plan to reduce services where a child has an assessed need for them. But families may see changes in the way services are offered to meet that need.

## Our vision

Short breaks should help disabled children and young people to:

- develop independence
- learn new skills
- make new friends
- feel less lonely

Short breaks also give parents and carers a break from caring, so that they can rest, look after their own health and spend time with the rest of the family.

This supports the council's vision that "children and young people are safe, happy and healthy, feel valued and value others, are treated fairly, have lives filled with learning, thrive and are able to enjoy life and spend quality time with family and friends". It also supports the Strategic Vision for Carers 2016 to 2019, which commits us to involve carers in planning and shaping services.

## What short breaks are

There are three types of short break:

- **Universal** short breaks are everyday activities that anyone can use without an assessment, such as youth clubs, after-school clubs, Cubs and Brownies, leisure centres, nurseries and childminders. You can find them on the Local Offer, on the Bucks Family Information Service website.
- **Targeted** short breaks are activities for disabled children who cannot use universal services without extra support. They usually run in the evenings, at weekends and in school holidays. Families can refer themselves.
- **Specialist** short breaks meet needs found in a social care assessment (a Child and Family Assessment). They include overnight stays in a residential short breaks home, care at home, community childminding, befriending, fostering short breaks and support bought with a Direct Payment.

A child is disabled under the Equality Act 2010 if they have a physical or mental impairment that has a substantial and long-term effect on their ability to do normal daily activities.

## Short breaks in Buckinghamshire today

- About 640 children and young people use funded short breaks. Over 450 regularly use targeted short breaks and over 250 use specialist short breaks. Some use both.
- At least 350 disabled children and young people regularly use universal short breaks.
- Residential short breaks depend on two main buildings, The Grove and Merryfields. 67 children use them and 5 are waiting.
- 113 children have their short breaks through a Direct Payment. Befriending (4 children) and fostering short breaks (14 children) are little used.
- In 2017 to 2018 we spent £3.29 million on specialist short breaks, £1.07 million on targeted short breaks and £11,000 on universal short breaks.
- Compared with similar councils, our spending per child is second highest. We find it hard to meet demand for residential short breaks, while some community short breaks are not fully used.

## Why we need a strategy

There are three main reasons:

1. We do not have a shared strategy for short breaks, and the current offer does not give families enough flexibility and choice close to home.
2. The current offer is not sustainable. Demand for residential short breaks is hard to manage, and money must go where the need is greatest.
3. Everyone who needs short breaks should be treated fairly and consistently.

## What families told us in 2017

In August 2017 our Participation Officer visited short break services and met children and young people with a wide range of needs. Most did not use speech, so we used pictures, communication aids and observation. In September 2017 we held four parent and carer sessions across the county with FACT Bucks, and families also wrote to us.

### What works well, and what else could we try?

- Children enjoy their breaks most when they know the staff.
- Families generally want more support, not less.
- Youth clubs work well because young people lead them.
- Children enjoy staff who use their talents, such as drama or magic.
- Residential short break homes feel safe, warm and homely.
- Parents would like special schools used as venues, and more support in the summer holidays.
- Parents are generally willing to pay more for activities.
- There are not enough childminders, clubs and sports that suit children with greater needs.

### What difference do short breaks make?

- Children try new activities and gain confidence, self-esteem, self-help skills and friends.
- Families rely on short breaks, and parents value the time they get.
- Parents say short breaks help their own health.

### What are families worried or unsure about?

- Cuts to services, and whether they could cope.
- Some families were in crisis before they got a residential short break.
- Many did not understand who can get which short breaks.
- Many did not know about short breaks or the Local Offer.
- Some feared other kinds of short break could not be bought with a Direct Payment.
- Transport limits choice for many families.

## What we propose: the 8 topics

We are asking for your views on:

1. **The vision and principles** of short breaks in Buckinghamshire.
2. **Linking our offer to assessed levels of need**, with regular reviews, so that support goes up or down as a child's needs change.
3. **An outcome-based, person-centred approach**: goals agreed with the child, the family and the provider, building on what the child can do.
4. **Meeting need across universal, targeted and specialist** short breaks, with universal activities as the first option where that is right for the child.
5. **Activity fees.** We ask families to contribute to the cost of activities. We do not charge for staffing support and have no plans to start.
6. **Improving the move to adult services**, with planning from age 14 and easy-to-read information on the Local Offer.
7. **Flexible and sustainable models of support**, including more care at home and activities in local community buildings, so families do not have to travel far.
8. **Co-production** with children, young people, parents and carers, including keeping the Short Breaks Parent Advisory Group.

## How we will measure success

Children and young people will say that:

- I can choose the type, place and time of my short break.
- My short break has helped me become more independent, for example travelling on my own or using my own money.
- My voice was listened to and I helped shape the service.
- My short breaks help me make friends, learn skills and feel confident.
- My short breaks focus on my strengths, not my difficulties.

Parents and carers will say that:

- I am well informed about what short breaks there are and how to get them.
- There is choice of type, time and place.
- Providers communicate clearly with me.
- I feel more able to cope because my child goes to a short break.
- I can get support before I reach crisis point.
- My child has a good-quality short break with trained staff in a safe place.

The council and the CCG will check each year, with a multi-agency short breaks strategy group, whether the strategy is meeting these outcomes. We will use feedback from children and families, information from partners and contract monitoring.
`;

export const reasons = `## Why we are consulting

Our short breaks contracts end soon, so we must decide how to commission short breaks in future. Before we do, we want to agree a clear vision and principles with the people who use short breaks. The law requires us to provide a sufficient range of short breaks (the Breaks for Carers of Disabled Children Regulations 2011), and we must publish a Short Breaks Services Statement that says what is available and who can get it.

## Why we are proposing changes

- **The current model is not sustainable.** Demand for residential short breaks is hard to meet and is expected to grow, while some community short breaks are not fully used.
- **Families do not have enough choice.** Children who need specialist support rely heavily on overnight stays in a building. There are too few other options, such as care at home.
- **The current offer is not the best value for money.** Benchmarking shows it is expensive compared with similar councils.
- **Disabled children are often kept apart from their local community.** More support for universal activities would help children make friends near home and help parents build support networks.
- **Families told us eligibility is confusing.** We want a fair, open way of sharing out specialist short breaks, tested with parents, and clear information on the Local Offer.

## The options we considered

Stopping short breaks is not an option because we have a legal duty to provide them.

- **Option 1: keep the current model.** Families value it, but it is not sustainable, does not give enough choice and is not the best value for money.
- **Option 2 (proposed): use the strategy's principles to shape how we commission short breaks.** This gives families more flexibility and choice and is better value for money.

We will consider every response before Cabinet makes a decision.
`;
