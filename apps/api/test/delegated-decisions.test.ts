import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser, type TestUser } from './support/factories.js';
import { MeetingClient } from './support/meeting-client.js';
import { aMeeting } from './support/meeting-factory.js';
import { binary, wordsOf } from './support/pdf-words.js';
import { signIn } from './support/sign-in.js';
import { MACHINE_SPEED_LIMITS, startListeningTestApp, type ListeningTestApp } from './support/test-app.js';

describe('decisions under the scheme of delegation', () => {
  let test: ListeningTestApp;
  let dataSource: DataSource;
  const http = () => request(test.app.getHttpServer());
  const users: Record<string, TestUser> = {};
  const cookie: Record<string, string> = {};
  const clients: MeetingClient[] = [];
  const REASONS = 'Only one cycle of Assess, Plan, Do, Review; needs can be met at SEN support.';
  const RECOMMENDATIONS = 'A further cycle with educational psychology advice.';

  /** A request for funding awaiting the panel, for a child with a final plan. */
  async function aFundingRequest(amountPence: number): Promise<{ childId: string; panelRequestId: string }> {
    const { childId, requestId } = await aCase(dataSource);
    await dataSource.query(`UPDATE ehc_requests SET stage = 'final_issued' WHERE id = $1`, [requestId]);
    const [row] = await dataSource.query(
      `INSERT INTO panel_requests (child_id, kind, summary, amount_pence, band, starts_on, ends_on, raised_by)
       VALUES ($1, 'funding', 'A teaching assistant for part of the day', $2, 'band_3', '2026-09-01', '2027-07-31', $3) RETURNING id`,
      [childId, amountPence, users.flo!.id],
    );
    return { childId, panelRequestId: row.id };
  }

  const decide = (who: string, childId: string, body: object) =>
    http().post(`/api/cases/${childId}/delegated-decisions`).set('Cookie', cookie[who]!).send(body);

  const countOf = async (table: string) =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    test = await startListeningTestApp(MACHINE_SPEED_LIMITS);
    dataSource = test.app.get(DataSource);
    users.admin = await aUser(dataSource, { roles: ['admin'] });
    users.head = await aUser(dataSource, { roles: ['chair'] });
    users.manager = await aUser(dataSource, { roles: ['panel_member'] });
    await dataSource.query(`UPDATE users SET display_name = 'Helen Head' WHERE id = $1`, [users.head.id]);
    await dataSource.query(`UPDATE users SET display_name = 'Manny Manager' WHERE id = $1`, [
      users.manager.id,
    ]);
    users.flo = await aUser(dataSource, { roles: ['presenter'] });
    users.outsider = await aUser(dataSource, { roles: ['chair'] });
    for (const [name, user] of Object.entries(users)) cookie[name] = await signIn(test, user);
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await test?.close();
  });

  it('is kept by the administrator: each line added or changed is audited, and only funding has an amount', async () => {
    const add = (body: object, who = 'admin') =>
      http().post('/api/admin/delegation-scheme').set('Cookie', cookie[who]!).send(body);
    const funding = await add({ kind: 'funding', role: 'chair', maxAmountPence: 1_000_000 }).expect(201);
    expect(funding.body).toMatchObject({
      kind: 'funding',
      role: 'chair',
      maxAmountPence: 1_000_000,
      active: true,
    });
    await add({ kind: 'funding', role: 'panel_member', maxAmountPence: 100_000 }).expect(201);
    await add({ kind: 'decision_to_assess', role: 'chair' }).expect(201);
    await add({ kind: 'funding', role: 'chair' }).expect(409);
    const noAmount = await add({ kind: 'decision_to_issue', role: 'chair', maxAmountPence: 5 }).expect(422);
    expect(noAmount.body.fields).toEqual([expect.objectContaining({ field: 'maxAmountPence' })]);
    await add({ kind: 'placement_change', role: 'chair' }, 'head').expect(403);

    const managerLine = (
      await http().get('/api/delegation-scheme').set('Cookie', cookie.flo!).expect(200)
    ).body.find((r: { role: string }) => r.role === 'panel_member');
    const changed = await http()
      .patch(`/api/admin/delegation-scheme/${managerLine.id}`)
      .set('Cookie', cookie.admin!)
      .send({ maxAmountPence: 250_000 })
      .expect(200);
    expect(changed.body.maxAmountPence).toBe(250_000);
    const audit = await dataSource.query(
      `SELECT action, before, after FROM audit_records WHERE entity_type = 'delegation_rule' ORDER BY id`,
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'delegation_rule.added',
      'delegation_rule.added',
      'delegation_rule.added',
      'delegation_rule.changed',
    ]);
    expect(audit[3]).toMatchObject({
      before: { maxAmountPence: 100_000 },
      after: { maxAmountPence: 250_000 },
    });
  });

  it('has a refusal to assess taken alone do to the case, and say in the letter, what the panel’s refusal does', async () => {
    // The panel's refusal, in the room.
    const panel = await aMeeting(dataSource, { chair: users.head!.id });
    const chair = await MeetingClient.connect(test.baseUrl, cookie.head!);
    clients.push(chair);
    await chair.join(panel.meetingId);
    expect(await chair.send('meeting.start', { meetingId: panel.meetingId })).toMatchObject({ ok: true });
    expect(
      await chair.send('outcome.record', {
        meetingId: panel.meetingId,
        itemId: panel.itemIds[0],
        outcome: 'refuse',
        reasons: REASONS,
        conditions: RECOMMENDATIONS,
      }),
    ).toMatchObject({ ok: true });
    const [{ request_id: panelRequestId }] = await dataSource.query(
      `SELECT request_id FROM agenda_items WHERE id = $1`,
      [panel.itemIds[0]],
    );

    // The same refusal, taken alone by the Head of Service.
    const child = await aCase(dataSource);
    const taken = await decide('head', child.childId, {
      kind: 'decision_to_assess',
      requestId: child.requestId,
      outcome: 'refuse',
      reasons: REASONS,
      recommendations: RECOMMENDATIONS,
    }).expect(201);
    expect(taken.body).toMatchObject({
      kind: 'decision_to_assess',
      outcome: 'refuse',
      reasons: REASONS,
      decidedBy: { displayName: 'Helen Head' },
      notedBy: 'dmg',
      hasLetter: true,
    });

    const stateOf = async (requestId: string) => ({
      request: (
        await dataSource.query(
          `SELECT stage, decision_to_assess_on, closed_on FROM ehc_requests WHERE id = $1`,
          [requestId],
        )
      )[0],
      steps: await dataSource.query(
        `SELECT stage, occurred_on, note, recorded_by FROM request_events WHERE request_id = $1 ORDER BY recorded_at`,
        [requestId],
      ),
      advice: await dataSource.query(
        `SELECT advice_kind, status FROM advice_requests WHERE request_id = $1`,
        [requestId],
      ),
      audit: await dataSource.query(
        `SELECT action, after FROM audit_records WHERE entity_id = $1 ORDER BY id`,
        [requestId],
      ),
    });
    const atPanel = await stateOf(panelRequestId);
    const alone = await stateOf(child.requestId);
    expect(alone).toEqual(atPanel);
    expect(alone.request.stage).toBe('refused');

    const letter = async (url: string) =>
      (await http().get(url).set('Cookie', cookie.head!).buffer(true).parse(binary).expect(200))
        .body as Buffer;
    const panelLetter = await letter(
      `/api/meetings/${panel.meetingId}/items/${panel.itemIds[0]}/outcome-letter.pdf`,
    );
    const delegatedLetter = await letter(
      `/api/cases/${child.childId}/delegated-decisions/${taken.body.id}/outcome-letter.pdf`,
    );
    const [{ case_reference: panelReference }] = await dataSource.query(
      `SELECT c.case_reference FROM children c JOIN ehc_requests r ON r.child_id = c.id WHERE r.id = $1`,
      [panelRequestId],
    );
    const words = wordsOf(delegatedLetter);
    expect(words).toContain('Only one cycle');
    expect(words.replaceAll(child.reference, 'REF')).toBe(
      wordsOf(panelLetter).replaceAll(panelReference, 'REF'),
    );

    const [audit] = await dataSource.query(
      `SELECT actor_id, after FROM audit_records WHERE action = 'decision.under_delegation' AND entity_id = $1`,
      [taken.body.id],
    );
    expect(audit).toMatchObject({ actor_id: users.head!.id, after: { outcome: 'refuse', reasons: REASONS } });
  });

  it('settles funding agreed alone within the limit as the panel would, with the amount agreed', async () => {
    const { childId, panelRequestId } = await aFundingRequest(240_000);
    const taken = await decide('manager', childId, {
      kind: 'funding',
      panelRequestId,
      outcome: 'agree',
      reasons: 'The provision in section F needs it; within the band.',
      amountPence: 200_000,
    }).expect(201);
    expect(taken.body).toMatchObject({ amountPence: 200_000, hasLetter: false });
    const [settled] = await dataSource.query(`SELECT status, decided_on FROM panel_requests WHERE id = $1`, [
      panelRequestId,
    ]);
    expect(settled.status).toBe('agreed');
    expect(settled.decided_on).not.toBeNull();
    const [audit] = await dataSource.query(
      `SELECT meeting_id, after FROM audit_records WHERE action = 'panel_request.decided' AND entity_id = $1`,
      [panelRequestId],
    );
    expect(audit).toMatchObject({
      meeting_id: null,
      after: { status: 'agreed', delegatedDecisionId: taken.body.id },
    });
    const history = await http()
      .get(`/api/cases/${childId}/panel-decisions`)
      .set('Cookie', cookie.head!)
      .expect(200);
    expect(history.body).toEqual([
      expect.objectContaining({
        itemId: taken.body.id,
        meetingId: null,
        decidedUnderDelegationBy: 'Manny Manager',
        kind: 'funding',
        outcome: 'agree',
      }),
    ]);
    const list = await http()
      .get(`/api/cases/${childId}/delegated-decisions`)
      .set('Cookie', cookie.flo!)
      .expect(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        id: taken.body.id,
        decidedBy: expect.objectContaining({ displayName: 'Manny Manager' }),
      }),
    ]);
  });

  describe('outside the scheme: refused, naming why, and nothing changes', () => {
    it.each([
      {
        why: 'a role the scheme does not name for it',
        who: 'manager',
        body: (ids: { requestId: string }) => ({ kind: 'decision_to_assess', requestId: ids.requestId }),
        status: 403,
        code: 'not_delegated_to_you',
        message: /may be decided alone only by: Panel chair/,
      },
      {
        why: 'an amount over the limit',
        who: 'manager',
        body: (ids: { panelRequestId: string }) => ({ kind: 'funding', panelRequestId: ids.panelRequestId }),
        status: 422,
        code: 'over_amount',
        message: /up to £2,500.00; this one is for £3,000.00/,
      },
      {
        why: 'a kind of decision the scheme does not delegate',
        who: 'head',
        body: (ids: { requestId: string }) => ({ kind: 'decision_to_issue', requestId: ids.requestId }),
        status: 422,
        code: 'not_delegated',
        message: /does not delegate “Decision to issue a plan”/,
      },
    ])('$why', async ({ who, body, status, code, message }) => {
      const { childId, panelRequestId } = await aFundingRequest(300_000);
      const [{ id: requestId }] = await dataSource.query(`SELECT id FROM ehc_requests WHERE child_id = $1`, [
        childId,
      ]);
      await dataSource.query(`UPDATE ehc_requests SET stage = $2 WHERE id = $1`, [
        requestId,
        code === 'not_delegated' ? 'assessment' : 'received',
      ]);
      const before = {
        decisions: await countOf('delegated_decisions'),
        audit: await countOf('audit_records'),
        events: await countOf('request_events'),
        request: await dataSource.query(`SELECT stage FROM ehc_requests WHERE id = $1`, [requestId]),
        panel: await dataSource.query(`SELECT status FROM panel_requests WHERE id = $1`, [panelRequestId]),
      };
      const outcome = code === 'not_delegated' ? 'issue' : 'agree';
      const refused = await decide(who, childId, {
        ...body({ requestId, panelRequestId }),
        outcome,
        reasons: 'Clear need',
      }).expect(status);
      expect(refused.body).toMatchObject({ code, message: expect.stringMatching(message) });
      expect({
        decisions: await countOf('delegated_decisions'),
        audit: await countOf('audit_records'),
        events: await countOf('request_events'),
        request: await dataSource.query(`SELECT stage FROM ehc_requests WHERE id = $1`, [requestId]),
        panel: await dataSource.query(`SELECT status FROM panel_requests WHERE id = $1`, [panelRequestId]),
      }).toEqual(before);
    });

    it('refuses a request not awaiting that decision, and an amount over the one asked', async () => {
      const { childId, panelRequestId } = await aFundingRequest(100_000);
      const more = await decide('head', childId, {
        kind: 'funding',
        panelRequestId,
        outcome: 'agree',
        reasons: 'Clear need',
        amountPence: 100_001,
      }).expect(422);
      expect(more.body.fields).toEqual([expect.objectContaining({ field: 'amountPence' })]);
      const other = await aCase(dataSource);
      await decide('head', childId, {
        kind: 'decision_to_assess',
        requestId: other.requestId,
        outcome: 'agree',
        reasons: 'Clear need',
      }).expect(422);
    });
  });

  it('is listed for the group to note at its next sitting, and in its minutes, for its members only', async () => {
    const next = await aMeeting(dataSource, { chair: users.head!.id, items: [] });
    const noted = await http()
      .get(`/api/meetings/${next.meetingId}/decided-under-delegation`)
      .set('Cookie', cookie.head!)
      .expect(200);
    expect(noted.body.since).not.toBeNull();
    expect(
      noted.body.decisions.map((d: { kind: string; outcome: string }) => `${d.kind} ${d.outcome}`),
    ).toEqual(['decision_to_assess refuse', 'funding agree']);
    const minutes = await http()
      .get(`/api/meetings/${next.meetingId}/minutes`)
      .set('Cookie', cookie.head!)
      .expect(200);
    expect(minutes.body.decidedUnderDelegation).toEqual([
      expect.objectContaining({ kind: 'decision_to_assess', decidedBy: 'Helen Head', reasons: REASONS }),
      expect.objectContaining({ kind: 'funding', decidedBy: 'Manny Manager' }),
    ]);
    await http()
      .get(`/api/meetings/${next.meetingId}/decided-under-delegation`)
      .set('Cookie', cookie.outsider!)
      .expect(404);
    // A Children in Care sitting notes none of them: none of these children is looked after.
    const inCare = await aMeeting(dataSource, {
      kind: 'dmg_children_in_care',
      chair: users.head!.id,
      items: [],
    });
    const none = await http()
      .get(`/api/meetings/${inCare.meetingId}/decided-under-delegation`)
      .set('Cookie', cookie.head!)
      .expect(200);
    expect(none.body).toEqual({ since: null, decisions: [] });
  });
});
