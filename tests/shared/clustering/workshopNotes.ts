// Notes a table might write on "Benefits and risks" of moving care from hospital to
// community, in four themes any facilitator would see at a glance.
export const WORKSHOP_THEMES = {
  travel: [
    'Staff travel time between patient homes eats into care time',
    'Travel costs and mileage are not covered',
    'Long travel between visits in rural areas',
    'Mileage rates too low for travelling all day',
    'Parking at patients homes wastes travel time',
    'Travel time means fewer visits per day',
    'Rural travel distances are huge for visits',
  ],
  records: [
    'Community teams cannot see hospital records',
    'Different IT systems do not share patient records',
    'Shared electronic records across teams would help',
    'Laptops and IT systems are slow in patients homes',
    'One shared record system across hospital and community',
    'Poor mobile signal means no access to shared records',
    'IT systems do not talk to each other',
  ],
  staffing: [
    'Not enough community nurses to cover the caseload',
    'Staff shortages and vacancies in district nursing',
    'Recruiting and retaining community nurses is hard',
    'Caseload too high for the number of nurses',
    'Vacancies mean agency staff cover shifts',
    'Nursing staff burnout from high caseload',
    'Staff shortages across community nursing teams',
  ],
  home: [
    'Patients recover better at home',
    'Care closer to home for older patients',
    'Patients prefer being treated at home with family',
    'Fewer hospital admissions for frail older people',
    'Older people keep their independence at home',
    'Home care avoids hospital admissions',
    'Patients at home feel more in control of their care',
    'Frail older patients avoid hospital admissions',
  ],
} as const;
