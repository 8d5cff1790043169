import type { DisagreementIndicatorCase } from '@convene/contracts';
import { disagreementIndicators, type DisagreementOnRegister } from '@convene/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeApi } from '../../test-support/fake-api';
import { disagreementFigureFromKey } from './disagreement-figures';
import DisagreementFigures from './DisagreementFigures.vue';

// October 2026: two appeals (41 and 46 days to register) against 9 appealable decisions (222.2 per 1,000), one
// conceded and one dismissed (50.0% against the council), a complaint naming no decision; a mediation in September.
const register: DisagreementOnRegister[] = [
  {
    id: 'a',
    kind: 'appeal',
    appealableDecision: 'refusal_to_assess',
    decisionNotifiedOn: '2026-08-20',
    openedOn: '2026-10-05',
    outcome: 'conceded',
    outcomeOn: '2026-10-25',
  },
  {
    id: 'b',
    kind: 'appeal',
    appealableDecision: 'named_placement',
    decisionNotifiedOn: '2026-09-01',
    openedOn: '2026-10-12',
    outcome: 'dismissed',
    outcomeOn: '2026-10-30',
  },
  {
    id: 'c',
    kind: 'complaint',
    appealableDecision: null,
    decisionNotifiedOn: '2026-10-01',
    openedOn: '2026-10-03',
    outcome: null,
    outcomeOn: null,
  },
  {
    id: 'd',
    kind: 'mediation',
    appealableDecision: 'plan_needs_and_provision',
    decisionNotifiedOn: '2026-09-01',
    openedOn: '2026-09-10',
    outcome: null,
    outcomeOn: null,
  },
];
const REPORT = disagreementIndicators(
  register,
  [
    { month: '2026-10', decisionType: 'refusal_to_assess', decisions: 3 },
    { month: '2026-10', decisionType: 'plan_issued_or_amended', decisions: 6 },
  ],
  '2026-10',
);
const CONCEDED: DisagreementIndicatorCase = {
  disagreementId: 'a',
  childId: 'c1',
  caseReference: 'EHC-26-0101',
  kind: 'appeal',
  appealableDecision: 'refusal_to_assess',
  decisionType: 'refusal_to_assess',
  decisionNotifiedOn: '2026-08-20',
  openedOn: '2026-10-05',
  daysToRegister: 46,
  outcome: 'conceded',
  outcomeOn: '2026-10-25',
  againstTheCouncil: true,
};

