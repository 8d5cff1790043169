import type { MeetingSnapshot, SignedInUser, SnapshotItem } from '@convene/contracts';
import type { MeetingKind, Role } from '@convene/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { useSessionStore } from '../../stores/session';
import { fakeApi } from '../../test-support/fake-api';
import ItemPane from './ItemPane.vue';

const DCT = { id: 'a-dct', name: 'Disabled Children’s Team' };

/** A gateway sitting on one triage item, its advice with the Disabled Children's Team. */
const aGatewayOf = (kind: MeetingKind) =>
  ({
    meeting: { id: 'm1', kind, status: 'in_progress', currentItemId: 'i1' },
    you: { userId: 'u1', role: 'member' },
    members: [],
    present: [],
    hands: [],
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
        criteria: [],
        actions: [],
        weeklyOrders: null,
        advice: [{ adviceRequestId: 'adv1', team: DCT }],
      } as unknown as SnapshotItem,
    ],
  }) as unknown as MeetingSnapshot;

async function theItemPaneFor(kind: MeetingKind, roles: Role[]) {
  fakeApi({});
  useRoomStore().snapshot = aGatewayOf(kind);
  useSessionStore().user = { id: 'u1', roles, agencyId: DCT.id } as unknown as SignedInUser;
  const wrapper = mount(ItemPane, { global: { stubs: { RouterLink: { template: '<a><slot /></a>' } } } });
  await flushPromises();
  return wrapper;
}
const opensTheCase = (wrapper: Awaited<ReturnType<typeof theItemPaneFor>>) =>
  wrapper.text().includes('Open the case and its evidence');

describe('the case behind a gateway item, for a team representative', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => vi.unstubAllGlobals());

  it("opens for a social care team's representative once the advice is with their team", async () => {
    expect(opensTheCase(await theItemPaneFor('social_care_gateway', ['social_care_team_rep']))).toBe(true);
  });

  it("stays closed to a team representative of another agency's gateway", async () => {
    expect(opensTheCase(await theItemPaneFor('social_care_gateway', ['health_team_rep']))).toBe(false);
    expect(opensTheCase(await theItemPaneFor('health_gateway', ['social_care_team_rep']))).toBe(false);
  });

  it('opens for the DSCO, as for the DCO', async () => {
    expect(opensTheCase(await theItemPaneFor('social_care_gateway', ['dsco']))).toBe(true);
  });
});
