import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  isInSen2Scope,
  isUkPostcode,
  isValidUpn,
  nearestSen2CensusDate,
  sen2CensusDateIn,
  placementsOn,
  sen2AssessmentOutcome,
  sen2CollectionYear,
  sen2Issues,
  sen2RequestOutcome,
  sen2Xml,
  toSen2Person,
  type Sen2ChildFacts,
  type Sen2Person,
  type Sen2PlacementFacts,
  type Sen2RequestFacts,
} from './index.js';

const CENSUS = '2027-01-21';

const aRequest = (overrides: Partial<Sen2RequestFacts> = {}): Sen2RequestFacts => ({
  requestId: 'r1',
  receivedOn: '2026-03-02',
  stage: 'received',
  decisionToAssessOn: null,
  decisionToIssueOn: null,
  finalIssuedOn: null,
  closedOn: null,
  planCeasedOn: null,
  planCeaseReason: null,
  lastReview: null,
  ...overrides,
});

const aPlacement = (overrides: Partial<Sen2PlacementFacts> = {}): Sen2PlacementFacts => ({
  placementId: 'p1',
  urn: '123456',
  ukprn: null,
  senSetting: null,
  senSettingOther: null,
  rank: 1,
  entryDate: '2025-09-01',
  leavingDate: null,
  senUnit: false,
  resourcedProvision: false,
  ...overrides,
});

const issuedPlan = (overrides: Partial<Sen2RequestFacts> = {}): Sen2RequestFacts =>
  aRequest({
    stage: 'final_issued',
    decisionToAssessOn: '2026-04-01',
    decisionToIssueOn: '2026-06-10',
    finalIssuedOn: '2026-07-15',
    ...overrides,
  });

const aChild = (overrides: Partial<Sen2ChildFacts> = {}): Sen2ChildFacts => ({
  childId: 'c1',
  caseReference: 'EHC-26-0001',
  familyName: 'Okafor',
  givenName: 'Ada',
  dateOfBirth: '2016-05-04',
  sex: 'F',
  ethnicity: 'BAFR',
  postcode: 'ne1 4st',
  upn: 'L201234567890',
  uln: null,
  upnUnknown: null,
  senType: 'ASD',
  secondSenType: null,
  requests: [aRequest()],
  placements: [aPlacement()],
  ...overrides,
});

const personOf = (child: Sen2ChildFacts): Sen2Person => {
  const person = toSen2Person(child, CENSUS);
  if (person === null) throw new Error('expected the child in scope');
  return person;
};
const rulesOf = (child: Sen2ChildFacts): string[] => sen2Issues(personOf(child), CENSUS).map((i) => i.rule);

describe('the SEN2 census day', () => {
  it('is the third Thursday of January', () => {
    expect(sen2CensusDateIn(2024)).toBe('2024-01-18');
    expect(sen2CensusDateIn(2027)).toBe('2027-01-21');
  });
  it('is the coming one late in the year and the one just past early in the next', () => {
    expect(nearestSen2CensusDate('2026-12-07')).toBe('2027-01-21');
    expect(nearestSen2CensusDate('2027-03-01')).toBe('2027-01-21');
    expect(nearestSen2CensusDate('2027-06-01')).toBe('2027-01-21');
    expect(nearestSen2CensusDate('2027-08-01')).toBe('2028-01-20');
  });
});

