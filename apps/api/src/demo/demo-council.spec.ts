import {
  adviceDeadline,
  checkRecordedException,
  CLOSED_REQUEST_STAGES,
  dayInEngland,
  REQUEST_STAGES,
  STAFF_ROLES,
  SOCIAL_CARE_TEAMS,
} from '@convene/domain';
import { describe, expect, it } from 'vitest';
import { daysBetween } from './demo-calendar.js';
import { generateDemoCouncil } from './demo-council.js';
import { DEMO_LOGIN_EMAILS } from './demo-staff.js';

const TODAY = '2026-11-23';
const council = generateDemoCouncil(TODAY);
const openRequests = council.requests.filter((r) => !CLOSED_REQUEST_STAGES.includes(r.stage));

describe('the demo council', () => {
  it('is drawn again exactly from the same seed and day', () => {
    const again = generateDemoCouncil(TODAY);
    expect(again.children.map((c) => [c.caseReference, c.givenName, c.dateOfBirth])).toEqual(
      council.children.map((c) => [c.caseReference, c.givenName, c.dateOfBirth]),
    );
    expect(again.requests).toEqual(council.requests);
  });

  it('receives about 100 requests for assessment in each of the last 12 months', () => {
    const byMonth = new Map<string, number>();
    for (const r of council.requests)
      byMonth.set(r.receivedOn.slice(0, 7), (byMonth.get(r.receivedOn.slice(0, 7)) ?? 0) + 1);
    const fullMonths = [...byMonth.entries()].filter(([month]) => month !== TODAY.slice(0, 7));
    expect(fullMonths).toHaveLength(12);
    for (const [, count] of fullMonths) {
      expect(count).toBeGreaterThanOrEqual(75);
      expect(count).toBeLessThanOrEqual(125);
    }
  });

  it('has requests at every stage of the 20-week path, about 400 of them still open', () => {
    const stages = new Set(council.requests.map((r) => r.stage));
    expect([...stages].sort()).toEqual([...REQUEST_STAGES].sort());
    expect(openRequests.length).toBeGreaterThan(300);
    expect(openRequests.length).toBeLessThan(550);
  });

  it('has some open requests already past 20 weeks, and some past the 6-week decision', () => {
    const over20Weeks = openRequests.filter((r) => daysBetween(r.receivedOn, TODAY) > 140);
    const decisionOverdue = openRequests.filter(
      (r) => r.stage === 'received' && daysBetween(r.receivedOn, TODAY) > 42,
    );
    expect(over20Weeks.length).toBeGreaterThan(5);
    expect(decisionOverdue.length).toBeGreaterThan(0);
  });

  it('records exceptions under reg 5(4) (the decision), reg 8(2) (advice) and reg 10(4) (the 20 weeks)', () => {
    const regulations = new Set(council.exceptions.map((e) => e.regulation));
    expect(regulations).toEqual(new Set(['5(4)', '8(2)', '10(4)']));
    expect(council.exceptions.some((e) => e.kind === 'school_closure')).toBe(true);
  });

  it('records only exceptions the statutory clock accepts, as the case page and the import do', () => {
    const receivedOn = new Map(council.requests.map((r) => [r.id, r.receivedOn]));
    const askedOn = new Map(council.adviceRequests.map((a) => [a.id, a.requestedOn]));
    const refused = council.exceptions.filter(
      (e) =>
        !checkRecordedException(
          { ...e, adviceId: e.adviceRequestId },
          {
            receivedOn: receivedOn.get(e.requestId)!,
            adviceRequestedOn: e.adviceRequestId ? askedOn.get(e.adviceRequestId) : null,
          },
        ).ok,
    );
    expect(council.exceptions.length).toBeGreaterThan(50);
    expect(refused).toEqual([]);
  });

  it('follows the path in order: no decision to issue before assessment, no final plan within 15 days of the draft', () => {
    for (const r of council.requests) {
      if (r.decisionToIssueOn) expect(r.decisionToAssessOn! < r.decisionToIssueOn).toBe(true);
      if (r.finalIssuedOn) expect(daysBetween(r.draftIssuedOn!, r.finalIssuedOn)).toBeGreaterThanOrEqual(15);
      expect(r.receivedOn <= TODAY).toBe(true);
    }
  });

  it('gives every child a Family Link Officer from their own locality team', () => {
    const localityOf = new Map(council.localities.map((l) => [l.id, l.code]));
    expect(council.localities.filter((l) => !l.isVulnerablePupilsTeam)).toHaveLength(4);
    expect(council.localities.filter((l) => l.isVulnerablePupilsTeam)).toHaveLength(1);
    const flos = council.users.filter((u) => u.roles.includes('presenter'));
    const caseloads = new Map<string, Set<string>>();
    for (const child of council.children) {
      const set = caseloads.get(child.familyLinkOfficerId) ?? new Set();
      set.add(localityOf.get(child.localityId)!);
      caseloads.set(child.familyLinkOfficerId, set);
    }
    expect(caseloads.size).toBe(flos.length);
    for (const localities of caseloads.values()) expect(localities.size).toBe(1);
  });

  it('has one demo login for every staff role', () => {
    for (const role of STAFF_ROLES) {
      const user = council.users.find((u) => u.email === DEMO_LOGIN_EMAILS[role]);
      expect(user?.roles).toContain(role);
    }
  });

  it('has past and upcoming meetings of all three panels, the next ones with agendas', () => {
    for (const kind of [
      'dmg',
      'dmg_children_in_care',
      'dmg_vulnerable',
      'health_gateway',
      'social_care_gateway',
      'quality',
    ] as const) {
      const meetings = council.meetings.filter((m) => m.kind === kind);
      expect(meetings.some((m) => m.status === 'ended')).toBe(true);
      expect(meetings.some((m) => m.status === 'scheduled')).toBe(true);
    }
    const nextDmg = council.meetings
      .filter((m) => m.kind === 'dmg' && m.status === 'scheduled')
      .sort((a, b) => +a.startsAt - +b.startsAt)[0]!;
    const items = council.agendaItems.filter((i) => i.meetingId === nextDmg.id);
    expect(items.length).toBeGreaterThan(5);
    expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
    expect(new Set(items.map((i) => i.kind))).toContain('decision_to_assess');
  });

  it('runs a Social Care Gateway: the DSCO chairs it with a representative of every social care team', () => {
    const dsco = council.users.find((u) => u.email === 'dsco@fernshire.example')!;
    expect(dsco.roles).toContain('dsco');
    const group = council.meetingGroups.find((g) => g.kind === 'social_care_gateway')!;
    const members = council.meetingGroupMembers.filter((m) => m.groupId === group.id);
    expect(members.find((m) => m.role === 'chair')?.userId).toBe(dsco.id);
    for (const team of SOCIAL_CARE_TEAMS) {
      const agency = council.agencies.find((a) => a.code === team.code)!;
      expect(agency.kind).toBe('social_care');
      const rep = council.users.find(
        (u) => u.agencyId === agency.id && u.roles.includes('social_care_team_rep'),
      )!;
      expect(members.find((m) => m.userId === rep.id)?.role).toBe('member');
    }
    expect(council.users.find((u) => u.email === 'short.breaks.rep@fernshire.example')?.roles).toEqual([
      'social_care_team_rep',
    ]);
  });

  it('triages each social care advice at the first Social Care Gateway after it is asked, to a social care team', () => {
    const sittings = council.meetings.filter((m) => m.kind === 'social_care_gateway');
    const sittingOn = new Map(sittings.map((m) => [m.id, dayInEngland(m.startsAt)]));
    const itemById = new Map(council.agendaItems.map((i) => [i.id, i]));
    const teams = new Map(
      council.agencies.filter((a) => a.kind === 'social_care').map((a) => [a.id, a.code]),
    );
    const firstSitting = [...sittingOn.values()].sort()[0]!;
    const advice = council.adviceRequests.filter((a) => a.adviceKind === 'social_care');
    const triaged = advice.filter((a) => a.status !== 'awaiting_triage');
    const dsco = council.users.find((u) => u.roles.includes('dsco'))!;
    expect(triaged.length).toBeGreaterThan(100);
    for (const a of triaged) {
      const triagedOn = a.triagedAt!.toISOString().slice(0, 10);
      expect(teams.has(a.agencyId!)).toBe(true);
      expect(a.triagedById).toBe(dsco.id);
      expect(triagedOn > a.requestedOn && triagedOn <= TODAY).toBe(true);
      if (triagedOn < firstSitting) continue;
      // Within the sittings drawn, the advice points at its item, decided at that day's gateway.
      const item = itemById.get(a.triagedInItemId!)!;
      expect(item).toMatchObject({ kind: 'advice_triage', requestId: a.requestId, status: 'decided' });
      expect(sittingOn.get(item.meetingId)).toBe(triagedOn);
    }
    const codes = new Set(triaged.map((a) => teams.get(a.agencyId!)));
    expect([...codes].sort()).toEqual(SOCIAL_CARE_TEAMS.map((t) => t.code).sort());
    expect(new Set(triaged.map((a) => a.requestId)).size).toBeLessThan(triaged.length);
    expect(triaged.some((a) => a.reassignments === 1)).toBe(true);
    expect(triaged.some((a) => a.teamResponse === 'pushed_back' && a.teamResponseReason)).toBe(true);
    const returned = triaged.filter((a) => a.status === 'returned');
    expect(returned.some((a) => a.returnedOn! > adviceDeadline(a.requestedOn))).toBe(true);
    expect(returned.filter((a) => a.returnedOn! <= adviceDeadline(a.requestedOn)).length).toBeGreaterThan(
      returned.length / 2,
    );
    expect(returned.some((a) => a.quality)).toBe(true);
    expect(triaged.some((a) => a.status === 'with_team' && a.lastChasedAt)).toBe(true);
  });

  it('puts social care advice awaiting triage on the agenda of the next Social Care Gateway', () => {
    const next = council.meetings
      .filter((m) => m.kind === 'social_care_gateway' && m.status === 'scheduled')
      .sort((a, b) => +a.startsAt - +b.startsAt)[0]!;
    expect(daysBetween(TODAY, dayInEngland(next.startsAt))).toBeLessThan(7);
    const awaiting = council.adviceRequests.filter(
      (a) => a.adviceKind === 'social_care' && a.status === 'awaiting_triage',
    );
    expect(awaiting.length).toBeGreaterThan(0);
    expect(awaiting.every((a) => a.agencyId === null && a.returnedOn === null)).toBe(true);
    const agenda = council.agendaItems.filter((i) => i.meetingId === next.id);
    expect(agenda.every((i) => i.kind === 'advice_triage' && i.status === 'pending')).toBe(true);
    expect(new Set(agenda.map((i) => i.requestId))).toEqual(new Set(awaiting.map((a) => a.requestId)));
  });

  it('brings changes of placement, funding and personal budgets with their details: decided at past sittings, awaiting the coming ones', () => {
    const byId = new Map(council.panelRequests.map((r) => [r.id, r]));
    const panelItems = council.agendaItems.filter((i) => i.panelRequestId);
    expect(new Set(panelItems.map((i) => i.kind))).toEqual(
      new Set(['placement_change', 'funding', 'personal_budget']),
    );
    for (const item of panelItems) {
      const request = byId.get(item.panelRequestId!)!;
      expect(request.kind).toBe(item.kind);
      expect(request.status).toBe(item.status === 'decided' ? 'agreed' : 'awaiting_panel');
      if (request.kind === 'placement_change')
        expect(request.settingName && request.settingType).toBeTruthy();
      else expect(request.amountPence! > 0 && request.endsOn! > request.startsOn!).toBe(true);
    }
    expect(council.panelRequests.filter((r) => r.status === 'awaiting_panel').length).toBeGreaterThan(0);
  });

  it('has the actions its panels agreed: owned by the case’s Family Link Officer or the EP service, some overdue, most past ones done with a note', () => {
    const { actions } = council;
    const officerOf = new Map(council.children.map((c) => [c.id, c.familyLinkOfficerId]));
    const ep = council.agencies.find((a) => a.code === 'ep')!;
    const itemOf = new Map(council.agendaItems.map((i) => [i.id, i]));
    expect(actions.length).toBeGreaterThan(20);
    for (const action of actions) {
      expect(action.ownerUserId ?? action.ownerAgencyId).toBe(
        action.ownerUserId ? officerOf.get(action.childId) : ep.id,
      );
      expect(itemOf.get(action.agendaItemId)).toMatchObject({
        status: 'decided',
        meetingId: action.meetingId,
      });
      expect(action.closingNote === null).toBe(action.status === 'open');
    }
    const overdue = actions.filter((a) => a.status === 'open' && a.dueOn < TODAY);
    const donePast = actions.filter((a) => a.status === 'done');
    expect(overdue.length).toBeGreaterThan(0);
    expect(actions.some((a) => a.status === 'open' && a.dueOn >= TODAY)).toBe(true);
    expect(donePast.length).toBeGreaterThan(overdue.length);
    expect(donePast.every((a) => a.dueOn < TODAY)).toBe(true);
  });
});
