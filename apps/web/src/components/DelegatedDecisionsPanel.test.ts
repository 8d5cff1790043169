import type { DelegatedDecisionView, DelegationRuleView, PanelRequestView } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../stores/session';
import { aUser } from '../test-support/quality-room';
import DelegatedDecisionsPanel from './DelegatedDecisionsPanel.vue';

const SCHEME: DelegationRuleView[] = [
  { id: 'r1', kind: 'funding', role: 'chair', maxAmountPence: 1_000_000, active: true },
  { id: 'r2', kind: 'decision_to_assess', role: 'chair', maxAmountPence: null, active: true },
];
const FUNDING: PanelRequestView = {
  id: 'p1',
  kind: 'funding',
  summary: 'A teaching assistant for mornings',
  settingName: null,
  settingType: null,
  amountPence: 450_000,
  band: 'band_3',
  purpose: null,
  startsOn: '2026-09-01',
  endsOn: '2027-07-31',
  status: 'awaiting_panel',
  raisedBy: null,
  raisedAt: '2026-11-20T10:00:00.000Z',
  decidedOn: null,
};
const AGREED: DelegatedDecisionView = {
  id: 'd1',
  kind: 'funding',
  requestId: null,
  panelRequestId: 'p1',
  outcome: 'agree',
  reasons: 'Section F needs it',
  recommendations: null,
  amountPence: 400_000,
  decidedBy: { id: 'u1', displayName: 'Helen Head' },
  decidedAt: '2026-12-07T10:00:00.000Z',
  notedBy: 'dmg',
  hasLetter: false,
};

/** The API as the panel reads it; the decision sent is kept to look at. */
function theApi(decisions: DelegatedDecisionView[] = []) {
  const sent: unknown[] = [];
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    const path = String(url);
    if (init?.method === 'POST') {
      sent.push(JSON.parse(init.body as string));
      return Promise.resolve(new Response(JSON.stringify(AGREED), { status: 201 }));
    }
    const body = path.endsWith('/delegation-scheme')
      ? SCHEME
      : path.endsWith('/panel-requests')
        ? [FUNDING]
        : decisions;
    return Promise.resolve(new Response(JSON.stringify(body)));
  });
  vi.stubGlobal('fetch', fetch);
  return sent;
}

const mountPanel = () =>
  mount(DelegatedDecisionsPanel, {
    props: { childId: 'c1', requests: [{ id: 'q1', stage: 'final_issued', receivedOn: '2025-01-06' }] },
    attachTo: document.body,
  });

describe('deciding under delegation on the case page', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows each decision taken alone with who took it', async () => {
    useSessionStore().user = aUser('flo', { roles: ['presenter'] });
    theApi([AGREED]);
    const wrapper = mountPanel();
    await flushPromises();
    const shown = wrapper.find('[data-test="delegated-decision"]').text();
    expect(shown).toContain('Additional funding: Agree');
    expect(shown).toContain('£4,000.00 a year');
    expect(shown).toContain('under delegation by Helen Head');
    // A Family Link Officer is not named in the scheme: no form.
    expect(wrapper.text()).not.toContain('Decide under delegation');
  });

  it('lets the Head of Service agree funding awaiting the panel, with reasons and the amount agreed', async () => {
    useSessionStore().user = aUser('head', { roles: ['chair'] });
    const sent = theApi();
    const wrapper = mountPanel();
    await flushPromises();
    expect(wrapper.text()).toContain('Decide under delegation');
    await wrapper.find('input[value="panel:p1"]').setValue(true);
    await wrapper.find('input[value="agree"]').setValue(true);
    expect(wrapper.text()).toContain('Your limit under the scheme: £10,000.00');
    expect((wrapper.find('#delegated-amount').element as HTMLInputElement).value).toBe('4500.00');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Give the reasons for the decision');
    expect(sent).toEqual([]);

    await wrapper.find('#delegated-amount').setValue('4,000');
    await wrapper.find('#delegated-reasons').setValue('Section F needs it');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual([
      {
        kind: 'funding',
        panelRequestId: 'p1',
        outcome: 'agree',
        reasons: 'Section F needs it',
        amountPence: 400_000,
      },
    ]);
    expect(wrapper.text()).toContain('recorded under delegation');
    expect(wrapper.find('[data-test="delegated-decision"]').text()).toContain(
      'under delegation by Helen Head',
    );
  });
});
