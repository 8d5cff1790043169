import {
  ADVICE_QUALITY_CRITERIA,
  adviceDeadline,
  checkRecordedException,
  VULNERABILITY_MARKERS,
  vulnerabilityScore,
  type NeedArea,
  type RequestStage,
  type SeededRandom,
  type VulnerabilityMarker,
} from '@convene/domain';
import {
  addDays,
  daysBetween,
  englishTime,
  nextWeekday,
  WEDNESDAY,
  MONDAY,
  FRIDAY,
} from './demo-calendar.js';
import { ALTERNATIVE_PROVISION, CHILD_FAMILY_NAMES, CHILD_GIVEN_NAMES, SCHOOLS } from './demo-names.js';
import type { AdviceRequestRow, ChildRow, ExceptionRow, RequestEventRow, RequestRow } from './demo-rows.js';
import type { DemoStaff } from './demo-staff.js';
import { demoId } from './demo-id.js';

export interface DemoCaseload {
  children: ChildRow[];
  requests: RequestRow[];
  requestEvents: RequestEventRow[];
  exceptions: ExceptionRow[];
  adviceRequests: AdviceRequestRow[];
}

const MARKER_CHANCE: Record<VulnerabilityMarker, number> = {
  child_in_need: 0.08,
  child_protection: 0.04,
  looked_after: 0.06,
  attendance_below_55: 0.06,
  missing_education: 0.02,
  two_plus_permanent_exclusions: 0.015,
  electively_home_educated: 0.03,
  youth_justice: 0.015,
  neet: 0.02,
};
/** Markers that put a child with the Vulnerable Pupils Team rather than their locality's team. */
const VULNERABLE_TEAM_MARKERS: VulnerabilityMarker[] = [
  'missing_education',
  'two_plus_permanent_exclusions',
  'electively_home_educated',
  'youth_justice',
  'neet',
];

const HEALTH_TEAMS_BY_NEED: Record<NeedArea, string[]> = {
  communication_interaction: ['salt', 'community_paediatrics', 'ot'],
  cognition_learning: ['community_paediatrics', 'school_nursing'],
  semh: ['camhs', 'school_nursing'],
  physical_sensory: ['physio', 'ot', 'community_paediatrics'],
};

/**
 * About 100 requests for assessment a month, from 12 months back to today, each followed along the
 * 20-week path as far as today allows: decisions on Decision-Making Group days, advice asked when
 * assessment is agreed and triaged at Friday's Health Gateway or Wednesday's Social Care Gateway, some late, some
 * with exceptions. The social care triage is drawn from `gatewaysRandom`, so it changes nothing else in the council.
 */
export function generateCaseload(
  random: SeededRandom,
  staff: DemoStaff,
  today: string,
  gatewaysRandom: SeededRandom,
): DemoCaseload {
  const out: DemoCaseload = {
    children: [],
    requests: [],
    requestEvents: [],
    exceptions: [],
    adviceRequests: [],
  };
  const first = firstOfMonthMonthsBack(today, 12);
  const days = daysBetween(first, today) + 1;
  const total = Math.round((days / 30.44) * random.integer(96, 104));
  const receivedDates = Array.from({ length: total }, () =>
    addDays(first, random.integer(0, days - 1)),
  ).sort();
  const sequenceByYear = new Map<string, number>();

  for (const receivedOn of receivedDates) {
    const child = generateChild(random, staff, today, receivedOn, sequenceByYear);
    out.children.push(child);
    followRequest(random, staff, today, child, receivedOn, out, gatewaysRandom);
  }
  return out;
}

