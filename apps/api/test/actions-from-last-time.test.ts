import { addDays } from '@convene/domain';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aMeeting } from './support/meeting-factory.js';
import { roomSeats } from './support/room-seats.js';

/** Actions from last time: what the group agreed at its previous sitting, for the chair of the next to go through. */
describe('actions from last time', () => {
  const seats = roomSeats(2);
  const today = todayInEngland();
  const http = () => request(seats.test.app.getHttpServer());

  it('shows an action agreed at meeting 1 to the chair of meeting 2 of the same group, who closes it from there', async () => {
    const { dataSource, chair, members } = seats;
    const options = { kind: 'dmg_vulnerable' as const, chair: chair.id, members: members.map((m) => m.id) };
    const first = await aMeeting(dataSource, options);
    const otherGroup = await aMeeting(dataSource, { ...options, kind: 'dmg_children_in_care' });
    const second = await aMeeting(dataSource, options);
    const client = await seats.connect(chair);
    await client.join(first.meetingId);
    expect(await client.send('meeting.start', { meetingId: first.meetingId })).toMatchObject({ ok: true });
    const dueOn = addDays(today, 3);
    expect(
      await client.send('action.add', {
        meetingId: first.meetingId,
        itemId: first.itemIds[0]!,
        what: 'Ask the school for two more APDR cycles',
        ownerUserId: members[1]!.id,
        dueOn,
      }),
    ).toMatchObject({ ok: true });
    // Meeting 1 sat a week ago.
    await dataSource.query(
      `UPDATE meetings SET starts_at = now() - interval '7 days', ends_at = now() - interval '7 days' + interval '3 hours' WHERE id = $1`,
      [first.meetingId],
    );

    const atSecond = await http()
      .get(`/api/meetings/${second.meetingId}/actions-from-last-time`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(atSecond.body).toMatchObject({
      previousMeeting: { id: first.meetingId },
      openCount: 1,
      items: [
        expect.objectContaining({
          what: 'Ask the school for two more APDR cycles',
          dueInWords: 'due in 3 days',
          origin: expect.objectContaining({ kind: 'meeting_item', meetingId: first.meetingId }),
        }),
      ],
    });
    // Another group's sitting has nothing from this one; a member is not the chair.
    const elsewhere = await http()
      .get(`/api/meetings/${otherGroup.meetingId}/actions-from-last-time`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(elsewhere.body).toEqual({ previousMeeting: null, items: [], openCount: 0 });
    await http()
      .get(`/api/meetings/${second.meetingId}/actions-from-last-time`)
      .set('Cookie', seats.cookieOf(members[0]!))
      .expect(404);

    const actionId = atSecond.body.items[0].id as string;
    await http()
      .post(`/api/actions/${actionId}/close`)
      .set('Cookie', seats.cookieOf(chair))
      .send({ outcome: 'done', note: 'The school sent two more cycles' })
      .expect(200);
    const after = await http()
      .get(`/api/meetings/${second.meetingId}/actions-from-last-time`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(after.body).toMatchObject({
      openCount: 0,
      items: [expect.objectContaining({ status: 'done', closingNote: 'The school sent two more cycles' })],
    });
  });
});
