import { HEALTH_TEAMS, type Role, type SeededRandom } from '@convene/domain';
import { COUNCIL, FAMILY_LINK_OFFICERS, LOCALITIES } from './demo-names.js';
import type { AgencyRow, LocalityRow, UserRow } from './demo-rows.js';
import { demoId } from './demo-id.js';

export interface DemoStaff {
  agencies: AgencyRow[];
  localities: LocalityRow[];
  users: UserRow[];
  /** The one-per-role demo logins, by role. */
  login: Record<Role, UserRow>;
  flosByLocality: Map<string, UserRow[]>;
  panelMembers: UserRow[];
  healthRepsByTeam: Map<string, UserRow>;
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

/** The demo logins: one per role, each with an address that says which role it is. */
const LOGINS: { role: Role; name: string; jobTitle: string; agency: string; roles: Role[] }[] = [
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

export const DEMO_LOGIN_EMAILS: Record<Role, string> = Object.fromEntries(
  LOGINS.map((l) => [l.role, `${l.role.replace(/_/g, '.')}@${COUNCIL.emailDomain}`]),
) as Record<Role, string>;

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

export function generateStaff(random: SeededRandom): DemoStaff {
  const agencies = AGENCIES.map((a) => ({ id: demoId(random), ...a }));
  const agencyByCode = new Map(agencies.map((a) => [a.code, a]));
  const localities = LOCALITIES.map((l) => ({ id: demoId(random), ...l }));
  const users: UserRow[] = [];
  const person = (name: string, jobTitle: string, agency: string, roles: Role[], email?: string): UserRow => {
    const user: UserRow = {
      id: demoId(random),
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
  ) as Record<Role, UserRow>;

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

  const qaReviewers = users.filter((u) => u.roles.includes('qa_reviewer'));
  return {
    agencies,
    localities,
    users,
    login,
    flosByLocality,
    panelMembers,
    healthRepsByTeam,
    qaReviewers,
    agencyByCode,
  };
}
