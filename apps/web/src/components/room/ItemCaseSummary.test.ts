import type { CaseDetail, PanelDecision } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, urlOf } from '../../test-support/fake-api';
import ItemCaseSummary from './ItemCaseSummary.vue';

const aCase = (childId: string, reference: string): CaseDetail => ({
  childId,
  caseReference: reference,
  // A chair may be sent the name; the room must still never show it.
  name: { given: 'Tansy', family: 'Wobblethwaite' },
  dateOfBirth: '2017-06-14',
  yearGroup: 4,
  settingName: 'Northdale Meadow Primary School',
  locality: { code: 'northdale', name: 'Northdale' },
  familyLinkOfficer: { id: 'f1', displayName: 'Hattie Quillfeather' },
  primaryNeed: 'semh',
  vulnerabilityMarkers: ['child_in_need', 'attendance_below_55'],
  vulnerabilityScore: 3,
  requests: [
    {
      id: 'r1',
      stage: 'received',
      receivedOn: '2026-11-06',
      source: 'school',
      decisionToAssessOn: null,
      decisionToIssueOn: null,
      draftIssuedOn: null,
      finalIssuedOn: null,
      closedOn: null,
      steps: [],
      exceptions: [],
      adviceRequests: [],
      clock: {
        milestone: 'decision_to_assess',
        label: 'Decision whether to assess',
        dueOn: '2026-12-11',
        daysLeft: 9,
        status: 'on_track',
        week: 5,
        ofWeeks: 20,
      },
      statutoryClock: {
        weekLabel: 'week 5 of 20',
        state: 'open',
        exceptionCase: false,
        milestones: [],
        rejectedExceptions: [],
        warnings: [],
      },
    },
  ],
});

const aDecision = (itemId: string, overrides: Partial<PanelDecision> = {}): PanelDecision => ({
  itemId,
  meetingId: `m-${itemId}`,
  meetingTitle: 'Decision-Making Group',
  decidedUnderDelegationBy: null,
  heldOn: '2026-11-04',
  kind: 'decision_to_assess',
  status: 'decided',
  outcome: 'agree',
  reasons: 'Needs exceed what the school can provide.',
  conditions: null,
  deferredReason: null,
  ...overrides,
});

const aDocument = {
  id: 'e1',
  childId: 'c1',
  requestId: null,
  kind: 'ep_advice',
  title: 'EP advice March',
  fileName: 'ep.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 250_000,
  sha256: 'x',
  uploadedAt: '2026-11-20T10:00:00.000Z',
  uploadedBy: { id: 'u', displayName: 'Hattie Quillfeather' },
  sentByFamily: null,
};

const ok = (body: unknown) => () => ({ status: 200, body });

function theCaseOfC1(decisions: PanelDecision[] = []) {
  return fakeApi({
    'GET /api/cases/c1': ok(aCase('c1', 'EHC-26-0001')),
    'GET /api/cases/c1/panel-decisions': ok(decisions),
    'GET /api/cases/c1/evidence': ok([aDocument]),
  });
}

