import type { LeadershipPack, LeadershipPackFigures } from '@convene/contracts';
import { monthsEnding } from '@convene/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, sentJson, signedInAs } from '../../test-support/fake-api';

const MONTH = '2026-03';
const months = monthsEnding(MONTH, 12);
const decisionCounts = (agreedToAssess: number, refusedToAssess: number) => ({
  agreedToAssess,
  refusedToAssess,
  agreedToIssue: 0,
  notIssued: 0,
  refusalRate:
    agreedToAssess + refusedToAssess ? (refusedToAssess * 100) / (agreedToAssess + refusedToAssess) : null,
});
const report = (from: string, to: string, byMonth: { key: string; a: number; r: number }[]) => {
  const a = byMonth.reduce((n, m) => n + m.a, 0);
  const r = byMonth.reduce((n, m) => n + m.r, 0);
  return {
    from,
    to,
    total: decisionCounts(a, r),
    byMonth: byMonth.map((m) => ({ key: m.key, ...decisionCounts(m.a, m.r) })),
    byLocality: [],
    byNeed: [],
    bySetting: [],
  };
};
const kinds = (fundingPence: number) => [
  { kind: 'placement_change' as const, agreed: 0, refused: 1, agreedPence: 0 },
  { kind: 'funding' as const, agreed: fundingPence ? 1 : 0, refused: 0, agreedPence: fundingPence },
  { kind: 'personal_budget' as const, agreed: 0, refused: 0, agreedPence: 0 },
];
const percentMonth = (month: string, percent: number | null) => ({
  month,
  issued: percent === null ? 0 : 2,
  inTwentyWeeks: percent === null ? 0 : 1,
  percent,
  rolling: { issued: 2, inTwentyWeeks: 1, percent: 50 },
});

function figures(): LeadershipPackFigures {
  return {
    month: MONTH,
    months,
    countedOn: '2026-12-07',
    decisions: {
      month: MONTH,
      months,
      inMonth: report('2026-03-01', '2026-03-31', [{ key: MONTH, a: 1, r: 1 }]),
      rolling: report('2025-04-01', '2026-03-31', [
        { key: '2026-02', a: 3, r: 0 },
        { key: MONTH, a: 1, r: 1 },
      ]),
    },
    panelRequests: {
      inMonth: kinds(500_000),
      rolling: kinds(800_000),
      byMonth: months.map((m) => ({ month: m, kinds: kinds(m === MONTH ? 500_000 : 0) })),
      fundingByBand: [{ key: 'band_2', agreed: 1, agreedPence: 500_000 }],
      personalBudgetsByPurpose: [],
      placementsBySettingType: [],
    },
    timeliness: {
      months,
      withoutExceptions: months.map((m) => percentMonth(m, m === MONTH ? 50 : null)),
      withExceptions: months.map((m) => percentMonth(m, m === MONTH ? 50 : null)),
      received: [],
      refused: [],
      openByStage: [],
      openOverTwentyWeeks: 4,
      advicesInTime: [
        { agency: 'Speech and language therapy', adviceKind: 'health', due: 10, onTime: 9, percent: 90 },
      ],
      adviceQuality: [],
    },
    decisionsToAssess: {
      months,
      targetPercent: 90,
      withExceptions: [],
      withoutExceptions: months.map((m) => ({
        month: m,
        decided: 2,
        inSixWeeks: 1,
        percent: 50,
        meetsTarget: false,
        rolling: { decided: 2, inSixWeeks: 1, percent: 50, meetsTarget: false },
      })),
    },
    annualReviews: { months, annualReviews: [], phaseTransfers: [] },
    quality: {
      month: MONTH,
      months,
      plans: {
        inMonth: { key: MONTH, moderated: 4, meeting: 3, percent: 75 },
        rolling: { key: 'year', moderated: 4, meeting: 3, percent: 75 },
        byMonth: months.map((m) => ({ key: m, moderated: 0, meeting: 0, percent: null })),
      },
      advicesByAgency: [],
    },
    qualityByTier: [
      {
        tier: 'seniors',
        inMonth: { key: 'seniors', moderated: 2, meeting: 1, percent: 50 },
        rolling: { key: 'seniors', moderated: 4, meeting: 3, percent: 75 },
      },
      {
        tier: 'group',
        inMonth: { key: 'group', moderated: 0, meeting: 0, percent: null },
        rolling: { key: 'group', moderated: 0, meeting: 0, percent: null },
      },
    ],
    disagreements: {
      months,
      byMonth: months.map((m) => ({
        month: m,
        ...disagreementFigures(m === MONTH ? 2 : 0),
        rolling: disagreementFigures(2),
      })),
      byDecisionType: [
        {
          decisionType: 'refusal_to_assess',
          inMonth: disagreementFigures(2),
          rolling: disagreementFigures(2),
        },
      ],
    },
  };
}

