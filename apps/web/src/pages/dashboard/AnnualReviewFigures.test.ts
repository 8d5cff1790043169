import type { AnnualReviewsReport } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeApi } from '../../test-support/fake-api';
import {
  annualReviewsCsv,
  reviewFigureFromKey,
  reviewFigureKey,
  reviewFigureWords,
  transferFigureFromKey,
} from './annual-review-figures';
import AnnualReviewFigures from './AnnualReviewFigures.vue';

const counts = (due: number, heldOnTime: number, heldLate: number, overdue: number, notYetDue = 0) => ({
  due,
  heldOnTime,
  heldLate,
  overdue,
  notYetDue,
  percentOnTime: due - notYetDue === 0 ? null : Math.round((heldOnTime / (due - notYetDue)) * 1000) / 10,
});

// March 2025: 5 due, 3 held by their due day (60.0%); the year to March: 6 due, 3 on time (50.0%). April: none due.
const REPORT: AnnualReviewsReport = {
  months: ['2025-03', '2025-04'],
  annualReviews: [
    { month: '2025-03', ...counts(5, 3, 1, 1), rolling: counts(6, 3, 2, 1) },
    { month: '2025-04', ...counts(0, 0, 0, 0), rolling: counts(6, 4, 1, 1) },
  ],
  phaseTransfers: [
    {
      transferYear: 2025,
      deadline: '2025-02-15',
      kinds: ['primary_to_secondary'],
      due: 3,
      byDeadline: 1,
      late: 1,
      outstanding: 1,
      overdue: 1,
      percentByDeadline: 33.3,
    },
  ],
};

async function open(query = '') {
  const fetch = fakeApi({
    'GET /api/dashboard/annual-reviews?month=2025-04&months=12': () => ({ status: 200, body: REPORT }),
    'GET /api/dashboard/annual-reviews/cases?month=2025-03&measure=held_late&span=month': () => ({
      status: 200,
      body: [
        {
          childId: 'c1',
          caseReference: 'EHC-24-0042',
          countsFrom: '2024-03-20',
          dueOn: '2025-03-20',
          reviewMeetingOn: '2025-03-21',
          decisionOn: null,
          decisionOutcome: null,
          amendedPlanIssuedOn: null,
          standing: 'held_late',
        },
      ],
    }),
    'GET /api/dashboard/phase-transfers/cases?deadline=2025-02-15&measure=late': () => ({
      status: 200,
      body: [
        {
          childId: 'c2',
          caseReference: 'EHC-23-0007',
          kind: 'primary_to_secondary',
          transferYear: 2025,
          deadline: '2025-02-15',
          amendedPlanIssuedOn: '2025-02-16',
          standing: 'late',
        },
      ],
    }),
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/dashboard', name: 'dashboard', component: { template: '<div />' } },
      { path: '/cases/:childId', component: { template: '<div />' } },
    ],
  });
  await router.push(`/dashboard${query}`);
  await router.isReady();
  const wrapper = mount(AnnualReviewFigures, {
    props: { month: '2025-04' },
    global: { plugins: [router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router, fetch };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('annual reviews and phase transfers on the dashboard', () => {
  it('shows each month’s reviews due and held on time, with the 12 months to date, as a chart and a table', async () => {
    const { wrapper } = await open();
    const table = wrapper
      .findAll('table')
      .find((t) => t.find('caption').text() === 'Annual reviews due and held by their due day, by month')!;
    const march = table
      .findAll('tbody tr')[0]!
      .findAll('td')
      .map((td) => td.text().replace(/\s+annual reviews.*$/, ''));
    expect(march).toEqual(['5', '3', '1', '1', '0', '60.0%', '6', '50.0%']);
    expect(table.findAll('tbody tr')[1]!.findAll('td')[5]!.text()).toBe('None due');
    expect(wrapper.find('svg[role="img"]').attributes('aria-label')).toContain(
      'annual reviews held by their due day',
    );
    const transfers = wrapper
      .findAll('table')
      .find((t) => t.find('caption').text() === 'Phase transfers: plans amended by the deadline')!;
    expect(transfers.find('tbody th').text()).toBe(
      'Transfers in 2025, due by 15 February 2025: primary to secondary school',
    );
    expect(transfers.findAll('tbody td').at(-1)!.text()).toBe('33.3%');
  });

  it('lists the reviews behind a count when it is chosen, by case reference, and moves focus to the list', async () => {
    const { wrapper, router } = await open();
    const heldLate = wrapper
      .findAll('a')
      .find((a) => a.text().includes('annual reviews due in March 2025 held late: list them'))!;
    expect(heldLate.attributes('href')).toBe('/dashboard?reviews=month.held_late.2025-03');
    await heldLate.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query.reviews).toBe('month.held_late.2025-03');
    const heading = wrapper.find('#review-cases-heading');
    expect(heading.text()).toBe('Annual reviews due in March 2025 held late');
    expect(document.activeElement).toBe(heading.element);
    expect(wrapper.find('section[aria-labelledby="review-cases-heading"] tbody tr').text()).toContain(
      'EHC-24-0042',
    );
  });

  it('lists the transfers behind a count from the address', async () => {
    const { wrapper } = await open('?transfers=2025-02-15.late');
    expect(wrapper.find('#review-cases-heading').text()).toBe(
      'Phase transfers due by 15 February 2025 amended late',
    );
    expect(wrapper.find('section[aria-labelledby="review-cases-heading"] tbody tr').text()).toContain(
      'EHC-23-0007',
    );
  });

  it('downloads the table as CSV, and keeps figures in the address only when they are ones it knows', () => {
    expect(annualReviewsCsv(REPORT).split('\r\n')[1]).toBe('2025-03,5,3,1,1,0,60.0,6,3,50.0');
    const figure = { span: 'rolling', measure: 'overdue', month: '2025-03' } as const;
    expect(reviewFigureFromKey(reviewFigureKey(figure))).toEqual(figure);
    expect(reviewFigureWords(figure)).toBe(
      'annual reviews due from April 2024 to March 2025 not held and overdue',
    );
    expect(reviewFigureFromKey('rolling.lost.2025-03')).toBeNull();
    expect(transferFigureFromKey('2025-02-15.by_deadline')).toEqual({
      deadline: '2025-02-15',
      measure: 'by_deadline',
    });
    expect(transferFigureFromKey('tomorrow.late')).toBeNull();
  });
});
