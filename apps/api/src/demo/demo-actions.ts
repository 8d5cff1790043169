import { addDays, dayInEngland, SeededRandom } from '@convene/domain';
import { demoId } from './demo-id.js';
import type { ActionRow, AgencyRow, AgendaItemRow, DemoCouncil } from './demo-rows.js';

const ACTIONS_SEED = 0x41435453; // "ACTS"

/** What a Decision-Making Group typically agrees after each kind of decision, who owns it and how long it has. */
const AGREED_AFTER: Readonly<
  Record<
    string,
    { what: string; owner: 'family_link_officer' | 'ep'; days: number; share: number; doneNote: string }
  >
> = {
  'decision_to_assess:defer': {
    what: 'Ask the setting for two more cycles of assess, plan, do, review, then bring the case back to panel',
    owner: 'family_link_officer',
    days: 42,
    share: 1,
    doneNote: 'The setting sent both reviews; the case is on the next panel’s agenda.',
  },
  'decision_to_assess:agree': {
    what: 'Book the educational psychologist’s visit to see the child in their setting',
    owner: 'ep',
    days: 21,
    share: 0.3,
    doneNote: 'Visit held at the setting; the psychologist’s notes are on file.',
  },
  'decision_to_assess:refuse': {
    what: 'Offer the family a meeting to explain the decision and the support available without a plan',
    owner: 'family_link_officer',
    days: 10,
    share: 0.5,
    doneNote: 'Met the family with the SENCo; they have the letter and the local offer.',
  },
  'decision_to_issue:defer': {
    what: 'Get the missing health advice before the draft plan comes back to panel',
    owner: 'family_link_officer',
    days: 28,
    share: 1,
    doneNote: 'The health advice arrived and is with the case.',
  },
};

/**
 * The actions Fernshire's panels agreed at their past sittings: open ones, some overdue, and most of those due
 * before today done with a note. Drawn from a generator of their own, so they change nothing else in the council.
 */
export function generateActions(
  council: Pick<DemoCouncil, 'agendaItems' | 'meetings' | 'meetingMembers' | 'requests' | 'children'>,
  agencies: readonly AgencyRow[],
  today: string,
  seed: number,
): ActionRow[] {
  const random = new SeededRandom(seed ^ ACTIONS_SEED);
  const meetingDay = new Map(council.meetings.map((m) => [m.id, dayInEngland(m.startsAt)]));
  const chairOf = new Map(
    council.meetingMembers.filter((m) => m.role === 'chair').map((m) => [m.meetingId, m.userId]),
  );
  const childOf = new Map(council.requests.map((r) => [r.id, r.childId]));
  const officerOf = new Map(council.children.map((c) => [c.id, c.familyLinkOfficerId]));
  const ep = agencies.find((a) => a.code === 'ep')!;
  const actions: ActionRow[] = [];
  for (const item of council.agendaItems) {
    const agreed = agreedAfter(item);
    const day = meetingDay.get(item.meetingId);
    const childId = item.requestId ? childOf.get(item.requestId) : undefined;
    const chair = chairOf.get(item.meetingId);
    if (!agreed || !day || !childId || !chair || !random.chance(agreed.share)) continue;
    const officer = officerOf.get(childId)!;
    const dueOn = addDays(day, agreed.days);
    const done = dueOn < today && random.chance(0.7);
    const closedOn = addDays(dueOn, -random.integer(0, Math.min(agreed.days - 1, 7)));
    actions.push({
      id: demoId(random),
      what: agreed.what,
      ownerUserId: agreed.owner === 'family_link_officer' ? officer : null,
      ownerAgencyId: agreed.owner === 'ep' ? ep.id : null,
      dueOn,
      status: done ? 'done' : 'open',
      origin: 'meeting_item',
      childId,
      meetingId: item.meetingId,
      agendaItemId: item.id,
      createdById: chair,
      closingNote: done ? agreed.doneNote : null,
      closedById: done ? officer : null,
      closedAt: done ? new Date(`${closedOn}T15:00:00Z`) : null,
    });
  }
  return actions;
}

function agreedAfter(item: AgendaItemRow) {
  return item.status === 'decided' && item.outcome ? AGREED_AFTER[`${item.kind}:${item.outcome}`] : undefined;
}
