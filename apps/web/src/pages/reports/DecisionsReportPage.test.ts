import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../test-support/fake-api';
import { lastTwelveCompleteMonths, monthsOf } from './report-period';

const counts = (agreedToAssess: number, refusedToAssess: number, agreedToIssue = 0, notIssued = 0) => ({
  agreedToAssess,
  refusedToAssess,
  agreedToIssue,
  notIssued,
  refusalRate:
    agreedToAssess + refusedToAssess === 0
      ? null
      : Math.round((refusedToAssess / (agreedToAssess + refusedToAssess)) * 1000) / 10,
});

const aReport = (from: string, to: string) => ({
  from,
  to,
  total: counts(6, 4, 3, 1),
  byMonth: [
    { key: '2026-01', ...counts(3, 2, 1, 0) },
    { key: '2026-03', ...counts(3, 2, 2, 1) },
  ],
  byLocality: [{ key: 'Northdale', ...counts(6, 4, 3, 1) }],
  byNeed: [{ key: 'semh', ...counts(6, 4, 3, 1) }],
  bySetting: [{ key: 'Northdale Meadow Primary School', ...counts(2, 1) }],
});

const reportAt = (from: string, to: string) => `GET /api/reports/decisions?from=${from}&to=${to}`;
const answer = (status: number, body: unknown) => () => ({ status, body });

