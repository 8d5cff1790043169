import type { HealthAdviceView } from '@convene/contracts';
import { gatewayOfAdvice } from '@convene/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, sentJson, signedInAs, urlOf } from '../../test-support/fake-api';

const CHILDREN_IN_NEED = { id: 'a-cin', name: 'Children in Need, North' };
const DISABLED_CHILDREN = { id: 'a-dct', name: 'Disabled Children’s Team' };
const TEAMS = [
  { ...CHILDREN_IN_NEED, code: 'cin-north' },
  { ...DISABLED_CHILDREN, code: 'dct' },
];

const THE_DSCO = {
  ...A_CHAIR,
  id: 'dsco',
  displayName: 'Priya Ashdown',
  roles: ['dsco', 'panel_member'],
  agencyId: 'a-social-care',
  agencyKind: 'social_care',
};
const DCT_LEAD = {
  ...A_CHAIR,
  id: 'dct-lead',
  displayName: 'Tom Hollins',
  roles: ['social_care_team_rep'],
  agencyId: DISABLED_CHILDREN.id,
  agencyKind: 'social_care',
};
const SALT_LEAD = {
  ...A_CHAIR,
  id: 'salt-lead',
  roles: ['health_team_rep'],
  agencyId: 'a-salt',
  agencyKind: 'health',
};

const anAdvice = (id: string, overrides: Partial<HealthAdviceView> = {}): HealthAdviceView => ({
  id,
  caseReference: `EHC-26-000${id}`,
  childId: `child-${id}`,
  requestId: `request-${id}`,
  source: 'assessment',
  team: DISABLED_CHILDREN,
  status: 'with_team',
  response: 'full_advice',
  priority: 'routine',
  teamResponse: 'accepted',
  requestedOn: '2026-10-01',
  dueOn: '2026-11-12',
  returnedOn: null,
  daysLeft: 10,
  overdue: false,
  exceptionCase: false,
  lastChasedAt: null,
  reassignments: 0,
  quality: null,
  evidenceId: null,
  ...overrides,
});
const RETURNED = anAdvice('3', {
  status: 'returned',
  returnedOn: '2026-11-02',
  dueOn: '2026-11-05',
  daysLeft: null,
  evidenceId: 'e3',
});

type Routes = Record<string, (init: RequestInit | undefined) => { status: number; body?: unknown }>;
const ok = (body: unknown) => () => ({ status: 200, body });
/** The council runs the health and social care gateways, as it does unless it says otherwise. */
const HEALTH_AND_SOCIAL_CARE = ok({ adviceKinds: ['health', 'social_care'] });

async function open(path: string, user: unknown, api: Routes, runs = HEALTH_AND_SOCIAL_CARE) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs(user),
    'GET /api/advice-gateways': runs,
    'GET /api/social-care-gateway/teams': ok(TEAMS),
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

type Opened = Awaited<ReturnType<typeof open>>;
const callsTo = (fetch: Opened['fetch'], method: string, url: string) =>
  fetch.mock.calls.filter(([u, init]) => urlOf(u) === url && (init?.method ?? 'GET') === method);
const calledUrls = (fetch: Opened['fetch']) => fetch.mock.calls.map(([u]) => urlOf(u));
const menu = (wrapper: Opened['wrapper']) => wrapper.findAll('nav[aria-label="Menu"] a').map((a) => a.text());

