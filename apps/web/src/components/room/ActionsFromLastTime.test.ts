import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../test-support/fake-api';
import { anAction } from '../../test-support/an-action';
import ActionsFromLastTime from './ActionsFromLastTime.vue';

const open = anAction({
  what: 'EP to see the child before the next panel',
  origin: { ...anAction().origin, meetingId: 'm0' },
});

describe('actions from last time in the room', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists what the previous meeting agreed, open ones counted, and the chair closes one from there', async () => {
    fakeApi({
      'GET /api/meetings/m1/actions-from-last-time': () => ({
        status: 200,
        body: {
          previousMeeting: { id: 'm0', title: 'Decision-Making Group', startsAt: '2026-11-25T09:30:00.000Z' },
          items: [open],
          openCount: 1,
        },
      }),
      'POST /api/actions/a1/close': () => ({
        status: 200,
        body: {
          ...open,
          status: 'done',
          standing: 'closed',
          dueInWords: null,
          closingNote: 'Seen on 2 December',
          closedBy: { id: 'u2', displayName: 'Morgan Brightwater' },
        },
      }),
    });
    const wrapper = mount(ActionsFromLastTime, {
      props: { meetingId: 'm1' },
      global: { stubs: { RouterLink: RouterLinkStub } },
      attachTo: document.body,
    });
    await flushPromises();
    expect(wrapper.get('summary').text()).toBe('Actions from last time (1 open)');
    expect(wrapper.text()).toContain('Agreed at Decision-Making Group on 25 November 2026.');
    expect(wrapper.text()).toContain('6 days overdue');

    await wrapper.get('input[value="done"]').setValue(true);
    await wrapper.get('textarea').setValue('Seen on 2 December');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('summary').text()).toBe('Actions from last time (0 open)');
    expect(wrapper.text()).toContain('Done (Morgan Brightwater): Seen on 2 December');
  });

  it('says so at the group’s first meeting', async () => {
    fakeApi({
      'GET /api/meetings/m1/actions-from-last-time': () => ({
        status: 200,
        body: { previousMeeting: null, items: [], openCount: 0 },
      }),
    });
    const wrapper = mount(ActionsFromLastTime, { props: { meetingId: 'm1' } });
    await flushPromises();
    expect(wrapper.text()).toContain('This is the group’s first meeting');
  });
});
