import {
  HEALTH_TEAMS,
  SOCIAL_CARE_TEAMS,
  type Role,
  type SeededRandom,
  type StaffRole,
} from '@convene/domain';
import { COUNCIL, FAMILY_LINK_OFFICERS, LOCALITIES } from './demo-names.js';
import type { AgencyRow, LocalityRow, UserRow } from './demo-rows.js';
import { demoId } from './demo-id.js';

export interface DemoStaff {
  agencies: AgencyRow[];
  localities: LocalityRow[];
  users: UserRow[];
  /** The one-per-role demo logins, by role. */
  login: Record<StaffRole, UserRow>;
  flosByLocality: Map<string, UserRow[]>;
  panelMembers: UserRow[];
  healthRepsByTeam: Map<string, UserRow>;
  socialCareRepsByTeam: Map<string, UserRow>;
  qaReviewers: UserRow[];
  agencyByCode: Map<string, AgencyRow>;
}

const AGENCIES: Omit<AgencyRow, 'id'>[] = [
  { code: 'send', name: 'SEND service (EHC team)', kind: 'send_service' },
  { code: 'ep', name: 'Educational Psychology service', kind: 'ep_service' },
  { code: 'virtual_school', name: 'Virtual School', kind: 'virtual_school' },
  { code: 'icb', name: 'Integrated Care Board (Designated Clinical Officer)', kind: 'health' },
  ...HEALTH_TEAMS.map((team) => ({ code: team.code, name: team.name, kind: 'health' as const })),
  { code: 'social_care', name: "Children's social care", kind: 'social_care' },
  { code: 'early_help', name: 'Early Help', kind: 'early_help' },
  { code: 'parent_carer_forum', name: 'Fernshire Parent Carer Forum', kind: 'parent_carer_forum' },
];

/** The teams the Social Care Gateway triages to, and the EP service's two teams (its gateway is off in Fernshire). */
const GATEWAY_TEAMS: Omit<AgencyRow, 'id'>[] = [
  ...SOCIAL_CARE_TEAMS.map((team) => ({ code: team.code, name: team.name, kind: 'social_care' as const })),
  { code: 'ep_early_years', name: 'Educational psychology: early years', kind: 'ep_service' },
  { code: 'ep_school_age', name: 'Educational psychology: school age', kind: 'ep_service' },
];

interface Login {
  role: StaffRole;
  name: string;
  jobTitle: string;
  agency: string;
  roles: Role[];
}

/** The demo logins: one per role, each with an address that says which role it is. */
const LOGINS: Login[] = [
  {
    role: 'admin',
    name: 'Robin Inkwell-Demo',
    jobTitle: 'SEND service administrator',
    agency: 'send',
    roles: ['admin'],
  },
  {
    role: 'chair',
    name: 'Morgan Brightwater',
    jobTitle: 'Head of SEND',
    agency: 'send',
    roles: ['chair', 'panel_member'],
  },
  {
    role: 'panel_member',
    name: 'Priya Thimbleweed',
    jobTitle: 'Principal Educational Psychologist',
    agency: 'ep',
    roles: ['panel_member'],
  },
  {
    role: 'presenter',
    name: 'Hattie Quillfeather',
    jobTitle: 'Family Link Officer',
    agency: 'send',
    roles: ['presenter'],
  },
  {
    role: 'dco',
    name: 'Dr Imogen Featherby',
    jobTitle: 'Designated Clinical Officer',
    agency: 'icb',
    roles: ['dco', 'panel_member'],
  },
  {
    role: 'health_team_rep',
    name: 'Sara Puddlewick',
    jobTitle: 'Speech and language therapy lead',
    agency: 'salt',
    roles: ['health_team_rep'],
  },
  {
    role: 'qa_reviewer',
    name: 'Chris Marmaladeson',
    jobTitle: 'SEND Team Manager (quality)',
    agency: 'send',
    roles: ['qa_reviewer'],
  },
  {
    role: 'parent_reviewer',
    name: 'Pat Honeysuckle',
    jobTitle: 'Parent carer forum representative',
    agency: 'parent_carer_forum',
    roles: ['parent_reviewer'],
  },
  {
    role: 'observer',
    name: 'Taylor Sparrowhawk-Demo',
    jobTitle: 'Trainee educational psychologist',
    agency: 'ep',
    roles: ['observer'],
  },
];

/** The logins of the gateways after the Health Gateway: the Social Care Gateway's, and the EP gateway's (off). */
const GATEWAY_LOGINS: Login[] = [
  {
    role: 'dsco',
    name: 'Fran Hollyhock',
    jobTitle: 'Designated Social Care Officer',
    agency: 'social_care',
    roles: ['dsco', 'panel_member'],
  },
  {
    role: 'social_care_team_rep',
    name: 'Kit Bramblecombe',
    jobTitle: 'Children with disabilities team manager',
    agency: 'children_with_disabilities',
    roles: ['social_care_team_rep'],
  },
  {
    role: 'principal_ep',
    name: 'Dr Rowan Ashgrove',
    jobTitle: 'Deputy Principal Educational Psychologist',
    agency: 'ep',
    roles: ['principal_ep'],
  },
  {
    role: 'ep_team_rep',
    name: 'Lena Quinceworth',
    jobTitle: 'Educational psychology: early years team lead',
    agency: 'ep_early_years',
    roles: ['ep_team_rep'],
  },
];

export const DEMO_LOGIN_EMAILS: Record<StaffRole, string> = Object.fromEntries(
  [...LOGINS, ...GATEWAY_LOGINS].map((l) => [l.role, `${l.role.replace(/_/g, '.')}@${COUNCIL.emailDomain}`]),
) as Record<StaffRole, string>;

