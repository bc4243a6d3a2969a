// Codes, not labels: files and exports carry the code; the label is for display and may
// change. Lists are extensible by adding a code at the end.

export const SHIFTS = [
  { code: 'hospital-to-community', label: 'Hospital to community' },
  { code: 'analogue-to-digital', label: 'Analogue to digital' },
  { code: 'sickness-to-prevention', label: 'Sickness to prevention' },
] as const;

export const STAFF_GROUPS = [
  { code: 'doctor', label: 'Doctor' },
  { code: 'nurse', label: 'Nurse' },
  { code: 'other-clinical', label: 'Other clinical staff' },
  { code: 'admin-manager', label: 'Administrator or manager' },
  { code: 'social-care', label: 'Social care worker' },
  { code: 'prefer-not-to-say', label: 'Prefer not to say' },
] as const;

export const SECTORS = [
  { code: 'acute', label: 'Acute' },
  { code: 'community', label: 'Community' },
  { code: 'primary-care', label: 'Primary care' },
  { code: 'mental-health', label: 'Mental health' },
  { code: 'ics-icb', label: 'ICS/ICB' },
  { code: 'public-health', label: 'Public health' },
  { code: 'local-authority', label: 'Local authority' },
  { code: 'ambulance', label: 'Ambulance' },
] as const;

export const INPUT_SOURCES = [
  { code: 'staff', label: 'Staff' },
  { code: 'public', label: 'Public' },
] as const;

export type ShiftCode = (typeof SHIFTS)[number]['code'];
export type StaffGroupCode = (typeof STAFF_GROUPS)[number]['code'];
export type SectorCode = (typeof SECTORS)[number]['code'];
export type InputSourceCode = (typeof INPUT_SOURCES)[number]['code'];

export function codesOf<T extends readonly { code: string }[]>(list: T): [T[number]['code'], ...T[number]['code'][]] {
  return list.map((item) => item.code) as [T[number]['code'], ...T[number]['code'][]];
}
