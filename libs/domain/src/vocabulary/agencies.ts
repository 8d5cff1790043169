/** The kinds of agency a user belongs to. Each health team is an agency of kind `health`. */
export const AGENCY_KINDS = [
  'send_service',
  'ep_service',
  'virtual_school',
  'health',
  'social_care',
  'early_help',
  'parent_carer_forum',
  'families',
] as const;

/** The council's own agency that every family account belongs to (made by a migration, never by an administrator). */
export const FAMILIES_AGENCY_CODE = 'families';
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** The health teams the Health Gateway triages advice requests to; councils may add more. */
export const HEALTH_TEAMS = [
  { code: 'salt', name: 'Speech and language therapy' },
  { code: 'ot', name: 'Occupational therapy' },
  { code: 'physio', name: 'Physiotherapy' },
  { code: 'camhs', name: 'CAMHS' },
  { code: 'community_paediatrics', name: 'Community paediatrics' },
  { code: 'school_nursing', name: 'School nursing' },
  { code: 'health_visiting', name: 'Health visiting' },
] as const;

/** The social care teams a Social Care Gateway triages advice requests to (seed 002); councils may add more. */
export const SOCIAL_CARE_TEAMS = [
  { code: 'children_with_disabilities', name: 'Children with disabilities team' },
  { code: 'locality_social_work', name: 'Locality social work' },
  { code: 'front_door_mash', name: 'Front door (MASH)' },
  { code: 'short_breaks', name: 'Short breaks' },
] as const;
