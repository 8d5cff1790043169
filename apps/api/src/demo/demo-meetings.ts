import {
  CLOSED_REQUEST_STAGES,
  MEETING_KIND_LABELS,
  type AgendaItemKind,
  type PanelRequestKind,
  type MeetingKind,
  type SeededRandom,
} from '@convene/domain';
import {
  addDays,
  daysBetween,
  englishTime,
  nextWeekday,
  FRIDAY,
  MONDAY,
  THURSDAY,
  TUESDAY,
  WEDNESDAY,
} from './demo-calendar.js';
import { healthGatewayFor, socialCareGatewayFor, type DemoCaseload } from './demo-caseload.js';
import { QUALITY_THEMES } from './demo-names.js';
import type {
  AgendaItemRow,
  PanelRequestRow,
  MeetingGroupMemberRow,
  MeetingGroupRow,
  MeetingMemberRow,
  MeetingRow,
  RequestRow,
  UserRow,
} from './demo-rows.js';
import type { DemoStaff } from './demo-staff.js';
import { demoId } from './demo-id.js';
import { demoPanelRequest } from './demo-panel-requests.js';

export interface DemoMeetings {
  meetings: MeetingRow[];
  meetingMembers: MeetingMemberRow[];
  panelRequests: PanelRequestRow[];
  agendaItems: AgendaItemRow[];
  meetingGroups: MeetingGroupRow[];
  meetingGroupMembers: MeetingGroupMemberRow[];
}

const WEEKS_BACK = 12;
const WEEKS_AHEAD = 4;
const MAX_DMG_ITEMS = 24;

interface Sitting {
  kind: MeetingKind;
  on: string;
  from: string;
  to: string;
  chair: UserRow;
  members: UserRow[];
  observers?: UserRow[];
  theme?: string;
}

/**
 * Past and upcoming sittings of all three panels. Past agendas hold the cases actually decided that
 * day; the next sittings hold what is waiting now: requests awaiting a decision, advice awaiting triage.
 */