export function generateChild(
  random: SeededRandom,
  staff: DemoStaff,
  today: string,
  receivedOn: string,
  sequenceByYear: Map<string, number>,
): ChildRow {
  const yearGroup = random.weighted<number>([
    [-1, 6],
    [0, 9],
    [1, 8],
    [2, 8],
    [3, 7],
    [4, 7],
    [5, 7],
    [6, 7],
    [7, 8],
    [8, 7],
    [9, 7],
    [10, 6],
    [11, 5],
    [12, 3],
    [13, 2],
    [14, 1],
  ]);
  const markers = VULNERABILITY_MARKERS.filter((m) => {
    if (m === 'youth_justice' && yearGroup < 5) return false;
    if (m === 'neet' && yearGroup < 12) return false;
    return random.chance(MARKER_CHANCE[m]);
  });
  const vulnerableTeam = markers.some((m) => VULNERABLE_TEAM_MARKERS.includes(m));
  const locality = vulnerableTeam
    ? staff.localities.find((l) => l.isVulnerablePupilsTeam)!
    : random.pick(staff.localities.filter((l) => !l.isVulnerablePupilsTeam));
  const homeLocality = vulnerableTeam
    ? random.pick(['northdale', 'southmere', 'eastbrook', 'westholm'])
    : locality.code;
  const schools = SCHOOLS[homeLocality]!;
  const primaryNeed = random.weighted<NeedArea>([
    ['communication_interaction', 45],
    ['semh', 25],
    ['cognition_learning', 20],
    ['physical_sensory', 10],
  ]);
  const settingName = markers.includes('electively_home_educated')
    ? 'Electively home educated'
    : markers.includes('missing_education') || markers.includes('two_plus_permanent_exclusions')
      ? random.pick(ALTERNATIVE_PROVISION)
      : yearGroup < 0
        ? schools.early
        : yearGroup <= 6
          ? random.chance(0.1)
            ? schools.special
            : random.pick(schools.primary)
          : yearGroup <= 11
            ? random.chance(0.15)
              ? schools.special
              : schools.secondary
            : schools.college;
  const year = receivedOn.slice(2, 4);
  const sequence = (sequenceByYear.get(year) ?? 0) + 1;
  sequenceByYear.set(year, sequence);
  return {
    id: demoId(random),
    caseReference: `EHC-${year}-${String(sequence).padStart(4, '0')}`,
    givenName: random.pick(CHILD_GIVEN_NAMES),
    familyName: random.pick(CHILD_FAMILY_NAMES),
    dateOfBirth: birthDateFor(random, today, yearGroup),
    yearGroup,
    settingName,
    localityId: locality.id,
    familyLinkOfficerId: random.pick(staff.flosByLocality.get(locality.code)!).id,
    primaryNeed,
    vulnerabilityMarkers: markers,
    vulnerabilityScore: vulnerabilityScore(markers),
  };
}

/** Born in the academic year (1 September to 31 August) that puts the child in this year group now. */
function birthDateFor(random: SeededRandom, today: string, yearGroup: number): string {
  const year = Number(today.slice(0, 4));
  const academicYearStart = Number(today.slice(5, 7)) >= 9 ? year : year - 1;
  const from = `${academicYearStart - yearGroup - 5}-09-01`;
  return addDays(from, random.integer(0, 364));
}