/** `appeals` appeals against 40 decisions, one of them decided against the council, registered in 20 and 30 days. */
function disagreementFigures(appeals: number) {
  return {
    complaints: 1,
    mediations: 0,
    appeals,
    appealableDecisions: 40,
    appealsPerThousand: appeals * 25,
    appealsDecided: appeals ? 1 : 0,
    againstTheCouncil: appeals ? 1 : 0,
    percentAgainstTheCouncil: appeals ? 100 : null,
    medianDaysToRegister: appeals ? 25 : null,
    longestDaysToRegister: appeals ? 30 : null,
  };
}

const aDraft = (narrative = ''): LeadershipPack => ({
  month: MONTH,
  status: 'draft',
  narrative,
  issuedBy: null,
  issuedAt: null,
  figures: figures(),
});
const issuedPack = (narrative: string): LeadershipPack => ({
  ...aDraft(narrative),
  status: 'issued',
  issuedBy: { id: A_CHAIR.id, displayName: 'Morgan Brightwater' },
  issuedAt: '2026-04-06T10:00:00.000Z',
});
const ok = (body: unknown) => () => ({ status: 200, body });
type Handler = (init?: RequestInit) => { status: number; body?: unknown };

async function open(routes: Record<string, Handler>, roles = A_CHAIR.roles) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles }),
    'GET /api/reports/leadership-packs': ok([]),
    ...routes,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push(`/reports/leadership-pack?month=${MONTH}`);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, fetch };
}

