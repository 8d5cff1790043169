import type { TimelinessMonth } from '@convene/domain';
import { monthsEnding } from '@convene/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import type { TimelinessCase, TimelinessReport } from '../../api/dashboard';
import { csvCell } from '../../csv';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs, urlOf } from '../../test-support/fake-api';
import { figureFromKey, figureKey, monthProblems } from './monthly-return';

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** A month of the return: `n` plans issued, `inTime` of them in 20 weeks; the rolling year as 10 times that. */
const aMonth = (month: string, issued: number, inTwentyWeeks: number): TimelinessMonth => ({
  month,
  issued,
  inTwentyWeeks,
  percent: rate(inTwentyWeeks, issued),
  rolling: { issued: issued * 10, inTwentyWeeks: inTwentyWeeks * 10, percent: rate(inTwentyWeeks, issued) },
});

function aReport(last: string): TimelinessReport {
  const months = monthsEnding(last, 12);
  return {
    months,
    withoutExceptions: months.map((m, i) => (i === 10 ? aMonth(m, 0, 0) : aMonth(m, 4, 3))),
    withExceptions: months.map((m, i) => (i === 10 ? aMonth(m, 1, 0) : aMonth(m, 5, 3))),
    received: [{ month: months[11]!, count: 9 }],
    refused: [{ month: months[11]!, count: 2 }],
    openByStage: [
      { stage: 'received', count: 7 },
      { stage: 'assessment', count: 12 },
      { stage: 'draft_issued', count: 3 },
    ],
    openOverTwentyWeeks: 4,
    advicesInTime: [
      {
        agency: 'Educational psychology',
        adviceKind: 'educational_psychology',
        due: 3,
        onTime: 1,
        percent: 33.3,
      },
      { agency: 'Speech and language therapy', adviceKind: 'health', due: 0, onTime: 0, percent: null },
    ],
    adviceQuality: [
      { adviceKind: 'health', rated: 8, meeting: 6, percent: 75 },
      { adviceKind: 'educational_psychology', rated: 0, meeting: 0, percent: null },
      { adviceKind: 'social_care', rated: 4, meeting: 1, percent: 25 },
    ],
  };
}

const aPlan = (
  caseReference: string,
  finalIssuedOn: string,
  over: Partial<TimelinessCase> = {},
): TimelinessCase => ({
  childId: `child-${caseReference}`,
  caseReference,
  receivedOn: '2025-10-06',
  finalIssuedOn,
  inTwentyWeeks: true,
  exceptionCase: false,
  ...over,
});

const returnTo = (month: string) => `GET /api/dashboard/timeliness?month=${month}&months=12`;
const casesOf = (month: string, measure: string, exceptions: string) =>
  `GET /api/dashboard/timeliness/cases?month=${month}&measure=${measure}&exceptions=${exceptions}`;
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

type Page = Awaited<ReturnType<typeof open>>['wrapper'];
const tableCalled = (wrapper: Page, caption: string) =>
  wrapper.findAll('table').find((t) => t.find('caption').text() === caption)!;
const rowsOf = (wrapper: Page, caption: string) => tableCalled(wrapper, caption).findAll('tbody tr');
const cellsOf = (wrapper: Page, caption: string, row: number) => rowsOf(wrapper, caption)[row]!.findAll('td');
/** What a cell shows on screen, without the words only a screen reader hears. */
const shown = (cell: ReturnType<Page['find']>) =>
  cell
    .text()
    .replace(
      cell
        .findAll('.govuk-visually-hidden')
        .map((s) => s.text())
        .join(''),
      '',
    )
    .trim();

const WITHOUT = 'EHC plans issued in 20 weeks, excluding exception cases';
const WITH = 'EHC plans issued in 20 weeks, including exception cases';

