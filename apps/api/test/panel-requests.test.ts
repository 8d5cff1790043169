import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { signIn } from './support/sign-in.js';
import { startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

describe('changes of placement, funding and personal budgets brought to the Decision-Making Group', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let chair: TestUser;
  let flo: TestUser;
  let floCookie: string;
  let chairCookie: string;

  /** A child whose final EHC plan was issued, with `flo` as Family Link Officer. */
  async function aChildWithAPlan(): Promise<string> {
    const c = await aCase(dataSource, { flo: flo.id, receivedOn: '2025-09-01' });
    await dataSource.query(`UPDATE ehc_requests SET stage = 'final_issued' WHERE id = $1`, [c.requestId]);
    return c.childId;
  }
  const raise = (childId: string, body: object, cookie = floCookie) =>
    request(test.app.getHttpServer())
      .post(`/api/cases/${childId}/panel-requests`)
      .set('Cookie', cookie)
      .send(body);
  const countRequests = async () =>
    Number((await dataSource.query(`SELECT count(*) FROM panel_requests`))[0].count);

  beforeAll(async () => {
    test = await startListeningTestApp();
    dataSource = test.app.get(DataSource);
    chair = await aUser(dataSource, { roles: ['chair'] });
    flo = await aUser(dataSource, { roles: ['presenter'] });
    floCookie = await signIn(test, flo);
    chairCookie = await signIn(test, chair);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('records a change of placement with the setting named and its type, and audits it', async () => {
    const childId = await aChildWithAPlan();
    const response = await raise(childId, {
      kind: 'placement_change',
      summary: 'Needs now exceed what the resourced provision can make; parents prefer Oakfield.',
      settingName: 'Oakfield Special School',
      settingType: 'maintained_special',
      startsOn: '2027-01-05',
      amountPence: 999, // not asked for a placement: ignored
    }).expect(201);
    expect(response.body).toMatchObject({
      kind: 'placement_change',
      settingName: 'Oakfield Special School',
      settingType: 'maintained_special',
      startsOn: '2027-01-05',
      amountPence: null,
      status: 'awaiting_panel',
      raisedBy: { id: flo.id },
    });
    const list = await request(test.app.getHttpServer())
      .get(`/api/cases/${childId}/panel-requests`)
      .set('Cookie', chairCookie)
      .expect(200);
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([response.body.id]);
    const audit = await dataSource.query(
      `SELECT actor_id, after FROM audit_records WHERE entity_type = 'panel_request' AND entity_id = $1`,
      [response.body.id],
    );
    expect(audit).toEqual([
      { actor_id: flo.id, after: expect.objectContaining({ settingName: 'Oakfield Special School' }) },
    ]);
  });

  it('names the missing or wrong field of each kind, and writes nothing', async () => {
    const childId = await aChildWithAPlan();
    const before = await countRequests();
    const cases: [object, string][] = [
      [{ kind: 'placement_change', summary: 'x', settingType: 'mainstream' }, 'settingName'],
      [
        { kind: 'placement_change', summary: 'x', settingName: 'Elm Primary', settingType: 'castle' },
        'settingType',
      ],
      [
        { kind: 'funding', summary: 'x', amountPence: 450000, startsOn: '2027-01-01', endsOn: '2027-12-31' },
        'band',
      ],
      [
        {
          kind: 'funding',
          summary: 'x',
          amountPence: 4500.5,
          band: 'band_3',
          startsOn: '2027-01-01',
          endsOn: '2027-12-31',
        },
        'amountPence',
      ],
      [
        {
          kind: 'personal_budget',
          summary: 'x',
          amountPence: 120000,
          startsOn: '2027-01-01',
          endsOn: '2027-12-31',
        },
        'purpose',
      ],
      [
        {
          kind: 'personal_budget',
          summary: 'x',
          amountPence: 120000,
          purpose: 'transport',
          startsOn: '2027-02-30',
          endsOn: '2027-12-31',
        },
        'startsOn',
      ],
      [{ kind: 'respite', summary: 'x' }, 'kind'],
      [
        {
          kind: 'funding',
          summary: '',
          amountPence: 450000,
          band: 'band_3',
          startsOn: '2027-01-01',
          endsOn: '2027-12-31',
        },
        'summary',
      ],
    ];
    for (const [body, field] of cases) {
      const response = await raise(childId, body).expect(400);
      expect(JSON.stringify(response.body), `${JSON.stringify(body)} should name ${field}`).toContain(field);
    }
    const backwards = await raise(childId, {
      kind: 'funding',
      summary: 'x',
      amountPence: 450000,
      band: 'band_3',
      startsOn: '2027-06-01',
      endsOn: '2027-01-01',
    }).expect(422);
    expect(JSON.stringify(backwards.body)).toContain('endsOn');
    expect(await countRequests()).toBe(before);
  });

  it('is only for a child with a plan, and only for their Family Link Officer or a chair', async () => {
    const noPlan = await aCase(dataSource, { flo: flo.id });
    const funding = {
      kind: 'funding',
      summary: 'Top-up for 1:1 support',
      amountPence: 850000,
      band: 'band_4',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
    };
    const refused = await raise(noPlan.childId, funding).expect(422);
    expect(refused.body.message).toMatch(/EHC plan/);
    const childId = await aChildWithAPlan();
    const otherFlo = await signIn(test, await aUser(dataSource, { roles: ['presenter'] }));
    await raise(childId, funding, otherFlo).expect(403);
    const member = await signIn(test, await aUser(dataSource, { roles: ['panel_member'] }));
    await raise(childId, funding, member).expect(403);
    await raise(childId, funding, chairCookie).expect(201);
  });

  it('goes on the next panel after the statutory decisions, shows its details in the room, and is settled by the decision', async () => {
    const [group] = await dataSource.query(
      `INSERT INTO meeting_groups (kind, name) VALUES ('dmg', 'Wednesday DMG') RETURNING id`,
    );
    const members = [chair, await aUser(dataSource, { roles: ['panel_member'] })];
    for (const [i, m] of members.entries()) {
      await dataSource.query(
        `INSERT INTO meeting_group_members (group_id, user_id, role) VALUES ($1, $2, $3)`,
        [group.id, m.id, i === 0 ? 'chair' : 'member'],
      );
    }
    const childId = await aChildWithAPlan();
    const raised = await raise(childId, {
      kind: 'personal_budget',
      summary: 'Parents will arrange transport',
      amountPence: 240000,
      purpose: 'transport',
      startsOn: '2027-01-04',
      endsOn: '2027-07-23',
    }).expect(201);

    const starts = new Date(Date.now() + 60_000);
    const scheduled = await request(test.app.getHttpServer())
      .post('/api/meetings')
      .set('Cookie', chairCookie)
      .send({
        kind: 'dmg',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3600_000).toISOString(),
      })
      .expect(201);
    const client = await MeetingClient.connect(test.baseUrl, chairCookie);
    try {
      const snapshot = await client.join(scheduled.body.id);
      const item = snapshot.agenda.find((i) => i.panelRequest?.id === raised.body.id)!;
      expect(item).toMatchObject({
        kind: 'personal_budget',
        childId,
        panelRequest: {
          amountPence: 240000,
          purpose: 'transport',
          startsOn: '2027-01-04',
          endsOn: '2027-07-23',
        },
      });
      expect(item.presenter?.id).toBe(flo.id);
      // Statutory decisions come first.
      const firstRequest = snapshot.agenda.findIndex((i) => i.panelRequest !== null);
      expect(snapshot.agenda.slice(firstRequest).every((i) => i.panelRequest !== null)).toBe(true);

      expect(await client.send('meeting.start', { meetingId: scheduled.body.id })).toMatchObject({
        ok: true,
      });
      const ack = await client.send('outcome.record', {
        meetingId: scheduled.body.id,
        itemId: item.id,
        outcome: 'agree',
        reasons: 'An efficient use of resources',
        criteriaNotMetReason: 'The test case carries no threshold evidence',
      });
      expect(ack).toMatchObject({ ok: true });
    } finally {
      client.close();
    }
    const [settled] = await dataSource.query(`SELECT status, decided_on FROM panel_requests WHERE id = $1`, [
      raised.body.id,
    ]);
    expect(settled.status).toBe('agreed');
    expect(settled.decided_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const audit = await dataSource.query(
      `SELECT action FROM audit_records WHERE entity_id = $1 ORDER BY occurred_at, id`,
      [raised.body.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'panel_request.raised',
      'panel_request.decided',
    ]);

    // A decided request is not put on a later agenda.
    const later = await request(test.app.getHttpServer())
      .post('/api/meetings')
      .set('Cookie', chairCookie)
      .send({
        kind: 'dmg',
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        endsAt: new Date(Date.now() + 90_000_000).toISOString(),
      })
      .expect(201);
    const items = await dataSource.query(`SELECT panel_request_id FROM agenda_items WHERE meeting_id = $1`, [
      later.body.id,
    ]);
    expect(items.map((i: { panel_request_id: string }) => i.panel_request_id)).not.toContain(raised.body.id);
  });
});
