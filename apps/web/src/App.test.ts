import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from './App.vue';
import { createAppRouter } from './router';
import { A_CHAIR, fakeApi, healthy, signedInAs, signedOut } from './test-support/fake-api';

async function mountAt(path: string) {
  const router = createAppRouter(createMemoryHistory());
  const pinia = createPinia();
  setActivePinia(pinia);
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router, pinia] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

describe('the app shell', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('offers the six areas in the service navigation, in order', async () => {
    fakeApi({ 'GET /api/health': healthy, 'GET /api/auth/me': signedInAs(A_CHAIR) });
    const { wrapper } = await mountAt('/');
    const links = wrapper.findAll('nav[aria-label="Menu"] a').map((a) => a.text());
    expect(links).toEqual(['Cases', 'Meetings', 'Actions', 'Health Gateway', 'Quality', 'Dashboard']);
    expect(wrapper.text()).toContain('Morgan Brightwater');
  });

  it('marks the area you are in as the current page, for screen readers as well as by look', async () => {
    fakeApi({ 'GET /api/health': healthy, 'GET /api/auth/me': signedInAs(A_CHAIR) });
    const { wrapper } = await mountAt('/gateway');
    const current = wrapper.findAll('a[aria-current="page"]');
    expect(current.map((a) => a.text())).toEqual(['Health Gateway']);
    expect(wrapper.find('h1').text()).toBe('Health Gateway');
    expect(document.title).toBe('Health Gateway – Convene');
  });

  it('starts with a skip link to the main content', async () => {
    fakeApi({ 'GET /api/health': healthy, 'GET /api/auth/me': signedInAs(A_CHAIR) });
    const { wrapper } = await mountAt('/');
    const first = wrapper.find('a');
    expect(first.text()).toBe('Skip to main content');
    expect(first.attributes('href')).toBe('#main-content');
    expect(wrapper.find('#main-content').exists()).toBe(true);
  });

  it('tells people plainly when the service cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const router = createAppRouter(createMemoryHistory());
    setActivePinia(createPinia());
    await router.push('/sign-in');
    const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('Convene cannot be reached');
  });

  it('says a page was not found for an unknown address', async () => {
    fakeApi({ 'GET /api/health': healthy, 'GET /api/auth/me': signedInAs(A_CHAIR) });
    const { wrapper } = await mountAt('/no/such/page');
    expect(wrapper.find('h1').text()).toBe('Page not found');
  });

  it('sends someone not signed in to the sign-in page, remembering where they were going', async () => {
    fakeApi({ 'GET /api/health': healthy, 'GET /api/auth/me': signedOut });
    const { wrapper, router } = await mountAt('/meetings');
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query.returnTo).toBe('/meetings');
    expect(wrapper.find('nav[aria-label="Menu"]').exists()).toBe(false);
  });
});