const OTHER_PANEL_MEMBERS = [
  {
    name: 'Sam Larkwhistle',
    jobTitle: 'SEND Service Manager',
    agency: 'send',
    roles: ['panel_member', 'chair', 'qa_reviewer'] as Role[],
  },
  {
    name: 'Ngozi Wrenfield',
    jobTitle: 'Head of the Virtual School',
    agency: 'virtual_school',
    roles: ['panel_member'] as Role[],
  },
  {
    name: 'Alex Kettleburn',
    jobTitle: 'Early Help Manager',
    agency: 'early_help',
    roles: ['panel_member'] as Role[],
  },
  {
    name: 'Dev Nettlebed',
    jobTitle: 'Social care team manager',
    agency: 'social_care',
    roles: ['panel_member', 'qa_reviewer'] as Role[],
  },
];

const HEALTH_REP_NAMES = [
  'Sara Puddlewick',
  'Ollie Spindleshanks',
  'Mina Crackleberry',
  'Jon Wafflestone',
  'Dr Asha Pumpernickel',
  'Bea Tinkerbell-Jones',
  'Lou Custardly',
];

/** The other social care teams' representatives (the children with disabilities team's is the demo login). */
const SOCIAL_CARE_REPS: Record<string, { name: string; jobTitle: string; email?: string }> = {
  locality_social_work: { name: 'Aisha Moorhen', jobTitle: 'Locality social work team manager' },
  front_door_mash: { name: 'Gus Pennywhistle', jobTitle: 'Front door (MASH) team manager' },
  short_breaks: {
    name: 'Rosa Tumbledown',
    jobTitle: 'Short breaks service manager',
    email: `short.breaks.rep@${COUNCIL.emailDomain}`,
  },
};

/**
 * The council's agencies and staff. The gateways' teams and people come from a generator of their own, so they
 * change nothing else drawn from the seed.
 */
export function generateStaff(random: SeededRandom, gatewaysRandom: SeededRandom): DemoStaff {
  const agencies = [
    ...AGENCIES.map((a) => ({ id: demoId(random), ...a })),
    ...GATEWAY_TEAMS.map((a) => ({ id: demoId(gatewaysRandom), ...a })),
  ];
  const agencyByCode = new Map(agencies.map((a) => [a.code, a]));
  const localities = LOCALITIES.map((l) => ({ id: demoId(random), ...l }));
  const users: UserRow[] = [];
  const person = (
    name: string,
    jobTitle: string,
    agency: string,
    roles: Role[],
    email?: string,
    drawnFrom = random,
  ): UserRow => {
    const user: UserRow = {
      id: demoId(drawnFrom),
      email:
        email ??
        `${name
          .replace(/^Dr /, '')
          .toLowerCase()
          .replace(/[^a-z ]/g, '')
          .replace(/ +/g, '.')}@${COUNCIL.emailDomain}`,
      displayName: name,
      jobTitle,
      agencyId: agencyByCode.get(agency)!.id,
      roles,
    };
    users.push(user);
    return user;
  };

  const login = Object.fromEntries(
    LOGINS.map((l) => [l.role, person(l.name, l.jobTitle, l.agency, l.roles, DEMO_LOGIN_EMAILS[l.role])]),
  ) as Record<StaffRole, UserRow>;

  const flosByLocality = new Map<string, UserRow[]>();
  for (const [given, family, localityCode] of FAMILY_LINK_OFFICERS) {
    const name = `${given} ${family}`;
    const flo =
      name === login.presenter.displayName
        ? login.presenter
        : person(name, 'Family Link Officer', 'send', ['presenter']);
    flosByLocality.set(localityCode, [...(flosByLocality.get(localityCode) ?? []), flo]);
  }

  const others = OTHER_PANEL_MEMBERS.map((m) => person(m.name, m.jobTitle, m.agency, m.roles));
  const panelMembers = [login.chair, login.panel_member, ...others];

  const healthRepsByTeam = new Map<string, UserRow>();
  HEALTH_TEAMS.forEach((team, i) => {
    const rep =
      team.code === 'salt'
        ? login.health_team_rep
        : person(HEALTH_REP_NAMES[i]!, `${team.name} lead`, team.code, ['health_team_rep']);
    healthRepsByTeam.set(team.code, rep);
  });

  // The gateways' people come last, from their own generator.
  for (const l of GATEWAY_LOGINS)
    login[l.role] = person(l.name, l.jobTitle, l.agency, l.roles, DEMO_LOGIN_EMAILS[l.role], gatewaysRandom);
  // A representative of each social care team; the children with disabilities team's is the demo login.
  const socialCareRepsByTeam = new Map<string, UserRow>();
  for (const team of SOCIAL_CARE_TEAMS) {
    const rep = SOCIAL_CARE_REPS[team.code];
    socialCareRepsByTeam.set(
      team.code,
      rep
        ? person(rep.name, rep.jobTitle, team.code, ['social_care_team_rep'], rep.email, gatewaysRandom)
        : login.social_care_team_rep,
    );
  }
  // The EP service's school age team has its lead too, for a council that turns the EP gateway on.
  person(
    'Tom Oakapple',
    'Educational psychology: school age team lead',
    'ep_school_age',
    ['ep_team_rep'],
    undefined,
    gatewaysRandom,
  );

  const qaReviewers = users.filter((u) => u.roles.includes('qa_reviewer'));
  return {
    agencies,
    localities,
    users,
    login,
    flosByLocality,
    panelMembers,
    healthRepsByTeam,
    socialCareRepsByTeam,
    qaReviewers,
    agencyByCode,
  };
}
