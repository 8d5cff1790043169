import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../test-support/fake-api';

const FEED = '/api/calendar/Qm9vdHN0cmFwcGVkLXNlY3JldC10b2tl.ics';

async function openMeetings(feed: () => { status: number; body?: unknown }) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs(A_CHAIR),
    'GET /api/meetings?when=upcoming': () => ({ status: 200, body: [] }),
    'POST /api/calendar/feed': feed,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/meetings');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, fetch };
}

type Page = Awaited<ReturnType<typeof openMeetings>>['wrapper'];
const buttonCalled = (wrapper: Page, text: string) =>
  wrapper.findAll('button').find((b) => b.text() === text)!;
const statusOf = (wrapper: Page) => wrapper.find('details [role="status"]').text();

describe('adding your meetings to Outlook', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('warns that the address is private and that a new one stops the old one working', async () => {
    const { wrapper } = await openMeetings(() => ({ status: 200, body: { path: FEED } }));
    const details = wrapper.find('details');
    expect(details.find('summary').text()).toBe('Add your meetings to Outlook');
    expect(details.find('.govuk-warning-text').text()).toContain('Do not share your calendar address');
    expect(details.find('.govuk-warning-text').text()).toContain(
      'Making a new address stops the old one working',
    );
    expect(details.find('#calendar-address').exists()).toBe(false);
  });

  it('makes the address, shows it in full with the Outlook steps, and takes the reader to it', async () => {
    const { wrapper, fetch } = await openMeetings(() => ({ status: 200, body: { path: FEED } }));
    await buttonCalled(wrapper, 'Make my calendar address').trigger('click');
    await flushPromises();
    expect(fetch).toHaveBeenCalledWith('/api/calendar/feed', expect.objectContaining({ method: 'POST' }));
    const address = wrapper.find('#calendar-address');
    expect((address.element as HTMLInputElement).value).toBe(`${window.location.origin}${FEED}`);
    expect(address.attributes('readonly')).toBeDefined();
    expect(wrapper.find('label[for="calendar-address"]').text()).toBe('Your calendar address');
    expect(document.activeElement).toBe(address.element);
    expect(wrapper.findAll('details ol li').map((li) => li.text())).toEqual([
      'Go to your calendar and select Add calendar.',
      'Select Subscribe from web.',
      'Paste the address, give the calendar a name such as "Convene meetings", and select Import.',
    ]);
  });

  it('copies the address for pasting into Outlook', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { wrapper } = await openMeetings(() => ({ status: 200, body: { path: FEED } }));
    await buttonCalled(wrapper, 'Make my calendar address').trigger('click');
    await flushPromises();
    const copy = buttonCalled(wrapper, 'Copy your calendar address');
    expect(copy.find('.govuk-visually-hidden').text()).toBe('your calendar address');
    await copy.trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${FEED}`);
    expect(statusOf(wrapper)).toBe('The address is copied. Paste it into Outlook.');
  });

  it('selects the address for copying by hand when the browser will not copy it', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('Not allowed'))) },
    });
    const { wrapper } = await openMeetings(() => ({ status: 200, body: { path: FEED } }));
    await buttonCalled(wrapper, 'Make my calendar address').trigger('click');
    await flushPromises();
    (document.activeElement as HTMLElement).blur();
    await buttonCalled(wrapper, 'Copy your calendar address').trigger('click');
    await flushPromises();
    expect(statusOf(wrapper)).toContain('It is selected: press Ctrl and C');
    expect(document.activeElement).toBe(wrapper.find('#calendar-address').element);
  });

  it('says so when the address could not be made', async () => {
    const { wrapper } = await openMeetings(() => ({
      status: 500,
      body: { statusCode: 500, code: 'internal', message: 'Internal server error' },
    }));
    await buttonCalled(wrapper, 'Make my calendar address').trigger('click');
    await flushPromises();
    expect(wrapper.find('details [role="alert"]').text()).toBe(
      'Your calendar address could not be made. Try again.',
    );
    expect(wrapper.find('#calendar-address').exists()).toBe(false);
  });
});
