import { familyRequestView } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FamilyRequestFactsRepository } from '../src/family-view/family-request-facts.repository.js';
import { aCase, aUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe("a request's path as its family reads it, from what officers record", () => {
  let test: TestApp;
  let dataSource: DataSource;
  let officer: string;
  const http = () => request(test.app.getHttpServer());
  const step = (requestId: string, to: string, occurredOn: string) =>
    http()
      .post(`/api/requests/${requestId}/transitions`)
      .set('Cookie', officer)
      .send({ to, occurredOn })
      .expect(200);

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    officer = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
  });
  afterAll(async () => {
    await test?.close();
  });

  it('takes each step recorded, and only the exceptions to the request’s own time limits', async () => {
    const { childId, requestId } = await aCase(dataSource, { receivedOn: '2026-01-05' });
    await step(requestId, 'assessment', '2026-02-20');
    await http()
      .post(`/api/requests/${requestId}/exceptions`)
      .set('Cookie', officer)
      .send({ regulation: '5(4)', kind: 'absent_from_area', startsOn: '2026-01-10', endsOn: '2026-02-15' })
      .expect(201);
    await step(requestId, 'decision_to_issue', '2026-04-01');
    await step(requestId, 'draft_issued', '2026-04-30');
    const facts = await new FamilyRequestFactsRepository(dataSource.manager).latestOfChild(
      childId,
      '2026-05-10',
    );
    expect(facts).toMatchObject({
      requestId,
      stage: 'draft_issued',
      receivedOn: '2026-01-05',
      stepsOn: { assessment: '2026-02-20', decision_to_issue: '2026-04-01', draft_issued: '2026-04-30' },
      exceptions: [{ regulation: '5(4)', kind: 'absent_from_area' }],
      lastReviewedOn: null,
    });
    const view = familyRequestView(facts!);
    expect(view.draftComments).toEqual({ lastDay: '2026-05-14', daysLeft: 5, open: true });
    expect(view.steps.find((s) => s.step === 'decision_to_assess')).toMatchObject({
      on: '2026-02-20',
      late: true,
    });
  });

  it('names a refusal as a refusal, and has nothing for a child without a request', async () => {
    const { childId, requestId } = await aCase(dataSource, { receivedOn: '2026-01-05' });
    await step(requestId, 'refused', '2026-02-10');
    const facts = await new FamilyRequestFactsRepository(dataSource.manager).latestOfChild(
      childId,
      '2026-03-01',
    );
    expect(facts?.stepsOn).toEqual({ refused: '2026-02-10' });
    expect(familyRequestView(facts!).stage.title).toBe('We decided not to do an assessment');
    const [other] = await dataSource.query(`SELECT gen_random_uuid() AS id`);
    expect(
      await new FamilyRequestFactsRepository(dataSource.manager).latestOfChild(other.id, '2026-03-01'),
    ).toBeNull();
  });
});