describe('the leadership pack page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T10:00:00.000Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it("shows a draft month's figures, each chart followed by its table, and the PDF link", async () => {
    const { wrapper } = await open({ [`GET /api/reports/leadership-packs/${MONTH}`]: ok(aDraft()) });
    expect(wrapper.find('h1').text()).toBe('Leadership pack');
    expect(wrapper.find('.govuk-tag').text()).toBe('Draft');
    expect(wrapper.findAll('h2').map((h) => h.text())).toEqual(
      expect.arrayContaining([
        'Decisions',
        'Timeliness',
        'Annual reviews and phase transfers',
        'Quality',
        'Complaints, mediations and appeals',
      ]),
    );
    const funding = wrapper
      .findAll('table')
      .find((t) => t.find('caption').text().startsWith('Changes of placement, additional funding'))!;
    const row = funding.findAll('tbody tr').find((tr) => tr.find('th').text() === 'Additional funding')!;
    expect(row.findAll('td').map((td) => td.text())).toEqual(['1', '0', '£5,000', '1', '£8,000']);
    // The chart of plans in 20 weeks comes just before its table.
    const chart = wrapper
      .findAll('svg[role="img"]')
      .find((s) => s.attributes('aria-label')!.includes('20 weeks'))!;
    expect(
      chart.element.closest('figure')!.nextElementSibling!.querySelector('caption')!.textContent,
    ).toContain('EHC plans issued within 20 weeks');
    const tiers = wrapper.findAll('table').find((t) => t.find('caption').text().includes('by the tier'))!;
    expect(tiers.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))).toEqual([
      ["Seniors' dip samples (tier 2)", '2', '1', '50.0%', '4', '3', '75.0%'],
      ['Quality and Compliance Group (tier 3)', '0', '0', 'No figure', '0', '0', 'No figure'],
    ]);
    expect(wrapper.find('a[download]').attributes('href')).toBe(`/api/reports/leadership-packs/${MONTH}/pdf`);
    const appeals = wrapper
      .findAll('table')
      .find((t) => t.find('caption').text() === 'Over the 12 months, by the decision challenged')!;
    expect(appeals.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))).toEqual([
      ['Refusal to assess', '1', '0', '2', '50.0', '100.0%', '25'],
    ]);
    expect(wrapper.text()).toContain(
      'Over the 12 months to the end of March 2026: 1 complaints, 0 mediations and 2 appeals',
    );
  });

  it('saves the narrative, and issues the pack only once the chair confirms', async () => {
    let issued = false;
    const { wrapper, fetch } = await open({
      [`GET /api/reports/leadership-packs/${MONTH}`]: ok(aDraft()),
      [`PUT /api/reports/leadership-packs/${MONTH}/narrative`]: (init) => ({
        status: 200,
        body: aDraft(sentJson<{ narrative: string }>(init).narrative),
      }),
      [`POST /api/reports/leadership-packs/${MONTH}/issue`]: () => {
        issued = true;
        return { status: 200, body: issuedPack('Held at half.') };
      },
    });
    await wrapper.get('#pack-narrative').setValue('Held at half.');
    await wrapper.get('form:has(#pack-narrative)').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="status"] .govuk-notification-banner__heading').text()).toBe(
      'The narrative has been saved.',
    );
    const issueButton = wrapper.findAll('button').find((b) => b.text() === 'Issue the pack')!;
    await issueButton.trigger('click');
    await flushPromises();
    expect(wrapper.get('#pack-confirm-text').text()).toContain('Issue the pack for March 2026?');
    expect(document.activeElement).toBe(wrapper.get('[role="alertdialog"]').element);
    expect(issued).toBe(false);
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Yes, issue the pack')!
      .trigger('click');
    await flushPromises();
    expect(issued).toBe(true);
    expect(fetch).toHaveBeenCalledWith(`/api/reports/leadership-packs/${MONTH}/issue`, expect.anything());
    expect(wrapper.find('.govuk-tag').text()).toBe('Issued');
    expect(wrapper.text()).toContain('By Morgan Brightwater on 6 April 2026');
    expect(wrapper.find('#pack-narrative').exists()).toBe(false);
    expect(wrapper.find('.app-pre-line').text()).toBe('Held at half.');
  });

  it('does not issue when the chair cancels', async () => {
    let issued = false;
    const { wrapper } = await open({
      [`GET /api/reports/leadership-packs/${MONTH}`]: ok(aDraft('Written.')),
      [`POST /api/reports/leadership-packs/${MONTH}/issue`]: () => {
        issued = true;
        return { status: 200, body: issuedPack('Written.') };
      },
    });
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Issue the pack')!
      .trigger('click');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Cancel')!
      .trigger('click');
    await flushPromises();
    expect(issued).toBe(false);
    expect(wrapper.find('#pack-confirm-text').exists()).toBe(false);
  });

  it('shows an issued pack read-only, with who issued it and when', async () => {
    const { wrapper } = await open({
      [`GET /api/reports/leadership-packs/${MONTH}`]: ok(issuedPack('Final words.')),
    });
    expect(wrapper.find('#pack-narrative').exists()).toBe(false);
    expect(wrapper.findAll('button').some((b) => b.text() === 'Issue the pack')).toBe(false);
    expect(wrapper.text()).toContain('By Morgan Brightwater on 6 April 2026');
    expect(wrapper.find('.app-pre-line').text()).toBe('Final words.');
  });

  it('lets a panel member read the draft but not write or issue it', async () => {
    const { wrapper } = await open(
      { [`GET /api/reports/leadership-packs/${MONTH}`]: ok(aDraft('Being written.')) },
      ['panel_member'],
    );
    expect(wrapper.find('#pack-narrative').exists()).toBe(false);
    expect(wrapper.findAll('button').some((b) => b.text() === 'Issue the pack')).toBe(false);
    expect(wrapper.find('.app-pre-line').text()).toBe('Being written.');
  });

  it('explains a refusal in an error summary', async () => {
    const { wrapper } = await open({
      [`GET /api/reports/leadership-packs/${MONTH}`]: ok(aDraft('Written.')),
      [`POST /api/reports/leadership-packs/${MONTH}/issue`]: () => ({
        status: 409,
        body: {
          statusCode: 409,
          code: 'pack_already_issued',
          message: 'The leadership pack for 2026-03 has been issued and can no longer be changed.',
        },
      }),
    });
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Issue the pack')!
      .trigger('click');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Yes, issue the pack')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').text()).toContain(
      'has been issued and can no longer be changed',
    );
  });
});
