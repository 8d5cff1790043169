import type { QualityFigures, QualityRow } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../test-support/fake-api';
import { lastTwelveCompleteMonths } from '../reports/report-period';

const row = (key: string, moderated: number, meeting: number): QualityRow => ({
  key,
  moderated,
  meeting,
  percent: moderated === 0 ? null : Math.round((meeting / moderated) * 1000) / 10,
});

const someFigures = (from: string, to: string): QualityFigures => ({
  from,
  to,
  advicesByAgency: [row('Speech and language therapy', 4, 3)],
  plans: {
    total: row('all', 20, 14),
    byMonth: [row('2026-01', 8, 5), row('2026-03', 12, 9)],
    byTheme: [row('No theme', 4, 2), row('Preparing for adulthood', 16, 12)],
    byLocality: [row('Eastbrook', 9, 7), row('Northdale', 11, 7)],
    byTier: [row('multiagency', 18, 13), row('senior', 2, 1)],
  },
  // 8 + 14 + 0 of 42 pairs the same (52.4%); 14 + 23 + 1 within one grade (90.5%).
  agreement: {
    overall: { pairs: 42, exact: 52.4, withinOne: 90.5 },
    byMeeting: [
      {
        meetingId: 'm1',
        title: 'Quality and Compliance Group, January',
        pairs: 16,
        exact: 50,
        withinOne: 87.5,
      },
      {
        meetingId: 'm3',
        title: 'Quality and Compliance Group, March',
        pairs: 24,
        exact: 58.3,
        withinOne: 95.8,
      },
    ],
    bySeniorSample: [
      {
        sampleId: 's1',
        theme: 'Preparing for adulthood',
        drawnAt: '2026-02-10T10:00:00.000Z',
        pairs: 2,
        exact: 0,
        withinOne: 50,
      },
    ],
  },
});

const figuresAt = (from: string, to: string) => `GET /api/quality/figures?from=${from}&to=${to}`;
const answer = (status: number, body: unknown) => () => ({ status, body });
const A_REVIEWER = { ...A_CHAIR, roles: ['qa_reviewer'] };

