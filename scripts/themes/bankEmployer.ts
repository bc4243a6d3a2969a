import type { QuestionBank } from './bankTypes';

// "What does the NHS need to do differently as an employer, to be a great place to work?"

export const EMPLOYER: QuestionBank = {
  templateId: 'ccg1',
  themes: [
    {
      id: 'employer.pay',
      label: 'Pay and the cost of living',
      weight: 9,
      headlines: ['Pay', 'Fair pay', 'Salary', 'Cost of living', 'Money'],
      notes: `
        Pay that keeps up with inflation
        Better pay
        Cant afford to live near work
        Pay restoration
        Band 5 pay is shocking for the responsibility
        Fair pay for HCAs
        Staff using food banks
        Paid properly for overtime
        Salaries havent risen in real terms for 10 years
        Pay us what we're worth
        Agency staff earn double for same job
        Cost of living crisis hitting staff
        Higher pay in London weighting not enough
        Rebanding for the work we actually do
        Unpaid overtime
        pay rise!!
        Money
        Wages dont cover childcare and rent
        Pension changes put people off
        Pay parity with social care
        Night shift enhancements cut
        Students paying to work placements
      `,
    },
    {
      id: 'employer.flexible',
      label: 'Flexible working and rotas',
      weight: 7,
      headlines: ['Flexible working', 'Rotas', 'Work life balance', 'Flexibility'],
      notes: `
        Flexible working
        Self rostering
        Rotas out 6 weeks in advance at least
        Term time contracts
        Work life balance
        Let people work from home where they can
        Request for flexible working always refused
        Shorter shifts option
        Annual leave approved in good time
        Compressed hours
        Rotas that respect childcare
        Part time options for senior roles
        Job shares
        Last minute rota changes
        Flexible retirement
        Choice over shift patterns
        12 hour shifts dont suit everyone
        Late notice shift changes ruin home life
      `,
    },
    {
      id: 'employer.careers',
      label: 'Training and career progression',
      weight: 7,
      headlines: ['Careers', 'Development', 'Training', 'Progression', 'CPD'],
      notes: `
        Clear career pathways
        Protected time for CPD
        Funding for training courses
        Apprenticeships for support staff
        Progression without having to leave clinical work
        Study leave actually given
        Mentoring for new starters
        Preceptorship for newly qualified
        Stuck at band 6 for years
        Leadership training for new managers
        No development for admin staff
        Talent management
        Opportunities to grow
        Secondments
        Nurse training courses cancelled for cover
        Help to go to university part time
        Shadowing other roles
        Routes from HCA to registered nurse
        Learning budget cut
        Access to training for night staff
      `,
    },
    {
      id: 'employer.valued',
      label: 'Feeling valued and listened to',
      weight: 7,
      headlines: ['Feeling valued', 'Recognition', 'Staff voice', 'Being listened to', 'Respect'],
      notes: `
        Feel valued
        Say thank you
        Recognition for good work
        Listen to staff
        Managers who care
        Act on the staff survey
        Treated like a number
        Staff voice in decisions
        Appreciation
        Being heard
        You said we did that actually happens
        Respect from senior management
        Celebrate success
        Compassionate leadership
        Leaders who come to the wards
        Not just pizza when theres a crisis
        Trust staff to do their jobs
        Involve us in changes
        Kindness from the top
      `,
    },
    {
      id: 'employer.wellbeing',
      label: 'Breaks, rest and wellbeing at work',
      weight: 6,
      headlines: ['Wellbeing', 'Rest and breaks', 'Staff health', 'Facilities'],
      notes: `
        Somewhere to have a break
        Hot food for night staff
        Staff rooms
        Time to actually take breaks
        Mental health support
        Occupational health that responds quickly
        Wellbeing hubs
        Water and toilets breaks on shift
        Rest areas
        Canteen closes at 2pm
        Psychological support after traumatic incidents
        Lockers and changing rooms
        Menopause support
        Counselling for staff
        Free drinks for staff
        Health checks
        Staff burnout support
        Wellbeing days
      `,
    },
    {
      id: 'employer.bullying',
      label: 'Bullying, discrimination and speaking up',
      weight: 5,
      headlines: ['Bullying', 'Speaking up', 'Inclusion', 'Equality', 'Racism'],
      notes: `
        Stamp out bullying
        Racism from patients and colleagues
        Safe to speak up
        Freedom to speak up guardians who have power
        Zero tolerance of abuse
        Discrimination in promotions
        Whistleblowers punished
        Sexual harassment
        Inclusive culture
        International nurses treated unfairly
        Equality for disabled staff
        Reasonable adjustments take months
        Incivility
        Closed culture
        Bullying by managers
        Being able to raise concerns without fear
        Violence against staff
      `,
    },
    {
      id: 'employer.parking',
      label: 'Parking and travel to work',
      weight: 3,
      headlines: ['Parking', 'Travel', 'Car parking'],
      notes: `
        Free parking for staff
        Car park charges
        Nowhere to park
        Parking permits
        Public transport for night shifts
        Mileage rate too low
        Cycle storage
        Shuttle bus between sites
        Parking fines while at work
        Travel costs
        Parking for community staff at patients homes
        Park and ride
      `,
    },
    {
      id: 'employer.childcare',
      label: 'Childcare',
      rare: true,
      weight: 1,
      headlines: ['Childcare'],
      notes: `
        On site nursery
        Childcare that fits with shift work
        Creche with long hours
        Help with childcare costs
        Holiday clubs for staff kids
        Nursery places for staff
      `,
    },
    {
      id: 'employer.alreadyGood',
      label: 'It is already a good place to work',
      minority: true,
      rare: true,
      weight: 1,
      headlines: ['What works', 'Positives'],
      notes: `
        Proud to work for the NHS
        My team is brilliant
        Its already a great place to work
        Love my job
        Lots is good, keep it
        Best team I have worked in
        Good support from my manager
        Wouldnt work anywhere else
      `,
    },
  ],
};
