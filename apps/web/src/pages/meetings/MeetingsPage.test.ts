import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../test-support/fake-api';

const aMeeting = (id: string, status: string, startsAt: string) => ({
  id,
  kind: 'dmg',
  title: `Decision-Making Group ${id}`,
  status,
  startsAt,
  endsAt: startsAt.replace('T09:30', 'T12:30'),
  theme: null,
  yourRole: 'member',
  itemCount: 26,
});

async function meetingsPage(routes: Parameters<typeof fakeApi>[0] = {}) {
  fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles: ['panel_member'] }),
    'GET /api/calendar/feed': () => ({
      status: 404,
      body: { statusCode: 404, code: 'not_found', message: 'no feed' },
    }),
    // Today's meeting finished early: its scheduled end has not come yet, so the API still lists it as upcoming.
    'GET /api/meetings?when=upcoming': () => ({
      status: 200,
      body: [
        aMeeting('today', 'ended', '2026-12-09T09:30:00.000Z'),
        aMeeting('next', 'scheduled', '2026-12-16T09:30:00.000Z'),
      ],
    }),
    'GET /api/meetings?when=past': () => ({
      status: 200,
      body: [aMeeting('last-week', 'ended', '2026-12-02T09:30:00.000Z')],
    }),
    ...routes,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/meetings');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Meetings'));
  await flushPromises();
  return wrapper;
}

const statuses = (wrapper: Awaited<ReturnType<typeof meetingsPage>>) =>
  wrapper.findAll('tbody tr').map((row) => row.find('.govuk-tag').text());

describe('your meetings', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists a meeting that has ended under past, never under upcoming, even before its scheduled end', async () => {
    const wrapper = await meetingsPage();
    expect(statuses(wrapper)).toEqual(['Scheduled']);
    await wrapper.findAll('[role="tab"]')[1]!.trigger('click');
    await flushPromises();
    expect(statuses(wrapper)).toEqual(['Ended', 'Ended']);
  });

  it('says when your meetings could not be loaded, and lists them when you try again', async () => {
    let answers = 0;
    const wrapper = await meetingsPage({
      'GET /api/meetings?when=upcoming': () =>
        ++answers === 1
          ? { status: 502 }
          : { status: 200, body: [aMeeting('next', 'scheduled', '2026-12-16T09:30:00.000Z')] },
    });
    expect(wrapper.find('.govuk-error-summary').text()).toContain(
      'Your meetings could not be loaded. Try again.',
    );
    expect(wrapper.find('tbody').exists()).toBe(false);
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Try again')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').exists()).toBe(false);
    expect(statuses(wrapper)).toEqual(['Scheduled']);
  });

  it('says so when you have no meetings in a tab', async () => {
    const wrapper = await meetingsPage({
      'GET /api/meetings?when=upcoming': () => ({ status: 200, body: [] }),
    });
    expect(wrapper.find('.govuk-tabs__panel').text()).toContain('You have no upcoming meetings.');
    expect(wrapper.find('.govuk-tabs__panel [role="status"]').text()).toBe('');
  });
});
