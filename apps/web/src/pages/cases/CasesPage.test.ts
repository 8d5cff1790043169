import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs, urlOf } from '../../test-support/fake-api';

const aCaseRow = (reference: string, name: { given: string; family: string } | null) => ({
  childId: `id-${reference}`,
  caseReference: reference,
  name,
  dateOfBirth: null,
  yearGroup: 4,
  settingName: 'Northdale Meadow Primary School',
  locality: { code: 'northdale', name: 'Northdale' },
  familyLinkOfficer: { id: 'f1', displayName: 'Hattie Quillfeather' },
  primaryNeed: 'semh',
  vulnerabilityMarkers: [],
  vulnerabilityScore: 0,
  request: { id: 'r1', stage: 'received', receivedOn: '2026-11-01', source: 'school' },
  clock: {
    milestone: 'decision_to_assess',
    label: 'Decision whether to assess',
    dueOn: '2026-12-13',
    daysLeft: 20,
    status: 'on_track',
    week: 4,
    ofWeeks: 20,
  },
});

/** The caseload page; `failFirst`: the first ask for the cases finds the database down. */
async function caseload(rows: unknown[], failFirst = false) {
  let asked = 0;
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles: ['presenter'] }),
    'GET /api/localities': () => ({
      status: 200,
      body: [{ code: 'northdale', name: 'Northdale', isVulnerablePupilsTeam: false }],
    }),
  });
  fetch.mockImplementation((input: RequestInfo | URL) => {
    const url = urlOf(input);
    if (url.startsWith('/api/cases?') && failFirst && ++asked === 1)
      return Promise.resolve(
        new Response(
          JSON.stringify({
            statusCode: 503,
            code: 'database_unavailable',
            message: 'The records cannot be reached just now.',
          }),
          { status: 503 },
        ),
      );
    if (url.startsWith('/api/cases?'))
      return Promise.resolve(
        new Response(JSON.stringify({ items: rows, page: 1, pageSize: 25, total: rows.length })),
      );
    if (url === '/api/localities')
      return Promise.resolve(
        new Response(
          JSON.stringify([{ code: 'northdale', name: 'Northdale', isVulnerablePupilsTeam: false }]),
        ),
      );
    if (url === '/api/auth/me')
      return Promise.resolve(new Response(JSON.stringify({ ...A_CHAIR, roles: ['presenter'] })));
    return Promise.resolve(new Response(JSON.stringify({ status: 'ok', database: 'up', version: '1' })));
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/cases');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Cases'));
  await flushPromises();
  return { wrapper, fetch };
}

describe('the caseload page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists cases with their reference, stage and clock', async () => {
    const { wrapper } = await caseload([aCaseRow('EHC-26-0001', { given: 'Remi', family: 'Sprocketley' })]);
    const row = wrapper.find('table.app-caseload tbody tr');
    expect(row.text()).toContain('EHC-26-0001');
    expect(row.text()).toContain('Awaiting decision to assess');
    expect(row.text()).toContain('On track');
    expect(row.find('a').attributes('href')).toBe('/cases/id-EHC-26-0001');
  });

  it('has no name column when the API withholds names', async () => {
    const { wrapper } = await caseload([aCaseRow('EHC-26-0002', null)]);
    expect(wrapper.findAll('th').map((th) => th.text())).not.toContain('Name');
  });

  it('asks the API for a Family Link Officer’s own overdue cases when those filters are applied', async () => {
    const { wrapper, fetch } = await caseload([aCaseRow('EHC-26-0003', null)]);
    await wrapper.find('#filter-mine').setValue(true);
    await wrapper.find('#filter-overdue').setValue(true);
    await wrapper.find('form.app-filter').trigger('submit');
    await flushPromises();
    const last = urlOf(fetch.mock.calls.at(-1)![0]);
    expect(last).toContain('flo=me');
    expect(last).toContain('overdue=true');
    expect(last).toContain('page=1');
  });

  it('says what the API said when the cases could not be loaded, and lists them when you try again', async () => {
    const { wrapper } = await caseload([aCaseRow('EHC-26-0004', null)], true);
    expect(wrapper.find('.govuk-error-summary').text()).toContain('The records cannot be reached just now.');
    expect(wrapper.find('table.app-caseload').exists()).toBe(false);
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Try again')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').exists()).toBe(false);
    expect(wrapper.find('table.app-caseload tbody tr').text()).toContain('EHC-26-0004');
    expect(wrapper.text()).toContain('1 case, most urgent first');
  });
});
