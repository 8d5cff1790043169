import { mount, flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from './App.vue';
import { createAppRouter } from './router';

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
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ status: 'ok', database: 'up', version: '0.1.0' }), { status: 200 })),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('offers the five areas in the service navigation, in order', async () => {
    const { wrapper } = await mountAt('/');
    const links = wrapper.findAll('nav[aria-label="Menu"] a').map((a) => a.text());
    expect(links).toEqual(['Cases', 'Meetings', 'Health Gateway', 'Quality', 'Dashboard']);
  });

  it('marks the area you are in as the current page, for screen readers as well as by look', async () => {
    const { wrapper } = await mountAt('/gateway');
    const current = wrapper.findAll('a[aria-current="page"]');
    expect(current.map((a) => a.text())).toEqual(['Health Gateway']);
    expect(wrapper.find('h1').text()).toBe('Health Gateway');
    expect(document.title).toBe('Health Gateway – Convene');
  });

  it('starts with a skip link to the main content', async () => {
    const { wrapper } = await mountAt('/');
    const first = wrapper.find('a');
    expect(first.text()).toBe('Skip to main content');
    expect(first.attributes('href')).toBe('#main-content');
    expect(wrapper.find('#main-content').exists()).toBe(true);
  });

  it('tells people plainly when the service cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const { wrapper } = await mountAt('/');
    expect(wrapper.find('[role="alert"]').text()).toContain('Convene cannot be reached');
  });

  it('says a page was not found for an unknown address', async () => {
    const { wrapper } = await mountAt('/no/such/page');
    expect(wrapper.find('h1').text()).toBe('Page not found');
  });
});
