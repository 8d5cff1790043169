import type { OutboundMessageView } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../test-support/fake-api';
import { visibleText } from '../../test-support/visible-text';
import { viewTestAt } from '../../test-support/viewport';

vi.mock('../../api/meeting-socket', async () =>
  (await import('../../test-support/notifications')).aQuietSocketModule(),
);

const GAVE_UP: OutboundMessageView = {
  id: 'o1',
  messageId: '<o1@council.example>',
  to: 'nova@council.example',
  subject: 'Your case EHC-26-0042 was decided: agree',
  text: '…',
  kind: 'case_decided',
  status: 'gave_up',
  attempts: 1,
  lastError: '550 5.1.1 No such mailbox',
  createdAt: '2026-12-07T09:00:00.000Z',
  sentAt: null,
  nextAttemptAt: null,
};
const SENT: OutboundMessageView = {
  ...GAVE_UP,
  id: 'o2',
  subject: 'Your notifications for 6 December',
  kind: 'digest',
  status: 'sent',
  lastError: null,
  sentAt: '2026-12-06T07:30:05.000Z',
};

async function open(roles: string[]) {
  fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles }),
    'GET /api/admin/messages?page=1&pageSize=50': () => ({
      status: 200,
      body: { items: [GAVE_UP, SENT], total: 2, page: 1, pageSize: 50 },
    }),
    'GET /api/admin/bounced-addresses': () => ({
      status: 200,
      body: [
        {
          userId: 'u9',
          displayName: 'Nova Inkpot',
          email: 'nova@council.example',
          bouncedAt: '2026-12-07T09:00:03.000Z',
          reason: '550 5.1.1 No such mailbox',
        },
      ],
    }),
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/admin/messages');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await vi.waitFor(() => expect(wrapper.find('h1').exists()).toBe(true));
  await flushPromises();
  return wrapper;
}

describe('messages sent', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    viewTestAt(1024, 768);
  });

  it('is only for administrators', async () => {
    const wrapper = await open(['chair']);
    expect(wrapper.get('h1').text()).toBe('Page not found');
  });

  it('is in the admin area’s navigation and lists the outbox with each email’s status', async () => {
    const wrapper = await open(['admin']);
    expect(wrapper.get('nav[aria-label="Administration"] a.app-current').text()).toBe('Messages sent');
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      'To',
      'Subject',
      'Kind',
      'Status',
      'Attempts',
      'Last error',
      'Sent at',
    ]);
    const rows = wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => visibleText(td)));
    expect(rows).toEqual([
      [
        'nova@council.example',
        'Your case EHC-26-0042 was decided: agree',
        'Your case was decided',
        'Refused for good',
        '1',
        '550 5.1.1 No such mailbox',
        'Not sent',
      ],
      [
        'nova@council.example',
        'Your notifications for 6 December',
        'Daily digest',
        'Sent',
        '1',
        '',
        '6 December 2026 at 07:30',
      ],
    ]);
  });

  it('names the addresses a mail server refused for good', async () => {
    const wrapper = await open(['admin']);
    const row = wrapper.get('dl.govuk-summary-list .govuk-summary-list__row');
    expect(row.get('dt').text()).toBe('Nova Inkpot');
    expect(row.get('dd').text()).toContain('nova@council.example');
    expect(row.get('dd').text()).toContain('550 5.1.1 No such mailbox');
  });

  it('shows each email as a card on a phone', async () => {
    viewTestAt(390, 844);
    const wrapper = await open(['admin']);
    expect(wrapper.find('table').exists()).toBe(false);
    const card = wrapper.get('section.govuk-summary-card');
    expect(card.get('h3').text()).toBe('Your case EHC-26-0042 was decided: agree');
    expect(
      card
        .findAll('.govuk-summary-list__row')
        .map((r) => `${r.get('dt').text()}: ${visibleText(r.get('dd'))}`),
    ).toEqual([
      'To: nova@council.example',
      'Kind: Your case was decided',
      'Status: Refused for good',
      'Attempts: 1',
      'Last error: 550 5.1.1 No such mailbox',
      'Sent at: Not sent',
    ]);
  });
});
