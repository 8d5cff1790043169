import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../test-support/fake-api';

const aMeeting = (id: string, status: string, startsAt: string, yourRole = 'member') => ({
  id,
  kind: 'dmg',
  title: `Decision-Making Group, ${id}`,
  status,
  startsAt,
  endsAt: startsAt,
  theme: null,
  yourRole,
  itemCount: 26,
});
const anAdvice = (caseReference: string, dueOn: string, overdue: boolean) => ({
  id: caseReference,
  caseReference,
  childId: 'c',
  requestId: 'r',
  source: 'school',
  team: null,
  status: 'with_team',
  response: 'full_advice',
  priority: 'routine',
  teamResponse: 'accepted',
  requestedOn: '2026-10-01',
  dueOn,
  returnedOn: null,
  daysLeft: overdue ? -2 : 10,
  overdue,
});

async function home(
  roles: string[],
  meetings: unknown[],
  extra: Record<string, () => { status: number; body?: unknown }> = {},
) {
  fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles }),
    'GET /api/meetings?when=upcoming': () => ({ status: 200, body: meetings }),
    ...extra,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Convene'));
  await flushPromises();
  return wrapper;
}

describe('the home page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('takes you into the meeting running now, and never offers one that has ended', async () => {
    const wrapper = await home(
      ['panel_member'],
      [
        aMeeting('9 December', 'ended', '2026-12-09T09:30:00.000Z'),
        aMeeting('16 December', 'in_progress', '2026-12-16T09:30:00.000Z'),
        aMeeting('23 December', 'scheduled', '2026-12-23T09:30:00.000Z'),
      ],
    );
    const card = wrapper.get('[aria-labelledby="next-meeting-heading"]');
    expect(card.find('h2').text()).toBe('In progress now');
    expect(card.text()).toContain('Decision-Making Group, 16 December');
    expect(card.get('a').text()).toContain('Join the room');
    expect(card.get('a').attributes('href')).toBe('/meetings/16 December');
  });

  it('tells a health team representative how much advice the team owes, and the soonest due', async () => {
    const wrapper = await home(['health_team_rep'], [], {
      [`GET /api/health-gateway/advice?state=open&teamId=${A_CHAIR.agencyId}`]: () => ({
        status: 200,
        body: [anAdvice('EHC-26-0002', '2026-12-20', false), anAdvice('EHC-26-0001', '2026-12-04', true)],
      }),
    });
    expect(wrapper.get('[aria-labelledby="next-meeting-heading"]').text()).toContain(
      'You have no meetings coming up.',
    );
    const owed = wrapper.get('[aria-labelledby="team-advice-heading"]').text();
    expect(owed).toContain('2 requests are waiting, 1 overdue.');
    expect(owed).toContain('The next is due 4 December 2026 (EHC-26-0001).');
  });

  it("tells a social care team's representative what their team owes the Social Care Gateway, with the way to its queue", async () => {
    const wrapper = await home(['social_care_team_rep'], [], {
      'GET /api/advice-gateways': () => ({ status: 200, body: { adviceKinds: ['health', 'social_care'] } }),
      [`GET /api/social-care-gateway/advice?state=open&teamId=${A_CHAIR.agencyId}`]: () => ({
        status: 200,
        body: [anAdvice('EHC-26-0007', '2026-12-11', false)],
      }),
    });
    const owed = wrapper.get('[aria-labelledby="team-advice-heading"]');
    expect(owed.text()).toContain('1 request is waiting.');
    expect(owed.text()).toContain('The next is due 11 December 2026 (EHC-26-0007).');
    expect(owed.get('a').attributes('href')).toBe('/social-care-gateway');
    const panels = wrapper.findAll('.app-panel-list h3 a').map((a) => [a.text(), a.attributes('href')]);
    expect(panels).toEqual([
      ['Decision-Making Group', '/meetings'],
      ['Health Gateway', '/gateway'],
      ['Social Care Gateway', '/social-care-gateway'],
      ['Multiagency Quality and Compliance Group', '/quality'],
    ]);
  });
});
