// The adults' draft strategy (Cabinet 18 June 2018, Item 12, Appendix 2), in plain English.
// The Better Lives tier is "Regaining independence" (the strategy's wording, not the EIA's
// "Regaining control") and the Strategic Plan aim is "creating opportunities" (seeds-
// requirements §5.6). The CQC rating of Seeleys is left out: it is not part of the strategy.

export const body = `## About this consultation

This is a consultation on a **draft** strategy for short breaks for adults aged 18 and over who have care and support needs, and for their carers. No decision has been made. We want your views while the strategy can still change.

The strategy sets principles. It does not decide the service for any one person: assessments and reviews of each person's needs will continue. After this consultation we will write a draft Short Breaks Policy and look at service models, including the future of residential short breaks, and we will consult on those for 12 weeks.

## Our vision

"To make the best use of the resources available to help the people of Buckinghamshire lead fulfilled lives."

Short breaks help adults with care and support needs to be more independent, learn skills, make friends and feel less lonely. They give unpaid carers time to rest, look after their own health and have a life alongside caring, so that they can keep caring if they want to.

## What short breaks are

Short breaks are for people who are usually cared for at home by a family member or friend who is not paid. There are three types:

- **Universal** short breaks are community activities anyone can use, such as leisure centres, community centres, faith groups, Active Bucks, Simply Walks and Men in Sheds. Some charge and some are free.
- **Targeted** short breaks are for particular groups, such as older people, people living with dementia or autistic people. Examples include carers' support groups, dementia cafés, befriending services and luncheon clubs.
- **Eligibility-based** short breaks are for needs that universal or targeted breaks cannot meet. They include a care worker at home, Shared Lives, day opportunities, a temporary stay in a care home, and unplanned or emergency care. Overnight residential short breaks would be for people with the most complex needs that cannot be met in the community. There is usually a financial assessment, and you can take a Direct Payment.

Universal services should always be the first option. People with complex needs or behaviour that challenges will still need targeted and specialist short breaks as well.

### What we would not call a short break

- Cover while a carer or personal assistant is on holiday, which is paid for from the person's Personal Budget.
- A stay in a care home after leaving hospital because the home is not yet suitable (a "short stay").
- A step-down or rehabilitation bed, which is NHS care.
- Short-term residential care where there is no carer.

## Short breaks in Buckinghamshire today

- There is no strategy or policy for adult short breaks. Care packages are agreed without reference to best practice, which leads to inconsistent support and expensive placements outside the county.
- In 2017 to 2018, 324 people had short breaks funded by the council. 89 of them used a Direct Payment for respite, and 59 also used a day service.
- Most spending is on overnight residential short breaks: about £1.1 million at Seeleys, our own service, about £130,000 at Downley Heights and about £50,000 on places bought one at a time.

## Why we need a strategy

We need a strategy so that:

- there is one, because there is none now
- people can use a wide range of short breaks close to where they live
- services are good value and meet current and future need, with money spent where the need is greatest
- everyone who needs a short break is treated fairly and consistently

Need is growing. About 5,870 adults aged 18 to 64 in Buckinghamshire have a learning disability, and the number with complex needs is expected to rise by 37%. There are about 100,400 people aged over 65, and this is expected to rise by about 34% by 2030.

## What we have heard so far

In August 2017 we held events for disabled adults and carers about the future of adult social care, including short breaks. Before this consultation we tested the 5 principles below with people who use services, carers and staff, with help from TalkBack for people with a learning disability.

We will:

- give people who use, deliver or work in short breaks the chance to have their say and design services with us
- be clear why we are asking, what we are asking about, and how your views were taken into account
- consult formally when there is a significant change to a service, and publish the results

## What we propose: 5 principles

1. **An outcomes-based approach.** We will focus on each person's strengths and what matters to them, and review needs regularly.
2. **Meeting individual need in a fair and consistent way.** Clear information on Care Advice Buckinghamshire and the Bucks Family Information Service; support in proportion to need; short breaks worked out in a fair and open way; a panel of different professionals to agree specialist short breaks.
3. **Sustainable models of support.** Volunteers, befriending and other informal support; sharing what works; local community buildings so people do not have to travel far.
4. **Improved transition to adulthood.** The Transitions Team will identify young people from age 14 who may be eligible for adult social care or Continuing Health Care at 18, with easy-to-read information on the Local Offer.
5. **Working together to co-produce services.** A Development Forum with providers, a new Carer Advisory Group for short breaks, and working together on service and contract reviews.

## Money and travel

- **Financial assessment.** Where appropriate, people are financially assessed to see whether they should pay towards their care. Charges are only a contribution, and no one pays more than they can afford.
- **Travel.** Transport should be written into the person's support plan. People and their families usually arrange their own transport. Where this is not possible, or specialist transport is needed, the council decides under its policies, and the cost is included in the person's budget.

## How we will measure success

The council and the CCG will oversee the strategy from 2018 to 2022 and a multi-agency group will review it every year. We will check whether we are meeting the objectives, using feedback from people who use short breaks and their carers, information from partners, and contract monitoring.
`;

export const reasons = `## Why we are consulting

We want to agree principles for adult short breaks with the people who use them, their carers and the staff who provide them, before we write a Short Breaks Policy and look at future services. Under the Care Act 2014, the support that meets a person's eligible needs is set out in their care and support plan, and any change to it follows a review of their needs.

## Why we are proposing changes

- **There is no county-wide approach.** Without a strategy or policy, support is inconsistent and some people are placed in expensive services outside the county.
- **Short breaks mostly mean a night in a building.** Carers and families tell us they think of short breaks as overnight respite, because that is what we have offered. We want more choice close to home, such as Shared Lives, care at home and community activities.
- **Need is growing.** More people are living longer with complex needs, and the hours of unpaid care are expected to rise by 31% by 2030.
- **Fairness.** People with similar needs should be offered similar support, worked out in a fair and open way.

## The options we considered

- **Option 1: no strategy or policy.** We do not think this is viable: support would stay inconsistent, choice would stay narrow and the current offer does not give good value for money.
- **Option 2 (proposed): use the strategy's principles to shape our policy and how we commission short breaks.** This gives people and their carers more choice and flexibility and better value for money.

We will consider every response before a decision is made.
`;
