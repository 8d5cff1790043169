import type { MeetingSnapshot } from '@convene/contracts';
import type { MeetingKind } from '@convene/domain';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { useRoomStore } from '../../stores/room';
import ChairAgendaTools from './ChairAgendaTools.vue';

/** A meeting under way with nothing on its agenda: only what the chair may add differs by panel. */
const aMeetingOf = (kind: MeetingKind) =>
  ({ meeting: { id: 'm1', kind, status: 'in_progress' }, agenda: [] }) as unknown as MeetingSnapshot;

function whatTheChairMayAdd(kind: MeetingKind): string[] {
  useRoomStore().snapshot = aMeetingOf(kind);
  const wrapper = mount(ChairAgendaTools);
  return wrapper
    .findAll('#add-case-kind option')
    .map((o) => o.text())
    .filter((label) => label !== 'Choose');
}

describe("the chair's agenda tools in an advice gateway", () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('lets the chair of any gateway add a case for triage, in that gateway’s words', () => {
    expect(whatTheChairMayAdd('health_gateway')).toEqual(['Health advice triage', 'Health funding']);
    expect(whatTheChairMayAdd('social_care_gateway')).toEqual(['Social care advice triage']);
    expect(whatTheChairMayAdd('ep_gateway')).toEqual(['Educational psychology advice triage']);
  });

  it('offers no triage in a panel that is not a gateway', () => {
    expect(whatTheChairMayAdd('quality')).toEqual([]);
  });
});