describe('the dashboard', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lays out the monthly return as the published table, months across and the measures down', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
    });
    expect(
      wrapper
        .findAll('caption')
        .slice(0, 2)
        .map((c) => c.text()),
    ).toEqual([WITHOUT, WITH]);
    const table = tableCalled(wrapper, WITHOUT);
    const headers = table.findAll('thead th');
    expect(headers.map((th) => th.find('[aria-hidden="true"]').text())).toEqual(
      monthsEnding('2026-03', 12).map(
        (m) =>
          ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
            Number(m.slice(5))
          ] + ` ${m.slice(0, 4)}`,
      ),
    );
    expect(headers.at(-1)!.find('.govuk-visually-hidden').text()).toBe('March 2026');
    expect(table.findAll('tbody th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['Number of EHCP plans issued, excluding exceptions', 'row'],
      ['Number of these issued in 20 weeks', 'row'],
      ['% in 20 weeks', 'row'],
      ['Cumulative 12 months to date', 'row'],
      ['Number of these issued in 20 weeks', 'row'],
      ['Cumulative % in 20 weeks', 'row'],
    ]);
    // The last two columns: February 2026 (nothing issued) and March 2026.
    expect(rowsOf(wrapper, WITHOUT).map((tr) => tr.findAll('td').slice(-2).map(shown))).toEqual([
      ['0', '4'],
      ['0', '3'],
      ['None issued', '75.0%'],
      ['0', '40'],
      ['0', '30'],
      ['None issued', '75.0%'],
    ]);
    expect(rowsOf(wrapper, WITH)[0]!.find('th').text()).toBe(
      'Number of EHCP plans issued, including exceptions',
    );
    expect(cellsOf(wrapper, WITH, 0).slice(-2).map(shown)).toEqual(['1', '5']);
    const region = wrapper.find(`[role="region"][aria-label="${WITHOUT}"]`);
    expect(region.attributes('tabindex')).toBe('0');
    expect(wrapper.find('.app-report-period').text()).toBe(
      'Plans issued from April 2025 to March 2026. Select a number to list the plans it counts.',
    );
  });

  it('shows advice quality by agency: rated, meeting the standard and the percentage, or none rated', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
    });
    const region = wrapper.find('[role="region"][aria-label="Advice quality by agency"]');
    expect(
      region
        .findAll('tbody tr')
        .map((tr) => [tr.find('th').text(), ...tr.findAll('td').map((td) => td.text())]),
    ).toEqual([
      ['Health', '8', '6 (75.0%)'],
      ['Educational psychology', '0', 'None rated'],
      ['Social care', '4', '1 (25.0%)'],
    ]);
  });

  it('makes every count a link that says, to a screen reader, what it counts', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
    });
    const links = tableCalled(wrapper, WITHOUT).findAll('tbody a');
    expect(links).toHaveLength(4 * 12);
    expect(cellsOf(wrapper, WITHOUT, 2).some((td) => td.find('a').exists())).toBe(false);
    expect(cellsOf(wrapper, WITHOUT, 1).at(-1)!.find('a').text()).toBe(
      '3 plans issued in 20 weeks in March 2026, excluding exception cases: list them',
    );
    expect(cellsOf(wrapper, WITH, 3).at(-1)!.find('a').text()).toBe(
      '50 plans issued from April 2025 to March 2026, including exception cases: list them',
    );
    expect(links.every((a) => a.attributes('aria-current') === undefined)).toBe(true);
  });

  it('lists the plans behind a count below the table, and takes the reader to them', async () => {
    const plans = [
      aPlan('FS-0101', '2026-03-04'),
      aPlan('FS-0102', '2026-03-20', { inTwentyWeeks: false, exceptionCase: true }),
    ];
    const { wrapper, router, fetch } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
      [casesOf('2026-03', 'issued', 'include')]: answer(200, plans),
    });
    await cellsOf(wrapper, WITH, 0).at(-1)!.find('a').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({
      month: '2026-03',
      figure: 'include.month.issued.2026-03',
    });
    const heading = wrapper.find('#return-cases-heading');
    expect(heading.text()).toBe('Plans issued in March 2026, including exception cases');
    expect(document.activeElement).toBe(heading.element);
    const list = wrapper.find('section[aria-labelledby="return-cases-heading"]');
    expect(list.find('[role="status"]').text()).toBe('2 plans.');
    expect(list.findAll('thead th').map((th) => th.text())).toEqual([
      'Case',
      'Request received',
      'Final plan issued',
      'In 20 weeks',
      'Exception case',
    ]);
    const rows = list
      .findAll('tbody tr')
      .map((tr) => [tr.find('th').text(), ...tr.findAll('td').map((td) => td.text())]);
    expect(rows).toEqual([
      ['FS-0101', '6 October 2025', '4 March 2026', 'Yes', 'No'],
      ['FS-0102', '6 October 2025', '20 March 2026', 'No', 'Yes'],
    ]);
    expect(list.find('tbody a').attributes('href')).toBe('/cases/child-FS-0101');
    // Opening a count does not fetch the table again.
    expect(
      fetch.mock.calls.filter(([url]) => urlOf(url).startsWith('/api/dashboard/timeliness?')),
    ).toHaveLength(1);
  });

  it("lists a 12-month count's plans from each of its 12 months", async () => {
    const months = monthsEnding('2026-03', 12);
    const api = Object.fromEntries(
      months.map((m, i) => [
        casesOf(m, 'in_twenty_weeks', 'exclude'),
        answer(200, i % 6 === 0 ? [aPlan(`FS-${m}`, `${m}-10`)] : []),
      ]),
    );
    const { wrapper } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
      ...api,
    });
    await cellsOf(wrapper, WITHOUT, 4).at(-1)!.find('a').trigger('click');
    await flushPromises();
    expect(wrapper.find('#return-cases-heading').text()).toBe(
      'Plans issued in 20 weeks from April 2025 to March 2026, excluding exception cases',
    );
    expect(wrapper.findAll('section tbody th').map((th) => th.text())).toEqual(['FS-2025-04', 'FS-2025-10']);
  });

  it('says so when a count has no plans behind it, and when the plans could not be loaded', async () => {
    const { wrapper, router } = await open('/dashboard?month=2026-03&figure=exclude.month.issued.2026-02', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
      [casesOf('2026-02', 'issued', 'exclude')]: answer(200, []),
      // A gateway in front of the API answered instead of it: no message of the API's own to show.
      [casesOf('2026-01', 'issued', 'exclude')]: answer(502, undefined),
    });
    expect(wrapper.find('section [role="status"]').text()).toBe(
      'There are no plans issued in February 2026, excluding exception cases.',
    );
    expect(wrapper.find('section table').exists()).toBe(false);
    await router.push({ query: { month: '2026-03', figure: 'exclude.month.issued.2026-01' } });
    await flushPromises();
    expect(wrapper.find('section [role="status"]').text()).toBe('The plans could not be loaded. Try again.');
  });

  it('shows the return to the month chosen, and puts it in the address', async () => {
    const { wrapper, router } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
      [returnTo('2025-12')]: answer(200, aReport('2025-12')),
    });
    expect((wrapper.find('#return-month').element as HTMLInputElement).value).toBe('3');
    expect((wrapper.find('#return-year').element as HTMLInputElement).value).toBe('2026');
    await wrapper.find('#return-month').setValue('12');
    await wrapper.find('#return-year').setValue('2025');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ month: '2025-12' });
    expect(wrapper.find('.app-report-period').text()).toContain(
      'Plans issued from January 2025 to December 2025.',
    );
  });

  it('is the return to this month unless another is chosen', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-15T12:00:00Z'));
    const { wrapper } = await open('/dashboard', { [returnTo('2026-05')]: answer(200, aReport('2026-05')) });
    expect(tableCalled(wrapper, WITHOUT).find('thead th:last-child .govuk-visually-hidden').text()).toBe(
      'May 2026',
    );
  });

  it('asks for a real month, linked to its field, without asking the API', async () => {
    const { wrapper, fetch } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
    });
    fetch.mockClear();
    await wrapper.find('#return-month').setValue('13');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const link = wrapper.find('.govuk-error-summary a');
    expect([link.text(), link.attributes('href')]).toEqual([
      'The month must be a number from 1 to 12',
      '#return-month',
    ]);
    expect(document.activeElement).toBe(wrapper.find('.govuk-error-summary').element);
    expect(wrapper.find('fieldset').attributes('aria-describedby')).toBe(
      'return-month-hint return-month-error',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('gives an example of the month that reads as a month, not "3 2026"', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
    });
    const hint = wrapper.find('#return-month-hint').text();
    expect(hint).toContain('for March 2026, enter 3 and 2026');
    expect(hint).not.toMatch(/For example, 3 2026/);
  });

  it('explains a refusal from the API in an error summary that takes focus', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(403, {
        statusCode: 403,
        code: 'forbidden',
        message: 'You do not have permission to do that.',
      }),
    });
    const summary = wrapper.find('.govuk-error-summary');
    expect(summary.text()).toContain('You do not have permission to do that.');
    expect(document.activeElement).toBe(summary.element);
    expect(wrapper.find('table').exists()).toBe(false);
  });

  it('says where the open requests stand today, and the requests received and refused each month', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
    });
    const now = wrapper
      .findAll('.govuk-summary-list__row')
      .map((row) => [row.find('dt').text(), shown(row.find('dd'))]);
    expect(now).toEqual([
      ['Awaiting decision to assess', '7'],
      ['Assessment: gathering advice', '12'],
      ['Agreed to issue: plan being written', '0'],
      ['Draft plan issued', '3'],
      ['All open requests', '22'],
      ['Open for more than 20 weeks', '4'],
    ]);
    const requests = rowsOf(wrapper, 'Requests received and refused, by month');
    expect(requests.map((tr) => [tr.find('th').text(), ...tr.findAll('td').slice(-2).map(shown)])).toEqual([
      ['Requests for assessment received', '0', '9'],
      ['Refused to assess', '0', '2'],
    ]);
  });

  it('gives the advice received within 6 weeks, by agency, in words where none fell due', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
    });
    const rows = rowsOf(wrapper, 'Advice due 2025-04 to 2026-03, by agency');
    expect(rows.map((tr) => [tr.find('th').text(), ...tr.findAll('td').map(shown)])).toEqual([
      ['Educational psychology', 'Educational psychology', '3', '1', '33.3%'],
      ['Speech and language therapy', 'Health', '0', '0', 'None due'],
    ]);
  });

  it('charts the percentage in 20 weeks by month, monthly and rolling, followed by its table', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
    });
    expect(wrapper.find('svg[role="img"]').attributes('aria-label')).toContain(
      'Bar chart of the percentage of EHC plans issued in 20 weeks in each month',
    );
    const caption = 'Percentage of EHC plans issued in 20 weeks, by month, excluding exception cases';
    const lines = rowsOf(wrapper, caption).map((tr) => [
      tr.find('th').text(),
      ...tr.findAll('td').map((td) => td.text()),
    ]);
    expect(lines.slice(-2)).toEqual([
      ['February 2026', 'None issued', 'None issued'],
      ['March 2026', '75.0%', '75.0%'],
    ]);
  });

  it('offers the monthly return as a CSV file', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {
      [returnTo('2026-03')]: answer(200, aReport('2026-03')),
    });
    const link = wrapper.find('a[download]');
    expect([link.text(), link.attributes('download')]).toEqual([
      'Download as CSV',
      'plans-issued-in-20-weeks-to-2026-03.csv',
    ]);
    const lines = decodeURIComponent(link.attributes('href')!.replace('data:text/csv;charset=utf-8,', ''))
      .replace('\uFEFF', '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'Exception cases,Measure,Apr 2025,May 2025,Jun 2025,Jul 2025,Aug 2025,Sep 2025,Oct 2025,Nov 2025,Dec 2025,Jan 2026,Feb 2026,Mar 2026',
    );
    expect(lines[1]).toBe(
      'Excluded,"Number of EHCP plans issued, excluding exceptions",4,4,4,4,4,4,4,4,4,4,0,4',
    );
    expect(lines[3]).toBe('Excluded,% in 20 weeks,75,75,75,75,75,75,75,75,75,75,,75');
    expect(lines[7]).toBe(
      'Included,"Number of EHCP plans issued, including exceptions",5,5,5,5,5,5,5,5,5,5,1,5',
    );
    expect(lines).toHaveLength(13);
  });

  it('shows its figures only to those who may read them, keeping the reports link for its readers', async () => {
    const dco = await open(
      '/dashboard?month=2026-03',
      { [returnTo('2026-03')]: answer(200, aReport('2026-03')) },
      ['dco'],
    );
    expect(dco.wrapper.find('table').exists()).toBe(true);
    expect(dco.wrapper.find('a[href="/reports/decisions"]').exists()).toBe(false);
    dco.wrapper.unmount();
    const presenter = await open('/dashboard', {}, ['presenter']);
    expect(presenter.wrapper.text()).toContain("The service's figures are for");
    expect(presenter.fetch.mock.calls.some(([url]) => urlOf(url).startsWith('/api/dashboard/'))).toBe(false);
  });

  it("shows its figures to every gateway's coordinator, the DSCO as the DCO", async () => {
    const dsco = await open(
      '/dashboard?month=2026-03',
      { [returnTo('2026-03')]: answer(200, aReport('2026-03')) },
      ['dsco'],
    );
    expect(dsco.wrapper.find('table').exists()).toBe(true);
    expect(dsco.wrapper.text()).not.toContain("The service's figures are for");
  });
});

