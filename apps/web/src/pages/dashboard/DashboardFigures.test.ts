import type {
  DashboardDecisions,
  DashboardQuality,
  DecisionCounts,
  FigureCaseList,
  TimelinessReport,
} from '@convene/contracts';
import { monthsEnding } from '@convene/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../test-support/fake-api';
import { figureCasesKey, figureFromCasesKey } from './figure-cases';

const MONTHS = monthsEnding('2026-03', 12);
const counts = (
  agreedToAssess: number,
  refusedToAssess: number,
  agreedToIssue: number,
  notIssued: number,
): DecisionCounts => ({
  agreedToAssess,
  refusedToAssess,
  agreedToIssue,
  notIssued,
  refusalRate:
    agreedToAssess + refusedToAssess === 0
      ? null
      : Math.round((refusedToAssess / (agreedToAssess + refusedToAssess)) * 1000) / 10,
});

const TIMELINESS: TimelinessReport = {
  months: MONTHS,
  withoutExceptions: MONTHS.map((month) => ({
    month,
    issued: 0,
    inTwentyWeeks: 0,
    percent: null,
    rolling: { issued: 0, inTwentyWeeks: 0, percent: null },
  })),
  withExceptions: MONTHS.map((month) => ({
    month,
    issued: 0,
    inTwentyWeeks: 0,
    percent: null,
    rolling: { issued: 0, inTwentyWeeks: 0, percent: null },
  })),
  received: [],
  refused: [],
  openByStage: [{ stage: 'assessment', count: 1 }],
  openOverTwentyWeeks: 0,
  advicesInTime: [],
  adviceQuality: [],
};

// March 2026: Northdale 3 agreed and 1 refused, Southmere 1 refused, one decision to issue; May 2025 one refusal more.
const DECISIONS: DashboardDecisions = {
  month: '2026-03',
  months: MONTHS,
  inMonth: {
    from: '2026-03-01',
    to: '2026-03-31',
    total: counts(3, 2, 1, 0),
    byMonth: [{ key: '2026-03', ...counts(3, 2, 1, 0) }],
    byLocality: [
      { key: 'Northdale', ...counts(3, 1, 1, 0) },
      { key: 'Southmere', ...counts(0, 1, 0, 0) },
    ],
    byNeed: [{ key: 'communication_interaction', ...counts(3, 2, 1, 0) }],
    bySetting: [{ key: 'No setting recorded', ...counts(3, 2, 1, 0) }],
  },
  rolling: {
    from: '2025-04-01',
    to: '2026-03-31',
    total: counts(3, 3, 1, 0),
    byMonth: [
      { key: '2025-05', ...counts(0, 1, 0, 0) },
      { key: '2026-03', ...counts(3, 2, 1, 0) },
    ],
    byLocality: [
      { key: 'Eastbrook', ...counts(0, 1, 0, 0) },
      { key: 'Northdale', ...counts(3, 1, 1, 0) },
      { key: 'Southmere', ...counts(0, 1, 0, 0) },
    ],
    byNeed: [{ key: 'communication_interaction', ...counts(3, 3, 1, 0) }],
    bySetting: [{ key: 'No setting recorded', ...counts(3, 3, 1, 0) }],
  },
};

const row = (key: string, moderated: number, meeting: number) => ({
  key,
  moderated,
  meeting,
  percent: moderated === 0 ? null : Math.round((meeting / moderated) * 1000) / 10,
});
const QUALITY: DashboardQuality = {
  month: '2026-03',
  months: MONTHS,
  plans: {
    inMonth: row('2026-03', 4, 3),
    rolling: row('2025-04 to 2026-03', 6, 4),
    byMonth: MONTHS.map((m) =>
      m === '2026-03' ? row(m, 4, 3) : m === '2025-06' ? row(m, 2, 1) : row(m, 0, 0),
    ),
  },
  advicesByAgency: [
    {
      agency: 'Speech and language therapy',
      inMonth: row('2026-03', 2, 1),
      rolling: row('2025-04 to 2026-03', 2, 1),
    },
  ],
};

const answer = (status: number, body: unknown) => () => ({ status, body });
const FIGURES = {
  'GET /api/dashboard/timeliness?month=2026-03&months=12': answer(200, TIMELINESS),
  'GET /api/dashboard/decisions?month=2026-03': answer(200, DECISIONS),
  'GET /api/dashboard/quality?month=2026-03': answer(200, QUALITY),
};

