import {
  applyMeetingEvent,
  type MeetingEvent,
  type MeetingEventPayloads,
  type MeetingEventType,
  type MeetingSnapshot,
  type QualityCriterionView,
  type SignedInUser,
  type SnapshotItem,
} from '@convene/contracts';
import type { MeetingMemberRole } from '@convene/domain';
import type { useRoomStore } from '../stores/room';

/** The framework as the demo council keeps it: 10 weight across two sections, and one criterion retired. */
export const FRAMEWORK: QualityCriterionView[] = [
  {
    id: 'c-sections',
    section: 'Statutory minimum',
    text: 'Every section of the plan is complete',
    weight: 4,
    position: 1,
    active: true,
  },
  {
    id: 'c-outcomes',
    section: 'Statutory minimum',
    text: 'Outcomes are specific and measurable',
    weight: 3,
    position: 2,
    active: true,
  },
  {
    id: 'c-retired',
    section: 'Statutory minimum',
    text: 'The plan is typed',
    weight: 5,
    position: 3,
    active: false,
  },
  {
    id: 'c-child',
    section: 'Voice of the child and family',
    text: "The child's views are in their own words",
    weight: 2,
    position: 4,
    active: true,
  },
  {
    id: 'c-family',
    section: 'Voice of the child and family',
    text: "The family's views shaped the plan",
    weight: 1,
    position: 5,
    active: true,
  },
];

export const aUser = (id: string, overrides: Partial<SignedInUser> = {}): SignedInUser => ({
  id,
  email: `${id}@fernshire.example`,
  displayName: id,
  roles: ['qa_reviewer'],
  agencyId: `agency-of-${id}`,
  agencyKind: 'send_service',
  ...overrides,
});

export function anItem(overrides: Partial<SnapshotItem> = {}): SnapshotItem {
  return {
    id: 'i1',
    position: 1,
    kind: 'dip_sample',
    status: 'in_discussion',
    caseReference: 'EHC-26-0042',
    childId: null,
    requestId: 'r1',
    panelRequest: null,
    restricted: false,
    forAnotherTeam: false,
    presenter: null,
    votingStatus: 'open',
    choices: ['outstanding', 'good', 'requires_improvement', 'inadequate'],
    voterIds: [],
    recused: [],
    yourVote: null,
    votes: null,
    tally: null,
    outcome: null,
    inquorateReason: null,
    deferredReason: null,
    withdrawnReason: null,
    quality: { yourScore: null, scores: null, disagreement: null },
    jointFunding: null,
    advice: null,
    weeklyOrders: null,
    criteria: [],
    allowanceMinutes: 20,
    votingReopenedReasons: [],
    corrections: [],
    actions: [],
    criteriaNotMetReason: null,
    ...overrides,
  };
}

/** A Quality and Compliance Group meeting in progress, seen by `userId` in the part `you`, on its first item. */
export function aQualityGroupMeeting(
  you: MeetingMemberRole,
  userId: string,
  agenda: SnapshotItem[],
): MeetingSnapshot {
  return {
    meeting: {
      id: 'm1',
      kind: 'quality',
      title: 'Quality and Compliance Group, 26 November',
      status: 'in_progress',
      startsAt: '2026-11-26T10:00:00.000Z',
      endsAt: '2026-11-26T12:00:00.000Z',
      theme: 'Preparing for adulthood',
      currentItemId: agenda[0]?.id ?? null,
      currentItemSince: '2026-11-26T10:05:00.000Z',
      sequence: 12,
      quorum: 3,
      reasonRequired: false,
      respondBy: null,
    },
    hands: [],
    you: { userId, role: you },
    members: [
      { userId: 'chair', displayName: 'Morgan Brightwater', role: 'chair', attendance: 'present' },
      { userId: 'ada', displayName: 'Ada Quill', role: 'member', attendance: 'present' },
      { userId: 'ben', displayName: 'Ben Marsh', role: 'member', attendance: 'present' },
      { userId: 'cat', displayName: 'Cat Ferris', role: 'member', attendance: 'present' },
      { userId: 'obi', displayName: 'Obi Lantern', role: 'observer', attendance: 'present' },
    ],
    present: ['chair', 'ada', 'ben', 'cat', 'obi'],
    agenda,
  };
}

/** What the server broadcasts after a command: applied by the same code the room store uses. */
export function happens<T extends MeetingEventType>(
  room: ReturnType<typeof useRoomStore>,
  type: T,
  payload: MeetingEventPayloads[T],
): void {
  const event: MeetingEvent<T> = {
    meetingId: 'm1',
    sequence: room.snapshot!.meeting.sequence + 1,
    type,
    payload,
    at: '2026-11-26T10:20:00.000Z',
    actorId: 'chair',
  };
  const result = applyMeetingEvent(room.snapshot!, event);
  if (result.kind !== 'applied') throw new Error(`event not applied: ${result.kind}`);
  room.snapshot = result.snapshot;
}