function followRequest(
  random: SeededRandom,
  staff: DemoStaff,
  today: string,
  child: ChildRow,
  receivedOn: string,
  out: DemoCaseload,
  gatewaysRandom: SeededRandom,
): void {
  const request: RequestRow = {
    id: demoId(random),
    childId: child.id,
    receivedOn,
    source: random.weighted([
      ['school', 60],
      ['parent', 30],
      ['health', 7],
      ['other', 3],
    ] as const),
    stage: 'received',
    decisionToAssessOn: null,
    decisionToIssueOn: null,
    draftIssuedOn: null,
    finalIssuedOn: null,
    closedOn: null,
  };
  out.requests.push(request);
  const flo = child.familyLinkOfficerId;
  const chair = staff.login.chair.id;
  const record = (stage: RequestStage, occurredOn: string, by: string) =>
    out.requestEvents.push({
      id: demoId(random),
      requestId: request.id,
      stage,
      occurredOn,
      recordedById: by,
    });
  // Today's meetings have not happened yet: their decisions are still to be taken.
  const happened = (date: string) => date < today;
  record('received', receivedOn, flo);

  // Children in Care are decided at Monday's Children in Care group; everyone else on Wednesday.
  const panelDay = child.vulnerabilityMarkers.includes('looked_after') ? MONDAY : WEDNESDAY;

  if (random.chance(0.02)) {
    const withdrawnOn = addDays(receivedOn, random.integer(5, 60));
    if (happened(withdrawnOn)) {
      Object.assign(request, { stage: 'withdrawn', closedOn: withdrawnOn });
      record('withdrawn', withdrawnOn, flo);
      return;
    }
  }

  // Decision whether to assess: within 6 weeks (reg 5); the local target is week 2.
  const decisionGap = random.weighted<[number, number]>([
    [[7, 14], 45],
    [[15, 28], 35],
    [[29, 40], 15],
    [[43, 60], 5],
  ]);
  const decisionToAssessOn = nextWeekday(addDays(receivedOn, random.integer(...decisionGap)), panelDay);
  // Now and then a decision is late for a reason reg 5(4) allows: the family's circumstances.
  if (decisionGap[0] > 42 && random.chance(0.3)) {
    const circumstances: ExceptionRow = {
      id: demoId(random),
      requestId: request.id,
      regulation: '5(4)',
      kind: 'exceptional_circumstances',
      startsOn: addDays(receivedOn, random.integer(10, 30)),
      endsOn: null,
      adviceRequestId: null,
      adviceAskedOn: null,
      note: 'A bereavement in the family: the decision whether to assess waited for the parent.',
    };
    if (happened(circumstances.startsOn) && holds(circumstances, receivedOn))
      out.exceptions.push(circumstances);
  }
  if (!happened(decisionToAssessOn)) return;
  if (random.chance(0.22)) {
    Object.assign(request, { stage: 'refused', decisionToAssessOn, closedOn: decisionToAssessOn });
    record('refused', decisionToAssessOn, chair);
    return;
  }
  Object.assign(request, { stage: 'assessment', decisionToAssessOn });
  record('assessment', decisionToAssessOn, chair);
  requestAdvice(random, staff, today, child, request, decisionToAssessOn, out, gatewaysRandom);

  // reg 10(4) exceptions push the 16 and 20 week limits; a few cases simply stall.
  let delayDays = 0;
  const exception = planException(random, request, decisionToAssessOn);
  // Recorded only when the statutory clock accepts it, as the case page and the import record them.
  if (exception && holds(exception, request.receivedOn)) {
    out.exceptions.push(exception);
    delayDays += random.integer(21, 42);
  }
  if (random.chance(0.06)) delayDays += random.integer(35, 90);

  const issueWeek = random.weighted<number>([
    [12, 15],
    [13, 25],
    [14, 25],
    [15, 20],
    [16, 10],
    [17, 5],
  ]);
  const decisionToIssueOn = nextWeekday(
    addDays(receivedOn, issueWeek * 7 - random.integer(0, 6) + delayDays),
    panelDay,
  );
  if (!happened(decisionToIssueOn)) return;
  if (random.chance(0.07)) {
    Object.assign(request, { stage: 'not_issued', decisionToIssueOn, closedOn: decisionToIssueOn });
    record('not_issued', decisionToIssueOn, chair);
    return;
  }
  Object.assign(request, { stage: 'decision_to_issue', decisionToIssueOn });
  record('decision_to_issue', decisionToIssueOn, chair);

  const draftIssuedOn = addDays(decisionToIssueOn, random.integer(5, 20));
  if (!happened(draftIssuedOn)) return;
  Object.assign(request, { stage: 'draft_issued', draftIssuedOn });
  record('draft_issued', draftIssuedOn, flo);

  // reg 13(1): at least 15 days for the family's representations before the final plan.
  const finalIssuedOn = addDays(draftIssuedOn, random.integer(15, 32));
  if (!happened(finalIssuedOn)) return;
  Object.assign(request, { stage: 'final_issued', finalIssuedOn });
  record('final_issued', finalIssuedOn, flo);
}