describe('the monthly return', () => {
  it('keeps a figure in the address and reads only a figure it could have written', () => {
    const figure = {
      exceptions: 'exclude',
      span: 'rolling',
      measure: 'in_twenty_weeks',
      month: '2026-03',
    } as const;
    expect(figureFromKey(figureKey(figure))).toEqual(figure);
    expect(figureFromKey('exclude.rolling.late.2026-03')).toBeNull();
    expect(figureFromKey('exclude.month.issued.2026-13')).toBeNull();
    expect(figureFromKey(['exclude.month.issued.2026-03'])).toBeNull();
  });

  it('asks for a month and year that are real and not yet to come', () => {
    expect(monthProblems({ month: '', year: '' }, '2026-05')).toEqual({
      month: 'Enter the month and year of the last month of the table',
    });
    expect(monthProblems({ month: '4', year: '26' }, '2026-05')).toEqual({
      year: 'The year must be 4 digits, like 2026',
    });
    expect(monthProblems({ month: '6', year: '2026' }, '2026-05')).toEqual({
      month: 'The last month of the table must be this month or before',
    });
    expect(monthProblems({ month: '05', year: '2026' }, '2026-05')).toEqual({});
  });

  it('writes a cell a spreadsheet would run as a formula as plain text', () => {
    expect(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 'Northdale, East', 75, null].map(csvCell)).toEqual([
      `"'=HYPERLINK(""x"")"`,
      "'+1",
      "'-2",
      "'@SUM(A1)",
      '"Northdale, East"',
      '75',
      '',
    ]);
  });
});