describe('the SEN2 collection year', () => {
  it('is the calendar year before a January census', () => {
    expect(sen2CollectionYear('2027-01-21')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('which requests are in the return', () => {
  it('takes a request received by the census date and still open', () => {
    expect(isInSen2Scope(aRequest(), CENSUS)).toBe(true);
  });
  it('leaves out a request received after the census date', () => {
    expect(isInSen2Scope(aRequest({ receivedOn: '2027-01-22' }), CENSUS)).toBe(false);
  });
  it('leaves out a request refused before the collection year, keeps one refused during it', () => {
    expect(isInSen2Scope(aRequest({ stage: 'refused', closedOn: '2025-12-31' }), CENSUS)).toBe(false);
    expect(isInSen2Scope(aRequest({ stage: 'refused', closedOn: '2026-01-01' }), CENSUS)).toBe(true);
  });
  it('leaves out a plan that ceased before the collection year, keeps one that ceased during it', () => {
    expect(isInSen2Scope(issuedPlan({ planCeasedOn: '2025-11-30' }), CENSUS)).toBe(false);
    expect(isInSen2Scope(issuedPlan({ planCeasedOn: '2026-11-30' }), CENSUS)).toBe(true);
  });
  it('gives no person for a child with nothing in scope', () => {
    expect(toSen2Person(aChild({ requests: [aRequest({ receivedOn: '2027-02-01' })] }), CENSUS)).toBeNull();
  });
});

describe('RequestOutcome', () => {
  it('is A while the decision whether to assess is not made', () => {
    expect(sen2RequestOutcome(aRequest(), CENSUS)).toEqual({ outcome: 'A', on: null });
  });
  it('is Y with the date of a decision to assess', () => {
    expect(
      sen2RequestOutcome(aRequest({ stage: 'assessment', decisionToAssessOn: '2026-04-01' }), CENSUS),
    ).toEqual({ outcome: 'Y', on: '2026-04-01' });
  });
  it('is still A when the decision to assess comes after the census date', () => {
    expect(
      sen2RequestOutcome(aRequest({ stage: 'assessment', decisionToAssessOn: '2027-01-22' }), CENSUS).outcome,
    ).toBe('A');
  });
  it('is N with the date of a refusal', () => {
    expect(sen2RequestOutcome(aRequest({ stage: 'refused', closedOn: '2026-04-10' }), CENSUS)).toEqual({
      outcome: 'N',
      on: '2026-04-10',
    });
  });
  it('is W when withdrawn before a decision', () => {
    expect(sen2RequestOutcome(aRequest({ stage: 'withdrawn', closedOn: '2026-04-10' }), CENSUS)).toEqual({
      outcome: 'W',
      on: '2026-04-10',
    });
  });
  it('is H for a plan decided before the collection year', () => {
    expect(
      sen2RequestOutcome(
        issuedPlan({
          decisionToAssessOn: '2024-01-10',
          decisionToIssueOn: '2024-04-01',
          finalIssuedOn: '2024-05-01',
        }),
        CENSUS,
      ).outcome,
    ).toBe('H');
  });
  it('is Y without a date for a plan whose decision to assess was never recorded', () => {
    expect(sen2RequestOutcome(issuedPlan({ decisionToAssessOn: null }), CENSUS)).toEqual({
      outcome: 'Y',
      on: null,
    });
  });
});

describe('AssessmentOutcome', () => {
  it('is A while the assessment goes on', () => {
    expect(
      sen2AssessmentOutcome(aRequest({ stage: 'assessment', decisionToAssessOn: '2026-04-01' }), CENSUS),
    ).toEqual({ outcome: 'A', on: null });
  });
  it('is Y with the date of the decision to issue', () => {
    expect(sen2AssessmentOutcome(issuedPlan(), CENSUS)).toEqual({ outcome: 'Y', on: '2026-06-10' });
  });
  it('is N with the date of a decision not to issue', () => {
    expect(
      sen2AssessmentOutcome(
        aRequest({ stage: 'not_issued', decisionToAssessOn: '2026-04-01', closedOn: '2026-07-01' }),
        CENSUS,
      ),
    ).toEqual({ outcome: 'N', on: '2026-07-01' });
  });
  it('is W when withdrawn during the assessment', () => {
    expect(
      sen2AssessmentOutcome(
        aRequest({ stage: 'withdrawn', decisionToAssessOn: '2026-04-01', closedOn: '2026-05-01' }),
        CENSUS,
      ),
    ).toEqual({ outcome: 'W', on: '2026-05-01' });
  });
  it('is H for a plan decided before the collection year', () => {
    expect(
      sen2AssessmentOutcome(
        issuedPlan({ decisionToIssueOn: '2025-06-01', finalIssuedOn: '2025-07-01' }),
        CENSUS,
      ).outcome,
    ).toBe('H');
  });
});

describe('a person mapped to SEN2 fields', () => {
  it('carries the person details under the specification’s names, the postcode in capitals', () => {
    const person = personOf(aChild());
    expect(person).toMatchObject({
      Surname: 'Okafor',
      Forename: 'Ada',
      PersonBirthDate: '2016-05-04',
      Sex: 'F',
      Ethnicity: 'BAFR',
      PostCode: 'NE1 4ST',
      UPN: 'L201234567890',
      UniqueLearnerNumber: null,
      UPNunknown: null,
    });
  });
  it('gives UPNunknown only when there is no UPN', () => {
    expect(personOf(aChild({ upn: null, upnUnknown: 'UN2' })).UPNunknown).toBe('UN2');
    expect(personOf(aChild({ upnUnknown: 'UN2' })).UPNunknown).toBeNull();
  });
  it('a refused request has no assessment', () => {
    const [request] = personOf(
      aChild({ requests: [aRequest({ stage: 'refused', closedOn: '2026-04-10' })] }),
    ).Requests;
    expect(request).toMatchObject({
      ReceivedDate: '2026-03-02',
      RequestOutcome: 'N',
      RequestOutcomeDate: '2026-04-10',
      Assessment: null,
      ActivePlans: null,
    });
  });
  it('an issued plan has its named plan, placements and active-plan details', () => {
    const child = aChild({
      requests: [
        issuedPlan({
          lastReview: { meetingOn: '2026-12-01', decisionOn: '2026-12-10', outcome: 'maintain' },
        }),
      ],
      secondSenType: 'SLCN',
    });
    const [request] = personOf(child).Requests;
    expect(request!.Assessment!.NamedPlan).toMatchObject({
      StartDate: '2026-07-15',
      CeaseDate: null,
      CeaseReason: null,
    });
    expect(request!.Assessment!.NamedPlan!.PlanDetail).toHaveLength(1);
    expect(request!.ActivePlans).toMatchObject({
      SENneed: [
        { SENtype: 'ASD', SENtypeRank: 1 },
        { SENtype: 'SLCN', SENtypeRank: 2 },
      ],
      ReviewMeeting: '2026-12-01',
      ReviewOutcome: 'M',
      LastReview: '2026-12-10',
    });
    expect(request!.ActivePlans!.PlacementDetail[0]).toMatchObject({
      URN: '123456',
      PlacementRank: 1,
      EntryDate: '2025-09-01',
    });
  });
  it('a ceased plan has its cease date and reason and no active-plan details', () => {
    const [request] = personOf(
      aChild({ requests: [issuedPlan({ planCeasedOn: '2026-11-30', planCeaseReason: '5' })] }),
    ).Requests;
    expect(request!.Assessment!.NamedPlan).toMatchObject({ CeaseDate: '2026-11-30', CeaseReason: '5' });
    expect(request!.ActivePlans).toBeNull();
  });
});

describe('placements on a day', () => {
  it('takes the placements current that day, main one first, and a setting code only without a URN or UKPRN', () => {
    const placements = [
      aPlacement({ placementId: 'old', entryDate: '2020-09-01', leavingDate: '2025-07-20' }),
      aPlacement({
        placementId: 'second',
        rank: 2,
        urn: null,
        senSetting: 'OTH',
        senSettingOther: 'Hospital school',
      }),
      aPlacement({ placementId: 'main', senSetting: 'OTH' }),
    ];
    const current = placementsOn(placements, CENSUS);
    expect(current.map((p) => p.placementId)).toEqual(['main', 'second']);
    expect(current[0]!.SENSetting).toBeNull();
    expect(current[1]).toMatchObject({ SENSetting: 'OTH', SENSettingOther: 'Hospital school' });
  });
});

describe('UPN and postcode', () => {
  it('accepts a UPN whose check letter matches and a temporary UPN', () => {
    expect(isValidUpn('L201234567890')).toBe(true);
    expect(isValidUpn('L20123456789A')).toBe(true);
  });
  it('refuses a UPN with the wrong check letter or shape', () => {
    expect(isValidUpn('A201234567890')).toBe(false);
    expect(isValidUpn('L2012345678')).toBe(false);
  });
  it('knows a full UK postcode from a partial one', () => {
    expect(isUkPostcode('SW1A 1AA')).toBe(true);
    expect(isUkPostcode('SW1A')).toBe(false);
  });
});

describe('the validation rules, each both ways', () => {
  const complete = aChild({ requests: [issuedPlan()] });
  it('a complete record has no issues', () => {
    expect(rulesOf(complete)).toEqual([]);
  });
  it.each([
    ['sex_missing', { sex: null }],
    ['ethnicity_missing', { ethnicity: null }],
    ['postcode_missing', { postcode: null }],
    ['postcode_format', { postcode: 'NE1' }],
    ['upn_missing', { upn: null, upnUnknown: null }],
    ['upn_format', { upn: 'L20123' }],
    ['upn_check_letter', { upn: 'A201234567890' }],
    ['uln_format', { uln: '12345' }],
    ['birth_date_after_census', { dateOfBirth: '2027-02-01' }],
    ['older_than_25', { dateOfBirth: '1999-12-31' }],
    ['sen_type_missing', { senType: null }],
    ['active_plan_without_placement', { placements: [] }],
    ['placement_without_establishment', { placements: [aPlacement({ urn: null })] }],
    ['urn_format', { placements: [aPlacement({ urn: '12345' })] }],
    ['ukprn_format', { placements: [aPlacement({ urn: null, ukprn: '2345678' })] }],
    ['setting_other_missing', { placements: [aPlacement({ urn: null, senSetting: 'OTH' })] }],
    ['one_main_placement', { placements: [aPlacement({ rank: 2 })] }],
    [
      'at_most_two_placements',
      {
        placements: [
          aPlacement(),
          aPlacement({ placementId: 'p2', rank: 2 }),
          aPlacement({ placementId: 'p3', rank: 2 }),
        ],
      },
    ],
  ] as [string, Partial<Sen2ChildFacts>][])('%s is reported when the record breaks it', (rule, change) => {
    expect(rulesOf({ ...complete, ...change })).toContain(rule);
  });
  it.each([
    ['upn_missing', { upn: null, upnUnknown: 'UN1' }],
    ['uln_format', { uln: '1234567890' }],
    ['older_than_25', { dateOfBirth: '2001-01-01' }],
    ['placement_without_establishment', { placements: [aPlacement({ urn: null, ukprn: '10012345' })] }],
    ['placement_without_establishment', { placements: [aPlacement({ urn: null, senSetting: 'EHE' })] }],
    [
      'setting_other_missing',
      { placements: [aPlacement({ urn: null, senSetting: 'OTH', senSettingOther: 'Tuition centre' })] },
    ],
  ] as [string, Partial<Sen2ChildFacts>][])('%s is not reported when the record keeps it', (rule, change) => {
    expect(rulesOf({ ...complete, ...change })).not.toContain(rule);
  });
  it('a placement that left before it started is reported on the plan as it was on the day it ceased', () => {
    const child = aChild({
      requests: [issuedPlan({ planCeasedOn: '2026-11-30', planCeaseReason: '9' })],
      placements: [aPlacement({ entryDate: '2026-11-30', leavingDate: '2026-11-29' })],
    });
    expect(rulesOf(child)).toEqual(expect.arrayContaining(['plan_without_placement']));
  });
  it('leaving_before_entry is reported when a placement current on the census date left before it started', () => {
    // current on the census date (left the day after it) but dated the wrong way round
    const placement = aPlacement({ entryDate: '2027-01-21', leavingDate: '2027-01-20' });
    expect(
      sen2Issues(
        {
          ...personOf(complete),
          Requests: [
            {
              ...personOf(complete).Requests[0]!,
              ActivePlans: {
                ...personOf(complete).Requests[0]!.ActivePlans!,
                PlacementDetail: placementsOn([placement], '2027-01-20').concat([
                  {
                    ...placementsOn([aPlacement()], CENSUS)[0]!,
                    LeavingDate: '2025-01-01',
                    PlacementRank: 2,
                  },
                ]),
              },
            },
          ],
        },
        CENSUS,
      ).map((i) => i.rule),
    ).toContain('leaving_before_entry');
    expect(rulesOf(complete)).not.toContain('leaving_before_entry');
  });
  it.each([
    ['request_outcome_date_missing', issuedPlan({ decisionToAssessOn: null })],
    ['request_outcome_before_received', aRequest({ stage: 'refused', closedOn: '2026-03-01' })],
    ['assessment_outcome_date_missing', issuedPlan({ decisionToIssueOn: null })],
    ['assessment_before_request_outcome', issuedPlan({ decisionToIssueOn: '2026-03-20' })],
    ['plan_before_decision_to_issue', issuedPlan({ finalIssuedOn: '2026-06-01' })],
    ['cease_reason_missing', issuedPlan({ planCeasedOn: '2026-11-30' })],
    ['ceased_before_start', issuedPlan({ planCeasedOn: '2026-07-01', planCeaseReason: '9' })],
  ] as const)('%s is reported for the request that breaks it, and not for a sound one', (rule, request) => {
    expect(rulesOf({ ...complete, requests: [request] })).toContain(rule);
    expect(rulesOf(complete)).not.toContain(rule);
  });
  it('says which form fixes each issue', () => {
    const issues = sen2Issues(personOf({ ...complete, upn: null, placements: [] }), CENSUS);
    expect(issues.find((i) => i.rule === 'upn_missing')?.fix).toBe('return_details');
    expect(issues.find((i) => i.rule === 'active_plan_without_placement')).toMatchObject({
      fix: 'placements',
      requestId: 'r1',
    });
  });
});

describe('the XML message', () => {
  const header = {
    censusDate: CENSUS,
    laNumber: '391',
    softwareRelease: '1.0.0',
    madeAt: '2027-01-21T09:00:00',
    dmo: 'N',
    dco: 'Y',
  } as const;
  it('escapes the five XML characters and drops control characters', () => {
    expect(escapeXml(`O'Brien & <Sons> "x"\u0001`)).toBe('O&apos;Brien &amp; &lt;Sons&gt; &quot;x&quot;');
  });
  it('writes the header and each person’s elements in the specification’s order, leaving out what is not held', () => {
    const xml = sen2Xml(header, [
      personOf(
        aChild({
          familyName: "O'Neil",
          requests: [issuedPlan({ planCeasedOn: '2026-11-30', planCeaseReason: '5' })],
        }),
      ),
    ]);
    expect(xml).toContain('<Collection>SEN2</Collection>');
    expect(xml).toContain('<Year>2027</Year>');
    expect(xml).toContain('<ReferenceDate>2027-01-21</ReferenceDate>');
    expect(xml).toContain('<LEA>391</LEA>');
    expect(xml).toContain('<Surname>O&apos;Neil</Surname>');
    expect(xml).not.toContain('<UPNunknown>');
    const order = [
      '<Surname>',
      '<Forename>',
      '<PersonBirthDate>',
      '<Sex>',
      '<Ethnicity>',
      '<PostCode>',
      '<UPN>',
      '<Requests>',
      '<ReceivedDate>',
      '<RequestOutcomeDate>',
      '<RequestOutcome>',
      '<Assessment>',
      '<AssessmentOutcome>',
      '<NamedPlan>',
      '<StartDate>',
      '<PlanDetail>',
      '<CeaseDate>',
      '<CeaseReason>',
    ];
    const at = order.map((tag) => xml.indexOf(tag));
    expect(at.every((position) => position >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(xml).not.toContain('<ActivePlans>');
  });
  it('writes an active plan’s placements, need and booleans as 1 or 0', () => {
    const xml = sen2Xml(header, [personOf(aChild({ requests: [issuedPlan()] }))]);
    expect(xml).toMatch(
      /<ActivePlans>\s*<PlacementDetail>\s*<URN>123456<\/URN>\s*<PlacementRank>1<\/PlacementRank>\s*<EntryDate>2025-09-01<\/EntryDate>\s*<SENunitIndicator>0<\/SENunitIndicator>/,
    );
    expect(xml).toMatch(/<SENneed>\s*<SENtype>ASD<\/SENtype>\s*<SENtypeRank>1<\/SENtypeRank>\s*<\/SENneed>/);
  });
});
