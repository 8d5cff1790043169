import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aUser, type TestUser } from './support/factories.js';
import { find, parseXml, shapeProblems, type XmlElement } from './support/sen2-message-shape.js';
import { signIn } from './support/sign-in.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The January 2027 census: the collection year is 2026. */
const CENSUS = '2027-01-21';

const text = (element: XmlElement, path: string): string | undefined => find(element, path)[0]?.text;

describe('the SEN2 return: each field from the records, a validation report, and the XML file', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let admin: TestUser;
  let flo: TestUser;
  let adminCookie: string;
  let chairCookie: string;
  let floCookie: string;
  let otherFloCookie: string;
  const cases: Record<
    'refused' | 'assessing' | 'issued' | 'ceased' | 'incomplete' | 'finished',
    { childId: string; requestId: string; reference: string }
  > = {} as never;

  const http = () => request(test.app.getHttpServer());
  const setRequest = (requestId: string, sql: string, values: unknown[]) =>
    dataSource.query(`UPDATE ehc_requests SET ${sql} WHERE id = $1`, [requestId, ...values]);
  const complete = (childId: string, details: Record<string, unknown>) =>
    http().patch(`/api/cases/${childId}/return-details`).set('Cookie', adminCookie).send(details).expect(200);
  const rowCounts = async () =>
    (
      await dataSource.query(
        `SELECT (SELECT count(*)::int FROM placements) AS placements,
                (SELECT count(*)::int FROM audit_records) AS audits,
                (SELECT count(*)::int FROM children WHERE upn IS NOT NULL) AS upns`,
      )
    )[0];

  beforeAll(async () => {
    test = await startTestApp({ COUNCIL_LA_NUMBER: '391' });
    dataSource = test.app.get(DataSource);
    admin = await aUser(dataSource, { roles: ['admin'] });
    flo = await aUser(dataSource, { roles: ['presenter'] });
    adminCookie = await signIn(test, admin);
    chairCookie = await signIn(test, await aUser(dataSource, { roles: ['chair'] }));
    floCookie = await signIn(test, flo);
    otherFloCookie = await signIn(test, await aUser(dataSource, { roles: ['presenter'] }));

    // A request refused in the collection year.
    cases.refused = await aCase(dataSource, {
      receivedOn: '2026-03-02',
      familyName: "O'Neil",
      givenName: 'Ruth',
    });
    await setRequest(cases.refused.requestId, `stage = 'refused', closed_on = $2`, ['2026-04-10']);
    await complete(cases.refused.childId, {
      upn: 'L201234567890',
      sex: 'F',
      ethnicity: 'WIRI',
      postcode: 'ne1 4st',
    });

    // An assessment under way: no UPN yet, with the reason.
    cases.assessing = await aCase(dataSource, { receivedOn: '2026-09-01', flo: flo.id });
    await setRequest(cases.assessing.requestId, `stage = 'assessment', decision_to_assess_on = $2`, [
      '2026-10-01',
    ]);
    await complete(cases.assessing.childId, {
      upnUnknown: 'UN2',
      sex: 'M',
      ethnicity: 'BAFR',
      postcode: 'SW1A 1AA',
    });

    // A plan issued in the year, with its school.
    cases.issued = await aCase(dataSource, { receivedOn: '2026-02-02' });
    await setRequest(
      cases.issued.requestId,
      `stage = 'final_issued', decision_to_assess_on = $2, decision_to_issue_on = $3, draft_issued_on = $4, final_issued_on = $5`,
      ['2026-03-10', '2026-06-01', '2026-06-08', '2026-06-20'],
    );
    await complete(cases.issued.childId, {
      upn: 'J938260200011',
      sex: 'U',
      ethnicity: 'NOBT',
      postcode: 'M1 1AE',
      senType: 'ASD',
      secondSenType: 'SLCN',
    });
    await http()
      .post(`/api/cases/${cases.issued.childId}/placements`)
      .set('Cookie', adminCookie)
      .send({
        establishmentName: 'Riverside Primary',
        urn: '123456',
        rank: 1,
        entryDate: '2025-09-01',
        senUnit: true,
        resourcedProvision: false,
      })
      .expect(201);

    // A plan made in 2024 that ceased in the year: the young person moved to another authority.
    cases.ceased = await aCase(dataSource, { receivedOn: '2024-01-10' });
    await setRequest(
      cases.ceased.requestId,
      `stage = 'final_issued', decision_to_assess_on = $2, decision_to_issue_on = $3, final_issued_on = $4`,
      ['2024-02-01', '2024-05-01', '2024-05-20'],
    );
    await complete(cases.ceased.childId, {
      upn: 'L20123456789A',
      sex: 'M',
      ethnicity: 'AIND',
      postcode: 'B1 1AA',
      senType: 'SEMH',
      planCeasedOn: '2026-11-30',
      planCeaseReason: '5',
    });
    await http()
      .post(`/api/cases/${cases.ceased.childId}/placements`)
      .set('Cookie', adminCookie)
      .send({ ukprn: '10012345', rank: 1, entryDate: '2024-09-01', senUnit: false, resourcedProvision: true })
      .expect(201);

    // An issued plan the records cannot return yet: no UPN, sex, ethnicity, postcode, need or placement.
    cases.incomplete = await aCase(dataSource, { receivedOn: '2026-01-12', flo: flo.id });
    await setRequest(
      cases.incomplete.requestId,
      `stage = 'final_issued', decision_to_assess_on = $2, decision_to_issue_on = $3, final_issued_on = $4`,
      ['2026-02-01', '2026-05-01', '2026-05-20'],
    );

    // Refused before the collection year: not in the return at all.
    cases.finished = await aCase(dataSource, { receivedOn: '2025-04-01' });
    await setRequest(cases.finished.requestId, `stage = 'refused', closed_on = $2`, ['2025-05-01']);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('counts each module and lists the record that cannot be returned yet, with the field, the rule and the form that fixes it', async () => {
    const { body } = await http()
      .get('/api/returns/sen2')
      .query({ censusDate: CENSUS })
      .set('Cookie', adminCookie)
      .expect(200);
    expect(body).toMatchObject({
      censusDate: CENSUS,
      collectionYear: { from: '2026-01-01', to: '2026-12-31' },
      returnIssues: [],
      counts: {
        persons: 5,
        ready: 4,
        heldBack: 1,
        requests: 5,
        assessments: 4,
        namedPlans: 3,
        activePlans: 2,
        ceasedPlans: 1,
        placements: 1,
      },
    });
    expect(body.records).toHaveLength(1);
    const [record] = body.records;
    expect(record).toMatchObject({
      childId: cases.incomplete.childId,
      caseReference: cases.incomplete.reference,
    });
    expect(record.issues.map((i: { field: string }) => i.field).sort()).toEqual(
      ['Ethnicity', 'PlacementDetail', 'PlanDetail', 'PostCode', 'SENtype', 'Sex', 'UPN'].sort(),
    );
    expect(record.issues).toContainEqual({
      rule: 'upn_missing',
      module: 'person',
      field: 'UPN',
      message: 'Record the child’s unique pupil number (UPN), or why it is not known.',
      fix: 'return_details',
    });
    expect(record.issues).toContainEqual(
      expect.objectContaining({
        rule: 'active_plan_without_placement',
        fix: 'placements',
        requestId: cases.incomplete.requestId,
      }),
    );
    // The report carries no child's name.
    expect(JSON.stringify(body)).not.toMatch(/Testcase|Wobbly|O'Neil/);
  });

  it('exports the XML file with each hand-worked field, in the structure the specification publishes', async () => {
    const response = await http()
      .get('/api/returns/sen2/export')
      .query({ censusDate: CENSUS })
      .set('Cookie', adminCookie)
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="sen2-${CENSUS}.xml"`);
    expect(response.headers['x-sen2-held-back']).toBe('1');
    const xml = response.text;
    const message = parseXml(xml);
    expect(shapeProblems(message)).toEqual([]);
    expect(text(message, 'Header/CollectionDetails/Year')).toBe('2027');
    expect(text(message, 'Header/CollectionDetails/ReferenceDate')).toBe(CENSUS);
    expect(text(message, 'Header/Source/LEA')).toBe('391');
    expect(text(message, 'Header/Source/DCO')).toBe('N');

    const persons = find(message, 'Persons/Person');
    expect(persons).toHaveLength(4);
    const byUpn = (upn: string | undefined) => persons.find((p) => text(p, 'UPN') === upn);

    const refused = byUpn('L201234567890')!;
    expect(text(refused, 'Surname')).toBe("O'Neil");
    expect(xml).toContain('<Surname>O&apos;Neil</Surname>');
    expect([
      text(refused, 'Forename'),
      text(refused, 'PersonBirthDate'),
      text(refused, 'Sex'),
      text(refused, 'Ethnicity'),
      text(refused, 'PostCode'),
    ]).toEqual(['Ruth', '2016-05-04', 'F', 'WIRI', 'NE1 4ST']);
    expect([
      text(refused, 'Requests/ReceivedDate'),
      text(refused, 'Requests/RequestOutcome'),
      text(refused, 'Requests/RequestOutcomeDate'),
    ]).toEqual(['2026-03-02', 'N', '2026-04-10']);
    expect(find(refused, 'Requests/Assessment')).toEqual([]);

    const assessing = persons.find((p) => text(p, 'UPNunknown') === 'UN2')!;
    expect(text(assessing, 'UPN')).toBeUndefined();
    expect([
      text(assessing, 'Requests/RequestOutcome'),
      text(assessing, 'Requests/RequestOutcomeDate'),
    ]).toEqual(['Y', '2026-10-01']);
    expect(text(assessing, 'Requests/Assessment/AssessmentOutcome')).toBe('A');
    expect(text(assessing, 'Requests/Assessment/AssessmentOutcomeDate')).toBeUndefined();

    const issued = byUpn('J938260200011')!;
    expect([
      text(issued, 'Requests/Assessment/AssessmentOutcome'),
      text(issued, 'Requests/Assessment/AssessmentOutcomeDate'),
    ]).toEqual(['Y', '2026-06-01']);
    expect(text(issued, 'Requests/Assessment/NamedPlan/StartDate')).toBe('2026-06-20');
    expect(text(issued, 'Requests/Assessment/NamedPlan/PlanDetail/URN')).toBe('123456');
    expect(text(issued, 'Requests/Assessment/NamedPlan/CeaseDate')).toBeUndefined();
    expect([
      text(issued, 'Requests/ActivePlans/PlacementDetail/URN'),
      text(issued, 'Requests/ActivePlans/PlacementDetail/PlacementRank'),
      text(issued, 'Requests/ActivePlans/PlacementDetail/EntryDate'),
      text(issued, 'Requests/ActivePlans/PlacementDetail/SENunitIndicator'),
      text(issued, 'Requests/ActivePlans/PlacementDetail/ResourcedProvisionIndicator'),
    ]).toEqual(['123456', '1', '2025-09-01', '1', '0']);
    expect(
      find(issued, 'Requests/ActivePlans/SENneed').map((n) => [text(n, 'SENtype'), text(n, 'SENtypeRank')]),
    ).toEqual([
      ['ASD', '1'],
      ['SLCN', '2'],
    ]);

    const ceased = byUpn('L20123456789A')!;
    expect([
      text(ceased, 'Requests/RequestOutcome'),
      text(ceased, 'Requests/Assessment/AssessmentOutcome'),
    ]).toEqual(['H', 'H']);
    expect([
      text(ceased, 'Requests/Assessment/NamedPlan/StartDate'),
      text(ceased, 'Requests/Assessment/NamedPlan/CeaseDate'),
      text(ceased, 'Requests/Assessment/NamedPlan/CeaseReason'),
    ]).toEqual(['2024-05-20', '2026-11-30', '5']);
    expect(text(ceased, 'Requests/Assessment/NamedPlan/PlanDetail/UKPRN')).toBe('10012345');
    expect(find(ceased, 'Requests/ActivePlans')).toEqual([]);

    // The incomplete record is held back, and the one refused before the year is not in scope.
    expect(xml).not.toContain(cases.incomplete.reference);
    expect(persons.filter((p) => text(p, 'Surname') === 'Testcase')).toHaveLength(3);
  });

  it('writes each export to the audit trail: who, the census date and how many records, without names', async () => {
    await http()
      .get('/api/returns/sen2/export')
      .query({ censusDate: CENSUS })
      .set('Cookie', adminCookie)
      .expect(200);
    const [audit] = await dataSource.query(
      `SELECT actor_id, entity_id, after FROM audit_records WHERE action = 'sen2_return.exported' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({
      actor_id: admin.id,
      entity_id: CENSUS,
      after: { censusDate: CENSUS, persons: 4, heldBack: 1 },
    });
  });

  it('keeps the person-level return to administrators', async () => {
    for (const cookie of [chairCookie, floCookie]) {
      await http().get('/api/returns/sen2').query({ censusDate: CENSUS }).set('Cookie', cookie).expect(403);
      await http()
        .get('/api/returns/sen2/export')
        .query({ censusDate: CENSUS })
        .set('Cookie', cookie)
        .expect(403);
    }
    await http().get('/api/returns/sen2').query({ censusDate: CENSUS }).expect(401);
  });

  it('refuses a census date that is not a real day, or none', async () => {
    for (const censusDate of ['2027-02-30', '21/01/2027', '']) {
      const refused = await http()
        .get('/api/returns/sen2/export')
        .query({ censusDate })
        .set('Cookie', adminCookie)
        .expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/json/);
      expect(refused.body.fields).toEqual([expect.objectContaining({ field: 'censusDate' })]);
    }
    await http().get('/api/returns/sen2').set('Cookie', adminCookie).expect(400);
  });

  it('lets the child’s Family Link Officer fix the held-back record from the case page, audited, until it is ready', async () => {
    const before = await rowCounts();
    await http()
      .patch(`/api/cases/${cases.incomplete.childId}/return-details`)
      .set('Cookie', otherFloCookie)
      .send({ sex: 'F' })
      .expect(403);
    const wrong = await http()
      .patch(`/api/cases/${cases.incomplete.childId}/return-details`)
      .set('Cookie', floCookie)
      .send({ upn: 'A201234567890', sex: 'F' })
      .expect(422);
    expect(wrong.body).toMatchObject({ code: 'invalid_return_detail' });
    await http()
      .post(`/api/cases/${cases.incomplete.childId}/placements`)
      .set('Cookie', floCookie)
      .send({ rank: 1, entryDate: '2025-09-01', senUnit: false, resourcedProvision: false })
      .expect(422);
    await http()
      .patch(`/api/cases/${cases.incomplete.childId}/return-details`)
      .set('Cookie', floCookie)
      .send({})
      .expect(400);
    expect(await rowCounts()).toEqual(before);

    const fixed = await http()
      .patch(`/api/cases/${cases.incomplete.childId}/return-details`)
      .set('Cookie', floCookie)
      .send({ upn: ' l201234567890 ', sex: 'F', ethnicity: 'WBRI', postcode: 'ls1  1ur', senType: 'MLD' })
      .expect(200);
    expect(fixed.body).toMatchObject({
      upn: 'L201234567890',
      postcode: 'LS1 1UR',
      senType: 'MLD',
      plan: { requestId: cases.incomplete.requestId, finalIssuedOn: '2026-05-20', ceasedOn: null },
    });
    await http()
      .post(`/api/cases/${cases.incomplete.childId}/placements`)
      .set('Cookie', floCookie)
      .send({
        senSetting: 'EHE',
        rank: 1,
        entryDate: '2025-09-01',
        senUnit: false,
        resourcedProvision: false,
      })
      .expect(201);
    expect(await rowCounts()).toEqual({
      placements: before.placements + 1,
      audits: before.audits + 2,
      upns: before.upns + 1,
    });
    const [audit] = await dataSource.query(
      `SELECT actor_id, before->>'upn' AS was, after->>'upn' AS now FROM audit_records WHERE action = 'child.return_details_changed' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [cases.incomplete.childId],
    );
    expect(audit).toEqual({ actor_id: flo.id, was: null, now: 'L201234567890' });

    const { body } = await http()
      .get('/api/returns/sen2')
      .query({ censusDate: CENSUS })
      .set('Cookie', adminCookie)
      .expect(200);
    expect(body.counts).toMatchObject({ persons: 5, ready: 5, heldBack: 0 });
    expect(body.records).toEqual([]);
  });
});