function requestAdvice(
  random: SeededRandom,
  staff: DemoStaff,
  today: string,
  child: ChildRow,
  request: RequestRow,
  requestedOn: string,
  out: DemoCaseload,
  gatewaysRandom: SeededRandom,
): void {
  const teams = new Set<string>([random.pick(HEALTH_TEAMS_BY_NEED[child.primaryNeed])]);
  if (random.chance(0.4)) teams.add(random.pick(HEALTH_TEAMS_BY_NEED[child.primaryNeed]));
  if (child.yearGroup < 0 && random.chance(0.5)) teams.add('health_visiting');
  const gatewayOn = healthGatewayFor(requestedOn);
  const asks: { kind: AdviceRequestRow['adviceKind']; agency: string }[] = [
    ...[...teams].map((team) => ({ kind: 'health' as const, agency: team })),
    { kind: 'educational_psychology', agency: 'ep' },
  ];
  if (
    child.vulnerabilityMarkers.some((m) => ['child_in_need', 'child_protection', 'looked_after'].includes(m))
  ) {
    // Asked of the Social Care Gateway: the agency is the team it first goes to, drawn below.
    asks.push({ kind: 'social_care', agency: 'social_care' });
  }
  for (const ask of asks) {
    const advice: AdviceRequestRow = {
      id: demoId(random),
      requestId: request.id,
      agencyId: staff.agencyByCode.get(ask.agency)!.id,
      adviceKind: ask.kind,
      requestedOn,
      returnedOn: null,
      status: 'with_team',
    };
    out.adviceRequests.push(advice);
    if (ask.kind === 'health' && gatewayOn >= today) {
      Object.assign(advice, { agencyId: null, status: 'awaiting_triage' });
      continue;
    }
    if (ask.kind === 'health') {
      // Triaged at the gateway after it was asked: mostly full advice, now and then moved to another team.
      Object.assign(advice, {
        response: random.chance(0.2) ? 'triage_note' : 'full_advice',
        priority: random.chance(0.1) ? 'urgent' : 'routine',
        triagedAt: new Date(`${gatewayOn}T11:00:00Z`),
        teamResponse: 'accepted',
        reassignments: random.chance(0.08) ? 1 : 0,
      });
    }
    // reg 8(1): 6 weeks. Most come back in time; some late, a few late for a reason reg 8(2) allows.
    const turnaround = random.weighted<[number, number]>([
      [[18, 35], 55],
      [[36, 42], 28],
      [[43, 70], 17],
    ]);
    const returnedOn = addDays(requestedOn, random.integer(...turnaround));
    // Social care advice draws its return as it did when it was asked of social care directly, so the rest of the
    // council is drawn as before; while it awaits its first Social Care Gateway it has no return and no exception.
    const awaitingTriage = ask.kind === 'social_care' && socialCareGatewayFor(requestedOn) >= today;
    if (returnedOn > adviceDeadline(requestedOn) && random.chance(0.3)) {
      const exception = adviceException(random, request.id, advice.id, requestedOn);
      if (holds(exception, request.receivedOn, requestedOn) && !awaitingTriage)
        out.exceptions.push(exception);
    }
    if (returnedOn < today) Object.assign(advice, { returnedOn, status: 'returned' });
    if (ask.kind === 'social_care') triageSocialCare(gatewaysRandom, staff, today, child, advice, out);
  }
}

/** The social care teams' codes, as the Social Care Gateway's triage reads them. */
const CWD = 'children_with_disabilities';
const LOCALITY = 'locality_social_work';
const FRONT_DOOR = 'front_door_mash';
const SHORT_BREAKS = 'short_breaks';
const PUSH_BACK_REASONS: Record<string, string> = {
  [CWD]: 'The child has no disability assessed by this team: locality social work knows the family.',
  [LOCALITY]:
    'The child is open to the children with disabilities team, whose social worker should give this advice.',
  [FRONT_DOOR]:
    'The family is already known to locality social work: their allocated social worker should give this advice.',
  [SHORT_BREAKS]: 'The family has no short breaks package: a social work assessment comes first.',
};

