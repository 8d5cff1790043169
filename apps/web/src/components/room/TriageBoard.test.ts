import {
  applyMeetingEvent,
  type Ack,
  type MeetingEvent,
  type MeetingEventPayloads,
  type MeetingEventType,
  type MeetingSnapshot,
  type SignedInUser,
  type TriageAssignment,
} from '@convene/contracts';
import type { MeetingMemberRole } from '@convene/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { useRoomStore } from '../../stores/room';
import { useSessionStore } from '../../stores/session';
import { fakeApi, urlOf } from '../../test-support/fake-api';
import TriageBoard from './TriageBoard.vue';
import { visibleText } from '../../test-support/visible-text';

const SALT = { id: 'a-salt', code: 'salt', name: 'Speech and language therapy' };
const OT = { id: 'a-ot', code: 'ot', name: 'Occupational therapy' };
const CAMHS = { id: 'a-camhs', code: 'camhs', name: 'CAMHS' };
const TEAMS = [SALT, OT, CAMHS];

const aMember = (id: string, agencyId: string, roles: SignedInUser['roles']): SignedInUser => ({
  id,
  email: `${id}@fernshire.example`,
  displayName: id,
  roles,
  agencyId,
  agencyKind: 'health',
});
const THE_DCO = aMember('dco', 'a-icb', ['dco', 'panel_member']);
const SALT_LEAD = aMember('salt-lead', SALT.id, ['health_team_rep']);
const CAMHS_LEAD = aMember('camhs-lead', CAMHS.id, ['health_team_rep']);

const anAssignment = (
  team: { id: string; name: string },
  overrides: Partial<TriageAssignment> = {},
): TriageAssignment => ({
  adviceRequestId: `adv-${team.id}`,
  team: { id: team.id, name: team.name },
  response: 'full_advice',
  priority: 'urgent',
  teamResponse: 'pending',
  teamResponseReason: null,
  reassignments: 0,
  dueOn: '2027-01-01',
  ...overrides,
});

function aHealthGateway(you: MeetingMemberRole, advice: TriageAssignment[] = []): MeetingSnapshot {
  return {
    meeting: {
      id: 'm1',
      kind: 'health_gateway',
      title: 'Health Gateway, 20 November',
      status: 'in_progress',
      startsAt: '2026-11-20T10:00:00.000Z',
      endsAt: '2026-11-20T12:00:00.000Z',
      theme: null,
      currentItemId: 'i1',
      currentItemSince: '2026-11-20T10:05:00.000Z',
      sequence: 7,
      quorum: 0,
      reasonRequired: false,
      respondBy: null,
    },
    hands: [],
    you: { userId: 'someone', role: you },
    members: [],
    present: [],
    agenda: [
      {
        id: 'i1',
        position: 1,
        kind: 'advice_triage',
        status: 'in_discussion',
        caseReference: 'EHC-26-0001',
        childId: 'c1',
        requestId: 'r1',
        panelRequest: null,
        restricted: false,
        forAnotherTeam: false,
        presenter: null,
        votingStatus: 'not_open',
        choices: [],
        voterIds: [],
        recused: [],
        yourVote: null,
        votes: null,
        tally: null,
        outcome: null,
        inquorateReason: null,
        deferredReason: null,
        withdrawnReason: null,
        quality: null,
        jointFunding: null,
        advice,
        weeklyOrders: null,
        criteria: [],
        allowanceMinutes: 5,
        votingReopenedReasons: [],
        corrections: [],
        actions: [],
        criteriaNotMetReason: null,
      },
    ],
  };
}

/** The board as the room shows it: for whatever item is current in the store's snapshot. */
const TheCurrentItem = defineComponent({
  setup() {
    const room = useRoomStore();
    return () => (room.currentItem ? h(TriageBoard, { item: room.currentItem }) : null);
  },
});

