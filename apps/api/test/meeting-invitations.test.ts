import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser, type TestUser } from './support/factories.js';
import { aMeeting } from './support/meeting-factory.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Who sits at a meeting beyond the panel's standing membership: new group members, and one-off invitations. */
describe('inviting people to meetings', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let admin: TestUser;
  let chair: TestUser;
  const cookies = new Map<string, string>();
  const http = () => request(test.app.getHttpServer());
  const as = (user: TestUser) => cookies.get(user.id)!;
  const invitedTo = async (meetingId: string, userId: string) =>
    (
      await dataSource.query(`SELECT role FROM meeting_members WHERE meeting_id = $1 AND user_id = $2`, [
        meetingId,
        userId,
      ])
    )[0]?.role as string | undefined;

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    admin = await aUser(dataSource, { roles: ['admin'] });
    chair = await aUser(dataSource, { roles: ['chair'] });
    for (const user of [admin, chair]) cookies.set(user.id, await signIn(test, user));
  });
  afterAll(async () => {
    await test?.close();
  });

  it('invites a new group member to the panel’s sittings already arranged when the administrator says so, never to those under way or over', async () => {
    const group = await http()
      .post('/api/admin/meeting-groups')
      .set('Cookie', as(admin))
      .send({ kind: 'dmg_vulnerable', name: 'Vulnerable children’s DMG (test)' })
      .expect(201);
    const [arranged, another, running, over] = await Promise.all(
      [0, 1, 2, 3].map(() => aMeeting(dataSource, { kind: 'dmg_vulnerable', chair: chair.id })),
    );
    await dataSource.query(`UPDATE meetings SET status = 'in_progress', started_at = now() WHERE id = $1`, [
      running!.meetingId,
    ]);
    await dataSource.query(
      `UPDATE meetings SET status = 'ended', started_at = now(), ended_at = now() WHERE id = $1`,
      [over!.meetingId],
    );

    const list = await http().get('/api/admin/meeting-groups').set('Cookie', as(admin)).expect(200);
    expect(
      list.body.find((g: { id: string }) => g.id === group.body.id).scheduledMeetings,
    ).toBeGreaterThanOrEqual(2);

    const socialWorker = await aUser(dataSource, { roles: ['panel_member'] });
    await http()
      .put(`/api/admin/meeting-groups/${group.body.id}/members/${socialWorker.id}`)
      .set('Cookie', as(admin))
      .send({ role: 'member' })
      .expect(204);
    expect(await invitedTo(arranged!.meetingId, socialWorker.id)).toBeUndefined();

    const virtualSchoolHead = await aUser(dataSource, { roles: ['panel_member'] });
    await http()
      .put(`/api/admin/meeting-groups/${group.body.id}/members/${virtualSchoolHead.id}`)
      .set('Cookie', as(admin))
      .send({ role: 'member', inviteToScheduled: true })
      .expect(204);
    expect(await invitedTo(arranged!.meetingId, virtualSchoolHead.id)).toBe('member');
    expect(await invitedTo(another!.meetingId, virtualSchoolHead.id)).toBe('member');
    expect(await invitedTo(running!.meetingId, virtualSchoolHead.id)).toBeUndefined();
    expect(await invitedTo(over!.meetingId, virtualSchoolHead.id)).toBeUndefined();
    const [audit] = await dataSource.query(
      `SELECT after FROM audit_records WHERE entity_id = $1 AND action = 'meeting_group.member_set' AND after->>'userId' = $2`,
      [group.body.id, virtualSchoolHead.id],
    );
    expect(audit.after.invitedToScheduledMeetings).toBeGreaterThanOrEqual(2);

    const bad = await http()
      .put(`/api/admin/meeting-groups/${group.body.id}/members/${virtualSchoolHead.id}`)
      .set('Cookie', as(admin))
      .send({ role: 'member', inviteToScheduled: 'yes' })
      .expect(400);
    expect(bad.body.fields[0].field).toBe('inviteToScheduled');
  });

  it('lets the chair invite one person to one meeting before it starts, who can then join it', async () => {
    const meeting = await aMeeting(dataSource, { chair: chair.id });
    const trainee = await aUser(dataSource, { roles: ['observer'] });
    cookies.set(trainee.id, await signIn(test, trainee));
    await http().get(`/api/meetings/${meeting.meetingId}`).set('Cookie', as(trainee)).expect(404);

    const invitable = await http()
      .get(`/api/meetings/${meeting.meetingId}/members/invitable`)
      .set('Cookie', as(chair))
      .expect(200);
    expect(invitable.body.map((p: { userId: string }) => p.userId)).toContain(trainee.id);
    expect(invitable.body.map((p: { userId: string }) => p.userId)).not.toContain(chair.id);

    await http()
      .post(`/api/meetings/${meeting.meetingId}/members`)
      .set('Cookie', as(chair))
      .send({ userId: trainee.id, role: 'observer' })
      .expect(204);
    const seen = await http()
      .get(`/api/meetings/${meeting.meetingId}`)
      .set('Cookie', as(trainee))
      .expect(200);
    expect(seen.body.you).toEqual({ userId: trainee.id, role: 'observer' });
    await http()
      .post(`/api/meetings/${meeting.meetingId}/members`)
      .set('Cookie', as(chair))
      .send({ userId: trainee.id, role: 'member' })
      .expect(409);
    expect(await invitedTo(meeting.meetingId, trainee.id)).toBe('observer');
    const audit = await dataSource.query(
      `SELECT actor_id, after FROM audit_records WHERE entity_id = $1 AND action = 'meeting.invited'`,
      [meeting.meetingId],
    );
    expect(audit).toEqual([{ actor_id: chair.id, after: { userId: trainee.id, role: 'observer' } }]);
  });

  it('refuses an invitation from anyone but an administrator or the meeting’s chair, through this route to a meeting under way or over, or in a part that does not exist, inviting nobody', async () => {
    const meeting = await aMeeting(dataSource, { chair: chair.id });
    const otherChair = await aUser(dataSource, { roles: ['chair'] });
    const member = await aUser(dataSource, { roles: ['panel_member'] });
    const guest = await aUser(dataSource, { roles: ['observer'] });
    for (const user of [otherChair, member]) cookies.set(user.id, await signIn(test, user));

    await http()
      .post(`/api/meetings/${meeting.meetingId}/members`)
      .set('Cookie', as(otherChair))
      .send({ userId: guest.id, role: 'observer' })
      .expect(404);
    await http()
      .post(`/api/meetings/${meeting.meetingId}/members`)
      .set('Cookie', as(member))
      .send({ userId: guest.id, role: 'observer' })
      .expect(403);
    await http()
      .get(`/api/meetings/${meeting.meetingId}/members/invitable`)
      .set('Cookie', as(otherChair))
      .expect(404);
    const role = await http()
      .post(`/api/meetings/${meeting.meetingId}/members`)
      .set('Cookie', as(chair))
      .send({ userId: guest.id, role: 'king' })
      .expect(400);
    expect(role.body.fields[0].field).toBe('role');
    await http()
      .post(`/api/meetings/${meeting.meetingId}/members`)
      .set('Cookie', as(admin))
      .send({ userId: '6a4d8f64-5c1e-4f7b-9a3e-1b2c3d4e5f60', role: 'observer' })
      .expect(404);
    await dataSource.query(`UPDATE meetings SET status = 'in_progress', started_at = now() WHERE id = $1`, [
      meeting.meetingId,
    ]);
    // Under way, the chair invites from the room, where everyone sees the newcomer; who may be invited is still listed.
    const underWay = await http()
      .post(`/api/meetings/${meeting.meetingId}/members`)
      .set('Cookie', as(admin))
      .send({ userId: guest.id, role: 'observer' })
      .expect(409);
    expect(underWay.body.message).toBe('The meeting is under way: its chair invites from the room.');
    await http()
      .get(`/api/meetings/${meeting.meetingId}/members/invitable`)
      .set('Cookie', as(chair))
      .expect(200);
    await dataSource.query(`UPDATE meetings SET status = 'ended', ended_at = now() WHERE id = $1`, [
      meeting.meetingId,
    ]);
    await http()
      .get(`/api/meetings/${meeting.meetingId}/members/invitable`)
      .set('Cookie', as(chair))
      .expect(409);
    expect(await invitedTo(meeting.meetingId, guest.id)).toBeUndefined();
  });

  it('lists a meeting ended early among the past ones, and one running over its time among those to come', async () => {
    const endedEarly = await aMeeting(dataSource, { chair: chair.id });
    await dataSource.query(
      `UPDATE meetings SET status = 'ended', started_at = now(), ended_at = now() WHERE id = $1`,
      [endedEarly.meetingId],
    );
    const overrunning = await aMeeting(dataSource, { chair: chair.id });
    await dataSource.query(
      `UPDATE meetings SET status = 'in_progress', started_at = now() - interval '4 hours', starts_at = now() - interval '4 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [overrunning.meetingId],
    );
    const ids = async (when: string) =>
      (await http().get(`/api/meetings?when=${when}`).set('Cookie', as(chair)).expect(200)).body.map(
        (m: { id: string }) => m.id,
      );
    const [upcoming, past] = [await ids('upcoming'), await ids('past')];
    expect(upcoming).not.toContain(endedEarly.meetingId);
    expect(past).toContain(endedEarly.meetingId);
    expect(upcoming).toContain(overrunning.meetingId);
    expect(past).not.toContain(overrunning.meetingId);
  });
});