/**
 * The Social Care Gateway's triage of one social care advice, at the first sitting after it was asked: to the
 * children with disabilities team for most children with complex needs, to locality social work when the family has
 * an open case (a child protection plan, a child in care), now and then to the front door (MASH), and sometimes to
 * short breaks as well. Returned advice is often rated on the DSCO's rubric; advice outstanding after four weeks is
 * sometimes chased.
 */
function triageSocialCare(
  random: SeededRandom,
  staff: DemoStaff,
  today: string,
  child: ChildRow,
  advice: AdviceRequestRow,
  out: DemoCaseload,
): void {
  const gatewayOn = socialCareGatewayFor(advice.requestedOn);
  if (gatewayOn >= today) {
    Object.assign(advice, { agencyId: null, status: 'awaiting_triage', returnedOn: null });
    return;
  }
  const complex =
    child.primaryNeed === 'physical_sensory' ||
    child.settingName.includes('Special School') ||
    (child.primaryNeed === 'communication_interaction' && random.chance(0.3));
  const openCase = child.vulnerabilityMarkers.some((m) => m === 'child_protection' || m === 'looked_after');
  const first = complex
    ? openCase && random.chance(0.3)
      ? LOCALITY
      : CWD
    : openCase
      ? LOCALITY
      : random.weighted([
          [LOCALITY, 5],
          [FRONT_DOOR, 3],
          [CWD, 2],
        ]);
  const teams = [first];
  if (first !== SHORT_BREAKS && random.chance(complex ? 0.35 : 0.1)) teams.push(SHORT_BREAKS);
  const last = addDays(today, -1);
  teams.forEach((team, index) => {
    const row: AdviceRequestRow =
      index === 0
        ? advice
        : {
            id: demoId(random),
            requestId: advice.requestId,
            agencyId: null,
            adviceKind: 'social_care',
            requestedOn: advice.requestedOn,
            returnedOn: null,
            status: 'with_team',
          };
    if (index > 0) {
      out.adviceRequests.push(row);
      const returnedOn = addDays(row.requestedOn, random.integer(18, 60));
      if (returnedOn < today) Object.assign(row, { returnedOn, status: 'returned' });
    }
    // At the last sitting a team now and then pushed an advice back, for the DSCO to move to another team.
    const pushedBack =
      row.status === 'with_team' &&
      daysBetween(gatewayOn, today) <= 7 &&
      (team === FRONT_DOOR || random.chance(0.25));
    Object.assign(row, {
      agencyId: staff.agencyByCode.get(team)!.id,
      response: team === SHORT_BREAKS || random.chance(0.15) ? 'triage_note' : 'full_advice',
      priority: random.chance(child.vulnerabilityMarkers.includes('child_protection') ? 0.6 : 0.05)
        ? 'urgent'
        : 'routine',
      triagedAt: englishTime(gatewayOn, '14:30'),
      triagedById: staff.login.dsco.id,
      teamResponse: pushedBack ? 'pushed_back' : 'accepted',
      teamResponseReason: pushedBack ? PUSH_BACK_REASONS[team] : null,
      reassignments: !pushedBack && random.chance(0.08) ? 1 : 0,
    });
    if (row.status === 'returned' && random.chance(0.6)) {
      const criteria = Object.fromEntries(ADVICE_QUALITY_CRITERIA.map((c) => [c, random.chance(0.8)]));
      Object.assign(row, {
        quality: {
          criteria,
          note: Object.values(criteria).every(Boolean)
            ? null
            : 'The family’s views are summarised; the provision needs hours and who gives it.',
        },
        qualityRatedById: staff.login.dsco.id,
      });
    }
    // Four weeks on with nothing back, the DSCO chases the team now and then.
    const chaseFrom = addDays(row.requestedOn, 28);
    if (row.status === 'with_team' && chaseFrom < last && random.chance(0.6)) {
      const chasedOn = addDays(chaseFrom, random.integer(0, daysBetween(chaseFrom, last)));
      row.lastChasedAt = new Date(`${chasedOn}T09:30:00Z`);
    }
  });
}

