import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../test-support/fake-api';

const CHILD = 'a7c1e9d2-4b3f-4e8a-9c2d-1f0e3b5a7c9d';
const REQUEST = 'b8d2f0e3-5c4a-4f9b-8d3e-2a1f4c6b8d0e';

const aReport = (censusDate: string, overrides: Record<string, unknown> = {}) => ({
  censusDate,
  collectionYear: { from: '2026-01-01', to: '2026-12-31' },
  returnIssues: [],
  counts: {
    persons: 412,
    ready: 410,
    heldBack: 2,
    requests: 430,
    assessments: 300,
    namedPlans: 260,
    activePlans: 240,
    ceasedPlans: 5,
    placements: 236,
  },
  records: [
    {
      childId: CHILD,
      caseReference: 'EHC-26-0042',
      issues: [
        {
          rule: 'upn_missing',
          module: 'person',
          field: 'UPN',
          message: 'Record the child’s unique pupil number (UPN), or why it is not known.',
          fix: 'return_details',
        },
        {
          rule: 'active_plan_without_placement',
          module: 'active_plans',
          field: 'PlacementDetail',
          message: 'The plan is active but no placement is recorded for the census date.',
          fix: 'placements',
          requestId: REQUEST,
        },
      ],
    },
  ],
  ...overrides,
});

async function open(
  path: string,
  api: Record<string, () => { status: number; body?: unknown }>,
  roles: string[],
) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles }),
    ...api,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router, fetch };
}

describe('the SEN2 return page', () => {
  let wrapper: Awaited<ReturnType<typeof open>>['wrapper'] | undefined;
  afterEach(() => wrapper?.unmount());

  it('shows the counts per module, each record that cannot go yet with a link to the form that fixes it, and the file', async () => {
    ({ wrapper } = await open(
      '/reports/sen2?censusDate=2027-01-21',
      { 'GET /api/returns/sen2?censusDate=2027-01-21': () => ({ status: 200, body: aReport('2027-01-21') }) },
      ['admin'],
    ));
    expect(wrapper.find('h1').text()).toBe('SEN2 return');
    const rows = wrapper
      .findAll('.govuk-summary-list__row')
      .map((r) => [r.find('dt').text(), r.find('dd').text()]);
    expect(rows).toContainEqual(['Held back until fixed', '2']);
    expect(rows).toContainEqual(['Plans ceased in the collection year', '5']);
    const download = wrapper.find('a[download]');
    expect(download.text()).toBe('Download the XML file (410 records)');
    expect(download.attributes('href')).toBe('/api/returns/sen2/export?censusDate=2027-01-21');
    expect(wrapper.text()).toContain('Records that cannot be returned yet (1)');
    const fixes = wrapper.findAll('.app-sen2-record li a');
    expect(fixes.map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Fix the return details for EHC-26-0042', `/cases/${CHILD}#sen2-return-details`],
      ['Record the placement for EHC-26-0042', `/cases/${CHILD}#sen2-placements`],
    ]);
    expect(wrapper.text()).toContain(
      'UPN: Record the child’s unique pupil number (UPN), or why it is not known.',
    );
  });

  it('checks another census date from the form, and says what is wrong with one that is not a date', async () => {
    let asked: string[] = [];
    ({ wrapper } = await open(
      '/reports/sen2?censusDate=2027-01-21',
      {
        'GET /api/returns/sen2?censusDate=2027-01-21': () => (
          (asked = [...asked, '2027']),
          { status: 200, body: aReport('2027-01-21') }
        ),
        'GET /api/returns/sen2?censusDate=2026-01-15': () => (
          (asked = [...asked, '2026']),
          { status: 200, body: aReport('2026-01-15', { records: [] }) }
        ),
      },
      ['admin'],
    ));
    await wrapper.find('#census-date').setValue('31');
    await wrapper.find('#census-date-month').setValue('2');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').text()).toContain('Enter the census date as a real date');
    expect(asked).toEqual(['2027']);

    await wrapper.find('#census-date').setValue('15');
    await wrapper.find('#census-date-month').setValue('1');
    await wrapper.find('#census-date-year').setValue('2026');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(asked).toEqual(['2027', '2026']);
    expect(wrapper.find('.govuk-error-summary').exists()).toBe(false);
    expect(wrapper.text()).toContain('Every record in scope is ready to return.');
  });

  it('offers no file while the council’s LA number is missing, and says so', async () => {
    ({ wrapper } = await open(
      '/reports/sen2?censusDate=2027-01-21',
      {
        'GET /api/returns/sen2?censusDate=2027-01-21': () => ({
          status: 200,
          body: aReport('2027-01-21', {
            returnIssues: ['The council’s three-digit LA number is not set (COUNCIL_LA_NUMBER).'],
          }),
        }),
      },
      ['admin'],
    ));
    expect(wrapper.find('a[download]').exists()).toBe(false);
    expect(wrapper.find('.govuk-warning-text').text()).toContain('LA number is not set');
  });

  it('is not offered to a SEND manager, as it holds person-level data', async () => {
    ({ wrapper } = await open('/reports/sen2?censusDate=2027-01-21', {}, ['chair']));
    expect(wrapper.find('h1').text()).not.toBe('SEN2 return');
  });
});