export function generateMeetings(
  random: SeededRandom,
  staff: DemoStaff,
  caseload: DemoCaseload,
  today: string,
): DemoMeetings {
  const out: DemoMeetings = {
    meetings: [],
    meetingMembers: [],
    panelRequests: [],
    agendaItems: [],
    meetingGroups: [],
    meetingGroupMembers: [],
  };
  const groups = new Map<MeetingKind, string>();
  const childById = new Map(caseload.children.map((c) => [c.id, c]));
  const isInCare = (r: RequestRow) => childById.get(r.childId)!.vulnerabilityMarkers.includes('looked_after');
  const from = addDays(today, -7 * WEEKS_BACK);
  const until = addDays(today, 7 * WEEKS_AHEAD);
  const { login } = staff;
  const virtualSchoolHead = staff.users.find((u) => u.jobTitle === 'Head of the Virtual School')!;
  const socialCare = staff.users.find((u) => u.jobTitle === 'Social care team manager')!;
  const serviceManager = staff.users.find((u) => u.jobTitle === 'SEND Service Manager')!;
  const healthReps = [...staff.healthRepsByTeam.values()];

  // Each panel's standing membership: the first sitting of each kind sets it.
  const standing = (sitting: Sitting) => {
    if (groups.has(sitting.kind)) return;
    const id = demoId(random);
    groups.set(sitting.kind, id);
    out.meetingGroups.push({ id, kind: sitting.kind, name: MEETING_KIND_LABELS[sitting.kind] });
    const roles = new Map<string, MeetingGroupMemberRow['role']>();
    for (const o of sitting.observers ?? []) roles.set(o.id, 'observer');
    for (const m of sitting.members) roles.set(m.id, 'member');
    roles.set(sitting.chair.id, 'chair');
    for (const [userId, role] of roles) out.meetingGroupMembers.push({ groupId: id, userId, role });
  };

  const add = (
    sitting: Sitting,
    items: Omit<AgendaItemRow, 'id' | 'meetingId' | 'position' | 'status'>[],
  ) => {
    standing(sitting);
    const past = sitting.on < today;
    const meeting: MeetingRow = {
      id: demoId(random),
      kind: sitting.kind,
      title: `${MEETING_KIND_LABELS[sitting.kind]}, ${longDate(sitting.on)}`,
      startsAt: englishTime(sitting.on, sitting.from),
      endsAt: englishTime(sitting.on, sitting.to),
      status: past ? 'ended' : 'scheduled',
      theme: sitting.theme ?? null,
    };
    out.meetings.push(meeting);
    const roles = new Map<string, MeetingMemberRow['role']>();
    for (const m of sitting.members) roles.set(m.id, 'member');
    for (const item of items)
      if (item.presenterId && !roles.has(item.presenterId)) roles.set(item.presenterId, 'presenter');
    for (const o of sitting.observers ?? []) roles.set(o.id, 'observer');
    roles.set(sitting.chair.id, 'chair');
    for (const [userId, role] of roles) out.meetingMembers.push({ meetingId: meeting.id, userId, role });
    items.forEach((item, index) =>
      out.agendaItems.push({
        ...item,
        id: demoId(random),
        meetingId: meeting.id,
        position: index + 1,
        status: past ? 'decided' : 'pending',
        ...(past ? pastDecision(item) : {}),
      }),
    );
    return meeting;
  };

  const requestById = new Map(caseload.requests.map((r) => [r.id, r]));
  // A past item carries the decision the case's path records, with the panel's reasons.
  const pastDecision = (item: { kind: AgendaItemKind; requestId: string | null }) => {
    const request = item.requestId ? requestById.get(item.requestId) : undefined;
    const decided = DEMO_DECISIONS[item.kind]?.(request);
    return decided
      ? { outcome: decided[0], outcomeReasons: decided[1], votingStatus: 'revealed' as const }
      : {};
  };
  const localityCode = new Map(staff.localities.map((l) => [l.id, l.code]));
  // A change of placement, funding or personal budget: the request the Family Link Officer brought, then its item.
  const panelItemFor = (kind: PanelRequestKind, request: RequestRow, on: string) => {
    const child = childById.get(request.childId)!;
    const raised = demoPanelRequest(
      random,
      kind,
      child,
      localityCode.get(child.localityId) ?? '',
      on,
      on < today,
    );
    out.panelRequests.push(raised);
    return { ...itemFor(kind, request), requestId: null, panelRequestId: raised.id };
  };
  const itemFor = (kind: AgendaItemKind, request: RequestRow, restricted = false) => ({
    kind,
    requestId: request.id,
    presenterId: childById.get(request.childId)!.familyLinkOfficerId,
    restricted,
  });
  const open = caseload.requests.filter((r) => !CLOSED_REQUEST_STAGES.includes(r.stage));
  const awaitingDecisionToAssess = open.filter((r) => r.stage === 'received').sort(byReceived);
  const awaitingDecisionToIssue = open
    .filter((r) => r.stage === 'assessment' && daysBetween(r.receivedOn, today) >= 11 * 7)
    .sort(byReceived);
  const withPlans = caseload.requests.filter((r) => r.stage === 'final_issued');

  // Weekly Decision-Making Group (Wednesday) and Children in Care group (Monday).
  for (const [kind, weekday] of [
    ['dmg', WEDNESDAY],
    ['dmg_children_in_care', MONDAY],
  ] as const) {
    const inCare = kind === 'dmg_children_in_care';
    const members = inCare
      ? [login.panel_member, virtualSchoolHead, socialCare]
      : [login.panel_member, serviceManager, login.dco, socialCare];
    let waitingToAssess = awaitingDecisionToAssess.filter((r) => isInCare(r) === inCare);
    let waitingToIssue = awaitingDecisionToIssue.filter((r) => isInCare(r) === inCare);
    for (let on = nextWeekday(from, weekday); on <= until; on = addDays(on, 7)) {
      let items: Parameters<typeof add>[1];
      if (on < today) {
        items = [
          ...caseload.requests
            .filter((r) => r.decisionToAssessOn === on && isInCare(r) === inCare)
            .map((r) => itemFor('decision_to_assess', r, inCare)),
          ...caseload.requests
            .filter((r) => r.decisionToIssueOn === on && isInCare(r) === inCare)
            .map((r) => itemFor('decision_to_issue', r, inCare)),
        ];
      } else {
        const toAssess = waitingToAssess
          .filter((r) => daysBetween(r.receivedOn, on) >= 7)
          .slice(0, MAX_DMG_ITEMS);
        const toIssue = waitingToIssue.slice(0, Math.max(0, MAX_DMG_ITEMS - toAssess.length));
        waitingToAssess = waitingToAssess.filter((r) => !toAssess.includes(r));
        waitingToIssue = waitingToIssue.filter((r) => !toIssue.includes(r));
        items = [
          ...toAssess.map((r) => itemFor('decision_to_assess', r, inCare)),
          ...toIssue.map((r) => itemFor('decision_to_issue', r, inCare)),
        ];
        if (!inCare) {
          for (const kind of ['placement_change', 'funding', 'personal_budget'] as const) {
            if (random.chance(0.7) && withPlans.length > 0)
              items.push(panelItemFor(kind, random.pick(withPlans), on));
          }
        }
      }
      add(
        {
          kind,
          on,
          from: inCare ? '10:00' : '09:30',
          to: inCare ? '11:30' : '12:30',
          chair: login.chair,
          members,
          observers: [login.observer],
        },
        items,
      );
    }
  }

  // The vulnerable and at-risk children's group: monthly, second Tuesday, all kinds of decision.
  const vulnerable = withPlans.filter((r) => childById.get(r.childId)!.vulnerabilityScore >= 3);
  for (let month = monthStart(from); month <= until; month = monthStart(addDays(month, 32))) {
    const on = addDays(nextWeekday(month, TUESDAY), 7);
    if (on < from || on > until) continue;
    const items = random
      .shuffle(vulnerable)
      .slice(0, random.integer(3, 6))
      .map((r) =>
        panelItemFor(random.pick(['placement_change', 'funding', 'personal_budget'] as const), r, on),
      );
    add(
      {
        kind: 'dmg_vulnerable',
        on,
        from: '14:00',
        to: '16:00',
        chair: serviceManager,
        members: [login.chair, socialCare, virtualSchoolHead, login.panel_member],
      },
      items,
    );
  }

  // The Health Gateway, Fridays: each assessment's health advice triaged once, at the first gateway after it is asked.
  const healthAdvice = caseload.adviceRequests.filter((a) => a.adviceKind === 'health');
  for (let on = nextWeekday(from, FRIDAY); on <= until; on = addDays(on, 7)) {
    const triagedHere = new Set(
      healthAdvice
        .filter((a) =>
          on < today
            ? healthGatewayFor(a.requestedOn) === on
            : a.status === 'awaiting_triage' && on === healthGatewayFor(a.requestedOn),
        )
        .map((a) => a.requestId),
    );
    const items = [...triagedHere].map((id) => itemFor('advice_triage', requestById.get(id)!));
    add(
      { kind: 'health_gateway', on, from: '10:00', to: '12:00', chair: login.dco, members: healthReps },
      items,
    );
  }

  // The Quality and Compliance Group, monthly on the second Thursday: a dip sample against the month's theme.
  let themeIndex = random.integer(0, QUALITY_THEMES.length - 1);
  for (let month = monthStart(from); month <= until; month = monthStart(addDays(month, 32))) {
    const on = addDays(nextWeekday(month, THURSDAY), 7);
    if (on < from || on > until) continue;
    const issuedBefore = withPlans.filter((r) => r.finalIssuedOn! < on);
    const sample = random
      .shuffle(issuedBefore)
      .slice(0, 6)
      .map((r) => itemFor('dip_sample', r));
    const jointFunding = random
      .shuffle(vulnerable)
      .slice(0, 1)
      .map((r) => itemFor('joint_funding', r));
    add(
      {
        kind: 'quality',
        on,
        from: '13:30',
        to: '16:00',
        chair: serviceManager,
        members: [
          ...staff.qaReviewers.filter((u) => u.id !== serviceManager.id),
          login.parent_reviewer,
          login.dco,
          socialCare,
        ],
        theme: QUALITY_THEMES[themeIndex++ % QUALITY_THEMES.length]!,
      },
      [...sample, ...jointFunding],
    );
  }

  // The Social Care Gateway, Wednesday afternoons: chaired by the DSCO with a representative of each social care team;
  // each assessment's social care advice triaged once, at the first gateway after it is asked. Drawn last, so the
  // sittings before it are drawn as they were before it ran.
  const socialCareAdvice = caseload.adviceRequests.filter((a) => a.adviceKind === 'social_care');
  const socialCareReps = [...staff.socialCareRepsByTeam.values()];
  for (let on = nextWeekday(from, WEDNESDAY); on <= until; on = addDays(on, 7)) {
    const here = socialCareAdvice.filter((a) =>
      on < today
        ? socialCareGatewayFor(a.requestedOn) === on
        : a.status === 'awaiting_triage' && on === socialCareGatewayFor(a.requestedOn),
    );
    const triagedHere = new Set(here.map((a) => a.requestId));
    const items = [...triagedHere].map((id) => itemFor('advice_triage', requestById.get(id)!));
    const meeting = add(
      {
        kind: 'social_care_gateway',
        on,
        from: '14:00',
        to: '15:30',
        chair: login.dsco,
        members: socialCareReps,
      },
      items,
    );
    // Each advice triaged at a past sitting remembers the item it was triaged at.
    if (on >= today) continue;
    const itemByRequest = new Map(
      out.agendaItems.filter((i) => i.meetingId === meeting.id).map((i) => [i.requestId, i.id]),
    );
    for (const advice of here) advice.triagedInItemId = itemByRequest.get(advice.requestId);
  }
  return out;
}

