/** What a person may do in Convene. A user holds one or more roles. */
export const ROLES = [
  'admin',
  'chair',
  'panel_member',
  'presenter',
  'dco',
  'health_team_rep',
  'dsco',
  'social_care_team_rep',
  'principal_ep',
  'ep_team_rep',
  'qa_reviewer',
  'parent_reviewer',
  'observer',
  'family',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Service administrator',
  chair: 'Panel chair',
  panel_member: 'Panel member',
  presenter: 'Family Link Officer (presenter)',
  dco: 'Designated Clinical Officer',
  health_team_rep: 'Health team representative',
  dsco: 'Designated Social Care Officer',
  social_care_team_rep: 'Social care team representative',
  principal_ep: 'Principal Educational Psychologist',
  ep_team_rep: 'Educational psychology team representative',
  qa_reviewer: 'Quality reviewer',
  parent_reviewer: 'Parent reviewer',
  observer: 'Observer',
  family: 'Parent, carer or young person',
};

/**
 * A parent or carer with parental responsibility, or a young person (16+), signed in to see their own case. A family
 * account holds this role only, belongs to the council's Families agency, and reaches only the routes made for it.
 */
export const FAMILY_ROLE = 'family' satisfies Role;

/** The roles a member of staff may hold: every role but the family's, which only a family account holds. */
export type StaffRole = Exclude<Role, typeof FAMILY_ROLE>;
export const STAFF_ROLES: readonly StaffRole[] = ROLES.filter(
  (role): role is StaffRole => role !== FAMILY_ROLE,
);
