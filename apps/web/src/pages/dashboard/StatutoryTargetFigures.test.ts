import type { DecisionsToAssessReport, TransferYearGroupsReport } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeApi } from '../../test-support/fake-api';
import { decisionFigureFromKey, yearGroupFigureFromKey } from './statutory-target-figures';
import StatutoryTargetFigures from './StatutoryTargetFigures.vue';

const counts = (decided: number, inSixWeeks: number) => {
  const percent = decided === 0 ? null : Math.round((inSixWeeks / decided) * 1000) / 10;
  return { decided, inSixWeeks, percent, meetsTarget: percent === null ? null : percent > 90 };
};

// February 2026: 10 decided, 9 in 6 weeks (90.0%, not above the target); 11 with exceptions, 10 in time (90.9%).
const DECISIONS: DecisionsToAssessReport = {
  months: ['2026-01', '2026-02'],
  targetPercent: 90,
  withoutExceptions: [
    { month: '2026-01', ...counts(0, 0), rolling: counts(20, 19) },
    { month: '2026-02', ...counts(10, 9), rolling: counts(30, 28) },
  ],
  withExceptions: [
    { month: '2026-01', ...counts(0, 0), rolling: counts(20, 19) },
    { month: '2026-02', ...counts(11, 10), rolling: counts(31, 29) },
  ],
};
const TRANSFERS: TransferYearGroupsReport = {
  transferYear: 2026,
  yearGroups: [
    { yearGroup: 6, due: 11, byDeadline: 10, late: 1, outstanding: 0, overdue: 0, percentByDeadline: 90.9 },
    { yearGroup: 11, due: 2, byDeadline: 0, late: 0, outstanding: 2, overdue: 0, percentByDeadline: null },
  ],
};

async function open(query = '') {
  fakeApi({
    'GET /api/dashboard/decisions-to-assess?month=2026-02&months=12': () => ({
      status: 200,
      body: DECISIONS,
    }),
    'GET /api/dashboard/phase-transfers/year-groups?year=2026': () => ({ status: 200, body: TRANSFERS }),
    'GET /api/dashboard/decisions-to-assess/cases?month=2026-02&span=month&measure=in_six_weeks&exceptions=exclude':
      () => ({
        status: 200,
        body: [
          {
            childId: 'c1',
            caseReference: 'EHC-26-0101',
            receivedOn: '2026-01-05',
            dueOn: '2026-02-16',
            decidedOn: '2026-02-16',
            outcome: 'refused',
            inSixWeeks: true,
            exceptionCase: false,
          },
        ],
      }),
    'GET /api/dashboard/phase-transfers/year-groups/cases?year=2026&yearGroup=6&measure=late': () => ({
      status: 200,
      body: [
        {
          childId: 'c2',
          caseReference: 'EHC-20-0006',
          kind: 'primary_to_secondary',
          transferYear: 2026,
          deadline: '2026-02-15',
          amendedPlanIssuedOn: '2026-02-16',
          standing: 'late',
          yearGroup: 6,
        },
      ],
    }),
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/dashboard', component: { template: '<div />' } },
      { path: '/cases/:childId', component: { template: '<div />' } },
    ],
  });
  await router.push(`/dashboard${query}`);
  await router.isReady();
  const wrapper = mount(StatutoryTargetFigures, {
    props: { month: '2026-02' },
    global: { plugins: [router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}

const tableCaptioned = (wrapper: Awaited<ReturnType<typeof open>>['wrapper'], caption: string) =>
  wrapper.findAll('table').find((t) => t.find('caption').text() === caption)!;
const cells = (row: { findAll(s: string): { text(): string }[] }) =>
  row.findAll('td').map((td) => td.text().replace(/\s+(decisions|phase transfers) .*$/, ''));

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the targets on the statutory clock on the dashboard', () => {
  it('says in words whether decisions in 6 weeks are above the 90% target: 90.0% is not, 90.9% is', async () => {
    const { wrapper } = await open();
    const without = tableCaptioned(
      wrapper,
      'Decisions whether to assess within 6 weeks, excluding exception cases',
    );
    expect(cells(without.findAll('tbody tr')[1]!)).toEqual([
      '10',
      '9',
      '90.0%',
      'Not met',
      '30',
      '93.3%',
      'Met',
    ]);
    expect(cells(without.findAll('tbody tr')[0]!).slice(2, 4)).toEqual(['None', '—']);
    const including = tableCaptioned(
      wrapper,
      'Decisions whether to assess within 6 weeks, including exception cases',
    );
    expect(cells(including.findAll('tbody tr')[1]!).slice(0, 4)).toEqual(['11', '10', '90.9%', 'Met']);
  });

  it('shows phase transfers by year group, with none yet due as no percentage', async () => {
    const { wrapper } = await open();
    const table = tableCaptioned(
      wrapper,
      'Phase transfers in 2026: plans amended by the deadline, by year group',
    );
    const [year6, year11] = table.findAll('tbody tr');
    expect(year6!.find('th').text()).toBe('Year 6');
    expect(cells(year6!)).toEqual(['11', '10', '1', '0', '90.9%']);
    expect(cells(year11!).at(-1)).toBe('None due yet');
  });

  it('lists the decisions behind a count when it is chosen, and moves focus to the list', async () => {
    const { wrapper, router } = await open();
    const inTime = wrapper
      .findAll('a')
      .find((a) =>
        a
          .text()
          .includes(
            'decisions whether to assess made within 6 weeks in February 2026, excluding exception cases: list them',
          ),
      )!;
    await inTime.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query.decisions).toBe('2026-02:month:in_six_weeks:exclude');
    const heading = wrapper.find('#target-cases-heading');
    expect(heading.text()).toBe(
      'Decisions whether to assess made within 6 weeks in February 2026, excluding exception cases',
    );
    expect(document.activeElement).toBe(heading.element);
    expect(wrapper.find('section[aria-labelledby="target-cases-heading"] tbody tr').text()).toContain(
      'EHC-26-0101',
    );
  });

  it('lists the transfers behind a year group’s count from the address', async () => {
    const { wrapper } = await open('?transfersByYear=2026:6:late');
    expect(wrapper.find('#target-cases-heading').text()).toBe(
      'Phase transfers amended after the deadline in 2026, year 6',
    );
    const row = wrapper.find('section[aria-labelledby="target-cases-heading"] tbody tr').text();
    expect(row).toContain('EHC-20-0006');
    expect(row).toContain('16 February 2026');
  });

  it('keeps a figure in the address only when it is one it knows', () => {
    expect(decisionFigureFromKey('2026-02:rolling:late:include')).toEqual({
      month: '2026-02',
      span: 'rolling',
      measure: 'late',
      exceptions: 'include',
    });
    expect(decisionFigureFromKey('2026-02:rolling:soon:include')).toBeNull();
    expect(yearGroupFigureFromKey('2026:-1:due')).toEqual({ year: 2026, yearGroup: -1, measure: 'due' });
    expect(yearGroupFigureFromKey('2026:six:due')).toBeNull();
  });
});
