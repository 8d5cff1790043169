import type { PanelDecision } from '@convene/contracts';
import type { AgendaItemKind, AgendaItemStatus, MeetingStatus } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface SittingItem {
  requestId: string;
  kind?: AgendaItemKind;
  status: AgendaItemStatus;
  outcome?: string;
  reasons?: string;
  conditions?: string;
  deferredReason?: string;
}

describe("a child's earlier panel decisions", () => {
  let test: TestApp;
  let dataSource: DataSource;
  const cookie: Record<string, string> = {};
  const http = () => request(test.app.getHttpServer());
  let child: { childId: string; requestId: string; reference: string };
  let earlierRequestId: string;
  const meetings: Record<string, string> = {};

  /** A sitting of the Decision-Making Group on the day given, with its agenda as it stands. */
  async function aSitting(
    title: string,
    startsAt: string,
    status: MeetingStatus,
    items: SittingItem[],
  ): Promise<string> {
    const sat = status === 'in_progress' || status === 'ended';
    const [meeting] = await dataSource.query(
      `INSERT INTO meetings (kind, title, starts_at, ends_at, status, started_at, ended_at)
       VALUES ('dmg', $1, $2::timestamptz, $2::timestamptz + interval '3 hours', $3, $4::timestamptz, $5::timestamptz) RETURNING id`,
      [title, startsAt, status, sat ? startsAt : null, status === 'ended' ? startsAt : null],
    );
    for (const [index, item] of items.entries()) {
      const decided = item.status === 'decided' || item.status === 'deferred';
      await dataSource.query(
        `INSERT INTO agenda_items (meeting_id, position, kind, request_id, status, outcome, outcome_reasons, outcome_conditions, deferred_reason, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          meeting.id,
          index + 1,
          item.kind ?? 'decision_to_assess',
          item.requestId,
          item.status,
          item.outcome ?? null,
          item.reasons ?? null,
          item.conditions ?? null,
          item.deferredReason ?? null,
          decided ? startsAt : null,
        ],
      );
    }
    return meeting.id;
  }

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    const users: Record<string, TestUser> = {
      chair: await aUser(dataSource, { roles: ['chair', 'panel_member'] }),
      member: await aUser(dataSource, { roles: ['panel_member'] }),
      observer: await aUser(dataSource, { roles: ['observer'] }),
      parent: await aUser(dataSource, { roles: ['parent_reviewer'] }),
      salt: await aUser(dataSource, { roles: ['health_team_rep'], agencyCode: 'salt', agencyKind: 'health' }),
      ot: await aUser(dataSource, { roles: ['health_team_rep'], agencyCode: 'ot', agencyKind: 'health' }),
    };
    for (const [name, user] of Object.entries(users)) cookie[name] = await signIn(test, user);

    child = await aCase(dataSource, { receivedOn: '2026-09-01' });
    const [earlier] = await dataSource.query(
      `INSERT INTO ehc_requests (child_id, received_on, source, stage, closed_on) VALUES ($1, '2025-02-03', 'parent', 'refused', '2025-03-05') RETURNING id`,
      [child.childId],
    );
    earlierRequestId = earlier.id;
    // Only the speech and language team has been asked for advice on this child.
    await dataSource.query(
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status) VALUES ($1, $2, 'health', '2026-09-20', 'with_team')`,
      [child.requestId, await anAgency(dataSource, 'salt', 'health')],
    );
    const someoneElse = await aCase(dataSource);

    meetings.march2025 = await aSitting('DMG 5 March 2025', '2025-03-05T09:30:00Z', 'ended', [
      {
        requestId: earlierRequestId,
        status: 'decided',
        outcome: 'refuse',
        reasons: 'Two cycles of assess, plan, do, review not yet evidenced.',
        conditions: 'School to run a further cycle with EP involvement.',
      },
    ]);
    meetings.october = await aSitting('DMG 7 October 2026', '2026-10-07T08:30:00Z', 'ended', [
      {
        requestId: child.requestId,
        status: 'deferred',
        deferredReason: 'Awaiting the speech and language advice.',
      },
      {
        requestId: someoneElse.requestId,
        status: 'decided',
        outcome: 'agree',
        reasons: 'Another child entirely.',
      },
    ]);
    meetings.november = await aSitting('DMG 4 November 2026', '2026-11-04T09:30:00Z', 'in_progress', [
      {
        requestId: child.requestId,
        status: 'decided',
        outcome: 'agree',
        reasons: 'Needs exceed what the school can provide from its notional budget.',
      },
      { requestId: child.requestId, kind: 'funding', status: 'pending' },
    ]);
    meetings.cancelled = await aSitting('DMG cancelled', '2026-10-21T08:30:00Z', 'cancelled', [
      { requestId: child.requestId, status: 'deferred', deferredReason: 'Never sat.' },
    ]);
    meetings.upcoming = await aSitting('DMG next month', '2026-12-02T09:30:00Z', 'scheduled', [
      { requestId: child.requestId, status: 'pending' },
    ]);
    await aSitting('DMG withdrawn item', '2026-10-14T08:30:00Z', 'ended', [
      { requestId: child.requestId, status: 'withdrawn' },
    ]);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('lists the decisions and deferrals from meetings that sat, newest first, with their reasons', async () => {
    const response = await http()
      .get(`/api/cases/${child.childId}/panel-decisions`)
      .set('Cookie', cookie.member!)
      .expect(200);
    const decisions = response.body as PanelDecision[];
    expect(decisions.map((d) => d.meetingId)).toEqual([
      meetings.november,
      meetings.october,
      meetings.march2025,
    ]);
    expect(decisions[0]).toEqual({
      itemId: expect.any(String),
      meetingId: meetings.november,
      meetingTitle: 'DMG 4 November 2026',
      decidedUnderDelegationBy: null,
      heldOn: '2026-11-04',
      kind: 'decision_to_assess',
      status: 'decided',
      outcome: 'agree',
      reasons: 'Needs exceed what the school can provide from its notional budget.',
      conditions: null,
      deferredReason: null,
    });
    expect(decisions[1]).toMatchObject({
      heldOn: '2026-10-07',
      status: 'deferred',
      outcome: null,
      reasons: null,
      deferredReason: 'Awaiting the speech and language advice.',
    });
  });

  it("includes decisions on the child's earlier requests, with the conditions sent back to the school", async () => {
    const response = await http()
      .get(`/api/cases/${child.childId}/panel-decisions`)
      .set('Cookie', cookie.chair!)
      .expect(200);
    expect(response.body.at(-1)).toMatchObject({
      meetingTitle: 'DMG 5 March 2025',
      heldOn: '2025-03-05',
      outcome: 'refuse',
      conditions: 'School to run a further cycle with EP involvement.',
    });
    expect(JSON.stringify(response.body)).not.toContain('Another child entirely');
  });

  it('leaves out scheduled and cancelled meetings, undecided items and withdrawn ones', async () => {
    const response = await http()
      .get(`/api/cases/${child.childId}/panel-decisions`)
      .set('Cookie', cookie.chair!)
      .expect(200);
    const decisions = response.body as PanelDecision[];
    expect(decisions).toHaveLength(3);
    expect(decisions.every((d) => d.status === 'decided' || d.status === 'deferred')).toBe(true);
    expect(decisions.map((d) => d.meetingId)).not.toContain(meetings.cancelled);
    expect(decisions.map((d) => d.meetingId)).not.toContain(meetings.upcoming);
  });

  it('answers a case with no decisions yet with an empty list', async () => {
    const fresh = await aCase(dataSource);
    const response = await http()
      .get(`/api/cases/${fresh.childId}/panel-decisions`)
      .set('Cookie', cookie.chair!)
      .expect(200);
    expect(response.body).toEqual([]);
  });

  it('refuses observers and parent reviewers, as the case itself does', async () => {
    for (const role of ['observer', 'parent']) {
      const refused = await http()
        .get(`/api/cases/${child.childId}/panel-decisions`)
        .set('Cookie', cookie[role]!)
        .expect(403);
      expect(JSON.stringify(refused.body)).not.toContain('notional budget');
      await http().get(`/api/cases/${child.childId}`).set('Cookie', cookie[role]!).expect(403);
    }
  });

  it("shows a health team only the decisions on cases triaged to it, and no one's case by probing", async () => {
    await http().get(`/api/cases/${child.childId}/panel-decisions`).set('Cookie', cookie.salt!).expect(200);
    const hidden = await http()
      .get(`/api/cases/${child.childId}/panel-decisions`)
      .set('Cookie', cookie.ot!)
      .expect(404);
    expect(hidden.body.code).toBe('case_not_found');
    expect(JSON.stringify(hidden.body)).not.toContain('notional budget');
    await http().get(`/api/cases/${child.childId}`).set('Cookie', cookie.ot!).expect(404);
    const unknown = await http()
      .get('/api/cases/4b0c7f52-1111-4222-8333-444455556666/panel-decisions')
      .set('Cookie', cookie.chair!)
      .expect(404);
    expect(unknown.body.code).toBe('case_not_found');
    await http().get('/api/cases/not-a-uuid/panel-decisions').set('Cookie', cookie.chair!).expect(400);
  });

  it('asks who is calling before anything else', async () => {
    await http().get(`/api/cases/${child.childId}/panel-decisions`).expect(401);
  });
});
