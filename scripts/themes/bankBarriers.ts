import type { QuestionBank } from './bankTypes';

// "What are the current barriers to change?" as staff at listening events answered it.

export const BARRIERS: QuestionBank = {
  templateId: 'ctx.current_barriers',
  themes: [
    {
      id: 'barriers.staffing',
      label: 'Not enough staff',
      weight: 10,
      headlines: ['Staffing', 'Not enough staff', 'Short staffing and vacancies', 'Workforce gaps', 'Staff shortages'],
      notes: `
        Not enough staff
        Short staffing and vacancies
        Staffing shortages
        Vacancies we cant fill
        Ward runs on agency and bank
        2 RNs for 28 beds on nights
        We lose people faster than we recruit
        Posts frozen so gaps never get filled
        Rota gaps every single week
        Cant release anyone for projects when we're short
        Skeleton staff at weekends
        recruitment takes 6 months from advert to start
        Too few district nurses for the caseload
        Locum reliance in ED
        Agency spend instead of permanent staff
        No band 5s applying
        GP practices cant recruit salaried GPs
        understaffed
        Vacancy rate over 20% in our team
        Retention is the real problem, people leave after a year
        Community teams carrying vacancies for months
        Short of HCAs on every shift
        not enuf nurses
        Workforce numbers havent kept up with demand
        Pharmacy techs impossible to recruit
        Gaps in the rota mean change always comes second
      `,
    },
    {
      id: 'barriers.workload',
      label: 'Workload and no time to change',
      weight: 8,
      headlines: ['Workload', 'No time', 'Burnout and pressure', 'Firefighting', 'Capacity'],
      notes: `
        No time to think about doing things differently
        Constant firefighting
        Workload too high to take on anything new
        Burnout
        Staff exhausted after covid and never recovered
        Day job always wins over improvement work
        No headspace
        Too busy to go to the meetings about change
        We're just trying to get through the shift
        Admin eats all the time left over
        Staff are tired, morale low
        Pressure of waiting lists means no slack at all
        QI projects done in own time
        No protected time for improvement
        people are running on empty
        capacity to change is zero when ED is full
        Every day feels like winter pressures now
        Stress and sickness absence high
        cant step back from clinics to plan anything
        Overtime is the norm
        Goodwill has run out
        Exhausted workforce
      `,
    },
    {
      id: 'barriers.funding',
      label: 'Money and short-term funding',
      weight: 7,
      headlines: ['Funding', 'Money', 'Budgets', 'Short term funding', 'Finance'],
      notes: `
        Lack of funding
        Short term funding pots, pilots end after 12 months
        Money stays in the acute trust
        Budget cuts every year
        No money to invest to save
        Non recurrent funding so cant hire permanently
        Financial recovery plan stops any new spend
        Savings targets come first
        Funding doesnt follow the patient
        Community services underfunded for years
        Cost pressures
        bids take ages and then the money has to be spent by March
        no budget for backfill
        We are told to do more with less
        Capital money for kit but no revenue to run it
        Prevention never gets funded
        Money is siloed between health and social care
        Financial constraints
        Tariff pays for activity not outcomes
        £ always the answer to why not
        Cuts to public health budgets
      `,
    },
    {
      id: 'barriers.systems',
      label: 'IT systems that do not join up',
      weight: 7,
      headlines: ['IT systems', 'Systems dont talk', 'Digital', 'Interoperability', 'Records and IT'],
      notes: `
        IT systems dont talk to each other
        We use 5 different systems for one patient
        Cant see GP record from the hospital
        No shared care record
        Systems not interoperable
        EPR doesnt link with community system
        Have to re-enter the same info three times
        Different logins for everything
        Social care cant see our notes and we cant see theirs
        Information doesnt follow the patient
        paper notes still in some clinics
        Discharge letters faxed!!
        Three different EPRs in one building
        Fragmented IT
        Results sit in a different system nobody checks
        Duplicate records
        Digital systems dont connect between trusts
        Referrals by email because systems dont link
        no single view of the patient
        Data sharing agreements block joined up records
        Each service bought its own system
      `,
    },
    {
      id: 'barriers.kit',
      label: 'Old equipment, slow computers and wifi',
      weight: 4,
      headlines: ['Equipment', 'Old kit', 'IT kit', 'Wifi and computers'],
      notes: `
        Computers take 15 mins to log on
        Wifi drops out on the ward
        Old laptops
        Not enough computers for staff on shift
        No signal in patients homes so cant update notes
        Printer broken for weeks
        Kit is ancient
        Windows updates in the middle of clinic
        Equipment breaks and nobody fixes it
        slow PCs
        Smartcards dont work half the time
        Dictaphones from the 90s
        We share one workstation between 6
        Poor connectivity in community
        Phones system crashes
        out of date equipment
      `,
    },
    {
      id: 'barriers.culture',
      label: 'Top-down culture, staff not listened to',
      weight: 6,
      headlines: ['Culture', 'Leadership', 'Not listened to', 'Top down decisions', 'Management'],
      notes: `
        Decisions made at the top without asking frontline
        Managers dont listen
        Top down culture
        Fear of getting it wrong
        Blame culture stops people trying things
        Ideas go up and nothing comes back
        Senior leaders not visible
        Change is done to us not with us
        No permission to try new ideas
        Hierarchy
        Consultants resist anything that changes their job plans
        We've always done it this way
        Resistance to change from some senior staff
        Risk averse leadership
        Middle managers block ideas
        Staff voice ignored
        Command and control management
        Nobody asks the people doing the job
        culture of fear
        Lack of trust in leadership
      `,
    },
    {
      id: 'barriers.fatigue',
      label: 'Change fatigue and too many initiatives',
      weight: 4,
      headlines: ['Change fatigue', 'Too many initiatives', 'Constant restructures'],
      notes: `
        Change fatigue
        Too many initiatives at once
        Another restructure every 2 years
        New programme every time a new CEO arrives
        Initiatives launched then dropped
        Nothing is given time to embed
        Seen it all before, it never sticks
        Pilots that never get rolled out
        Priorities keep changing
        Reorganisation after reorganisation
        staff cynical after so many false starts
        Projects abandoned when the lead leaves
        Too many priorities, so none are priorities
        Constant reorganising of ICBs
      `,
    },
    {
      id: 'barriers.silos',
      label: 'Organisations and teams working in silos',
      weight: 5,
      headlines: ['Silos', 'Working in silos', 'Partnership working', 'Joined up working'],
      notes: `
        Working in silos
        Primary and secondary care dont work together
        Hospital and community teams compete
        Each organisation protects its own patch
        Different employers different rules
        No shared goals across the system
        Social care and NHS separate worlds
        Teams dont know what other teams do
        Boundaries between trusts
        Competition between providers
        Us and them between acute and community
        Nobody owns the whole pathway
        Handovers between services fall through the gaps
        Departments dont talk
        GP federations and PCNs and trusts all pulling different ways
        Lack of collaboration
      `,
    },
    {
      id: 'barriers.bureaucracy',
      label: 'Bureaucracy and slow approvals',
      weight: 4,
      headlines: ['Bureaucracy', 'Red tape', 'Governance', 'Approvals'],
      notes: `
        Red tape
        Too many sign offs needed
        Business cases take a year
        Governance processes slow everything down
        Bureaucracy
        IG approval holds up every project
        Procurement rules
        Forms to fill in to change anything
        Committees that meet monthly to approve small things
        Paperwork
        Policies out of date but you have to follow them
        Information governance fears
        endless approval layers
        Too many meetings, not enough decisions
      `,
    },
    {
      id: 'barriers.estates',
      label: 'Buildings and space',
      rare: true,
      weight: 1,
      headlines: ['Estates', 'Space'],
      notes: `
        No clinic rooms to run new services from
        Estates falling apart, roof leaks
        No space in the GP surgery for extra staff
        Buildings not fit for purpose
        Nowhere to put the new team
        Old hospital estate
        Estate backlog maintenance
      `,
    },
    {
      id: 'barriers.contracts',
      label: 'Job descriptions and contracts that block new roles',
      rare: true,
      weight: 1,
      headlines: ['Contracts and roles'],
      notes: `
        Job descriptions too rigid for new ways of working
        AfC banding stops people taking on extended roles
        Contracts dont allow staff to work across organisations
        HR processes for new roles take forever
        Honorary contracts needed for every boundary
        Terms and conditions differ so cant share staff
      `,
    },
  ],
};