async function open(
  path: string,
  api: Record<string, () => { status: number; body?: unknown }>,
  roles = A_CHAIR.roles,
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

const rowOf = (wrapper: Awaited<ReturnType<typeof open>>['wrapper'], caption: string, label: string) => {
  const table = wrapper.findAll('table').find((t) => t.find('caption').text() === caption)!;
  return table.findAll('tbody tr').find((tr) => tr.find('th').text() === label)!;
};

describe('the decisions report', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows the totals, the refusal rate and each breakdown for the period in the address', async () => {
    const { wrapper } = await open('/reports/decisions?from=2026-01-01&to=2026-03-31', {
      [reportAt('2026-01-01', '2026-03-31')]: answer(200, aReport('2026-01-01', '2026-03-31')),
    });
    expect(wrapper.find('h1').text()).toBe('Decisions report');
    expect((wrapper.find('#report-from').element as HTMLInputElement).value).toBe('2026-01-01');
    expect(wrapper.find('.app-report-period').text()).toBe(
      'Decisions made from 1 January 2026 to 31 March 2026.',
    );
    const totals = wrapper
      .findAll('.govuk-summary-list__row')
      .map((row) => [row.find('dt').text(), row.find('dd').text()]);
    expect(totals).toEqual([
      ['Agreed to assess', '6'],
      ['Refused to assess', '4'],
      ['Refusal rate', '40.0%'],
      ['Agreed to issue a plan', '3'],
      ['Decided not to issue', '1'],
    ]);
    expect(wrapper.findAll('caption').map((c) => c.text())).toEqual([
      'By month',
      'By locality',
      'By primary area of need',
      'Schools and settings with the most decisions',
    ]);
    expect(
      rowOf(wrapper, 'By month', 'March 2026')
        .findAll('td')
        .map((td) => td.text()),
    ).toEqual(['3', '2', '40.0%', '2', '1']);
    expect(
      rowOf(wrapper, 'By month', 'February 2026')
        .findAll('td')
        .map((td) => td.text()),
    ).toEqual(['0', '0', 'No decisions', '0', '0']);
    expect(
      rowOf(wrapper, 'By primary area of need', 'Social, emotional and mental health').find('td').text(),
    ).toBe('6');
    expect(
      rowOf(wrapper, 'Schools and settings with the most decisions', 'Northdale Meadow Primary School')
        .findAll('td')[2]!
        .text(),
    ).toBe('33.3%');
    expect(wrapper.findAll('tbody td').every((td) => td.classes('govuk-table__cell--numeric'))).toBe(true);
    expect(wrapper.findAll('tbody th').every((th) => th.attributes('scope') === 'row')).toBe(true);
    const csv = wrapper.find('a[download]');
    expect(csv.text()).toBe('Download as CSV');
    expect(decodeURIComponent(csv.attributes('href')!)).toContain('By locality,Northdale,6,4,40,3,1');
  });

  it('explains a period the API refuses in an error summary that takes focus', async () => {
    const { wrapper } = await open('/reports/decisions?from=2026-01-01&to=2026-03-31', {
      [reportAt('2026-01-01', '2026-03-31')]: answer(400, {
        statusCode: 400,
        code: 'validation_failed',
        message: 'from must be on or before to',
      }),
    });
    const summary = wrapper.find('.govuk-error-summary');
    expect(summary.text()).toContain('from must be on or before to');
    expect(document.activeElement).toBe(summary.element);
    expect(wrapper.find('.govuk-summary-list').exists()).toBe(false);
  });

  it('links a date the API could not read to its field', async () => {
    const { wrapper } = await open('/reports/decisions?from=2026-01-01&to=2026-03-31', {
      [reportAt('2026-01-01', '2026-03-31')]: answer(400, {
        statusCode: 400,
        code: 'validation_failed',
        message: 'Some fields are not valid: to',
        fields: [{ field: 'to', messages: ['to must be a calendar date'] }],
      }),
    });
    const link = wrapper.find('.govuk-error-summary a');
    expect([link.text(), link.attributes('href')]).toEqual([
      'The last day of the period must be a real date',
      '#report-to',
    ]);
    expect(wrapper.find('#report-to').attributes('aria-describedby')).toBe('report-to-error');
    await link.trigger('click');
    expect(document.activeElement).toBe(wrapper.find('#report-to').element);
  });

  it('puts the chosen period in the address, so the report can be bookmarked or shared', async () => {
    const { wrapper, router } = await open('/reports/decisions?from=2026-01-01&to=2026-03-31', {
      [reportAt('2026-01-01', '2026-03-31')]: answer(200, aReport('2026-01-01', '2026-03-31')),
      [reportAt('2025-04-01', '2026-03-31')]: answer(200, aReport('2025-04-01', '2026-03-31')),
    });
    await wrapper.find('#report-from').setValue('2025-04-01');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(wrapper.find('.app-report-period').text()).toBe(
      'Decisions made from 1 April 2025 to 31 March 2026.',
    );
  });

  it('asks for a period that ends before it starts to be put right, without asking the API', async () => {
    const { wrapper, fetch } = await open('/reports/decisions?from=2026-01-01&to=2026-03-31', {
      [reportAt('2026-01-01', '2026-03-31')]: answer(200, aReport('2026-01-01', '2026-03-31')),
    });
    fetch.mockClear();
    await wrapper.find('#report-to').setValue('2025-12-31');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary a').attributes('href')).toBe('#report-to');
    expect(document.activeElement).toBe(wrapper.find('.govuk-error-summary').element);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says so when nothing was decided in the period', async () => {
    const empty = {
      from: '2026-01-01',
      to: '2026-01-31',
      total: counts(0, 0),
      byMonth: [],
      byLocality: [],
      byNeed: [],
      bySetting: [],
    };
    const { wrapper } = await open('/reports/decisions?from=2026-01-01&to=2026-01-31', {
      [reportAt('2026-01-01', '2026-01-31')]: answer(200, empty),
    });
    expect(wrapper.text()).toContain('No decisions were recorded in this period.');
    expect(wrapper.find('table').exists()).toBe(false);
  });

  it('is linked from the dashboard for those who may read it, and only for them', async () => {
    const chair = await open('/dashboard', {});
    expect(chair.wrapper.find('a[href="/reports/decisions"]').text()).toBe('Decisions report');
    chair.wrapper.unmount();
    const presenter = await open('/dashboard', {}, ['presenter']);
    expect(presenter.wrapper.find('a[href="/reports/decisions"]').exists()).toBe(false);
  });
});

describe('the period of the report', () => {
  it('is the 12 whole months before this one unless chosen', () => {
    expect(lastTwelveCompleteMonths(new Date(2026, 4, 15))).toEqual({ from: '2025-05-01', to: '2026-04-30' });
    expect(lastTwelveCompleteMonths(new Date(2026, 0, 1))).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('lists every month it touches, across the turn of a year', () => {
    expect(monthsOf({ from: '2025-11-15', to: '2026-02-01' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});