describe("the Social Care Gateway: the DSCO's tracker", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('is the tracker in social care words, asking the social care gateway for its requests and teams', async () => {
    const { wrapper, fetch } = await open('/social-care-gateway', THE_DSCO, {
      'GET /api/social-care-gateway/advice?state=open': ok([anAdvice('1')]),
    });
    expect(wrapper.find('h1').text()).toBe('Social Care Gateway');
    expect(document.title).toBe('Social Care Gateway – Convene');
    expect(wrapper.find('main').text()).toContain(
      'Every request for social care advice for an EHC needs assessment',
    );
    expect(wrapper.findAll('h2').map((h) => h.text())).toContain(
      "The Designated Social Care Officer's tracker",
    );
    expect(wrapper.find('caption').text()).toBe('Requests for social care advice');
    expect(wrapper.findAll('#tracker-team option').map((o) => o.text())).toEqual([
      'All teams',
      'Children in Need, North',
      'Disabled Children’s Team',
    ]);
    expect(wrapper.find('a[href="/social-care-gateway/figures"]').text()).toBe('Social Care Gateway figures');
    expect(wrapper.find('#record-advice-heading').text()).toBe('Record a request for social care advice');
    expect(calledUrls(fetch).filter((url) => url.includes('health-gateway'))).toEqual([]);
    // The DSCO has a part in the social care gateway, not the health one.
    expect(menu(wrapper)).toEqual([
      'Cases',
      'Meetings',
      'Actions',
      'Social Care Gateway',
      'Quality',
      'Dashboard',
    ]);
  });

  it("rates a returned advice against the social care rubric's points and sends it to the social care gateway", async () => {
    const rated = {
      ...RETURNED,
      quality: {
        criteria: {
          describes_needs: true,
          specific_outcomes: true,
          quantified_provision: true,
          child_and_family_views: true,
        },
        meetsStandard: true,
        note: null,
      },
    };
    const { wrapper, fetch } = await open('/social-care-gateway', THE_DSCO, {
      'GET /api/social-care-gateway/advice?state=open': ok([RETURNED]),
      'POST /api/social-care-gateway/advice/3/quality': ok(rated),
    });
    await wrapper.find('#advice-rate-3').trigger('click');
    const labels = wrapper.findAll('.app-advice-action .govuk-checkboxes__label').map((l) => l.text());
    const rubric = gatewayOfAdvice('social_care').rubric;
    expect(labels[0]).toBe(
      "Describes the child's social care needs and the family's circumstances clearly, in plain English",
    );
    expect(labels).toEqual([
      rubric.describes_needs,
      rubric.specific_outcomes,
      rubric.quantified_provision,
      rubric.child_and_family_views,
    ]);
    for (const box of wrapper.findAll('.app-advice-action input[type="checkbox"]')) await box.setValue(true);
    await wrapper.find('.app-advice-action form').trigger('submit');
    await flushPromises();
    expect(sentJson(callsTo(fetch, 'POST', '/api/social-care-gateway/advice/3/quality')[0]![1])).toEqual({
      criteria: rated.quality.criteria,
    });
    expect(wrapper.find('[data-test="advice-status"]').text()).toContain('it meets the standard');
  });

  it('records a request for social care advice by hand, in the social care gateway', async () => {
    const { wrapper, fetch } = await open('/social-care-gateway', THE_DSCO, {
      'GET /api/social-care-gateway/advice?state=open': ok([]),
      'GET /api/cases?reference=EHC-26-0005&pageSize=10': ok({
        items: [{ childId: 'child-5', caseReference: 'EHC-26-0005', request: { id: 'request-5' } }],
        page: 1,
        pageSize: 10,
        total: 1,
      }),
      'POST /api/social-care-gateway/advice': ok(
        anAdvice('5', { team: null, status: 'awaiting_triage', dueOn: '2027-01-01' }),
      ),
    });
    // The 0–2 pathway's referrals are for health advice: a social care request comes from an assessment.
    expect(wrapper.find('#record-source').exists()).toBe(false);
    expect(wrapper.find('main').text()).not.toContain('0–2');
    await wrapper.find('#record-reference').setValue('EHC-26-0005');
    (wrapper.find('#record-reference').element as HTMLInputElement).form!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(sentJson(callsTo(fetch, 'POST', '/api/social-care-gateway/advice')[0]![1])).toMatchObject({
      requestId: 'request-5',
      source: 'assessment',
    });
    expect(wrapper.find('[role="status"].govuk-inset-text').text()).toBe(
      'Request for social care advice recorded for EHC-26-0005. It is due 1 January 2027.',
    );
  });

  it("shows a social care team's representative their own team's queue, and marks an advice returned there", async () => {
    const { wrapper, fetch } = await open('/social-care-gateway', DCT_LEAD, {
      'GET /api/social-care-gateway/advice?state=open&teamId=a-dct': ok([anAdvice('2')]),
      'POST /api/social-care-gateway/advice/2/return': ok({
        ...anAdvice('2'),
        status: 'returned',
        returnedOn: '2026-11-03',
        daysLeft: null,
      }),
    });
    expect(wrapper.find('h2').text()).toBe("Your team's queue");
    expect(wrapper.find('caption').text()).toBe("Your team's requests for social care advice");
    expect(wrapper.find('#tracker-team').exists()).toBe(false);
    expect(wrapper.find('a[href="/social-care-gateway/figures"]').exists()).toBe(false);
    expect(menu(wrapper)).toContain('Social Care Gateway');
    expect(menu(wrapper)).not.toContain('Health Gateway');

    await wrapper.find('#advice-return-2').trigger('click');
    const input = wrapper.find('#return-file');
    Object.defineProperty(input.element, 'files', {
      value: [new File(['%PDF-1.7'], 'dct-advice.pdf', { type: 'application/pdf' })],
    });
    await input.trigger('change');
    await wrapper.find('.app-advice-action form').trigger('submit');
    await flushPromises();
    expect(callsTo(fetch, 'POST', '/api/social-care-gateway/advice/2/return')).toHaveLength(1);
    expect(wrapper.find('[data-test="advice-status"]').text()).toContain(
      'Advice for EHC-26-0002 (Disabled Children’s Team) uploaded and marked returned.',
    );
  });

  it("gives a health team's representative neither tracker nor queue on the social care gateway, and asks for nothing", async () => {
    const { wrapper, fetch } = await open('/social-care-gateway', SALT_LEAD, {});
    expect(wrapper.find('.govuk-inset-text').text()).toBe(
      "The tracker is for the Designated Social Care Officer and the social care teams' queues are for their representatives.",
    );
    expect(calledUrls(fetch).filter((url) => url.startsWith('/api/social-care-gateway'))).toEqual([]);
    expect(menu(wrapper)).toContain('Health Gateway');
    expect(menu(wrapper)).not.toContain('Social Care Gateway');
  });

  it('moves from one gateway to the other as a new page, asking the new gateway for its requests', async () => {
    const { wrapper, router, fetch } = await open(
      '/gateway',
      { ...A_CHAIR, roles: ['admin'] },
      {
        'GET /api/health-gateway/advice?state=open': ok([]),
        'GET /api/health-gateway/teams': ok([]),
        'GET /api/social-care-gateway/advice?state=open': ok([anAdvice('1')]),
      },
    );
    expect(menu(wrapper)).toEqual([
      'Cases',
      'Meetings',
      'Actions',
      'Health Gateway',
      'Social Care Gateway',
      'Quality',
      'Dashboard',
      'Admin',
    ]);
    expect(wrapper.find('caption').exists()).toBe(false);
    await router.push('/social-care-gateway');
    await flushPromises();
    expect(wrapper.find('h1').text()).toBe('Social Care Gateway');
    expect(wrapper.find('caption').text()).toBe('Requests for social care advice');
    expect(callsTo(fetch, 'GET', '/api/social-care-gateway/advice?state=open')).toHaveLength(1);
    expect(wrapper.find('a[aria-current="page"]').text()).toBe('Social Care Gateway');
    // The run list is read once a session, not on every page.
    expect(callsTo(fetch, 'GET', '/api/advice-gateways')).toHaveLength(1);
  });
});

