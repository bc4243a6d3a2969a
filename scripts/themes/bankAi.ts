import type { QuestionBank } from './bankTypes';

// "How enthusiastically should the NHS embrace AI, and what are the risks and your fears?"

export const AI: QuestionBank = {
  templateId: 'a2d.dg2.ex2b',
  themes: [
    {
      id: 'ai.admin',
      label: 'Saves admin and paperwork time',
      weight: 9,
      headlines: ['Admin', 'Time saving', 'Less paperwork', 'Freeing up time', 'Admin burden'],
      notes: `
        AI could write up clinic letters
        Ambient scribe in consultations would save hours
        Less time on paperwork more time with patients
        Automate discharge summaries
        Take away the admin burden
        Typing up notes takes half my day
        Dictation to text
        Rota planning done automatically
        Coding and clinical coding automated
        Booking appts and reminders
        Triage of referral letters
        Summarising long records before clinic
        Fill in forms automatically
        Frees up time to care
        Less duplication of documentation
        Could do the minutes of MDTs
        Sorting the inbox of results
        Transcribe handovers
        Reduce admin so we can see more pts
        Draft replies to complaints
        chasing results and bookings
        Routine letters to GPs
        Paperwork would be halved
        Help with audit data collection
      `,
    },
    {
      id: 'ai.diagnosis',
      label: 'Faster, earlier diagnosis',
      weight: 7,
      headlines: ['Diagnosis', 'Scans and tests', 'Earlier detection', 'Faster results'],
      notes: `
        Reading x rays and scans faster
        Earlier cancer detection
        Spot things humans miss on imaging
        Second reader for mammograms
        Faster diagnosis
        Predict deterioration on the ward
        Pathology slides checked quicker
        Reporting backlog in radiology cleared
        Retinal screening done by AI
        Picks up sepsis sooner
        Identify patients at risk before they get ill
        ECG interpretation
        Skin lesion photos triaged
        Quicker results for patients
        Predicting who will be readmitted
        Helps with rare diseases diagnosis
        decision support for junior doctors
        Early warning scores improved
        Cut waiting times for reports
        Flag abnormal bloods
      `,
    },
    {
      id: 'ai.safety',
      label: 'Errors and patient safety',
      weight: 7,
      headlines: ['Safety', 'Accuracy', 'Risks to patients', 'Mistakes'],
      notes: `
        What if it gets it wrong
        Errors could harm patients
        AI makes things up
        Not accurate enough yet
        Missed diagnoses
        Patient safety must come first
        How is it tested before we use it
        Garbage in garbage out, our data is poor
        Algorithms can be wrong with total confidence
        Safety concerns
        Needs proper clinical validation
        false positives causing anxiety and extra tests
        Risk of wrong advice to patients
        Who checks the checker
        Not safe for complex patients
        Hallucinations in the letters
        Mistakes at scale
        Wrong dose suggested
        Evidence base not there yet
        Glitches
      `,
    },
    {
      id: 'ai.accountability',
      label: 'Who is accountable when it is wrong',
      weight: 5,
      headlines: ['Accountability', 'Responsibility', 'Liability', 'Legal'],
      notes: `
        Who is accountable if AI is wrong
        Who gets sued
        Clinician still responsible for a decision they didnt make
        Liability unclear
        Legal framework not there
        Will my registration be at risk if I follow the AI
        Responsibility for decisions
        If the computer says no who do patients complain to
        NMC and GMC position on AI?
        Accountability
        Medicolegal risk
        Who signs it off
        Clear lines of responsibility needed
        Blame falls on the nurse
        Regulation lagging behind
      `,
    },
    {
      id: 'ai.privacy',
      label: 'Data privacy and security',
      weight: 6,
      headlines: ['Data', 'Privacy', 'Data security', 'Confidentiality'],
      notes: `
        Data privacy
        Who owns the data
        Patient data sold to tech companies
        Cyber attacks
        Confidentiality of records
        Big tech getting our data
        Hacking
        Consent for data use
        Security of patient information
        Data leaving the UK
        Breaches
        Will patients trust us with their data
        GDPR
        Data being used for profit
        Ransomware already hit us
        Private companies and data
        Where is the data stored
        data protection
      `,
    },
    {
      id: 'ai.jobs',
      label: 'Fear of job losses',
      weight: 5,
      headlines: ['Jobs', 'Job losses', 'Replacing staff', 'Job security'],
      notes: `
        Will it replace our jobs
        Job losses for admin staff
        Fear of being replaced
        Used as an excuse to cut posts
        Job security
        Medical secretaries worried
        Staff will be made redundant
        Replace people to save money
        Receptionists worry about their jobs
        Cutting staff numbers
        What happens to band 2 and 3 roles
        Job cuts by the back door
        Worried about my job
        Unions need to be involved
        Fewer jobs in the long run
      `,
    },
    {
      id: 'ai.human',
      label: 'Losing the human touch',
      weight: 6,
      headlines: ['Human touch', 'Person centred care', 'Compassion', 'Relationships'],
      notes: `
        Losing the human touch
        Patients want to see a person
        Cant replace empathy
        Care is about relationships
        A computer cant hold someones hand
        Older patients wont want to talk to a chatbot
        Compassion cant be automated
        Talking to a machine when you're scared
        Dehumanising care
        Face to face contact matters
        Nuance of a conversation lost
        Patients feel like a number
        Still need kindness
        The personal touch
        Bedside manner
        Human connection is the heart of nursing
        Loneliness gets worse
      `,
    },
    {
      id: 'ai.inequality',
      label: 'Bias and leaving people behind',
      weight: 5,
      headlines: ['Inequality', 'Bias', 'Digital exclusion', 'Fairness'],
      notes: `
        Bias in the data against minority groups
        Digital exclusion
        Older people without smartphones left behind
        Algorithms trained on white patients
        Widening health inequalities
        Not everyone can use apps
        People with learning disabilities
        Language barriers
        Poorer areas have worse broadband
        Rural patients with no signal
        Racial bias
        Only works for the tech savvy
        Fair for everyone?
        Dont leave vulnerable people behind
        Accessible for people with sight loss
        Homeless patients have no phone
      `,
    },
    {
      id: 'ai.deskilling',
      label: 'Deskilling and over-reliance',
      weight: 4,
      headlines: ['Deskilling', 'Over reliance', 'Clinical judgement'],
      notes: `
        Deskilling of staff
        Over reliance on the computer
        Juniors wont learn to read ECGs themselves
        Losing clinical judgement
        Staff stop thinking for themselves
        Complacency
        What happens when the system goes down and nobody knows how
        Skills fade if we never use them
        Trusting it blindly
        Automation bias
        Clinicians just accept what it says
        Loss of expertise
        Keep the skills to check it
      `,
    },
    {
      id: 'ai.embrace',
      label: 'Embrace it fully and faster',
      minority: true,
      weight: 3,
      headlines: ['Go for it', 'Embrace AI', 'Be bold'],
      notes: `
        Embrace it, we're years behind other countries
        Go faster, the NHS is always late to tech
        Fully embrace it
        Should have started years ago
        Be bold, other industries already use it
        Enthusiastically! It's the future
        Dont let fear hold us back
        Jump in, the benefits outweigh the risks
        We cant afford not to
        Roll it out everywhere not just pilots
        100% yes
        Stop dithering and get on with it
      `,
    },
    {
      id: 'ai.environment',
      label: 'Energy and environmental cost',
      rare: true,
      weight: 1,
      headlines: ['Environment'],
      notes: `
        Carbon footprint of running AI
        Data centres use huge amounts of energy and water
        Net zero targets vs AI energy use
        Environmental cost
        Sustainability of all that computing
        Green NHS and AI dont mix
      `,
    },
    {
      id: 'ai.publicVoice',
      label: 'Involve patients and the public in decisions',
      rare: true,
      weight: 1,
      headlines: ['Public involvement', 'Patient voice'],
      notes: `
        Ask patients before bringing it in
        Public should have a say in how AI is used
        Co-design with patient groups
        Patient panels to oversee AI
        Public consultation needed
        Involve service users from the start
        Citizens jury on AI
      `,
    },
  ],
};
