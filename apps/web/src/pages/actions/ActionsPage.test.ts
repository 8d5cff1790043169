import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../../stores/session';
import { A_CHAIR, fakeApi, sentJson } from '../../test-support/fake-api';
import { anAction } from '../../test-support/an-action';
import ActionsPage from './ActionsPage.vue';

describe('your actions and your team’s', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the overdue one first, in words, with its case and the meeting it came from, and closes it with a note', async () => {
    let mine = [
      anAction(),
      anAction({
        id: 'a2',
        what: 'Ask the school',
        standing: 'later',
        dueInWords: 'due in 9 days',
        dueOn: '2026-12-16',
      }),
    ];
    const fetch = fakeApi({
      'GET /api/actions/mine': () => ({
        status: 200,
        body: {
          items: mine,
          openCount: mine.filter((a) => a.status === 'open').length,
          overdueCount: mine.filter((a) => a.standing === 'overdue').length,
        },
      }),
      [`GET /api/teams/${A_CHAIR.agencyId}/actions`]: () => ({
        status: 200,
        body: { items: [], openCount: 0, overdueCount: 0 },
      }),
      'POST /api/actions/a1/close': () => {
        mine = [
          {
            ...mine[0]!,
            status: 'done',
            standing: 'closed',
            dueInWords: null,
            closingNote: 'Three settings consulted',
            closedBy: { id: A_CHAIR.id, displayName: A_CHAIR.displayName },
          },
          mine[1]!,
        ];
        return { status: 200, body: mine[0] };
      },
    });
    useSessionStore().user = A_CHAIR as never;
    const wrapper = mount(ActionsPage, {
      global: { stubs: { RouterLink: RouterLinkStub } },
      attachTo: document.body,
    });
    await flushPromises();
    expect(wrapper.text()).toContain('2 open, 1 overdue');
    const first = wrapper.findAll('.app-action-list__item')[0]!;
    expect(first.text()).toContain('Consult three settings');
    expect(first.get('.govuk-tag').text()).toBe('6 days overdue');
    expect(first.get('.govuk-tag').classes()).toContain('govuk-tag--red');
    expect(first.text()).toContain('EHC-26-0042');
    expect(first.text()).toContain('Agreed at Decision-Making Group by Ada Fairweather');

    await first.get('input[value="done"]').setValue(true);
    await first.get('textarea').setValue('Three settings consulted');
    await first.get('form').trigger('submit');
    await flushPromises();
    const sent = fetch.mock.calls.find(
      ([url, init]) => url === '/api/actions/a1/close' && init?.method === 'POST',
    )!;
    expect(sentJson(sent[1])).toEqual({ outcome: 'done', note: 'Three settings consulted' });
    expect(wrapper.get('[role="status"]').text()).toBe('Action marked done: Consult three settings');
    expect(wrapper.text()).toContain('1 open.');
    expect(wrapper.text()).toContain('Done (Morgan Brightwater): Three settings consulted');
  });
});
