import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the service dashboard: plans issued in 20 weeks', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let cookie: string;
  const references: Record<string, string> = {};

  /** A plan issued on `issuedOn` for a request received on `receivedOn`, with a reg 10(4) exception if asked. */
  const aPlan = async (name: string, receivedOn: string, issuedOn: string, exception = false) => {
    const c = await aCase(dataSource, { receivedOn });
    await dataSource.query(
      `UPDATE ehc_requests SET stage = 'final_issued', final_issued_on = $2 WHERE id = $1`,
      [c.requestId, issuedOn],
    );
    if (exception) {
      await dataSource.query(
        `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, ends_on) VALUES ($1, '10(4)', 'exceptional_circumstances', $2, $3)`,
        [c.requestId, receivedOn, issuedOn],
      );
    }
    references[name] = c.reference;
  };

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    cookie = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
    // Worked by hand: 20 weeks from 2 March 2026 is 20 July 2026.
    await aPlan('onTheDay', '2026-03-02', '2026-07-20');
    await aPlan('dayLate', '2026-03-02', '2026-07-21');
    await aPlan('early', '2026-04-06', '2026-07-31');
    await aPlan('lateExcused', '2026-01-05', '2026-07-15', true);
    await aPlan('august', '2026-04-06', '2026-08-24'); // deadline day (24 August): on time
    await aPlan('yearBefore', '2025-03-03', '2025-07-21'); // July 2025: outside both rolling years shown
  });
  afterAll(async () => {
    await test?.close();
  });

  it('builds the monthly return with the rolling 12 months, leaving out exception cases as the published table does', async () => {
    const { body } = await request(test.app.getHttpServer())
      .get('/api/dashboard/timeliness?month=2026-08&months=2')
      .set('Cookie', cookie)
      .expect(200);
    expect(body.months).toEqual(['2026-07', '2026-08']);
    const [july, august] = body.withoutExceptions;
    expect(july).toEqual({
      month: '2026-07',
      issued: 3,
      inTwentyWeeks: 2,
      percent: 66.7,
      rolling: { issued: 3, inTwentyWeeks: 2, percent: 66.7 },
    });
    expect(august).toEqual({
      month: '2026-08',
      issued: 1,
      inTwentyWeeks: 1,
      percent: 100,
      rolling: { issued: 4, inTwentyWeeks: 3, percent: 75 },
    });
    expect(body.withExceptions[0]).toMatchObject({ issued: 4, inTwentyWeeks: 2, percent: 50 });
    expect(body.received.map((r: { count: number }) => r.count)).toEqual([0, 0]);
  });

  it('gives the share of advices received within 6 weeks, by agency', async () => {
    const [ep] = await dataSource.query(
      `INSERT INTO agencies (code, name, kind) VALUES ('ep-dash', 'Educational psychology', 'ep_service') RETURNING id`,
    );
    const child = await aCase(dataSource, { receivedOn: '2026-05-04' });
    // Asked 1 June 2026: due 13 July. One on the day, one a day late, one still out (past its deadline).
    for (const returnedOn of ['2026-07-13', '2026-07-14', null]) {
      await dataSource.query(
        `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, returned_on, status) VALUES ($1, $2, 'educational_psychology', '2026-06-01', $3, $4)`,
        [child.requestId, ep.id, returnedOn, returnedOn ? 'returned' : 'with_team'],
      );
    }
    const { body } = await request(test.app.getHttpServer())
      .get('/api/dashboard/timeliness?month=2026-08&months=2')
      .set('Cookie', cookie)
      .expect(200);
    expect(body.advicesInTime).toEqual([
      {
        agency: 'Educational psychology',
        adviceKind: 'educational_psychology',
        due: 3,
        onTime: 1,
        percent: 33.3,
      },
    ]);
  });

  it('opens the cases behind each figure', async () => {
    const cases = (measure: string, exceptions = 'exclude') =>
      request(test.app.getHttpServer())
        .get(`/api/dashboard/timeliness/cases?month=2026-07&measure=${measure}&exceptions=${exceptions}`)
        .set('Cookie', cookie)
        .expect(200);
    expect((await cases('late')).body.map((c: { caseReference: string }) => c.caseReference)).toEqual([
      references.dayLate,
    ]);
    expect(
      (await cases('in_twenty_weeks')).body.map((c: { caseReference: string }) => c.caseReference).sort(),
    ).toEqual([references.onTheDay, references.early].sort());
    expect(
      (await cases('late', 'include')).body.map((c: { caseReference: string }) => c.caseReference).sort(),
    ).toEqual([references.lateExcused, references.dayLate].sort());
  });

  it('takes a month of any length, such as November, as the last month', async () => {
    const { body } = await request(test.app.getHttpServer())
      .get('/api/dashboard/timeliness?month=2026-11&months=5')
      .set('Cookie', cookie)
      .expect(200);
    expect(body.withoutExceptions.map((m: { issued: number }) => m.issued)).toEqual([3, 1, 0, 0, 0]);
  });

  it('refuses a month that is not one, and is not for roles outside the service', async () => {
    await request(test.app.getHttpServer())
      .get('/api/dashboard/timeliness?month=2026-13')
      .set('Cookie', cookie)
      .expect(400);
    await request(test.app.getHttpServer())
      .get('/api/dashboard/timeliness?months=30')
      .set('Cookie', cookie)
      .expect(400);
    const rep = await signIn(test, await aUser(dataSource, { roles: ['health_team_rep'] }));
    await request(test.app.getHttpServer()).get('/api/dashboard/timeliness').set('Cookie', rep).expect(403);
  });
});
