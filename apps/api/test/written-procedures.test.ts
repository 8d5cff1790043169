import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { aCase, type TestUser } from './support/factories.js';
import { aMeeting } from './support/meeting-factory.js';
import { binary, wordsOf } from './support/pdf-words.js';
import { roomSeats } from './support/room-seats.js';

/** Decisions between sittings: a case put to a group's members in writing, on the engine's own rules. */
describe('decisions in writing between sittings', () => {
  // A chair, four voting members and an observer, all in one Decision-Making Group (quorum: three).
  const seats = roomSeats(4);
  let groupId: string;
  const http = () => request(seats.test.app.getHttpServer());
  const as = (user: TestUser) => ({
    get: (path: string) => http().get(path).set('Cookie', seats.cookieOf(user)),
    post: (path: string, body: object) => http().post(path).set('Cookie', seats.cookieOf(user)).send(body),
  });
  const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

  beforeAll(async () => {
    const { dataSource, chair, members, observer } = seats;
    [{ id: groupId }] = await dataSource.query(
      `INSERT INTO meeting_groups (kind, name) VALUES ('dmg', 'Wednesday DMG') RETURNING id`,
    );
    for (const [user, role] of [
      [chair, 'chair'],
      ...members.map((m) => [m, 'member'] as const),
      [observer, 'observer'],
    ] as const)
      await dataSource.query(
        `INSERT INTO meeting_group_members (group_id, user_id, role) VALUES ($1, $2, $3)`,
        [groupId, user.id, role],
      );
  });

  /** The chair puts a new case to the group, answering by `respondBy`. */
  async function putInWriting(respondBy = inHours(48), key = randomUUID()) {
    const { reference, requestId } = await aCase(seats.dataSource);
    const response = await as(seats.chair)
      .post('/api/written-procedures', {
        groupId,
        caseReference: reference,
        kind: 'decision_to_assess',
        question: `Agree to assess ${reference} before the next panel?`,
        respondBy,
        idempotencyKey: key,
      })
      .expect(201);
    return { ...(response.body as { meetingId: string; itemId: string }), reference, requestId, key };
  }

  const vote = (user: TestUser, meetingId: string, itemId: string, choice: string, reason: string) =>
    as(user).post(`/api/written-procedures/${meetingId}/votes`, {
      itemId,
      choice,
      reason,
      idempotencyKey: randomUUID(),
    });

  /** The deadline passes (as if the time had come): set in the database, read afresh by the next command. */
  async function deadlinePasses(meetingId: string) {
    await seats.dataSource.query(
      `UPDATE meetings SET starts_at = now() - interval '2 hours', respond_by = now() - interval '1 minute' WHERE id = $1`,
      [meetingId],
    );
  }

  it("puts a case to the group's members with voting open from the start, tells them their vote is waiting, and audits each step", async () => {
    const { chair, members, observer, dataSource } = seats;
    const put = await putInWriting();
    const snapshot = (await as(members[0]!).get(`/api/meetings/${put.meetingId}`).expect(200)).body;
    expect(snapshot.meeting).toMatchObject({
      kind: 'dmg',
      status: 'in_progress',
      respondBy: expect.any(String),
    });
    expect(snapshot.agenda).toHaveLength(1);
    expect(snapshot.agenda[0]).toMatchObject({
      id: put.itemId,
      caseReference: put.reference,
      votingStatus: 'open',
    });
    expect(snapshot.members.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [chair, ...members, observer].map((u) => u.id).sort(),
    );

    const told = await dataSource.query(
      `SELECT recipient_id, link_path FROM notifications WHERE kind = 'voting_waiting' AND link_path = $1`,
      [`/written/${put.meetingId}`],
    );
    expect(told.map((n: { recipient_id: string }) => n.recipient_id).sort()).toEqual(
      members.map((m) => m.id).sort(),
    );

    const audit = await dataSource.query(
      `SELECT action FROM audit_records WHERE meeting_id = $1 ORDER BY id`,
      [put.meetingId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'written_procedure.put',
      'meeting.start',
      'agenda.add',
      'voting.open',
    ]);

    // Sent again with the same key: the same decision in writing, not a second one.
    const again = await as(chair)
      .post('/api/written-procedures', {
        groupId,
        caseReference: put.reference,
        kind: 'decision_to_assess',
        question: 'Agree to assess before the next panel?',
        respondBy: inHours(48),
        idempotencyKey: put.key,
      })
      .expect(201);
    expect(again.body).toEqual({ meetingId: put.meetingId, itemId: put.itemId });

    const listed = (await as(members[1]!).get('/api/written-procedures').expect(200)).body;
    expect(listed).toContainEqual(
      expect.objectContaining({
        meetingId: put.meetingId,
        caseReference: put.reference,
        youHaveVoted: false,
      }),
    );
  });

  it('puts nothing to anyone on a bad request: not the chair of the group, an unknown case, a deadline too near', async () => {
    const { dataSource, members, chair } = seats;
    const count = async () =>
      (await dataSource.query(`SELECT count(*)::int AS n FROM meetings WHERE respond_by IS NOT NULL`))[0].n;
    const before = await count();
    const { reference } = await aCase(dataSource);
    const body = {
      groupId,
      caseReference: reference,
      kind: 'decision_to_assess',
      question: 'Agree to assess?',
      respondBy: inHours(24),
    };
    await as(members[0]!)
      .post('/api/written-procedures', { ...body, idempotencyKey: randomUUID() })
      .expect(404);
    const unknown = await as(chair)
      .post('/api/written-procedures', { ...body, caseReference: 'EHC-NOBODY', idempotencyKey: randomUUID() })
      .expect(400);
    expect(unknown.body.fields).toEqual([expect.objectContaining({ field: 'caseReference' })]);
    const near = await as(chair)
      .post('/api/written-procedures', { ...body, respondBy: inHours(0.5), idempotencyKey: randomUUID() })
      .expect(400);
    expect(near.body.fields).toEqual([expect.objectContaining({ field: 'respondBy' })]);
    expect(await count()).toBe(before);
    expect(
      await dataSource.query(
        `SELECT 1 FROM notifications WHERE link_path LIKE '/written/%' AND subject_ref = $1`,
        [reference],
      ),
    ).toEqual([]);
  });

  it("never shows anyone another member's vote or reason before the chair reveals: not in answers, pages, lists or the room's events", async () => {
    const { chair, members, observer } = seats;
    const put = await putInWriting();
    // The chair and an observer watch the meeting live, as the room would.
    const watching = [await seats.connect(chair), await seats.connect(observer)];
    for (const client of watching) await client.join(put.meetingId);

    const answers: unknown[] = [];
    for (const [i, member] of members.entries())
      answers.push(
        (
          await vote(
            member,
            put.meetingId,
            put.itemId,
            i === 3 ? 'refuse' : 'agree',
            `secret-reason-${i}`,
          ).expect(200)
        ).body,
      );
    const seen = async (user: TestUser) =>
      JSON.stringify([
        (await as(user).get(`/api/meetings/${put.meetingId}`).expect(200)).body,
        (await as(user).get('/api/written-procedures').expect(200)).body,
        (await as(user).get(`/api/meetings/${put.meetingId}/minutes`).expect(200)).body,
      ]);
    for (const [i, member] of members.entries()) {
      const page = await seen(member);
      for (let other = 0; other < members.length; other++)
        if (other !== i)
          expect(page, `member ${i} saw member ${other}'s reason`).not.toContain(`secret-reason-${other}`);
      expect(page).toContain(`secret-reason-${i}`);
    }
    for (const user of [chair, observer]) expect(await seen(user)).not.toMatch(/secret-reason/);
    expect(JSON.stringify(answers)).not.toMatch(/secret-reason|agree|refuse/);
    for (const client of watching) {
      expect(JSON.stringify(client.frames)).not.toMatch(/secret-reason/);
      expect(JSON.stringify(client.frames)).not.toMatch(/"votes":\[\{/);
    }

    // Every member has voted: the chair may reveal before the deadline, and then everyone sees every vote.
    await as(chair)
      .post(`/api/written-procedures/${put.meetingId}/reveal`, {
        itemId: put.itemId,
        idempotencyKey: randomUUID(),
      })
      .expect(200);
    const revealed = await watching[1]!.waitForEvent((e) => e.type === 'votes.revealed');
    expect(revealed.payload).toMatchObject({ tally: { agree: 3, refuse: 1 } });
    expect(await seen(observer)).toContain('secret-reason-3');
  });

  it('will not reveal early while members still have time, and takes no vote once the deadline has passed', async () => {
    const { chair, members } = seats;
    const put = await putInWriting();
    await vote(members[0]!, put.meetingId, put.itemId, 'agree', 'in time').expect(200);
    const early = await as(chair)
      .post(`/api/written-procedures/${put.meetingId}/reveal`, {
        itemId: put.itemId,
        idempotencyKey: randomUUID(),
      })
      .expect(409);
    expect(early.body.message).toMatch(/3 members have not responded yet/);

    const late = await putInWriting();
    await deadlinePasses(late.meetingId);
    const refused = await vote(members[1]!, late.meetingId, late.itemId, 'agree', 'too late').expect(409);
    expect(refused.body.message).toMatch(/deadline to respond has passed/);
    expect(
      await seats.dataSource.query(`SELECT 1 FROM votes WHERE agenda_item_id = $1`, [late.itemId]),
    ).toEqual([]);
  });

  it('counts the quorum in responses, not attendance: too few responses close only as inquorate, with a reason', async () => {
    const { chair, members, dataSource } = seats;
    const put = await putInWriting();
    await vote(members[0]!, put.meetingId, put.itemId, 'agree', 'yes').expect(200);
    await vote(members[1]!, put.meetingId, put.itemId, 'agree', 'yes').expect(200);
    await deadlinePasses(put.meetingId);
    const reveal = (extra: object = {}) =>
      as(chair).post(`/api/written-procedures/${put.meetingId}/reveal`, {
        itemId: put.itemId,
        idempotencyKey: randomUUID(),
        ...extra,
      });
    const inquorate = await reveal().expect(409);
    expect(inquorate.body).toMatchObject({ code: 'inquorate' });
    expect(inquorate.body.message).toMatch(/2 voting members responded/);
    const [still] = await dataSource.query(`SELECT voting_status FROM agenda_items WHERE id = $1`, [
      put.itemId,
    ]);
    expect(still.voting_status).toBe('open');
    await reveal({ inquorateReason: 'Two responses by the deadline' }).expect(200);
    const [item] = await dataSource.query(
      `SELECT voting_status, inquorate_reason FROM agenda_items WHERE id = $1`,
      [put.itemId],
    );
    expect(item).toEqual({ voting_status: 'revealed', inquorate_reason: 'Two responses by the deadline' });

    // Three responses of four make the quorum, whoever "attended".
    const quorate = await putInWriting();
    for (const member of members.slice(0, 3))
      await vote(member, quorate.meetingId, quorate.itemId, 'refuse', 'not yet').expect(200);
    await deadlinePasses(quorate.meetingId);
    await as(chair)
      .post(`/api/written-procedures/${quorate.meetingId}/reveal`, {
        itemId: quorate.itemId,
        idempotencyKey: randomUUID(),
      })
      .expect(200);
  });

  it('records the outcome as the room does, moving the case along its path, and ends the decision in writing', async () => {
    const { chair, members, dataSource } = seats;
    const put = await putInWriting();
    for (const member of members)
      await vote(member, put.meetingId, put.itemId, 'agree', 'Needs beyond SEN support').expect(200);
    // Only the chair reveals and records.
    await as(members[0]!)
      .post(`/api/written-procedures/${put.meetingId}/reveal`, {
        itemId: put.itemId,
        idempotencyKey: randomUUID(),
      })
      .expect(403);
    await as(chair)
      .post(`/api/written-procedures/${put.meetingId}/reveal`, {
        itemId: put.itemId,
        idempotencyKey: randomUUID(),
      })
      .expect(200);
    const missingReasons = await as(chair)
      .post(`/api/written-procedures/${put.meetingId}/outcome`, {
        itemId: put.itemId,
        outcome: 'agree',
        reasons: '',
        idempotencyKey: randomUUID(),
      })
      .expect(400);
    expect(missingReasons.body.fields).toEqual([expect.objectContaining({ field: 'reasons' })]);
    await as(chair)
      .post(`/api/written-procedures/${put.meetingId}/outcome`, {
        itemId: put.itemId,
        outcome: 'agree',
        reasons: 'Needs beyond SEN support',
        criteriaNotMetReason: 'The test case carries no threshold evidence',
        idempotencyKey: randomUUID(),
      })
      .expect(200);

    const [requested] = await dataSource.query(`SELECT stage FROM ehc_requests WHERE id = $1`, [
      put.requestId,
    ]);
    expect(requested.stage).toBe('assessment');
    const [meeting] = await dataSource.query(`SELECT status FROM meetings WHERE id = $1`, [put.meetingId]);
    expect(meeting.status).toBe('ended');
    const audit = await dataSource.query(
      `SELECT action FROM audit_records WHERE meeting_id = $1 AND action IN ('voting.close', 'votes.reveal', 'outcome.record', 'request.assessment', 'meeting.end') ORDER BY id`,
      [put.meetingId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'voting.close',
      'votes.reveal',
      'request.assessment',
      'outcome.record',
      'meeting.end',
    ]);
    const listed = (await as(members[0]!).get('/api/written-procedures').expect(200)).body;
    expect(listed).toContainEqual(
      expect.objectContaining({
        meetingId: put.meetingId,
        status: 'ended',
        outcome: 'agree',
        youHaveVoted: true,
      }),
    );
  });

  it("lists the group's decisions in writing since its last sitting for noting at the next, and in its minutes", async () => {
    const { chair, members, observer, dataSource } = seats;
    const decide = async (outcome: string) => {
      const put = await putInWriting();
      for (const member of members)
        await vote(member, put.meetingId, put.itemId, outcome, 'Decided in writing').expect(200);
      await as(chair)
        .post(`/api/written-procedures/${put.meetingId}/reveal`, {
          itemId: put.itemId,
          idempotencyKey: randomUUID(),
        })
        .expect(200);
      await as(chair)
        .post(`/api/written-procedures/${put.meetingId}/outcome`, {
          itemId: put.itemId,
          outcome,
          reasons: `Decided in writing: ${outcome}`,
          idempotencyKey: randomUUID(),
        })
        .expect(200);
      return put;
    };
    // The last sitting was a week ago; one decision in writing came before it, one since.
    const last = await aMeeting(dataSource, {
      chair: chair.id,
      members: members.map((m) => m.id),
      items: [],
    });
    await dataSource.query(
      `UPDATE meetings SET starts_at = now() - interval '7 days', ends_at = now() - interval '7 days' + interval '3 hours', status = 'ended' WHERE id = $1`,
      [last.meetingId],
    );
    const before = await decide('refuse');
    await dataSource.query(`UPDATE agenda_items SET decided_at = now() - interval '8 days' WHERE id = $1`, [
      before.itemId,
    ]);
    const since = await decide('defer');
    const next = await aMeeting(dataSource, {
      chair: chair.id,
      members: members.map((m) => m.id),
      observers: [observer.id],
      items: [],
    });
    await dataSource.query(
      `UPDATE meetings SET starts_at = now() + interval '1 day', ends_at = now() + interval '1 day 3 hours' WHERE id = $1`,
      [next.meetingId],
    );

    const noted = (await as(chair).get(`/api/meetings/${next.meetingId}/written-decisions`).expect(200)).body;
    // (The decisions in writing of the other tests, all taken since the last sitting, are listed too.)
    const ours = noted.filter((n: { meetingId: string }) =>
      [before.meetingId, since.meetingId].includes(n.meetingId),
    );
    expect(ours).toEqual([
      {
        meetingId: since.meetingId,
        question: `Agree to assess ${since.reference} before the next panel?`,
        itemKind: 'decision_to_assess',
        caseReference: since.reference,
        outcome: 'defer',
        reasons: 'Decided in writing: defer',
        tally: { defer: 4 },
        decidedAt: expect.any(String),
      },
    ]);
    const minutes = (await as(members[0]!).get(`/api/meetings/${next.meetingId}/minutes`).expect(200)).body;
    expect(minutes.writtenDecisions).toEqual(noted);
    // The minutes for the record carry them too: a row of the CSV and a section of the PDF.
    const csv = (await as(members[0]!).get(`/api/meetings/${next.meetingId}/minutes.csv`).expect(200)).text;
    expect(csv.split('\r\n').find((row) => row.includes(since.reference))).toMatch(
      /^noted: decided in writing,decision_to_assess,[A-Z0-9-]+,,decided,Defer for more information,Decided in writing: defer,,Defer for more information 4,/,
    );
    const pdf = (
      await as(members[0]!)
        .get(`/api/meetings/${next.meetingId}/minutes.pdf`)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;
    const words = wordsOf(pdf);
    expect(words).toContain('Decided in writing since the last meeting (noted)');
    expect(words).toContain(`${since.reference} (decision to assess): Defer for more information`);
    // Only to those invited to the sitting.
    const outsider = seats.members[0]!;
    await dataSource.query(`DELETE FROM meeting_members WHERE meeting_id = $1 AND user_id = $2`, [
      next.meetingId,
      outsider.id,
    ]);
    await as(outsider).get(`/api/meetings/${next.meetingId}/written-decisions`).expect(404);
  });
});
