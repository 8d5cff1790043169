/** SEND Code of Practice 2015, 6.28: the four broad areas of need. */
export const NEED_AREAS = [
  'communication_interaction',
  'cognition_learning',
  'semh',
  'physical_sensory',
] as const;
export type NeedArea = (typeof NEED_AREAS)[number];

export const NEED_AREA_LABELS: Record<NeedArea, string> = {
  communication_interaction: 'Communication and interaction (including autism)',
  cognition_learning: 'Cognition and learning',
  semh: 'Social, emotional and mental health',
  physical_sensory: 'Physical and sensory',
};

export const VULNERABILITY_MARKERS = [
  'child_protection',
  'child_in_need',
  'looked_after',
  'attendance_below_55',
  'missing_education',
  'two_plus_permanent_exclusions',
  'electively_home_educated',
  'youth_justice',
  'neet',
] as const;
export type VulnerabilityMarker = (typeof VULNERABILITY_MARKERS)[number];

export const VULNERABILITY_MARKER_LABELS: Record<VulnerabilityMarker, string> = {
  child_protection: 'Child protection plan',
  child_in_need: 'Child in need',
  looked_after: 'Looked after (Child in Care)',
  attendance_below_55: 'Attendance below 55%',
  missing_education: 'Missing education',
  two_plus_permanent_exclusions: 'Two or more permanent exclusions',
  electively_home_educated: 'Electively home educated',
  youth_justice: 'Known to youth justice',
  neet: 'Not in education, employment or training',
};

/** Year groups from nursery (-1 = N1, 0 = reception) to year 14 (post-16 up to 25 stays at 14+). */
export const MIN_YEAR_GROUP = -2;
export const MAX_YEAR_GROUP = 14;

/** How much each marker adds to a child's vulnerability score (the council's triage weighting). */
export const VULNERABILITY_MARKER_WEIGHTS: Record<VulnerabilityMarker, number> = {
  child_protection: 3,
  looked_after: 3,
  youth_justice: 3,
  child_in_need: 2,
  missing_education: 2,
  two_plus_permanent_exclusions: 2,
  attendance_below_55: 1,
  electively_home_educated: 1,
  neet: 1,
};

export function vulnerabilityScore(markers: readonly VulnerabilityMarker[]): number {
  return markers.reduce((sum, marker) => sum + VULNERABILITY_MARKER_WEIGHTS[marker], 0);
}
