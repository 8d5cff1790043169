import type { NotificationList, NotificationPreferences } from '@convene/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { Notifier } from '../src/notifications/notifier.js';
import { NotificationTimers } from '../src/notifications/timers/notification-timers.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const daysFrom = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('reminders as time passes, and each person’s choices', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let timers: NotificationTimers;
  const today = todayInEngland();
  const cookies = new Map<string, string>();
  const http = () => request(test.app.getHttpServer());
  const cookieOf = async (user: TestUser) => {
    if (!cookies.has(user.id)) cookies.set(user.id, await signIn(test, user));
    return cookies.get(user.id)!;
  };
  const kindsFor = async (user: TestUser) =>
    (
      await dataSource.query(`SELECT kind FROM notifications WHERE recipient_id = $1 ORDER BY kind`, [
        user.id,
      ])
    ).map((r: { kind: string }) => r.kind);

  beforeAll(async () => {
    test = await startTestApp({ NOTIFICATION_WORKERS: 'off' });
    dataSource = test.app.get(DataSource);
    timers = test.app.get(NotificationTimers);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('advice overdue, or due within a week: the team’s representatives and the DCO are told once, however many ticks and nodes', async () => {
    const dco = await aUser(dataSource, { roles: ['dco'], agencyCode: 'health-dco', agencyKind: 'health' });
    const rep = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'physio',
      agencyKind: 'health',
    });
    const left = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'physio',
      agencyKind: 'health',
      active: false,
    });
    const team = await anAgency(dataSource, 'physio', 'health');
    const overdue = await aCase(dataSource);
    const dueSoon = await aCase(dataSource);
    for (const [child, askedDaysAgo] of [
      [overdue, 50],
      [dueSoon, 38],
    ] as const)
      await dataSource.query(
        `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, status)
         VALUES ($1, $2, 'health', $3, 'with_team')`,
        [child.requestId, team, daysFrom(today, -askedDaysAgo)],
      );

    const ticks = await Promise.all([timers.tick(), timers.tick(), timers.tick()]);
    expect(ticks).toContain(true);
    await timers.tick();

    for (const person of [rep, dco])
      expect(await kindsFor(person)).toEqual(['advice_due_soon', 'advice_overdue']);
    expect(await kindsFor(left)).toEqual([]);
    const { body } = (await http()
      .get('/api/notifications')
      .set('Cookie', await cookieOf(rep))
      .expect(200)) as {
      body: NotificationList;
    };
    expect(body.items.map((n) => n.title).sort()).toEqual(
      [
        `Advice for ${dueSoon.reference} is due by ${formatted(daysFrom(today, 4))}`,
        `Advice for ${overdue.reference} is overdue`,
      ].sort(),
    );
  });

  it('an annual review due within 4 weeks and a statutory deadline this week: the case’s Family Link Officer is told', async () => {
    const flo = await aUser(dataSource, { roles: ['presenter'] });
    // reg 5(1): the decision whether to assess falls 6 weeks from the day received: here, in 3 days.
    await aCase(dataSource, { flo: flo.id, receivedOn: daysFrom(today, -39) });
    const reviewed = await aCase(dataSource, { flo: flo.id });
    await dataSource.query(
      `INSERT INTO annual_reviews (child_id, request_id, counts_from, due_on)
       SELECT $1, $2, c, (c + interval '12 months')::date
              - CASE WHEN extract(day FROM c + interval '12 months') = extract(day FROM c) THEN 1 ELSE 0 END
         FROM (SELECT ($3::date - interval '12 months' + interval '10 days')::date AS c) AS counts`,
      [reviewed.childId, reviewed.requestId, today],
    );
    await timers.tick();
    await timers.tick();
    expect(await kindsFor(flo)).toEqual(['annual_review_due_soon', 'statutory_deadline_this_week']);
  });

  it('refuses to turn off a statutory kind (422, nothing changed), and keeps each change in the audit trail', async () => {
    const person = await aUser(dataSource);
    const cookie = await cookieOf(person);
    const refused = await http()
      .put('/api/notifications/preferences')
      .set('Cookie', cookie)
      .send({
        preferences: [
          { kind: 'agenda_ready', delivery: 'off' },
          { kind: 'advice_overdue', delivery: 'off' },
        ],
      })
      .expect(422);
    // The answer names the change refused (the second one sent), as a validation error would.
    expect(refused.body).toMatchObject({
      code: 'notification_mandatory',
      fields: [
        { field: 'preferences.1.delivery', messages: [expect.stringContaining('cannot be turned off')] },
      ],
    });
    const { body: unchanged } = (await http()
      .get('/api/notifications/preferences')
      .set('Cookie', cookie)
      .expect(200)) as {
      body: NotificationPreferences;
    };
    expect(unchanged.preferences.find((p) => p.kind === 'agenda_ready')).toMatchObject({
      delivery: 'now',
      mandatory: false,
    });
    expect(unchanged.digestTime).toBe('07:30');

    await http()
      .put('/api/notifications/preferences')
      .set('Cookie', cookie)
      .send({ preferences: [{ kind: 'nonsense', delivery: 'off' }] })
      .expect(400);
    // A list inside the list is not a choice (the fuzzer found it answered 500).
    for (const preferences of [[[]], [[{ kind: 'agenda_ready', delivery: 'off' }]], [null]])
      await http()
        .put('/api/notifications/preferences')
        .set('Cookie', cookie)
        .send({ preferences })
        .expect(400);
    const { body: changed } = (await http()
      .put('/api/notifications/preferences')
      .set('Cookie', cookie)
      .send({ preferences: [{ kind: 'agenda_ready', delivery: 'off' }], digestTime: '06:45' })
      .expect(200)) as { body: NotificationPreferences };
    expect(changed.preferences.find((p) => p.kind === 'agenda_ready')).toMatchObject({ delivery: 'off' });
    expect(changed.digestTime).toBe('06:45');
    const trail = await dataSource.query(
      `SELECT action, after FROM audit_records WHERE entity_id = $1 AND action = 'notification_preferences.changed'`,
      [person.id],
    );
    expect(trail).toEqual([
      {
        action: 'notification_preferences.changed',
        after: { chosen: { agenda_ready: 'off' }, digestTime: '06:45' },
      },
    ]);
  });

  it('marks notifications read, one or all, and counts what is left unread', async () => {
    const person = await aUser(dataSource, { roles: ['presenter'] });
    const cookie = await cookieOf(person);
    for (const n of [1, 2, 3]) await tellOfDecision(person, `read-${n}`);
    const { body: list } = (await http().get('/api/notifications').set('Cookie', cookie).expect(200)) as {
      body: NotificationList;
    };
    expect(list.unreadCount).toBe(3);
    const { body: one } = await http()
      .post('/api/notifications/read')
      .set('Cookie', cookie)
      .send({ ids: [list.items[0]!.id] })
      .expect(200);
    expect(one).toEqual({ marked: 1, unreadCount: 2 });
    // Someone else's notification is never theirs to mark.
    const other = await aUser(dataSource);
    expect(
      (
        await http()
          .post('/api/notifications/read')
          .set('Cookie', await cookieOf(other))
          .send({ ids: [list.items[1]!.id] })
          .expect(200)
      ).body,
    ).toEqual({ marked: 0, unreadCount: 0 });
    const { body: all } = await http().post('/api/notifications/read-all').set('Cookie', cookie).expect(200);
    expect(all).toEqual({ marked: 2, unreadCount: 0 });
  });

  it('gathers a day’s digest notifications into one email at the person’s time in England, once', async () => {
    const person = await aUser(dataSource, { roles: ['presenter'] });
    await http()
      .put('/api/notifications/preferences')
      .set('Cookie', await cookieOf(person))
      .send({ preferences: [{ kind: 'case_decided', delivery: 'digest' }], digestTime: '07:00' })
      .expect(200);
    await tellOfDecision(person, 'digest-1');
    await tellOfDecision(person, 'digest-2');
    const emails = () =>
      dataSource.query(`SELECT kind, subject, body_text FROM outbound_messages WHERE recipient_id = $1`, [
        person.id,
      ]);
    expect(await emails()).toEqual([]);

    // A summer day: 07:00 in England is 06:00 UTC.
    await timers.tick(new Date('2031-06-10T05:59:00Z'));
    expect(await emails()).toEqual([]);
    await timers.tick(new Date('2031-06-10T06:01:00Z'));
    await timers.tick(new Date('2031-06-10T09:00:00Z'));
    const digests = await emails();
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({
      kind: 'digest',
      subject: 'Convene: Your Convene digest for 10 June 2031: 2 notifications',
    });
    expect(digests[0].body_text).toContain('Your case EHC-T-DIGEST-1 was decided: agree');
    expect(digests[0].body_text).toContain('Your case EHC-T-DIGEST-2 was decided: agree');
  });

  const tellOfDecision = (person: TestUser, cause: string) =>
    dataSource.transaction((manager) =>
      test.app.get(Notifier).notify(manager, {
        kind: 'case_decided',
        causeKey: `case-decided:${cause}`,
        recipientIds: [person.id],
        subjectRef: `EHC-T-${cause.toUpperCase()}`,
        linkPath: '/cases',
        facts: {
          caseReference: `EHC-T-${cause.toUpperCase()}`,
          decision: 'decision to assess',
          outcome: 'agree',
          letter: false,
        },
      }),
    );
});

function formatted(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