async function theRoom(
  you: MeetingMemberRole,
  user: SignedInUser,
  advice: TriageAssignment[] = [],
  ack: Ack = { ok: true, version: 8 },
) {
  const fetch = fakeApi({ 'GET /api/health-gateway/teams': () => ({ status: 200, body: TEAMS }) });
  const room = useRoomStore();
  room.snapshot = aHealthGateway(you, advice);
  useSessionStore().user = user;
  const send = vi.spyOn(room, 'send').mockResolvedValue(ack);
  const wrapper = mount(TheCurrentItem, { attachTo: document.body });
  await flushPromises();
  return { wrapper, room, send, fetch };
}

/** What the server broadcasts after a command: applied by the same code the room store uses. */
function happens<T extends MeetingEventType>(
  room: ReturnType<typeof useRoomStore>,
  type: T,
  payload: MeetingEventPayloads[T],
): void {
  const event: MeetingEvent<T> = {
    meetingId: 'm1',
    sequence: room.snapshot!.meeting.sequence + 1,
    type,
    payload,
    at: '2026-11-20T10:10:00.000Z',
    actorId: 'dco',
  };
  const result = applyMeetingEvent(room.snapshot!, event);
  if (result.kind !== 'applied') throw new Error(`event not applied: ${result.kind}`);
  room.snapshot = result.snapshot;
}

const answers = (wrapper: Awaited<ReturnType<typeof theRoom>>['wrapper']) =>
  wrapper.findAll('tbody tr').map((row) => [row.find('th').text(), ...row.findAll('td').map(visibleText)]);

