import type { Ack, JoinAck } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../test-support/fake-api';
import { aQualityGroupMeeting, anItem } from '../../test-support/quality-room';
import { aScriptedSocket, type ScriptedRoomServer } from '../../test-support/scripted-meeting-socket';
import { visibleText } from '../../test-support/visible-text';
import MeetingRoomPage from './MeetingRoomPage.vue';

/** The room's server as the test scripts it: joins get the snapshot (after any refusals queued), commands `command`. */
interface RoomServer extends ScriptedRoomServer {
  command: Ack;
  joinRefusals: JoinAck[];
  joins: number;
}
const server = vi.hoisted((): RoomServer => ({
  command: { ok: true, version: 1 },
  joinRefusals: [],
  joins: 0,
  handlers: new Map(),
  connects: 0,
  answer(name) {
    if (name !== 'meeting.join') return this.command;
    this.joins++;
    return (
      this.joinRefusals.shift() ?? { ok: true, snapshot: aQualityGroupMeeting('member', 'ada', [anItem()]) }
    );
  },
}));
vi.mock('../../api/meeting-socket', () => ({ connectMeetingSocket: () => aScriptedSocket(server) }));

async function theRoom() {
  fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, id: 'ada', roles: ['qa_reviewer'] }),
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/meetings/m1');
  await router.isReady();
  const wrapper = mount(MeetingRoomPage, { global: { plugins: [router] }, attachTo: document.body });
  await vi.waitFor(() => expect(server.handlers.has('connect')).toBe(true));
  return wrapper;
}

const arrive = async () => {
  server.handlers.get('connect')!();
  await flushPromises();
};

/** When the room turns a person away, they read why, where they are. */
describe('a refusal in the live room', () => {
  beforeEach(() => {
    server.handlers.clear();
    server.connects = 0;
    server.joins = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  async function raiseMyHandAnswered(answer: Ack): Promise<string> {
    server.command = answer;
    const wrapper = await theRoom();
    await arrive();
    await wrapper.get('#my-hand').trigger('click');
    await flushPromises();
    return visibleText(wrapper.get('.app-room__problem .govuk-error-summary__body'));
  }

  it('asks a member who sends faster than the room takes commands to wait a second', async () => {
    expect(
      await raiseMyHandAnswered({
        ok: false,
        code: 'rate_limited',
        message: 'Too many commands at once: slow down.',
      }),
    ).toBe("You're sending too quickly. Wait 1 second and try again.");
  });

  it('asks for a reload when a command was already sent differently', async () => {
    expect(
      await raiseMyHandAnswered({
        ok: false,
        code: 'idempotency_key_reused',
        message: 'This idempotency key was already used for a different command.',
      }),
    ).toBe('That was already sent differently, so nothing was done. Reload the page.');
  });

  it('says a connection turned away for connecting too often is tried again after the wait, and only then', async () => {
    const wrapper = await theRoom();
    await arrive();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const refused = Object.assign(new Error('rate_limited'), {
      data: {
        code: 'rate_limited',
        message: 'You have 10 live connections open already: close a tab or another device first.',
        retryAfterMs: 30_000,
      },
    });
    server.handlers.get('connect_error')!(refused);
    await flushPromises();
    expect(visibleText(wrapper.get('[data-test="refused"]'))).toBe(
      'Not connected Too many connections: Convene will try again in 30 seconds. You have 10 live connections open already: close a tab or another device first.',
    );
    vi.advanceTimersByTime(29_999);
    expect(server.connects).toBe(0);
    vi.advanceTimersByTime(1);
    expect(server.connects).toBe(1);
    await arrive();
    expect(wrapper.find('[data-test="refused"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="reconnecting"]').exists()).toBe(false);
  });

  it('says so when the first connection is turned away, before the room was ever joined', async () => {
    const wrapper = await theRoom();
    server.handlers.get('connect_error')!(
      Object.assign(new Error('rate_limited'), {
        data: {
          code: 'rate_limited',
          message: 'Too many new connections in the last minute: wait a moment.',
          retryAfterMs: 4_200,
        },
      }),
    );
    await flushPromises();
    expect(visibleText(wrapper.get('[data-test="refused"]'))).toContain(
      'Convene will try again in 5 seconds.',
    );
  });

  it('joins again a second later, without troubling the person, when joining was refused for speed', async () => {
    server.joinRefusals = [
      { ok: false, code: 'rate_limited', message: 'Too many commands at once: slow down.' },
    ];
    const wrapper = await theRoom();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await arrive();
    expect(wrapper.text()).toContain('Joining the meeting…');
    expect(wrapper.find('.app-room__problem').exists()).toBe(false);
    vi.advanceTimersByTime(999);
    expect(server.joins).toBe(1);
    vi.advanceTimersByTime(1);
    await flushPromises();
    expect(server.joins).toBe(2);
    expect(wrapper.text()).toContain('Quality and Compliance Group, 26 November');
  });
});