async function open(query = '') {
  const fetch = fakeApi({
    'GET /api/dashboard/disagreements?month=2026-10': () => ({ status: 200, body: REPORT }),
    'GET /api/dashboard/disagreements/cases?month=2026-10&span=month&measure=against_the_council': () => ({
      status: 200,
      body: [CONCEDED],
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
  const wrapper = mount(DisagreementFigures, {
    props: { month: '2026-10' },
    global: { plugins: [router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router, fetch };
}

type Wrapper = Awaited<ReturnType<typeof open>>['wrapper'];
const tableCaptioned = (wrapper: Wrapper, start: string) =>
  wrapper.findAll('table').find((t) => t.find('caption').text().startsWith(start))!;
const rowHeaded = (wrapper: Wrapper, caption: string, heading: string) =>
  tableCaptioned(wrapper, caption)
    .findAll('tbody tr')
    .find((tr) => tr.find('th').text().includes(heading))!;
/** What a sighted reader sees in each cell (not the words for a screen reader). */
const seen = (row: { findAll(s: string): { element: Element }[] }) =>
  row.findAll('td').map((td) => {
    const copy = td.element.cloneNode(true) as Element;
    copy.querySelectorAll('.govuk-visually-hidden').forEach((hidden) => hidden.remove());
    return copy.textContent.trim();
  });

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('disagreements on the dashboard', () => {
  it('shows each month’s complaints, mediations and appeals, the rate per 1,000, the outcomes and days to register', async () => {
    const { wrapper } = await open();
    expect(wrapper.find('h2').text()).toBe('Disagreements');
    const opened = 'Complaints, mediations and appeals opened, by month';
    const decided = 'Appeals decided and days to register, by month';
    expect(seen(rowHeaded(wrapper, opened, 'October 2026'))).toEqual(['1', '0', '2', '9', '222.2']);
    expect(seen(rowHeaded(wrapper, decided, 'October 2026'))).toEqual(['2', '1', '50.0%', '43.5', '46']);
    // September: a mediation, no decisions made, no appeals: no rate, no days, no share rather than a zero.
    expect(seen(rowHeaded(wrapper, opened, 'September 2026'))).toEqual(['0', '1', '0', '0', '—']);
    expect(seen(rowHeaded(wrapper, decided, 'September 2026'))).toEqual(['0', '0', '—', '—', '—']);
    expect(seen(rowHeaded(wrapper, opened, 'The 12 months'))).toEqual(['1', '1', '2', '9', '222.2']);
  });

  it('breaks the disagreements down by the decision challenged, for the 12 months or the month', async () => {
    const { wrapper } = await open();
    const caption = 'Complaints, mediations and appeals opened, by the decision challenged';
    expect(tableCaptioned(wrapper, caption).find('caption').text()).toBe(
      `${caption}, November 2025 to October 2026`,
    );
    // The placement appeal is set against the plans issued or amended: 1 of 6 → 166.7 per 1,000.
    expect(seen(rowHeaded(wrapper, caption, 'Plan issued or amended'))).toEqual([
      '0',
      '1',
      '1',
      '6',
      '166.7',
    ]);
    expect(seen(rowHeaded(wrapper, caption, 'No appealable decision named'))).toEqual([
      '1',
      '0',
      '0',
      '—',
      '—',
    ]);
    const decided = 'Appeals decided and days to register, by the decision challenged';
    expect(seen(rowHeaded(wrapper, decided, 'Refusal to assess'))).toEqual(['1', '1', '100.0%', '46', '46']);
    await wrapper.find('input[type=radio][value=month]').setValue(true);
    expect(tableCaptioned(wrapper, caption).find('caption').text()).toBe(`${caption}, October 2026`);
    // In October alone, the mediation of September is not counted.
    expect(seen(rowHeaded(wrapper, caption, 'Plan issued or amended')).slice(0, 3)).toEqual(['0', '0', '1']);
  });

  it('links each count to the disagreements behind it, by case reference, never by name', async () => {
    const { wrapper, router } = await open();
    const against = rowHeaded(wrapper, 'Appeals decided and days to register, by month', 'October 2026')
      .findAll('td')[1]!
      .find('a');
    expect(against.text()).toBe('1 appeals decided against the council in October 2026: list them');
    await against.trigger('click');
    await flushPromises();
    expect(disagreementFigureFromKey(router.currentRoute.value.query.disagreements)).toEqual({
      month: '2026-10',
      span: 'month',
      measure: 'against_the_council',
    });
    const heading = wrapper.find('#disagreement-cases-heading');
    expect(heading.text()).toBe('Appeals decided against the council in October 2026');
    expect(document.activeElement).toBe(heading.element);
    const list = wrapper.find('section section');
    expect(list.text()).toContain('1 disagreement.');
    const cells = list
      .findAll('tbody tr')[0]!
      .findAll('th, td')
      .map((c) => c.text());
    expect(cells).toEqual([
      'EHC-26-0101',
      'Appeal',
      'Refusal to assess',
      '20 August 2026',
      '5 October 2026',
      '46',
      'Conceded by the council, 25 October 2026 (against the council)',
    ]);
    expect(list.find('a').attributes('href')).toBe('/cases/c1');
  });

  it('reads a bookmarked figure from the address and ignores one it does not know', () => {
    expect(disagreementFigureFromKey('2026-10:rolling:appeals:plan_issued_or_amended')).toEqual({
      month: '2026-10',
      span: 'rolling',
      measure: 'appeals',
      decisionType: 'plan_issued_or_amended',
    });
    expect(disagreementFigureFromKey('2026-13:month:appeals')).toBeNull();
    expect(disagreementFigureFromKey('2026-10:month:soon')).toBeNull();
    expect(disagreementFigureFromKey('2026-10:month:appeals:other')).toBeNull();
  });
});