describe('the live triage of a request for health advice', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lets the chair send the request to several teams, with what to ask for and its priority', async () => {
    const { wrapper, send } = await theRoom('chair', THE_DCO);
    const legends = wrapper.findAll('legend').map((l) => l.text());
    expect(legends).toEqual([
      'Which teams should give advice for EHC-26-0001?',
      'What to ask the teams for',
      'Priority',
    ]);
    expect(
      wrapper
        .findAll('input[type="checkbox"]')
        .map((c) => wrapper.find(`label[for="${c.attributes('id')}"]`).text()),
    ).toEqual(TEAMS.map((t) => t.name));
    await wrapper.find('input[value="a-salt"]').setValue(true);
    await wrapper.find('input[value="a-camhs"]').setValue(true);
    await wrapper.find('input[value="triage_note"]').setValue(true);
    await wrapper.find('input[value="urgent"]').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('advice.triage', {
      itemId: 'i1',
      teamIds: ['a-salt', 'a-camhs'],
      response: 'triage_note',
      priority: 'urgent',
    });
  });

  it('asks the chair for what is missing before sending anything, in an error summary that takes focus', async () => {
    const { wrapper, send } = await theRoom('chair', THE_DCO);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const summary = wrapper.find('.govuk-error-summary');
    expect(document.activeElement).toBe(summary.element);
    expect(summary.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Select at least one team', '#triage-teams'],
      ['Select whether the team gives a full advice or a short triage note', '#triage-response'],
      ['Select the priority', '#triage-priority'],
    ]);
    await summary.find('a').trigger('click');
    expect(document.activeElement).toBe(wrapper.find('#triage-teams').element);
    expect(send).not.toHaveBeenCalled();
  });

  it("shows the room's refusal against the field it names", async () => {
    const refusal: Ack = {
      ok: false,
      code: 'validation_failed',
      message: 'Some fields are not valid',
      fields: [{ field: 'teamIds', messages: ['CAMHS is not a health team'] }],
    };
    const { wrapper } = await theRoom('chair', THE_DCO, [], refusal);
    await wrapper.find('input[value="a-camhs"]').setValue(true);
    await wrapper.find('input[value="full_advice"]').setValue(true);
    await wrapper.find('input[value="routine"]').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-message').text()).toBe('Error: CAMHS is not a health team');
    expect(wrapper.find('fieldset').attributes('aria-describedby')).toContain('triage-teams-error');
  });

  it('shows every member the teams, what they were asked for and when it is due, as soon as the chair triages', async () => {
    const { wrapper, room } = await theRoom('member', aMember('ep', 'a-ep', ['panel_member']));
    expect(wrapper.text()).toContain('Not triaged yet');
    expect(wrapper.find('form').exists()).toBe(false);
    happens(room, 'advice.triaged', {
      itemId: 'i1',
      assignments: [
        anAssignment(SALT),
        anAssignment(CAMHS, { response: 'triage_note', priority: 'routine' }),
      ],
    });
    await flushPromises();
    expect(wrapper.find('caption').text()).toBe('Teams asked for advice for EHC-26-0001');
    expect(answers(wrapper)).toEqual([
      ['Speech and language therapy', 'Full advice', 'Urgent', '1 January 2027', 'Awaiting the team'],
      ['CAMHS', 'Short triage note', 'Routine', '1 January 2027', 'Awaiting the team'],
    ]);
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it("lets a team's representative accept the advice for their own team, and only theirs", async () => {
    const { wrapper, send } = await theRoom('member', SALT_LEAD, [anAssignment(SALT), anAssignment(CAMHS)]);
    expect(wrapper.findAll('form')).toHaveLength(1);
    expect(wrapper.find('form h4').text()).toBe('Your team: Speech and language therapy');
    expect(wrapper.find('form').text()).toContain('Asked for: full advice, urgent, due 1 January 2027.');
    await wrapper.find('form button[type="button"]').trigger('click');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('advice.respond', {
      itemId: 'i1',
      adviceRequestId: 'adv-a-salt',
      accept: true,
    });
  });

  it('asks a team pushing the advice back for its reason, then shows everyone the answer live', async () => {
    const { wrapper, send, room } = await theRoom('member', CAMHS_LEAD, [
      anAssignment(SALT),
      anAssignment(CAMHS),
    ]);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(send).not.toHaveBeenCalled();
    expect(wrapper.find('.govuk-error-summary a').text()).toBe(
      'Enter why your team is pushing the request back',
    );
    expect(document.activeElement).toBe(wrapper.find('.govuk-error-summary').element);

    await wrapper
      .find('textarea')
      .setValue('No mental health needs are described; this is for the paediatricians.');
    (wrapper.find('textarea').element as HTMLTextAreaElement).focus();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('advice.respond', {
      itemId: 'i1',
      adviceRequestId: 'adv-a-camhs',
      accept: false,
      reason: 'No mental health needs are described; this is for the paediatricians.',
    });

    happens(room, 'advice.responded', {
      itemId: 'i1',
      adviceRequestId: 'adv-a-camhs',
      teamResponse: 'pushed_back',
      reason: 'No mental health needs are described; this is for the paediatricians.',
    });
    await flushPromises();
    expect(answers(wrapper)[1]).toEqual([
      'CAMHS',
      'Full advice',
      'Urgent',
      '1 January 2027',
      'Pushed back No mental health needs are described; this is for the paediatricians.',
    ]);
    expect(wrapper.find('form').exists()).toBe(false);
    // The answered form is gone: focus is not lost to the page.
    expect(document.activeElement).toBe(wrapper.find('#triage-heading').element);
  });

  it('lets the chair move an advice to another team with the reason, and shows the move', async () => {
    const pushedBack = anAssignment(CAMHS, { teamResponse: 'pushed_back', teamResponseReason: 'Not ours.' });
    const { wrapper, send, room } = await theRoom('chair', THE_DCO, [
      anAssignment(SALT, { teamResponse: 'accepted' }),
      pushedBack,
    ]);
    expect(wrapper.find('summary').text()).toBe('Move to another team');
    // The pushed-back advice is the one chosen to move; teams that already have the child's advice are not offered.
    expect((wrapper.find('#reassign-advice').element as HTMLSelectElement).value).toBe('adv-a-camhs');
    expect(wrapper.findAll('#reassign-team option:not([disabled])').map((o) => o.text())).toEqual([
      'Occupational therapy',
    ]);
    await wrapper.find('#reassign-team').setValue('a-ot');
    await wrapper.find('#reassign-reason').setValue('Fine motor needs: occupational therapy.');
    await wrapper.find('details form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('advice.reassign', {
      itemId: 'i1',
      adviceRequestId: 'adv-a-camhs',
      teamId: 'a-ot',
      reason: 'Fine motor needs: occupational therapy.',
    });

    happens(room, 'advice.reassigned', {
      itemId: 'i1',
      assignment: anAssignment(OT, { adviceRequestId: 'adv-a-camhs', reassignments: 1 }),
      reason: 'Fine motor needs: occupational therapy.',
    });
    await flushPromises();
    expect(answers(wrapper)[1]).toEqual([
      'Occupational therapy Moved once',
      'Full advice',
      'Urgent',
      '1 January 2027',
      'Awaiting the team',
    ]);
  });

  it('offers no triage, answers or moves once the meeting has ended', async () => {
    const { wrapper, room } = await theRoom('chair', THE_DCO, [anAssignment(SALT)]);
    room.snapshot = { ...room.snapshot!, meeting: { ...room.snapshot!.meeting, status: 'ended' } };
    await flushPromises();
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.find('details').exists()).toBe(false);
  });
});

