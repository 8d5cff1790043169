import type { HealthGatewayFigures, TimelinessRow } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../test-support/fake-api';
import { lastTwelveCompleteMonths } from '../reports/report-period';

const row = (key: string, due: number, onTime: number): TimelinessRow => ({
  key,
  due,
  onTime,
  percent: due === 0 ? null : Math.round((onTime / due) * 1000) / 10,
});

const someFigures = (from: string, to: string): HealthGatewayFigures => ({
  from,
  to,
  withExceptions: {
    total: row('total', 50, 43),
    byTeam: [row('Speech and language therapy', 30, 28), row('CAMHS', 20, 15)],
    byMonth: [row('2026-01', 20, 17), row('2026-03', 30, 26)],
  },
  withoutExceptions: {
    total: row('total', 46, 42),
    byTeam: [row('Speech and language therapy', 29, 28), row('CAMHS', 17, 14)],
    byMonth: [row('2026-01', 18, 17), row('2026-03', 28, 25)],
  },
  rightTeamFirstTime: { triaged: 50, firstTime: 46, percent: 92 },
  openByAge: [
    { band: '0–2 weeks', count: 12 },
    { band: '3–4 weeks', count: 8 },
    { band: '5–6 weeks', count: 3 },
    { band: 'Over 6 weeks', count: 2 },
  ],
  qualityMeetsStandard: { rated: 20, meeting: 15, percent: 75 },
});

const figuresAt = (from: string, to: string) => `GET /api/health-gateway/figures?from=${from}&to=${to}`;
const answer = (status: number, body: unknown) => () => ({ status, body });
const THE_DCO = { ...A_CHAIR, roles: ['dco'] };

