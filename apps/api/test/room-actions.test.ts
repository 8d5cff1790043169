import { addDays } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import type { TestUser } from './support/factories.js';
import { aMeeting } from './support/meeting-factory.js';
import { roomSeats } from './support/room-seats.js';
import type { ListeningTestApp } from './support/test-app.js';

/** Actions agreed in the room (`action.add`): on the item for everyone, in a fresh snapshot, the minutes, the owner's list and the case. */
describe('an action agreed in the room', () => {
  const seats = roomSeats(2);
  let test: ListeningTestApp;
  let dataSource: DataSource;
  let chair: TestUser;
  let members: TestUser[];
  let observer: TestUser;
  const today = todayInEngland();
  beforeAll(() => {
    ({ test, dataSource, chair, members, observer } = seats);
  });

  async function room() {
    const meeting = await aMeeting(dataSource, {
      chair: chair.id,
      members: members.map((m) => m.id),
      observers: [observer.id],
      items: [{}],
    });
    const chairClient = await seats.connect(chair);
    await chairClient.join(meeting.meetingId);
    const memberClient = await seats.connect(members[0]!);
    await memberClient.join(meeting.meetingId);
    const observerClient = await seats.connect(observer);
    await observerClient.join(meeting.meetingId);
    return { ...meeting, itemId: meeting.itemIds[0]!, chairClient, memberClient, observerClient };
  }
  const actionRows = async () =>
    (await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM actions`))[0]!.n;

  it('reaches everyone in the room at once and stays with the item, the minutes, the owner’s list and the case', async () => {
    const r = await room();
    const at = { meetingId: r.meetingId, itemId: r.itemId };
    // Not before the meeting starts.
    expect(
      await r.chairClient.send('action.add', {
        ...at,
        what: 'See the child',
        ownerUserId: members[1]!.id,
        dueOn: today,
      }),
    ).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(await r.chairClient.send('meeting.start', { meetingId: r.meetingId })).toMatchObject({ ok: true });

    const seen = r.observerClient.waitForEvent((e) => e.type === 'action.added');
    const dueOn = addDays(today, 7);
    expect(
      await r.memberClient.send('action.add', {
        ...at,
        what: 'EP to see the child before the next panel',
        ownerUserId: members[1]!.id,
        dueOn,
      }),
    ).toMatchObject({ ok: true });
    const event = await seen;
    expect(event.payload).toMatchObject({
      itemId: r.itemId,
      action: { what: 'EP to see the child before the next panel', ownerKind: 'person', dueOn },
    });

    const snapshot = await r.chairClient.join(r.meetingId);
    expect(snapshot.agenda[0]!.actions).toEqual([
      expect.objectContaining({ what: 'EP to see the child before the next panel', dueOn }),
    ]);
    const minutes = await request(test.app.getHttpServer())
      .get(`/api/meetings/${r.meetingId}/minutes`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(minutes.body.items[0].actions).toEqual([
      expect.objectContaining({ what: 'EP to see the child before the next panel' }),
    ]);
    const csv = await request(test.app.getHttpServer())
      .get(`/api/meetings/${r.meetingId}/minutes.csv`)
      .set('Cookie', seats.cookieOf(chair))
      .expect(200);
    expect(csv.text).toContain(`by ${dueOn}: EP to see the child before the next panel`);
    const mine = await request(test.app.getHttpServer())
      .get('/api/actions/mine')
      .set('Cookie', seats.cookieOf(members[1]!))
      .expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        what: 'EP to see the child before the next panel',
        origin: expect.objectContaining({ kind: 'meeting_item', meetingId: r.meetingId, itemId: r.itemId }),
        caseReference: expect.stringMatching(/^EHC-/),
        dueInWords: 'due in 7 days',
      }),
    ]);
    const [audit] = await dataSource.query<{ action: string; meeting_id: string }[]>(
      `SELECT action, meeting_id FROM audit_records WHERE entity_type = 'action' AND entity_id = $1`,
      [mine.body.items[0].id],
    );
    expect(audit).toEqual({ action: 'action.add', meeting_id: r.meetingId });
    // Its owner is told, with the command, by the case's reference.
    const told = await dataSource.query<{ kind: string; subject_ref: string }[]>(
      `SELECT kind, subject_ref FROM notifications WHERE recipient_id = $1`,
      [members[1]!.id],
    );
    expect(told).toEqual([{ kind: 'action_assigned', subject_ref: mine.body.items[0].caseReference }]);
  });

  it('refuses an observer, an action with no owner or a past day, naming the field, and writes nothing', async () => {
    const r = await room();
    const at = { meetingId: r.meetingId, itemId: r.itemId };
    expect(await r.chairClient.send('meeting.start', { meetingId: r.meetingId })).toMatchObject({ ok: true });
    const before = await actionRows();
    expect(
      await r.observerClient.send('action.add', { ...at, what: 'x', ownerUserId: chair.id, dueOn: today }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      await r.chairClient.send('action.add', { ...at, what: 'Ask the school', dueOn: today }),
    ).toMatchObject({
      ok: false,
      code: 'validation_failed',
      fields: [expect.objectContaining({ field: 'owner' })],
    });
    expect(
      await r.chairClient.send('action.add', {
        ...at,
        what: 'Ask the school',
        ownerUserId: chair.id,
        dueOn: addDays(today, -1),
      }),
    ).toMatchObject({
      ok: false,
      code: 'validation_failed',
      fields: [expect.objectContaining({ field: 'dueOn' })],
    });
    expect(
      await r.chairClient.send('action.add', { ...at, what: '', ownerUserId: chair.id, dueOn: today }),
    ).toMatchObject({ ok: false, code: 'validation_failed' });
    expect(await actionRows()).toBe(before);
  });
});