describe('the case behind the item under discussion', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("summarises the case by its reference, never the child's name, with the clock in words", async () => {
    theCaseOfC1();
    const wrapper = mount(ItemCaseSummary, { props: { itemId: 'i9', childId: 'c1', requestId: 'r1' } });
    await flushPromises();
    const rows = Object.fromEntries(
      wrapper
        .findAll('.govuk-summary-list__row')
        .map((row) => [row.find('dt').text(), row.find('dd').text()]),
    );
    expect(rows).toMatchObject({
      'Case reference': 'EHC-26-0001',
      'Year group': 'Year 4',
      'School or setting': 'Northdale Meadow Primary School',
      Locality: 'Northdale',
      'Primary need': 'Social, emotional and mental health',
      'Family Link Officer': 'Hattie Quillfeather',
    });
    expect(wrapper.find('[data-test="clock"]').text()).toBe(
      'Week 5 of 20 — decision whether to assess due Fri 11 Dec',
    );
    expect(rows['Statutory clock']).toContain('On track: 9 days left');
    expect(rows['Vulnerability markers']).toContain('Child in need');
    expect(rows['Vulnerability markers']).toContain('Attendance below 55%');
    expect(wrapper.text()).not.toContain('Tansy');
    expect(wrapper.text()).not.toContain('Wobblethwaite');
    expect(wrapper.text()).not.toContain('2017');
  });

  it('lists previous decisions with their reasons, leaving out the item being decided now', async () => {
    theCaseOfC1([
      aDecision('i9', { meetingTitle: 'Today', reasons: 'Decided a moment ago in this room.' }),
      aDecision('i2', {
        heldOn: '2026-11-04',
        status: 'deferred',
        outcome: null,
        reasons: null,
        deferredReason: 'Awaiting the speech and language advice.',
      }),
      aDecision('i1', {
        heldOn: '2025-03-05',
        meetingTitle: 'DMG 5 March 2025',
        outcome: 'refuse',
        reasons: 'Graduated approach not yet evidenced.',
        conditions: 'School to run a further cycle.',
      }),
    ]);
    const wrapper = mount(ItemCaseSummary, { props: { itemId: 'i9', childId: 'c1', requestId: 'r1' } });
    await flushPromises();
    const table = wrapper.findAll('table').find((t) => t.find('caption').text() === 'Previous decisions');
    expect(table).toBeDefined();
    const rows = table!.findAll('tbody tr');
    expect(rows).toHaveLength(2);
    const cells = (row: (typeof rows)[number]) => row.findAll('td');
    expect(rows[0]!.find('time').attributes('datetime')).toBe('2026-11-04');
    expect(rows[0]!.find('time').text()).toBe('4 November 2026');
    expect(
      cells(rows[0]!)
        .slice(1)
        .map((cell) => cell.text()),
    ).toEqual(['Decision to assess', 'Deferred', 'Awaiting the speech and language advice.']);
    expect(cells(rows[1]!)[0]!.text()).toContain('DMG 5 March 2025');
    expect(cells(rows[1]!)[2]!.text()).toBe('Refuse');
    expect(cells(rows[1]!)[3]!.text()).toContain('Graduated approach not yet evidenced.');
    expect(cells(rows[1]!)[3]!.find('p').text()).toBe('Conditions: School to run a further cycle.');
    expect(wrapper.text()).not.toContain('Decided a moment ago');
  });

  it('shows a decision taken under delegation as taken by its maker, beside the panels’', async () => {
    theCaseOfC1([
      aDecision('d1', {
        meetingId: null,
        meetingTitle: null,
        decidedUnderDelegationBy: 'Helen Head',
        kind: 'funding',
        outcome: 'agree',
        reasons: 'Within the band; section F names the support.',
      }),
    ]);
    const wrapper = mount(ItemCaseSummary, { props: { itemId: 'i9', childId: 'c1', requestId: 'r1' } });
    await flushPromises();
    const row = wrapper.find('tbody tr');
    expect(row.find('td').text()).toContain('Under delegation by Helen Head');
    expect(row.findAll('td')[2]!.text()).toBe('Agree');
  });

  it('says when no panel has decided on the child before', async () => {
    theCaseOfC1([]);
    const wrapper = mount(ItemCaseSummary, { props: { itemId: 'i9', childId: 'c1', requestId: 'r1' } });
    await flushPromises();
    expect(wrapper.text()).toContain('Previous decisions: none.');
  });

  it('opens a document from the evidence without leaving the room, and offers no upload', async () => {
    theCaseOfC1();
    const wrapper = mount(ItemCaseSummary, { props: { itemId: 'i9', childId: 'c1', requestId: 'r1' } });
    await flushPromises();
    expect(wrapper.find('h3#evidence-heading').text()).toBe('Evidence');
    await wrapper.find('button[type="button"]').trigger('click');
    expect(wrapper.find('iframe').attributes('src')).toBe('/api/evidence/e1/content');
    expect(wrapper.find('input[type="file"]').exists()).toBe(false);
  });

  it('says it is loading, then loads the next case when the chair moves on', async () => {
    const fetch = theCaseOfC1();
    const wrapper = mount(ItemCaseSummary, { props: { itemId: 'i9', childId: 'c1', requestId: 'r1' } });
    expect(wrapper.find('[role="status"]').text()).toMatch(/^Loading the case/);
    await flushPromises();
    fetch.mockImplementation((input: RequestInfo | URL) => {
      const url = urlOf(input);
      const body = url === '/api/cases/c2' ? aCase('c2', 'EHC-26-0002') : [];
      return Promise.resolve(new Response(JSON.stringify(body)));
    });
    await wrapper.setProps({ itemId: 'i10', childId: 'c2', requestId: null });
    await flushPromises();
    expect(wrapper.find('.govuk-summary-list').text()).toContain('EHC-26-0002');
    expect(fetch.mock.calls.map(([url]) => urlOf(url))).toEqual(
      expect.arrayContaining(['/api/cases/c2', '/api/cases/c2/panel-decisions', '/api/cases/c2/evidence']),
    );
  });

  it('shows nothing, and asks for nothing, on a restricted item hidden from you', async () => {
    const fetch = fakeApi({});
    const wrapper = mount(ItemCaseSummary, { props: { itemId: 'i3', childId: null, requestId: null } });
    await flushPromises();
    expect(wrapper.html()).not.toContain('section');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('explains in words when your role may not see the case', async () => {
    const refusal = () => ({
      status: 403,
      body: { statusCode: 403, code: 'forbidden', message: 'Your role does not allow this.' },
    });
    const fetch = fakeApi({ 'GET /api/cases/c1': refusal, 'GET /api/cases/c1/panel-decisions': refusal });
    const wrapper = mount(ItemCaseSummary, { props: { itemId: 'i9', childId: 'c1', requestId: 'r1' } });
    await flushPromises();
    expect(wrapper.find('.govuk-inset-text').text()).toBe(
      'The case summary is not shown here. Your role does not allow this.',
    );
    expect(wrapper.find('table').exists()).toBe(false);
    expect(fetch.mock.calls.map(([url]) => urlOf(url))).not.toContain('/api/cases/c1/evidence');
  });

  it('reports a failure to load, and tries again on request', async () => {
    const fetch = fakeApi({
      'GET /api/cases/c1': () => ({
        status: 503,
        body: { statusCode: 503, code: 'unavailable', message: 'The service is busy. Try again shortly.' },
      }),
    });
    const wrapper = mount(ItemCaseSummary, { props: { itemId: 'i9', childId: 'c1', requestId: 'r1' } });
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('The service is busy. Try again shortly.');
    expect(fetch).toHaveBeenCalled();
    theCaseOfC1();
    await wrapper.find('[role="alert"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.find('.govuk-summary-list').text()).toContain('EHC-26-0001');
  });
});
