import { addDays } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { NotificationTimers } from '../src/notifications/timers/notification-timers.js';
import { aCase, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Actions tell their owners: given to you or your team (with the change), due tomorrow and overdue (by the timers). */
describe('notifications of actions', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let timers: NotificationTimers;
  let chair: TestUser;
  const today = todayInEngland();
  const http = () => request(test.app.getHttpServer());
  const told = (user: TestUser) =>
    dataSource.query<{ kind: string; title: string; subject_ref: string | null }[]>(
      `SELECT kind, title, subject_ref FROM notifications WHERE recipient_id = $1 AND kind LIKE 'action%' ORDER BY created_at, kind`,
      [user.id],
    );

  beforeAll(async () => {
    test = await startTestApp({ NOTIFICATION_WORKERS: 'off' });
    dataSource = test.app.get(DataSource);
    timers = test.app.get(NotificationTimers);
    chair = await aUser(dataSource, { roles: ['chair'] });
  });
  afterAll(() => test?.close());

  it('given to a team: its active members are told by case reference, not the one who agreed it, never by the child’s name', async () => {
    const ot = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'an-ot',
      agencyKind: 'health',
    });
    const left = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'an-ot',
      agencyKind: 'health',
      active: false,
    });
    const [team] = await dataSource.query<{ id: string }[]>(`SELECT id FROM agencies WHERE code = 'an-ot'`);
    const theCase = await aCase(dataSource, { givenName: 'Tamsin', familyName: 'Oakhollow' });
    await http()
      .post(`/api/cases/${theCase.childId}/actions`)
      .set('Cookie', await signIn(test, chair))
      .send({ what: 'OT to see Tamsin at school', ownerTeamId: team!.id, dueOn: addDays(today, 9) })
      .expect(201);
    const [notice] = await told(ot);
    expect(notice).toMatchObject({ kind: 'action_assigned', subject_ref: theCase.reference });
    expect(notice!.title).toContain(`An action on case ${theCase.reference} was given to your team (`);
    expect(JSON.stringify(await dataSource.query(`SELECT * FROM notifications`))).not.toMatch(
      /Tamsin|Oakhollow/,
    );
    expect(await told(left)).toEqual([]);
    expect(await told(chair)).toEqual([]);
  });

  it('due tomorrow, then overdue: the owner is told of each once, however many ticks; not once it is closed', async () => {
    const owner = await aUser(dataSource, { roles: ['presenter'] });
    const theCase = await aCase(dataSource);
    const added = await http()
      .post(`/api/cases/${theCase.childId}/actions`)
      .set('Cookie', await signIn(test, chair))
      .send({ what: 'Consult three settings', ownerUserId: owner.id, dueOn: addDays(today, 1) })
      .expect(201);
    const closedOne = await http()
      .post(`/api/cases/${theCase.childId}/actions`)
      .set('Cookie', await signIn(test, chair))
      .send({ what: 'Ask the school', ownerUserId: owner.id, dueOn: addDays(today, 1) })
      .expect(201);
    await http()
      .post(`/api/actions/${closedOne.body.id}/close`)
      .set('Cookie', await signIn(test, chair))
      .send({ outcome: 'cancelled', note: 'No longer needed' })
      .expect(200);

    await timers.tick();
    await timers.tick();
    expect((await told(owner)).map((n) => n.kind)).toEqual([
      'action_assigned',
      'action_assigned',
      'action_due_tomorrow',
    ]);

    // Two days on, it is overdue.
    await timers.tick(new Date(Date.now() + 2 * 86_400_000));
    await timers.tick(new Date(Date.now() + 2 * 86_400_000));
    const kinds = (await told(owner)).map((n) => n.kind);
    expect(kinds.filter((k) => k === 'action_overdue')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'action_due_tomorrow')).toHaveLength(1);
    expect(added.body.status).toBe('open');
  });
});