describe('the gateways a council runs', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('has no Social Care Gateway pages, and no menu entry, when the council triages social care directly', async () => {
    const { wrapper, fetch } = await open(
      '/social-care-gateway',
      THE_DSCO,
      {},
      ok({ adviceKinds: ['health'] }),
    );
    expect(wrapper.find('h1').text()).toBe('Page not found');
    expect(menu(wrapper)).not.toContain('Social Care Gateway');
    expect(calledUrls(fetch).filter((url) => url.startsWith('/api/social-care-gateway'))).toEqual([]);
  });

  it('offers the Principal EP the Educational Psychology Gateway when the council runs one', async () => {
    const { wrapper } = await open(
      '/educational-psychology-gateway',
      { ...A_CHAIR, roles: ['principal_ep'], agencyKind: 'ep_service' },
      { 'GET /api/educational-psychology-gateway/advice?state=open': ok([]) },
      ok({ adviceKinds: ['health', 'social_care', 'educational_psychology'] }),
    );
    expect(wrapper.find('h1').text()).toBe('Educational Psychology Gateway');
    expect(wrapper.findAll('h2').map((h) => h.text())).toContain(
      "The Principal Educational Psychologist's tracker",
    );
    expect(menu(wrapper)).toEqual([
      'Cases',
      'Meetings',
      'Actions',
      'Educational Psychology Gateway',
      'Quality',
      'Dashboard',
    ]);
  });

  it('keeps the Health Gateway at the address it had before there were other gateways', async () => {
    const { router } = await open('/gateway', { ...A_CHAIR, roles: ['dco'] }, {});
    expect(router.currentRoute.value.name).toBe('health-gateway');
    await router.push('/gateway/figures?from=2026-01-01&to=2026-03-31');
    expect(router.currentRoute.value.name).toBe('health-gateway-figures');
    expect(router.currentRoute.value.query).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });
});

describe('the Social Care Gateway figures', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it("are the social care gateway's, for the DSCO, and not for a team's representative", async () => {
    const none = { key: 'total', due: 0, onTime: 0, percent: null };
    const figures = {
      from: '2026-01-01',
      to: '2026-03-31',
      withExceptions: { total: none, byTeam: [], byMonth: [] },
      withoutExceptions: { total: none, byTeam: [], byMonth: [] },
      rightTeamFirstTime: { triaged: 0, firstTime: 0, percent: null },
      openByAge: [{ band: '0–2 weeks', count: 0 }],
      qualityMeetsStandard: { rated: 0, meeting: 0, percent: null },
    };
    const { wrapper, fetch } = await open(
      '/social-care-gateway/figures?from=2026-01-01&to=2026-03-31',
      THE_DSCO,
      {
        'GET /api/social-care-gateway/figures?from=2026-01-01&to=2026-03-31': ok(figures),
      },
    );
    expect(wrapper.find('h1').text()).toBe('Social Care Gateway figures');
    expect(document.title).toBe('Social Care Gateway figures – Convene');
    expect(wrapper.find('.govuk-back-link').attributes('href')).toBe('/social-care-gateway');
    expect(wrapper.find('main').text()).toContain('Social care advice is due 6 weeks after it is asked for');
    expect(wrapper.find('main').text()).toContain('There are no open requests for social care advice today.');
    expect(
      callsTo(fetch, 'GET', '/api/social-care-gateway/figures?from=2026-01-01&to=2026-03-31'),
    ).toHaveLength(1);

    const rep = await open('/social-care-gateway/figures', DCT_LEAD, {});
    expect(rep.wrapper.find('h1').text()).toBe('Page not found');
  });
});