async function open(
  path: string,
  api: Record<string, () => { status: number; body?: unknown }>,
  user: unknown = THE_DCO,
) {
  const fetch = fakeApi({ 'GET /api/health': healthy, 'GET /api/auth/me': signedInAs(user), ...api });
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
const line = (wrapper: Page, caption: string, label: string) =>
  tableCalled(wrapper, caption)
    .findAll('tbody tr')
    .find((tr) => tr.find('th').text() === label)!
    .findAll('td')
    .map((td) => td.text());

describe('the Health Gateway figures', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('gives the headline rates with what each is a rate of', async () => {
    const { wrapper } = await open('/gateway/figures?from=2026-01-01&to=2026-03-31', {
      [figuresAt('2026-01-01', '2026-03-31')]: answer(200, someFigures('2026-01-01', '2026-03-31')),
    });
    expect(wrapper.find('h1').text()).toBe('Health Gateway figures');
    expect(wrapper.find('.app-report-period').text()).toBe(
      'Advices due from 1 January 2026 to 31 March 2026.',
    );
    const headline = wrapper
      .findAll('.govuk-summary-list__row')
      .map((r) => [r.find('dt').text(), r.find('dd').text()]);
    expect(headline).toEqual([
      ['Returned within 6 weeks', '86.0% (43 of 50 due)'],
      ['Returned within 6 weeks, leaving out exception cases', '91.3% (42 of 46 due)'],
      ['Triaged to the right team first time', '92.0% (46 of 50 triaged)'],
      ['Advice meeting the quality standard', '75.0% (15 of 20 rated)'],
    ]);
  });

  it('follows every chart with its table, the chart summarised for screen readers', async () => {
    const { wrapper } = await open('/gateway/figures?from=2026-01-01&to=2026-03-31', {
      [figuresAt('2026-01-01', '2026-03-31')]: answer(200, someFigures('2026-01-01', '2026-03-31')),
    });
    const charts = wrapper.findAll('svg[role="img"]');
    expect(charts).toHaveLength(3);
    expect(charts[0]!.attributes('aria-label')).toBe(
      'Bar chart of the percentage of health advices returned within 6 weeks by team, every advice. Highest Speech and language therapy, 93.3%; lowest CAMHS, 75.0%. The table below gives every figure.',
    );
    expect(charts[2]!.attributes('aria-label')).toBe(
      'Bar chart of open requests for health advice by weeks since they were asked for. Highest 0–2 weeks, 12; lowest Over 6 weeks, 2. The table below gives every figure.',
    );
    // Each chart's next table is its accessible version.
    for (const chart of charts) {
      const figure = chart.element.closest('figure')!;
      let next = figure.nextElementSibling;
      while (next && !next.querySelector('table')) next = next.nextElementSibling;
      expect(next?.querySelector('caption')?.textContent).toBeTruthy();
    }
    expect(wrapper.findAll('caption').map((c) => c.text())).toEqual([
      'Advices returned within 6 weeks, by team',
      'Advices returned within 6 weeks, by month due',
      'Open requests today, by weeks since they were asked for',
    ]);
    expect(line(wrapper, 'Advices returned within 6 weeks, by team', 'CAMHS')).toEqual([
      '20',
      '15',
      '75.0%',
      '17',
      '14',
      '82.4%',
    ]);
    // A month with nothing due still has its line, so a gap reads as a gap.
    expect(line(wrapper, 'Advices returned within 6 weeks, by month due', 'February 2026')).toEqual([
      '0',
      '0',
      'None due',
      '0',
      '0',
      'None due',
    ]);
    expect(line(wrapper, 'Advices returned within 6 weeks, by month due', 'March 2026')).toEqual([
      '30',
      '26',
      '86.7%',
      '28',
      '25',
      '89.3%',
    ]);
    expect(line(wrapper, 'Open requests today, by weeks since they were asked for', 'Over 6 weeks')).toEqual([
      '2',
    ]);
    // Status in words on every bar, not only its length or colour.
    expect(charts[0]!.findAll('text').map((t) => t.text())).toContain('93.3%');
    expect(charts[1]!.findAll('text').map((t) => t.text())).toContain('None due');
  });

  it('shows the last 12 whole months unless a period is chosen, and puts a chosen one in the address', async () => {
    const standard = lastTwelveCompleteMonths();
    const { wrapper, router } = await open('/gateway/figures', {
      [figuresAt(standard.from, standard.to)]: answer(200, someFigures(standard.from, standard.to)),
      [figuresAt('2025-04-01', '2026-03-31')]: answer(200, someFigures('2025-04-01', '2026-03-31')),
    });
    expect((wrapper.find('#figures-from').element as HTMLInputElement).value).toBe(standard.from);
    expect((wrapper.find('#figures-to').element as HTMLInputElement).value).toBe(standard.to);
    await wrapper.find('#figures-from').setValue('2025-04-01');
    await wrapper.find('#figures-to').setValue('2026-03-31');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(wrapper.find('.app-report-period').text()).toBe('Advices due from 1 April 2025 to 31 March 2026.');
  });

  it('asks for a period that ends before it starts to be put right, without asking the API', async () => {
    const { wrapper, fetch } = await open('/gateway/figures?from=2026-01-01&to=2026-03-31', {
      [figuresAt('2026-01-01', '2026-03-31')]: answer(200, someFigures('2026-01-01', '2026-03-31')),
    });
    fetch.mockClear();
    await wrapper.find('#figures-to').setValue('2025-12-31');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const summary = wrapper.find('.govuk-error-summary');
    expect(document.activeElement).toBe(summary.element);
    expect(summary.find('a').attributes('href')).toBe('#figures-to');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says so when nothing was due and nothing is open', async () => {
    const empty: HealthGatewayFigures = {
      from: '2026-01-01',
      to: '2026-01-31',
      withExceptions: { total: row('total', 0, 0), byTeam: [], byMonth: [] },
      withoutExceptions: { total: row('total', 0, 0), byTeam: [], byMonth: [] },
      rightTeamFirstTime: { triaged: 0, firstTime: 0, percent: null },
      openByAge: [{ band: '0–2 weeks', count: 0 }],
      qualityMeetsStandard: { rated: 0, meeting: 0, percent: null },
    };
    const { wrapper } = await open('/gateway/figures?from=2026-01-01&to=2026-01-31', {
      [figuresAt('2026-01-01', '2026-01-31')]: answer(200, empty),
    });
    expect(wrapper.findAll('.govuk-summary-list__value').map((v) => v.text())).toEqual([
      'No advices were due',
      'No advices were due',
      'No advices were triaged',
      'No advices were rated',
    ]);
    expect(wrapper.text()).toContain('No advices were due in this period.');
    expect(wrapper.text()).toContain('There are no open requests for health advice today.');
    expect(wrapper.find('svg[role="img"]').exists()).toBe(false);
  });

  it('is only for those who may read the figures', async () => {
    const { wrapper } = await open('/gateway/figures', {}, { ...A_CHAIR, roles: ['health_team_rep'] });
    expect(wrapper.find('h1').text()).toBe('Page not found');
  });
});
