import { addDays } from '@convene/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInEngland } from '../src/common/today.js';
import { aCase, anAgency, aUser, type TestUser } from './support/factories.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** A day counted from today in England, as the dashboard counts. */
const day = (offset: number) => addDays(todayInEngland(), offset);

/**
 * A hand-worked set: the speech and language team owns two overdue actions itself and one of its therapists a
 * third; CAMHS's worker has one overdue, one due today and one overdue but done; CAMHS owns one not yet due. So:
 * speech and language 3, CAMHS 1, 4 in all.
 */
describe('overdue actions by team on the dashboard', () => {
  let test: TestApp;
  let dataSource: DataSource;
  const http = () => request(test.app.getHttpServer());
  let manager: string;
  let salt: string;
  let camhs: string;
  const refs: Record<string, string> = {};

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    const chair = await aUser(dataSource, { roles: ['chair'] });
    manager = await signIn(test, chair);
    salt = await anAgency(dataSource, 'salt_overdue', 'health');
    camhs = await anAgency(dataSource, 'camhs_overdue', 'health');
    const therapist: TestUser = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'salt_overdue',
      agencyKind: 'health',
    });
    const worker: TestUser = await aUser(dataSource, {
      roles: ['health_team_rep'],
      agencyCode: 'camhs_overdue',
      agencyKind: 'health',
    });
    const add = async (
      ref: string,
      owner: { user?: string; team?: string },
      dueIn: number,
      closed = false,
    ) => {
      const child = await aCase(dataSource, { reference: ref });
      refs[ref] = child.childId;
      await dataSource.query(
        `INSERT INTO actions (what, owner_user_id, owner_agency_id, due_on, origin, child_id, created_by, status, closed_at, closing_note, closed_by)
         VALUES ($1, $2, $3, $4, 'case', $5, $6, $7, $8, $9, $10)`,
        [
          `Action on ${ref}`,
          owner.user ?? null,
          owner.team ?? null,
          day(dueIn),
          child.childId,
          chair.id,
          closed ? 'done' : 'open',
          closed ? new Date() : null,
          closed ? 'Done' : null,
          closed ? chair.id : null,
        ],
      );
    };
    await add('EHC-OV-1', { team: salt }, -10);
    await add('EHC-OV-2', { team: salt }, -1);
    await add('EHC-OV-3', { user: therapist.id }, -3);
    await add('EHC-OV-4', { user: worker.id }, -5);
    await add('EHC-OV-5', { user: worker.id }, 0);
    await add('EHC-OV-6', { user: worker.id }, -8, true);
    await add('EHC-OV-7', { team: camhs }, 4);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('counts open actions past their due day for the owning team or the owner’s team', async () => {
    const figures = await http().get('/api/dashboard/overdue-actions').set('Cookie', manager).expect(200);
    expect(figures.body).toEqual({
      countedOn: day(0),
      teams: [
        { agencyId: salt, team: expect.any(String), overdue: 3 },
        { agencyId: camhs, team: expect.any(String), overdue: 1 },
      ],
      total: 4,
    });
  });

  it('lists the actions and cases behind a team’s count, the longest overdue first', async () => {
    const behind = await http()
      .get(`/api/dashboard/overdue-actions/${salt}`)
      .set('Cookie', manager)
      .expect(200);
    expect(
      behind.body.map((a: { caseReference: string; standing: string }) => [a.caseReference, a.standing]),
    ).toEqual([
      ['EHC-OV-1', 'overdue'],
      ['EHC-OV-3', 'overdue'],
      ['EHC-OV-2', 'overdue'],
    ]);
    expect(behind.body[0].childId).toBe(refs['EHC-OV-1']);
    const camhsBehind = await http()
      .get(`/api/dashboard/overdue-actions/${camhs}`)
      .set('Cookie', manager)
      .expect(200);
    expect(camhsBehind.body.map((a: { caseReference: string }) => a.caseReference)).toEqual(['EHC-OV-4']);
  });

  it('is for the dashboard’s readers only', async () => {
    const flo = await signIn(test, await aUser(dataSource, { roles: ['presenter'] }));
    await http().get('/api/dashboard/overdue-actions').set('Cookie', flo).expect(403);
    await http().get(`/api/dashboard/overdue-actions/${salt}`).set('Cookie', flo).expect(403);
  });
});
