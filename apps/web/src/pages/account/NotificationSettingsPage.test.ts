import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, sentJson, signedInAs } from '../../test-support/fake-api';
import { defaultPreferences } from '../../test-support/notifications';

vi.mock('../../api/meeting-socket', async () =>
  (await import('../../test-support/notifications')).aQuietSocketModule(),
);

type Answer = { status: number; body?: unknown };

async function open(save: (init: RequestInit | undefined) => Answer) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs(A_CHAIR),
    'GET /api/notifications/preferences': () => ({ status: 200, body: defaultPreferences() }),
    'PUT /api/notifications/preferences': save,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/account/notifications');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await vi.waitFor(() => expect(wrapper.find('form').exists()).toBe(true));
  await flushPromises();
  return { wrapper, fetch };
}

const choicesOf = (wrapper: Awaited<ReturnType<typeof open>>['wrapper'], legend: string) =>
  wrapper.findAll('fieldset').find((f) => f.get('legend').text() === legend)!;

describe('notification settings', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('is linked from the header, beside two-step sign-in', async () => {
    const { wrapper } = await open(() => ({ status: 500 }));
    const links = wrapper.findAll('header a').map((a) => a.text());
    expect(links).toContain('Notification settings');
    expect(links.indexOf('Notification settings')).toBe(links.indexOf('Two-step sign-in') - 1);
  });

  it('offers at once, daily digest or off for each kind, and no "off" for one set in law', async () => {
    const { wrapper } = await open(() => ({ status: 500 }));
    const optional = choicesOf(wrapper, 'Your case was decided');
    expect(optional.findAll('label').map((l) => l.text())).toEqual(['At once', 'In the daily digest', 'Off']);
    const statutory = choicesOf(wrapper, 'Advice is overdue');
    expect(statutory.findAll('label').map((l) => l.text())).toEqual(['At once', 'In the daily digest']);
    expect(statutory.text()).toContain('cannot be turned off');
    expect((statutory.get('input[value="now"]').element as HTMLInputElement).checked).toBe(true);
  });

  it('saves only what was changed, and the digest time, and says so', async () => {
    const saved = { ...defaultPreferences(), digestTime: '16:45' };
    const { wrapper, fetch } = await open(() => ({ status: 200, body: saved }));
    await choicesOf(wrapper, 'Your case was decided').get('input[value="off"]').setValue(true);
    await wrapper.get('#digest-time').setValue('16.45');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const [, init] = fetch.mock.calls.find(([, i]) => i?.method === 'PUT')!;
    expect(sentJson(init)).toEqual({
      preferences: [{ kind: 'case_decided', delivery: 'off' }],
      digestTime: '16:45',
    });
    expect(wrapper.get('[role="status"] .govuk-notification-banner').text()).toBe(
      'Your notification settings are saved.',
    );
  });

  it('asks for a time it can read, at the field, and sends nothing', async () => {
    const { wrapper, fetch } = await open(() => ({ status: 200, body: defaultPreferences() }));
    await wrapper.get('#digest-time').setValue('half seven');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#digest-time-error').text()).toContain('Enter the time as hours and minutes');
    expect(wrapper.get('.govuk-error-summary a').attributes('href')).toBe('#digest-time');
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
  });

  it('shows the API’s refusal to turn off a kind set in law at that kind', async () => {
    const { wrapper } = await open(() => ({
      status: 422,
      body: {
        statusCode: 422,
        code: 'notification_mandatory',
        message: '"Your case was decided" is set in law or keeps someone safe, so it cannot be turned off.',
        fields: [
          {
            field: 'preferences.0.delivery',
            messages: [
              '"Your case was decided" is set in law or keeps someone safe, so it cannot be turned off.',
            ],
          },
        ],
      },
    }));
    await choicesOf(wrapper, 'Your case was decided').get('input[value="off"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const field = choicesOf(wrapper, 'Your case was decided');
    expect(field.get('.govuk-error-message').text()).toContain('cannot be turned off');
    expect(wrapper.get('.govuk-error-summary a').attributes('href')).toBe('#notify-case-decided');
    expect(wrapper.find('.govuk-notification-banner').exists()).toBe(false);
  });
});
