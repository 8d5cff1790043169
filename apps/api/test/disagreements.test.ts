import { addDays, addWeeks } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aCase, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the register of disagreements: complaints, mediation and appeals on a case, with their clocks', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let flo: TestUser;
  let floCookie: string;
  let otherFloCookie: string;
  let childId: string;
  const today = todayInEngland();

  const http = () => request(test.app.getHttpServer());
  const counts = async () => {
    const [row] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM disagreements) AS disagreements,
              (SELECT count(*)::int FROM audit_records WHERE entity_type = 'disagreement') AS audits,
              (SELECT count(*)::int FROM actions WHERE disagreement_id IS NOT NULL) AS actions`,
    );
    return row as { disagreements: number; audits: number; actions: number };
  };
  const open = (body: object, cookie = floCookie) =>
    http().post(`/api/cases/${childId}/disagreements`).set('Cookie', cookie).send(body);
  const step = (id: string, body: object) =>
    http().post(`/api/cases/${childId}/disagreements/${id}/steps`).set('Cookie', floCookie).send(body);

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    flo = await aUser(dataSource, { roles: ['presenter'] });
    floCookie = await signIn(test, flo);
    otherFloCookie = await signIn(test, await aUser(dataSource, { roles: ['presenter'] }));
    childId = (await aCase(dataSource, { flo: flo.id, receivedOn: addDays(today, -120) })).childId;
  });
  afterAll(async () => {
    await test?.close();
  });

  it('records mediation asked for after a refusal: the 30 days run, then the certificate’s 3 working days, each change audited', async () => {
    const before = await counts();
    const notified = addDays(today, -40);
    const opened = await open({
      kind: 'mediation',
      appealableDecision: 'refusal_to_assess',
      decisionNotifiedOn: notified,
      openedOn: addDays(today, -35),
      summary: '  The family says the school’s evidence was not read ',
    }).expect(201);
    expect(opened.body).toMatchObject({
      kind: 'mediation',
      summary: 'The family says the school’s evidence was not read',
      complaintStage: null,
      recordedBy: { id: flo.id },
    });
    expect(opened.body.clocks.map((c: { whose: string; state: string }) => [c.whose, c.state])).toEqual([
      ['family', 'done'],
    ]);

    const asked = await step(opened.body.id, { mediationRequestedOn: addDays(today, -34) }).expect(200);
    const held = asked.body.clocks.find((c: { step: string }) => c.step === 'The mediation takes place');
    expect(held).toMatchObject({
      dueOn: addDays(today, -4),
      whose: 'council',
      state: 'overdue',
      daysLeft: -4,
    });

    const after = await step(opened.body.id, { mediationHeldOn: addDays(today, -5) }).expect(200);
    expect(
      after.body.clocks.find((c: { step: string }) => c.step === 'The mediation takes place'),
    ).toMatchObject({
      state: 'done',
      doneOn: addDays(today, -5),
    });
    expect(
      after.body.clocks.some(
        (c: { step: string }) => c.step === 'The mediation adviser issues the mediation certificate',
      ),
    ).toBe(true);
    expect(await counts()).toEqual({
      ...before,
      disagreements: before.disagreements + 1,
      audits: before.audits + 3,
    });

    const listed = await http()
      .get(`/api/cases/${childId}/disagreements`)
      .set('Cookie', floCookie)
      .expect(200);
    expect(listed.body.map((d: { id: string }) => d.id)).toContain(opened.body.id);
  });

  it('an appeal conceded: each step of the concession still to come lands on the officer’s actions, due on its day', async () => {
    const opened = await open({
      kind: 'appeal',
      appealableDecision: 'refusal_to_issue',
      decisionNotifiedOn: addDays(today, -70),
      openedOn: addDays(today, -20),
      summary: 'Appeal against the refusal to issue a plan',
    }).expect(201);
    const before = await counts();
    const conceded = await step(opened.body.id, {
      appealSentToCouncilOn: addDays(today, -18),
      outcome: 'conceded',
      outcomeOn: today,
      order: { kind: 'make_and_maintain_plan', on: today, source: 'unopposed' },
    }).expect(200);
    expect(conceded.body).toMatchObject({
      outcome: 'conceded',
      order: { kind: 'make_and_maintain_plan', on: today, source: 'unopposed' },
    });
    expect(
      conceded.body.clocks
        .filter((c: { whose: string }) => c.whose === 'council')
        .map((c: { step: string; dueOn: string }) => [c.step, c.dueOn]),
    ).toEqual(
      expect.arrayContaining([
        ['Issue the draft plan', addWeeks(today, 5)],
        ['Send the final plan', addWeeks(today, 11)],
      ]),
    );
    expect(await counts()).toEqual({
      disagreements: before.disagreements,
      audits: before.audits + 1,
      actions: before.actions + 2,
    });
    const mine = await http().get('/api/actions/mine').set('Cookie', floCookie).expect(200);
    expect(
      mine.body.items
        .filter((a: { what: string }) => a.what.endsWith('(SEND Regulations 2014, reg 45)'))
        .map((a: { what: string; dueOn: string }) => [a.what, a.dueOn]),
    ).toEqual([
      ['Issue the draft plan (SEND Regulations 2014, reg 45)', addWeeks(today, 5)],
      ['Send the final plan (SEND Regulations 2014, reg 45)', addWeeks(today, 11)],
    ]);

    // The draft plan's action done: its clock says so.
    const draft = mine.body.items.find((a: { what: string }) => a.what.startsWith('Issue the draft plan'));
    await http()
      .post(`/api/actions/${draft.id}/close`)
      .set('Cookie', floCookie)
      .send({ outcome: 'done', note: 'Draft sent to the family' })
      .expect(200);
    const [again] = (
      await http().get(`/api/cases/${childId}/disagreements`).set('Cookie', floCookie).expect(200)
    ).body as { id: string; clocks: { step: string; state: string; doneOn: string | null }[] }[];
    expect(again!.id).toBe(opened.body.id);
    expect(again!.clocks.find((c) => c.step === 'Issue the draft plan')).toMatchObject({
      state: 'done',
      doneOn: today,
    });
  });

  it('refuses what does not fit, naming the field, and changes nothing', async () => {
    const opened = await open({
      kind: 'complaint',
      decisionNotifiedOn: addDays(today, -10),
      openedOn: addDays(today, -3),
      summary: 'Complaint about delay',
    }).expect(201);
    expect(opened.body).toMatchObject({ complaintStage: 'stage_1', clocks: [] });
    const before = await counts();
    const refusals: [object, string][] = [
      [{ kind: 'appeal', decisionNotifiedOn: today, openedOn: today, summary: 'x' }, 'appealableDecision'],
      [
        { kind: 'complaint', decisionNotifiedOn: today, openedOn: addDays(today, -1), summary: 'x' },
        'openedOn',
      ],
      [
        {
          kind: 'complaint',
          decisionNotifiedOn: addDays(today, 1),
          openedOn: addDays(today, 1),
          summary: 'x',
        },
        'decisionNotifiedOn',
      ],
      [
        {
          kind: 'mediation',
          appealableDecision: 'refusal_to_assess',
          decisionItemId: '6f1c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e5f',
          decisionNotifiedOn: today,
          openedOn: today,
          summary: 'x',
        },
        'decisionItemId',
      ],
    ];
    for (const [body, field] of refusals) {
      const refused = await open(body).expect(422);
      expect(refused.body.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    }
    const stepRefusals: [object, string][] = [
      [{ mediationHeldOn: today }, 'mediationHeldOn'],
      [{ outcome: 'conceded', outcomeOn: today }, 'outcome'],
      [{ outcome: 'upheld' }, 'outcomeOn'],
      [{ complaintStage: 'stage_2', outcome: 'upheld', outcomeOn: addDays(today, -11) }, 'outcomeOn'],
      [{ order: { kind: 'assess', on: today, source: 'order' } }, 'order'],
    ];
    for (const [body, field] of stepRefusals) {
      const refused = await step(opened.body.id, body).expect(422);
      expect(refused.body.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    }
    await step(opened.body.id, {}).expect(400);
    await open(
      { kind: 'complaint', decisionNotifiedOn: today, openedOn: today, summary: 'x' },
      otherFloCookie,
    ).expect(403);
    await http()
      .post(`/api/cases/${childId}/disagreements/6f1c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e5f/steps`)
      .set('Cookie', floCookie)
      .send({ outcome: 'upheld', outcomeOn: today })
      .expect(404);
    expect(await counts()).toEqual(before);

    const upheld = await step(opened.body.id, {
      complaintStage: 'stage_2',
      outcome: 'upheld',
      outcomeOn: today,
    }).expect(200);
    expect(upheld.body).toMatchObject({ complaintStage: 'stage_2', outcome: 'upheld', outcomeOn: today });
  });
});
