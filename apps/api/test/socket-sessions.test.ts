import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { SocketSessionUse } from '../src/meetings/realtime/socket-session-use.js';
import { aUser } from './support/factories.js';
import { aMeeting } from './support/meeting-factory.js';
import { signIn } from './support/sign-in.js';
import { roomSeats } from './support/room-seats.js';

const sessionOf = `token_hash = encode(sha256(split_part($1, '=', 2)::bytea), 'hex')`;

describe('a live connection and the session it stands on', () => {
  const seats = roomSeats(0);

  it("is closed when the session's 12 hours are up, though it sent nothing", async () => {
    const member = await aUser(seats.dataSource, { roles: ['panel_member'] });
    const cookie = await signIn(seats.test, member);
    await seats.dataSource.query(
      `UPDATE sessions SET expires_at = now() + interval '2 seconds' WHERE ${sessionOf}`,
      [cookie],
    );
    const meeting = await aMeeting(seats.dataSource, { chair: seats.chair.id, members: [member.id] });
    const client = await seats.connectWith(cookie);
    await client.join(meeting.meetingId);
    const closed = await new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
    expect(closed).toBe('io server disconnect');
  });

  it('keeps a session used only in the live room from idling out', async () => {
    const cookie = await signIn(seats.test, seats.chair);
    const meeting = await aMeeting(seats.dataSource, { chair: seats.chair.id });
    const client = await seats.connectWith(cookie);
    await client.join(meeting.meetingId);
    // The last REST request was 100 minutes ago; the chair has been running the meeting since.
    await seats.dataSource.query(
      `UPDATE sessions SET last_seen_at = now() - interval '100 minutes' WHERE ${sessionOf}`,
      [cookie],
    );
    expect(await client.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({ ok: true });
    await seats.test.app.get(SocketSessionUse).write();
    const [{ idle_seconds }] = await seats.dataSource.query(
      `SELECT extract(epoch FROM now() - last_seen_at) AS idle_seconds FROM sessions WHERE ${sessionOf}`,
      [cookie],
    );
    expect(Number(idle_seconds)).toBeLessThan(30);
    // So 30 minutes on, past the 2 hours since the last REST request, the session still works.
    await seats.dataSource.query(
      `UPDATE sessions SET last_seen_at = last_seen_at - interval '30 minutes' WHERE ${sessionOf}`,
      [cookie],
    );
    await request(seats.test.app.getHttpServer()).get('/api/auth/me').set('Cookie', cookie).expect(200);
  });

  it('holds an administrator to setting up two-step sign-in again from their next command after it is reset', async () => {
    const chairingAdmin = await aUser(seats.dataSource, { roles: ['admin', 'chair'] });
    const otherAdmin = await aUser(seats.dataSource, { roles: ['admin'] });
    const cookie = await signIn(seats.test, chairingAdmin);
    const meeting = await aMeeting(seats.dataSource, { chair: chairingAdmin.id });
    const client = await seats.connectWith(cookie);
    await client.join(meeting.meetingId);
    await request(seats.test.app.getHttpServer())
      .post(`/api/admin/users/${chairingAdmin.id}/two-step/reset`)
      .set('Cookie', await signIn(seats.test, otherAdmin))
      .expect(204);
    const closed = new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
    expect(await client.send('meeting.start', { meetingId: meeting.meetingId })).toMatchObject({
      ok: false,
      code: 'two_step_enrolment_required',
    });
    expect(await closed).toBe('io server disconnect');
    const [{ status }] = await seats.dataSource.query(`SELECT status FROM meetings WHERE id = $1`, [
      meeting.meetingId,
    ]);
    expect(status).not.toBe('in_progress');
  });
});