const DEMO_DECISIONS: Partial<Record<AgendaItemKind, (request: RequestRow | undefined) => [string, string]>> =
  {
    decision_to_assess: (r) =>
      r?.stage === 'refused'
        ? [
            'refuse',
            'One cycle of the graduated approach so far; needs can be met from SEN support with the recommendations below.',
          ]
        : [
            'agree',
            'Evidence of two or more APDR cycles and of needs beyond what the setting can ordinarily provide.',
          ],
    decision_to_issue: (r) =>
      r?.stage === 'not_issued'
        ? [
            'not_issue',
            'The assessment shows needs can be met from resources ordinarily available to the setting.',
          ]
        : ['issue', 'The assessment confirms provision beyond ordinarily available resources is needed.'],
    placement_change: () => ['agree', 'The named setting can meet the needs set out in the plan.'],
    funding: () => ['agree', 'The provision is specified and quantified in the plan.'],
    personal_budget: () => ['agree', 'The arrangements are an efficient use of resources.'],
    advice_triage: () => ['agree', 'Triaged to the right team first time.'],
    dip_sample: () => [
      'good',
      'Meets the statutory minimum; outcomes are SMART; the child’s voice could be stronger in section A.',
    ],
    joint_funding: () => ['consent', 'Education, health and social care agree their shares of the package.'],
  };

function byReceived(a: RequestRow, b: RequestRow): number {
  return a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0;
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