describe('the live triage in a Social Care Gateway', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  const DCT = { id: 'a-dct', code: 'dct', name: 'Disabled Children’s Team' };
  const CIN = { id: 'a-cin', code: 'cin', name: 'Children in Need, North' };

  async function aSocialCareRoom(
    you: MeetingMemberRole,
    user: SignedInUser,
    advice: TriageAssignment[] = [],
  ) {
    const fetch = fakeApi({
      'GET /api/social-care-gateway/teams': () => ({ status: 200, body: [DCT, CIN] }),
    });
    const room = useRoomStore();
    const snapshot = aHealthGateway(you, advice);
    room.snapshot = { ...snapshot, meeting: { ...snapshot.meeting, kind: 'social_care_gateway' } };
    useSessionStore().user = user;
    const send = vi.spyOn(room, 'send').mockResolvedValue({ ok: true, version: 8 });
    const wrapper = mount(TheCurrentItem, { attachTo: document.body });
    await flushPromises();
    return { wrapper, send, fetch };
  }

  it("offers the chair the social care teams to triage to, from the social care gateway's list", async () => {
    const dsco = { ...aMember('dsco', 'a-sc', ['dsco', 'panel_member']), agencyKind: 'social_care' as const };
    const { wrapper, fetch } = await aSocialCareRoom('chair', dsco);
    expect(fetch.mock.calls.map(([url]) => urlOf(url))).toEqual(['/api/social-care-gateway/teams']);
    expect(
      wrapper
        .findAll('input[type="checkbox"]')
        .map((c) => wrapper.find(`label[for="${c.attributes('id')}"]`).text()),
    ).toEqual([DCT.name, CIN.name]);
  });

  it('says in social care words when the social care teams cannot be loaded', async () => {
    fakeApi({});
    const room = useRoomStore();
    const snapshot = aHealthGateway('chair');
    room.snapshot = { ...snapshot, meeting: { ...snapshot.meeting, kind: 'social_care_gateway' } };
    useSessionStore().user = aMember('dsco', 'a-sc', ['dsco']);
    const wrapper = mount(TheCurrentItem, { attachTo: document.body });
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary__title').text()).toBe(
      'The social care teams could not be loaded',
    );
  });

  it("lets a social care team's representative answer for their own team only", async () => {
    const lead = {
      ...aMember('dct-lead', DCT.id, ['social_care_team_rep']),
      agencyKind: 'social_care' as const,
    };
    const { wrapper, send } = await aSocialCareRoom('member', lead, [anAssignment(DCT), anAssignment(CIN)]);
    expect(wrapper.findAll('form')).toHaveLength(1);
    expect(wrapper.find('form h4').text()).toBe('Your team: Disabled Children’s Team');
    await wrapper.find('form button[type="button"]').trigger('click');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('advice.respond', {
      itemId: 'i1',
      adviceRequestId: 'adv-a-dct',
      accept: true,
    });
  });
});
