import type { MeetingSnapshot } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, sentJson, signedInAs, urlOf } from '../../test-support/fake-api';
import { anItem, aQualityGroupMeeting } from '../../test-support/quality-room';

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** A decision to assess put to a Decision-Making Group in writing, as `userId` sees it. */
function procedure(
  you: 'chair' | 'member',
  userId: string,
  item = {},
  respondBy = inMinutes(3 * 24 * 60 + 5),
) {
  const snapshot = aQualityGroupMeeting(you, userId, [
    anItem({
      kind: 'decision_to_assess',
      status: 'pending',
      caseReference: 'EHC-26-0142',
      choices: ['agree', 'refuse', 'defer'],
      quality: null,
      allowanceMinutes: 10,
      ...item,
    }),
  ]);
  return {
    ...snapshot,
    meeting: {
      ...snapshot.meeting,
      kind: 'dmg',
      title: 'Agree to assess EHC-26-0142 before the next panel?',
      reasonRequired: true,
      respondBy,
    },
  } as MeetingSnapshot;
}

async function pageAs(userId: string, roles: string[], routes: Parameters<typeof fakeApi>[0]) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, id: userId, roles }),
    ...routes,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/written/m1');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await vi.waitFor(() => expect(wrapper.find('h1').text()).toContain('Agree to assess'));
  await flushPromises();
  return { wrapper, fetch };
}

describe('a decision in writing, from its own page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lets a member vote with a reason before the deadline, saying the time left in words, and keeps their vote to them', async () => {
    let snapshot = procedure('member', 'ada');
    const { wrapper, fetch } = await pageAs('ada', ['panel_member'], {
      'GET /api/meetings/m1': () => ({ status: 200, body: snapshot }),
      'POST /api/written-procedures/m1/votes': () => {
        snapshot = procedure('member', 'ada', {
          voterIds: ['ada'],
          yourVote: { choice: 'agree', reason: 'Needs beyond SEN support' },
        });
        return { status: 200, body: { version: 5 } };
      },
    });
    expect(wrapper.get('[data-test="respond-by"]').text()).toContain('3 days left');
    expect(wrapper.get('[data-test="responses"]').text()).toBe('0 of 3 members have voted');

    // A reason is required at a Decision-Making Group, as in the room.
    await wrapper.get('input[value="agree"]').setValue(true);
    await wrapper.get('form.app-vote-in-writing').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#written-reason-error').text()).toContain('Give the reason for your vote');

    await wrapper.get('#written-reason').setValue('Needs beyond SEN support');
    await wrapper.get('form.app-vote-in-writing').trigger('submit');
    await flushPromises();
    const [, init] = fetch.mock.calls.find(([url]) => urlOf(url).endsWith('/votes'))!;
    expect(sentJson(init)).toMatchObject({
      itemId: 'i1',
      choice: 'agree',
      reason: 'Needs beyond SEN support',
      idempotencyKey: expect.any(String),
    });
    expect(wrapper.get('[data-test="said"]').text()).toContain('Your vote was sent');
    expect(wrapper.get('[data-test="your-vote"]').text()).toContain(
      'You voted Agree. No one else sees your vote until the chair reveals the votes.Your reason: “Needs beyond SEN support”',
    );
    expect(wrapper.get('[data-test="responses"]').text()).toBe('1 of 3 members have voted');
    expect(wrapper.get('button[type="submit"]').text()).toBe('Change my vote');
  });

  it('takes no vote once the deadline has passed', async () => {
    const { wrapper } = await pageAs('ada', ['panel_member'], {
      'GET /api/meetings/m1': () => ({ status: 200, body: procedure('member', 'ada', {}, inMinutes(-5)) }),
    });
    expect(wrapper.get('[data-test="respond-by"]').text()).toContain('the deadline has passed');
    expect(wrapper.text()).toContain('The deadline has passed: no more votes are taken.');
    expect(wrapper.find('form.app-vote-in-writing').exists()).toBe(false);
  });

  it('lets the chair reveal an inquorate vote only with a reason, then record the decision as in the room', async () => {
    let snapshot = procedure('chair', 'chair', { voterIds: ['ada', 'ben'] }, inMinutes(-5));
    const { wrapper, fetch } = await pageAs('chair', ['chair'], {
      'GET /api/meetings/m1': () => ({ status: 200, body: snapshot }),
      'POST /api/written-procedures/m1/reveal': (init) => {
        if (!sentJson(init).inquorateReason)
          return {
            status: 409,
            body: {
              statusCode: 409,
              code: 'inquorate',
              message: 'The vote is not quorate: 2 voting members responded and not recused, 3 needed.',
              fields: [{ field: 'inquorateReason', messages: ['required to close an inquorate vote'] }],
            },
          };
        snapshot = procedure(
          'chair',
          'chair',
          {
            voterIds: ['ada', 'ben'],
            votingStatus: 'revealed',
            inquorateReason: 'Two responses by the deadline',
            votes: [
              { voterId: 'ada', choice: 'agree', reason: 'Needs beyond SEN support', proxyCastBy: null },
              {
                voterId: 'ben',
                choice: 'agree',
                reason: 'The school has done all it can',
                proxyCastBy: null,
              },
            ],
            tally: { agree: 2 },
          },
          inMinutes(-5),
        );
        return { status: 200, body: { version: 7 } };
      },
      'POST /api/written-procedures/m1/outcome': () => {
        snapshot = procedure(
          'chair',
          'chair',
          {
            voterIds: ['ada', 'ben'],
            votingStatus: 'revealed',
            status: 'decided',
            outcome: { outcome: 'refuse', reasons: 'Needs beyond SEN support', conditions: null },
            votes: [],
          },
          inMinutes(-5),
        );
        return { status: 200, body: { version: 9 } };
      },
    });
    expect(wrapper.text()).toContain('The deadline has passed: you may reveal the votes.');
    await wrapper.get('form.app-reveal-in-writing').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#written-inquorate-reason-error').text()).toContain(
      'required to close an inquorate vote',
    );
    await wrapper.get('#written-inquorate-reason').setValue('Two responses by the deadline');
    await wrapper.get('form.app-reveal-in-writing').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="decision"]').text()).toContain('Ben Marsh');
    expect(wrapper.get('[data-test="decision"]').text()).toContain('The school has done all it can');
    expect(wrapper.text()).toContain('Recorded as inquorate: Two responses by the deadline');

    await wrapper.get('#outcome').setValue('refuse');
    await wrapper.get('#outcome-reasons').setValue('Needs beyond SEN support');
    await wrapper.get('form.app-record-decision').trigger('submit');
    await flushPromises();
    const [, init] = fetch.mock.calls.find(([url]) => urlOf(url).endsWith('/outcome'))!;
    expect(sentJson(init)).toMatchObject({
      itemId: 'i1',
      outcome: 'refuse',
      reasons: 'Needs beyond SEN support',
    });
    expect(wrapper.get('[data-test="decision"]').text()).toContain('Refuse');
  });
});