async function open(
  path: string,
  api: Record<string, () => { status: number; body?: unknown }>,
  user: unknown = A_REVIEWER,
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
    .findAll('tr')
    .find((tr) => tr.find('th').text() === label)!
    .findAll('td')
    .map((td) => td.text());
const Q1 = '/quality/figures?from=2026-01-01&to=2026-03-31';

describe('the quality figures', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('gives the share of plans meeting the standard and how far reviewers agreed, with what each is a share of', async () => {
    const { wrapper } = await open(Q1, {
      [figuresAt('2026-01-01', '2026-03-31')]: answer(200, someFigures('2026-01-01', '2026-03-31')),
    });
    expect(wrapper.find('h1').text()).toBe('Quality figures');
    expect(wrapper.find('.app-report-period').text()).toBe(
      'Meetings held from 1 January 2026 to 31 March 2026.',
    );
    expect(
      wrapper.findAll('.govuk-summary-list__row').map((r) => [r.find('dt').text(), r.find('dd').text()]),
    ).toEqual([
      ['Plans meeting the standard', '70.0% (14 of 20 moderated)'],
      ['Reviewers giving the same grade', '52.4% of 42 pairs of reviewers'],
      ['Reviewers within one grade of each other', '90.5% of 42 pairs of reviewers'],
    ]);
  });

  it('follows every chart with its table: by month, theme, locality and tier, and agreement by meeting and seniors’ sample', async () => {
    const { wrapper } = await open(Q1, {
      [figuresAt('2026-01-01', '2026-03-31')]: answer(200, someFigures('2026-01-01', '2026-03-31')),
    });
    const charts = wrapper.findAll('svg[role="img"]');
    expect(charts).toHaveLength(5);
    expect(charts[2]!.attributes('aria-label')).toBe(
      'Bar chart of the percentage of sampled plans meeting the standard by locality. Highest Eastbrook, 77.8%; lowest Northdale, 63.6%. The table below gives every figure.',
    );
    expect(wrapper.findAll('caption').map((c) => c.text())).toEqual([
      'Plans meeting the standard, by month moderated',
      'Plans meeting the standard, by theme',
      'Plans meeting the standard, by locality',
      'Plans meeting the standard, by tier',
      'Audited advice meeting the standard (moderated Good or better), by agency',
      'Agreement between reviewers, by meeting and seniors’ sample',
    ]);
    // 13 of 18 is 72.2%; 1 of 2, 50%.
    expect(line(wrapper, 'Plans meeting the standard, by tier', 'The group’s meetings (tier 3)')).toEqual([
      '18',
      '13',
      '72.2%',
    ]);
    expect(
      line(wrapper, 'Plans meeting the standard, by tier', 'Seniors, between meetings (tier 2)'),
    ).toEqual(['2', '1', '50.0%']);
    expect(
      line(
        wrapper,
        'Agreement between reviewers, by meeting and seniors’ sample',
        'Seniors’ sample drawn 10 February 2026 (Preparing for adulthood)',
      ),
    ).toEqual(['2', '0.0%', '50.0%']);
    expect(
      line(
        wrapper,
        'Audited advice meeting the standard (moderated Good or better), by agency',
        'Speech and language therapy',
      ),
    ).toEqual(['4', '3', '75.0%']);
    // A month without a moderated plan still has its line, so a gap reads as a gap.
    expect(line(wrapper, 'Plans meeting the standard, by month moderated', 'February 2026')).toEqual([
      '0',
      '0',
      'None moderated',
    ]);
    expect(line(wrapper, 'Plans meeting the standard, by month moderated', 'March 2026')).toEqual([
      '12',
      '9',
      '75.0%',
    ]);
    expect(line(wrapper, 'Plans meeting the standard, by theme', 'Preparing for adulthood')).toEqual([
      '16',
      '12',
      '75.0%',
    ]);
    expect(
      line(
        wrapper,
        'Agreement between reviewers, by meeting and seniors’ sample',
        'Quality and Compliance Group, March',
      ),
    ).toEqual(['24', '58.3%', '95.8%']);
    expect(
      line(
        wrapper,
        'Agreement between reviewers, by meeting and seniors’ sample',
        'Every meeting and sample in the period',
      ),
    ).toEqual(['42', '52.4%', '90.5%']);
    expect(charts[4]!.findAll('text').map((t) => t.text())).toContain('95.8%');
    expect(charts[0]!.findAll('text').map((t) => t.text())).toContain('None moderated');
  });

  it('shows the last 12 whole months unless a period is chosen, and puts a chosen one in the address', async () => {
    const standard = lastTwelveCompleteMonths();
    const { wrapper, router } = await open('/quality/figures', {
      [figuresAt(standard.from, standard.to)]: answer(200, someFigures(standard.from, standard.to)),
      [figuresAt('2025-04-01', '2026-03-31')]: answer(200, someFigures('2025-04-01', '2026-03-31')),
    });
    expect((wrapper.find('#quality-from').element as HTMLInputElement).value).toBe(standard.from);
    expect((wrapper.find('#quality-to').element as HTMLInputElement).value).toBe(standard.to);
    await wrapper.find('#quality-from').setValue('2025-04-01');
    await wrapper.find('#quality-to').setValue('2026-03-31');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(wrapper.find('.app-report-period').text()).toBe(
      'Meetings held from 1 April 2025 to 31 March 2026.',
    );
  });

  it('asks for a period that ends before it starts to be put right, without asking the API', async () => {
    const { wrapper, fetch } = await open(Q1, {
      [figuresAt('2026-01-01', '2026-03-31')]: answer(200, someFigures('2026-01-01', '2026-03-31')),
    });
    fetch.mockClear();
    await wrapper.find('#quality-to').setValue('2025-12-31');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const summary = wrapper.find('.govuk-error-summary');
    expect(document.activeElement).toBe(summary.element);
    expect(summary.find('a').attributes('href')).toBe('#quality-to');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says so when no plan was moderated and no scores were revealed', async () => {
    const empty: QualityFigures = {
      from: '2026-01-01',
      to: '2026-01-31',
      advicesByAgency: [],
      plans: { total: row('all', 0, 0), byMonth: [], byTheme: [], byLocality: [], byTier: [] },
      agreement: { overall: { pairs: 0, exact: null, withinOne: null }, byMeeting: [], bySeniorSample: [] },
    };
    const { wrapper } = await open('/quality/figures?from=2026-01-01&to=2026-01-31', {
      [figuresAt('2026-01-01', '2026-01-31')]: answer(200, empty),
    });
    expect(wrapper.findAll('.govuk-summary-list__value').map((v) => v.text())).toEqual([
      'No plans were moderated',
      'No scores were revealed',
      'No scores were revealed',
    ]);
    expect(wrapper.text()).toContain('No sampled plans were moderated in this period.');
    expect(wrapper.text()).toContain('so there is no agreement to measure.');
    expect(wrapper.find('svg[role="img"]').exists()).toBe(false);
  });

  it('is for those who may read the figures, the Designated Clinical Officer among them', async () => {
    const presenter = await open('/quality/figures', {}, { ...A_CHAIR, roles: ['presenter'] });
    expect(presenter.wrapper.find('h1').text()).toBe('Page not found');
    presenter.wrapper.unmount();
    const standard = lastTwelveCompleteMonths();
    const dco = await open(
      '/quality/figures',
      { [figuresAt(standard.from, standard.to)]: answer(200, someFigures(standard.from, standard.to)) },
      { ...A_CHAIR, roles: ['dco'] },
    );
    expect(dco.wrapper.find('h1').text()).toBe('Quality figures');
  });
});
