import { addDays } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aCase, aFamilyMember, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface FamilyEmail {
  address: string;
  subject: string;
  body_text: string;
  body_html: string;
}

describe('a family hears by email when their child’s request moves', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let chair: string;
  let chairId: string;
  const http = () => request(test.app.getHttpServer());

  const emailsTo = (address: string) =>
    dataSource.query<FamilyEmail[]>(
      `SELECT address, subject, body_text, body_html FROM outbound_messages
        WHERE kind = 'family_news' AND address = $1 ORDER BY created_at`,
      [address],
    );
  const step = (requestId: string, to: string, occurredOn: string) =>
    http().post(`/api/requests/${requestId}/transitions`).set('Cookie', chair).send({ to, occurredOn });

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    const user = await aUser(dataSource, { roles: ['chair'] });
    chairId = user.id;
    chair = await signIn(test, user);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('tells every parent on the account that a decision was made and the draft is ready, never naming the child', async () => {
    const { childId, requestId, reference } = await aCase(dataSource, {
      receivedOn: '2026-06-01',
      givenName: 'Marigold',
      familyName: 'Quillfeather',
    });
    const mum = await aFamilyMember(dataSource, childId, { addedBy: chairId });
    const dad = await aFamilyMember(dataSource, childId, { addedBy: chairId, relationship: 'dad' });
    await step(requestId, 'assessment', '2026-07-01').expect(200);
    await step(requestId, 'decision_to_issue', '2026-09-01').expect(200);
    await step(requestId, 'draft_issued', '2026-09-10').expect(200);

    const toMum = await emailsTo(mum.email);
    expect(toMum.map((e) => e.subject)).toEqual([
      'We have made a decision about your child’s request',
      'We have made a decision about your child’s request',
      'Your child’s draft plan is ready to read',
    ]);
    expect(toMum[2]!.body_text).toContain('until 24 September 2026');
    expect(toMum[2]!.body_text).toContain('/family/sign-in');
    expect((await emailsTo(dad.email)).map((e) => e.subject)).toEqual(toMum.map((e) => e.subject));
    for (const email of toMum)
      expect(`${email.subject} ${email.body_text} ${email.body_html}`).not.toMatch(
        new RegExp(`Marigold|Quillfeather|2016-05-04|${reference}`),
      );
  });

  it('does not tell a parent whose access was removed, nor anyone when a step is refused', async () => {
    const { childId, requestId } = await aCase(dataSource, { receivedOn: '2026-06-01' });
    const parent = await aFamilyMember(dataSource, childId, { addedBy: chairId });
    await dataSource.query(`UPDATE family_links SET removed_at = now(), removed_by = $2 WHERE user_id = $1`, [
      parent.id,
      chairId,
    ]);
    await step(requestId, 'refused', '2026-07-01').expect(200);
    expect(await emailsTo(parent.email)).toEqual([]);

    const other = await aCase(dataSource, { receivedOn: '2026-06-01' });
    const otherParent = await aFamilyMember(dataSource, other.childId, { addedBy: chairId });
    // A draft before any decision to issue breaks the path: refused, and nobody is told.
    await step(other.requestId, 'draft_issued', '2026-07-01').expect(422);
    expect(await emailsTo(otherParent.email)).toEqual([]);
  });

  it('tells them when a date of the request moves, with the exception recorded', async () => {
    const today = todayInEngland();
    const { childId, requestId } = await aCase(dataSource, { receivedOn: addDays(today, -60) });
    const parent = await aFamilyMember(dataSource, childId, { addedBy: chairId });
    await step(requestId, 'assessment', addDays(today, -20)).expect(200);
    const recorded = await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', chair)
      .send({ regulation: '10(4)', kind: 'exceptional_circumstances', startsOn: today });
    expect(recorded.status, JSON.stringify(recorded.body)).toBeLessThan(300);
    expect((await emailsTo(parent.email)).map((e) => e.subject)).toEqual([
      'We have made a decision about your child’s request',
      'A date on your child’s request has changed',
    ]);
  });
});