async function open(path: string, api: Record<string, () => { status: number; body?: unknown }>) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs(A_CHAIR),
    ...FIGURES,
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
const linesOf = (wrapper: Page, caption: string) =>
  tableCalled(wrapper, caption)
    .findAll('tbody tr')
    .map((tr) => [tr.find('th').text(), ...tr.findAll('td').map(shown)]);

describe('decisions and quality on the dashboard, and the cases behind them', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('gives the decisions of the month and of the 12 months, each count a link that says what it counts', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {});
    expect(linesOf(wrapper, 'Decisions by outcome')).toEqual([
      ['Agreed to assess', '3', '3'],
      ['Refused to assess', '2', '3'],
      ['Agreed to issue a plan', '1', '1'],
      ['Decided not to issue', '0', '0'],
      ['Refusal rate', '40.0%', '50.0%'],
    ]);
    const refused = tableCalled(wrapper, 'Decisions by outcome').findAll('tbody tr')[1]!.findAll('a');
    expect(refused.map((a) => a.text())).toEqual([
      '2 refusals to assess in March 2026: list them',
      '3 refusals to assess from April 2025 to March 2026: list them',
    ]);
    // The trend: every month, with its refusal rate charted and tabled.
    const byMonth = linesOf(wrapper, 'Decisions by month, April 2025 to March 2026');
    expect(byMonth).toHaveLength(12);
    expect(byMonth[1]).toEqual(['May 2025', '0', '1', '0', '0', '100.0%']);
    expect(byMonth[2]).toEqual(['June 2025', '0', '0', '0', '0', 'No decisions']);
    expect(
      wrapper
        .find('#decision-figures-heading')
        .element.closest('section')!
        .querySelector('svg[role="img"]')!
        .getAttribute('aria-label'),
    ).toContain('Highest May 2025, 100.0%; lowest March 2026, 40.0%');
  });

  it('says the decisions could not be loaded, keeps the rest of the dashboard, and gives them when the reader tries again', async () => {
    let asked = 0;
    const { wrapper } = await open('/dashboard?month=2026-03', {
      'GET /api/dashboard/decisions?month=2026-03': () =>
        ++asked === 1 ? { status: 504 } : { status: 200, body: DECISIONS },
    });
    const section = () => wrapper.find('#decision-figures-heading').element.closest('section')!;
    expect(section().querySelector('.govuk-error-summary')!.textContent).toContain(
      'The decisions could not be loaded. Try again.',
    );
    expect(tableCalled(wrapper, 'EHC plans meeting the standard')).toBeDefined();
    (section().querySelector('button') as HTMLButtonElement).click();
    await flushPromises();
    expect(section().querySelector('.govuk-error-summary')).toBeNull();
    expect(linesOf(wrapper, 'Decisions by outcome')[0]).toEqual(['Agreed to assess', '3', '3']);
  });

  it('breaks the decisions down by locality and need for the 12 months or the month, as the reader chooses', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {});
    expect(
      linesOf(wrapper, 'Decisions by locality, April 2025 to March 2026').map((line) => line[0]),
    ).toEqual(['Eastbrook', 'Northdale', 'Southmere']);
    await wrapper.find('input[type="radio"][value="month"]').setValue();
    expect(linesOf(wrapper, 'Decisions by locality, March 2026')).toEqual([
      ['Northdale', '3', '1', '1', '0', '25.0%'],
      ['Southmere', '0', '1', '0', '0', '100.0%'],
    ]);
    // Every area of need is listed, none decided reading as a row of zeros.
    expect(
      linesOf(wrapper, 'Decisions by primary area of need, March 2026').map((line) => line.slice(0, 3)),
    ).toEqual([
      ['Communication and interaction (including autism)', '3', '2'],
      ['Cognition and learning', '0', '0'],
      ['Social, emotional and mental health', '0', '0'],
      ['Physical and sensory', '0', '0'],
    ]);
  });

  it('lists the decisions behind a count, by case reference and dates, and takes the reader to them', async () => {
    const list: FigureCaseList = {
      measure: 'decisions',
      from: '2026-03-01',
      to: '2026-03-31',
      cases: [
        { childId: 'child-7', caseReference: 'FS-0007', receivedOn: '2026-01-12', countedOn: '2026-03-11' },
      ],
    };
    const { wrapper, router } = await open('/dashboard?month=2026-03', {
      'GET /api/dashboard/cases?measure=decisions&month=2026-03&span=month&outcome=refused_to_assess&by=locality&key=Northdale':
        answer(200, list),
    });
    await wrapper.find('input[type="radio"][value="month"]').setValue();
    const northdale = tableCalled(wrapper, 'Decisions by locality, March 2026').findAll('tbody tr')[0]!;
    await northdale.findAll('td')[1]!.find('a').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({
      month: '2026-03',
      cases: 'measure=decisions&month=2026-03&span=month&outcome=refused_to_assess&by=locality&key=Northdale',
    });
    const heading = wrapper.find('#figure-cases-heading');
    expect(heading.text()).toBe('Refusals to assess in March 2026 in Northdale');
    expect(document.activeElement).toBe(heading.element);
    const section = wrapper.find('section[aria-labelledby="figure-cases-heading"]');
    expect(section.find('[role="status"]').text()).toBe('1 decision.');
    expect(section.findAll('thead th').map((th) => th.text())).toEqual([
      'Case',
      'Request received',
      'Decided',
    ]);
    expect(
      section
        .findAll('tbody tr')
        .map((tr) => [tr.find('th').text(), ...tr.findAll('td').map((td) => td.text())]),
    ).toEqual([['FS-0007', '12 January 2026', '11 March 2026']]);
    expect(section.find('tbody a').attributes('href')).toBe('/cases/child-7');
  });

  it('opens a list kept in the address where its figure is, without taking the reader away from the top', async () => {
    const list: FigureCaseList = {
      measure: 'open',
      from: null,
      to: null,
      cases: [
        {
          childId: 'c1',
          caseReference: 'FS-0001',
          receivedOn: '2026-01-05',
          countedOn: '2026-05-25',
          stage: 'assessment',
        },
      ],
    };
    const { wrapper } = await open(
      `/dashboard?month=2026-03&cases=${encodeURIComponent('measure=open&stage=assessment')}`,
      {
        'GET /api/dashboard/cases?measure=open&stage=assessment': answer(200, list),
      },
    );
    const section = wrapper.find('section[aria-labelledby="figure-cases-heading"]');
    expect(section.find('h3').text()).toBe('Requests open today at the stage Assessment: gathering advice');
    expect(section.findAll('tbody td').map((td) => td.text())).toEqual([
      '5 January 2026',
      '25 May 2026',
      'Assessment: gathering advice',
    ]);
    expect(document.activeElement).not.toBe(section.find('h3').element);
  });

  it('gives plans and advices meeting the standard, with the trend, and a CSV of every figure', async () => {
    const { wrapper } = await open('/dashboard?month=2026-03', {});
    expect(linesOf(wrapper, 'EHC plans meeting the standard')).toEqual([
      ['Plans moderated', '4', '6'],
      ['Meeting the standard', '3', '4'],
      ['% meeting the standard', '75.0%', '66.7%'],
    ]);
    const byMonth = linesOf(wrapper, 'EHC plans meeting the standard by month, April 2025 to March 2026');
    expect(byMonth[2]).toEqual(['June 2025', '2', '1', '50.0%']);
    expect(byMonth[3]).toEqual(['July 2025', '0', '0', 'None moderated']);
    expect(linesOf(wrapper, 'Advices meeting the standard, by agency')).toEqual([
      ['Speech and language therapy', '2', '1', '50.0%', '2', '1', '50.0%'],
    ]);
    const csv = wrapper.findAll('a').find((a) => a.text() === 'Download the quality figures as CSV')!;
    const text = decodeURIComponent(csv.attributes('href')!.replace('data:text/csv;charset=utf-8,', ''));
    expect(text).toContain('Plans,March 2026,All,4,3,75\r\n');
    expect(text).toContain('Advices by agency,April 2025 to March 2026,Speech and language therapy,2,1,50');
  });

  it('keeps a figure in the address and reads back only a figure it could have written', () => {
    const figure = {
      measure: 'advices_meeting_standard',
      month: '2026-03',
      span: 'rolling',
      agency: 'Speech & language therapy',
    } as const;
    expect(figureFromCasesKey(figureCasesKey(figure))).toEqual(figure);
    expect(figureFromCasesKey('measure=open')).toEqual({ measure: 'open' });
    for (const bad of [
      'measure=everything&month=2026-03',
      'measure=received',
      'measure=received&month=2026-13',
      'measure=decisions&month=2026-03&outcome=maybe',
      42,
    ]) {
      expect(figureFromCasesKey(bad)).toBeNull();
    }
  });
});
