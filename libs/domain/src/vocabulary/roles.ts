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
};