/** Whether the statutory clock accepts the exception, checked as every other way of recording one is checked. */
function holds(
  exception: ExceptionRow,
  receivedOn: string,
  adviceRequestedOn: string | null = null,
): boolean {
  return checkRecordedException(
    { ...exception, adviceId: exception.adviceRequestId },
    { receivedOn, adviceRequestedOn },
  ).ok;
}

/** A reg 8(2) exception that the Regulations allow for this advice: inside its 6 weeks, absences of 4+ weeks. */
function adviceException(
  random: SeededRandom,
  requestId: string,
  adviceId: string,
  requestedOn: string,
): ExceptionRow {
  const kind = random.pick(['missed_appointment', 'exceptional_circumstances', 'absent_from_area'] as const);
  const startsOn = addDays(requestedOn, random.integer(3, 10));
  return {
    id: demoId(random),
    requestId,
    regulation: '8(2)',
    kind,
    startsOn,
    endsOn:
      kind === 'absent_from_area'
        ? addDays(startsOn, random.integer(27, 30))
        : kind === 'exceptional_circumstances'
          ? addDays(startsOn, random.integer(14, 28))
          : null,
    adviceRequestId: adviceId,
    adviceAskedOn: null,
    note: 'Recorded by the team when the advice was returned late.',
  };
}

/** Roughly one request in fourteen meets a reg 10(4) exception; summer closures give most of them. */
function planException(
  random: SeededRandom,
  request: RequestRow,
  adviceAskedOn: string,
): ExceptionRow | null {
  const year = Number(adviceAskedOn.slice(0, 4));
  const closure = { startsOn: `${year}-07-22`, reopensOn: `${year}-09-03` };
  // Both ends are days of the closure: it is last closed the day before it reopens.
  // reg 10(4)(a): advice asked of a school from one week before a closure of 4+ weeks to one week before it reopens.
  if (
    adviceAskedOn >= addDays(closure.startsOn, -7) &&
    adviceAskedOn < addDays(closure.reopensOn, -7) &&
    random.chance(0.6)
  ) {
    return {
      id: demoId(random),
      requestId: request.id,
      regulation: '10(4)',
      kind: 'school_closure',
      startsOn: closure.startsOn,
      endsOn: addDays(closure.reopensOn, -1),
      adviceRequestId: null,
      adviceAskedOn,
      note: 'School summer closure: advice from the school could not be given in the usual time.',
    };
  }
  if (!random.chance(0.04)) return null;
  const kind = random.pick(['exceptional_circumstances', 'absent_from_area'] as const);
  const startsOn = addDays(adviceAskedOn, random.integer(7, 35));
  return {
    id: demoId(random),
    requestId: request.id,
    regulation: '10(4)',
    kind,
    startsOn,
    endsOn: addDays(startsOn, kind === 'absent_from_area' ? random.integer(28, 49) : random.integer(14, 42)),
    adviceRequestId: null,
    adviceAskedOn: null,
    note:
      kind === 'absent_from_area'
        ? 'Family away from the area for more than four weeks.'
        : 'Exceptional personal circumstances of the family.',
  };
}

/** Health advice asked this week is triaged at the following week's Health Gateway; until then no team has it. */
export function healthGatewayFor(requestedOn: string): string {
  return nextWeekday(addDays(requestedOn, 3), FRIDAY);
}

/** Social care advice is triaged at the first Social Care Gateway (Wednesday) after the day it is asked. */
export function socialCareGatewayFor(requestedOn: string): string {
  return nextWeekday(addDays(requestedOn, 1), WEDNESDAY);
}

function firstOfMonthMonthsBack(today: string, months: number): string {
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7)) - months;
  while (month < 1) {
    month += 12;
    year -= 1;
  }
  return `${year}-${String(month).padStart(2, '0')}-01`;
}
