import type { TriageAssignment } from './health-gateway.js';
import type { NotificationNew, NotificationsRead } from './notifications.js';
import type { PanelRequestDetails } from './panel-requests.js';
import type { WrittenDecisionForNoting } from './written-procedures.js';
import type { ItemQuality, JointFundingView, RevealedScore } from './quality.js';
import type { WeeklyOrderReasonView } from './weekly-orders.js';
import type {
  AgendaItemKind,
  AgendaItemStatus,
  MeetingKind,
  MeetingMemberRole,
  MeetingStatus,
} from '@convene/domain';

/**
 * The live meeting protocol, shared by the API and every client (the web app, a council's tools,
 * a Teams bot). Documented for integrators in docs/socket-protocol.md; keep the two in step.
 */
export const MEETINGS_NAMESPACE = '/meetings';

/**
 * The server pings every connection this often (engine.io's heartbeat; socket.io clients answer by themselves), so a
 * laptop that drops off the network leaves the room's presence within HEARTBEAT_INTERVAL_MS + HEARTBEAT_TIMEOUT_MS,
 * and a proxy between client and server must allow idle connections longer than the interval.
 */
export const HEARTBEAT_INTERVAL_MS = 10_000;
/** How long after a ping the server waits for the answer before it closes the connection. */
export const HEARTBEAT_TIMEOUT_MS = 10_000;

export const ATTENDANCE = ['expected', 'present', 'apologies', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const VOTING_STATUSES = ['not_open', 'open', 'closed', 'revealed'] as const;
export type VotingStatus = (typeof VOTING_STATUSES)[number];

// ---------------------------------------------------------------- commands (client → server)

/** Every command names its meeting and carries a key the client chooses: a retry never acts twice. */
export interface CommandBase {
  meetingId: string;
  /** 8–64 characters, unique per user; a UUID is a good choice. */
  idempotencyKey: string;
}

export interface StartMeeting extends CommandBase {
  /** Required to start on another day than the one scheduled (else `confirmation_required`); kept in the minutes. */
  confirmOtherDay?: boolean;
}
/** Marks yourself present. The server does this for you when you join a meeting in progress. */
export type ArriveAtMeeting = CommandBase;
export interface EndMeeting extends CommandBase {
  /** Required to end with items not yet dealt with (else `confirmation_required`); their number is kept in the minutes. */
  confirmItemsNotReached?: boolean;
}
export interface MarkAttendance extends CommandBase {
  userId: string;
  attendance: Attendance;
}
export interface ReorderAgenda extends CommandBase {
  /** Every item of the agenda, in the new order. */
  itemIds: string[];
}
/**
 * The chair puts a case on the agenda, by its case reference, for the decision it awaits. A Decision-Making
 * Group takes the first five kinds; a Health Gateway a request for health advice awaiting triage, or health
 * funding assurance for a child with a plan.
 */
export interface AddAgendaItem extends CommandBase {
  caseReference: string;
  /** What the panel is to decide: the case must be awaiting it (a request at that stage, or a panel request of that kind). */
  kind:
    | 'decision_to_assess'
    | 'decision_to_issue'
    | 'placement_change'
    | 'funding'
    | 'personal_budget'
    | 'advice_triage'
    | 'health_funding'
    | 'joint_funding';
}
/** The chair takes an item off the agenda before any vote on it; it stays in the record as withdrawn. */
export interface WithdrawAgendaItem extends CommandBase {
  itemId: string;
  reason: string;
}
export interface AdvanceAgenda extends CommandBase {
  itemId: string;
}
export interface DeclareInterest extends CommandBase {
  itemId: string;
  reason: string;
}
export interface OpenVoting extends CommandBase {
  itemId: string;
}
export interface CastVote extends CommandBase {
  itemId: string;
  choice: string;
  reason?: string;
  /** The chair casting for an absent member: recorded as a proxy vote. */
  onBehalfOf?: string;
}
export interface CloseVoting extends CommandBase {
  itemId: string;
  /** Required to close a vote that is not quorate: the item is recorded as inquorate. */
  inquorateReason?: string;
}
export interface RevealVotes extends CommandBase {
  itemId: string;
}
/**
 * The chair opens voting again on an item whose vote was closed (or revealed) before its decision is recorded:
 * votes already cast stand and may be changed; new choices are hidden again until the next reveal.
 */
export interface ReopenVoting extends CommandBase {
  itemId: string;
  reason: string;
}
/** A member asks to speak: they join the end of the queue of raised hands. */
export type RaiseHand = CommandBase;
/** A member lowers their own hand; the chair lowers anyone's (`userId`) once they have spoken. */
export interface LowerHand extends CommandBase {
  userId?: string;
}
/**
 * The chair or a member agrees an action on an item: what is to be done, by whom (one person, `ownerUserId`, or a
 * team, `ownerTeamId`) and by when (`dueOn`, today or later). It goes on the item, in the minutes, on the owner's
 * list of actions and, for an item about a case, on the case.
 */
export interface AddAction extends CommandBase {
  itemId: string;
  what: string;
  ownerUserId?: string;
  ownerTeamId?: string;
  dueOn: string;
}
/** The chair sets how many minutes the panel gives an item (1 to 120); each kind of item has a default. */
export interface SetItemAllowance extends CommandBase {
  itemId: string;
  minutes: number;
}
export interface RecordOutcome extends CommandBase {
  itemId: string;
  outcome: string;
  reasons: string;
  conditions?: string;
  /**
   * Required (else `confirmation_required`) to record an outcome that finds the thresholds met (agree, issue) while
   * a threshold criterion is not marked met: why the panel decides so all the same. Kept with the decision.
   */
  criteriaNotMetReason?: string;
}
/**
 * The chair corrects the written reasons (and conditions) of a recorded decision, with why: the correction is kept
 * beside the decision as recorded, never in its place. The outcome itself is not corrected this way.
 */
export interface CorrectOutcome extends CommandBase {
  itemId: string;
  reasons: string;
  conditions?: string;
  correctionReason: string;
}
export interface MarkCriterion extends CommandBase {
  itemId: string;
  criterionId: string;
  /** Whether the panel finds the threshold criterion met for this case. */
  met: boolean;
}
/** Health Gateway: the DCO sends a child's request for health advice to one or more teams. */
export interface TriageAdvice extends CommandBase {
  itemId: string;
  /** Health teams (agencies of kind `health`), 1 to 7. */
  teamIds: string[];
  response: 'full_advice' | 'triage_note';
  priority: 'routine' | 'urgent';
}
/** Health Gateway: a team's representative takes the advice, or pushes it back with the reason. */
export interface RespondToTriage extends CommandBase {
  itemId: string;
  adviceRequestId: string;
  accept: boolean;
  /** Required to push back. */
  reason?: string;
}
/** Health Gateway: the DCO moves an advice to another team (counts against "right team first time"). */
export interface ReassignAdvice extends CommandBase {
  itemId: string;
  adviceRequestId: string;
  teamId: string;
  reason: string;
}
/**
 * Quality and Compliance Group: a reviewer's private score of a sampled plan, while scoring is open: the
 * framework criteria ticked as met (the grade follows from their weights), or a different grade with the
 * reason. Counted like a vote: others learn only that you scored, until the chair reveals.
 */
export interface SubmitScore extends CommandBase {
  itemId: string;
  metCriterionIds: string[];
  /** Only to override the grade the ticks earn; then `overrideReason` is required. */
  grade?: 'outstanding' | 'good' | 'requires_improvement' | 'inadequate';
  overrideReason?: string;
}
/** Quality and Compliance Group: the chair puts a joint funding proposal: the total and each agency's share (at least two agencies paying). */
export interface ProposeJointFunding extends CommandBase {
  itemId: string;
  summary: string;
  /** A year's cost in whole pence: the shares add up to it. */
  totalPence: number;
  shares: { party: 'education' | 'health' | 'social_care'; amountPence: number }[];
}
/** An agency's representative consents to its share, or declines with the reason (changeable until the decision). */
export interface AnswerJointFunding extends CommandBase {
  itemId: string;
  party: 'education' | 'health' | 'social_care';
  consent: boolean;
  reason?: string;
}
export interface DeferItem extends CommandBase {
  itemId: string;
  reason: string;
}
/**
 * The chair invites one person to this one meeting, in a part, before it starts or while it is under way (a late
 * attendee): everyone in the room sees them among its members, and they can join it at once.
 */
export interface InviteToMeeting extends CommandBase {
  userId: string;
  role: MeetingMemberRole;
}

export type Ack = { ok: true; version: number } | CommandRejection;

export interface CommandRejection {
  ok: false;
  code: MeetingErrorCode;
  message: string;
  fields?: { field: string; messages: string[] }[];
  /** With `rate_limited`: milliseconds until the sender's commands are taken again. */
  retryAfterMs?: number;
}

export const MEETING_ERROR_CODES = [
  'validation_failed',
  'unauthorised',
  'two_step_enrolment_required',
  'not_a_member',
  'forbidden',
  'meeting_not_found',
  'item_not_found',
  'wrong_state',
  'inquorate',
  'recused',
  'confirmation_required',
  'rate_limited',
  'idempotency_key_reused',
  'unavailable',
  'internal_error',
] as const;
export type MeetingErrorCode = (typeof MEETING_ERROR_CODES)[number];

export interface JoinMeeting {
  meetingId: string;
}
export type JoinAck = { ok: true; snapshot: MeetingSnapshot } | CommandRejection;

export interface ClientToServerEvents {
  'meeting.join': (payload: JoinMeeting, ack: (response: JoinAck) => void) => void;
  'meeting.leave': (payload: JoinMeeting, ack: (response: Ack) => void) => void;
  'meeting.start': (payload: StartMeeting, ack: (response: Ack) => void) => void;
  'meeting.end': (payload: EndMeeting, ack: (response: Ack) => void) => void;
  'attendance.mark': (payload: MarkAttendance, ack: (response: Ack) => void) => void;
  'attendance.arrive': (payload: ArriveAtMeeting, ack: (response: Ack) => void) => void;
  'agenda.reorder': (payload: ReorderAgenda, ack: (response: Ack) => void) => void;
  'agenda.advance': (payload: AdvanceAgenda, ack: (response: Ack) => void) => void;
  'agenda.add': (payload: AddAgendaItem, ack: (response: Ack) => void) => void;
  'agenda.withdraw': (payload: WithdrawAgendaItem, ack: (response: Ack) => void) => void;
  'interest.declare': (payload: DeclareInterest, ack: (response: Ack) => void) => void;
  'voting.open': (payload: OpenVoting, ack: (response: Ack) => void) => void;
  'vote.cast': (payload: CastVote, ack: (response: Ack) => void) => void;
  'voting.close': (payload: CloseVoting, ack: (response: Ack) => void) => void;
  'votes.reveal': (payload: RevealVotes, ack: (response: Ack) => void) => void;
  'voting.reopen': (payload: ReopenVoting, ack: (response: Ack) => void) => void;
  'hand.raise': (payload: RaiseHand, ack: (response: Ack) => void) => void;
  'hand.lower': (payload: LowerHand, ack: (response: Ack) => void) => void;
  'item.allowance': (payload: SetItemAllowance, ack: (response: Ack) => void) => void;
  'outcome.record': (payload: RecordOutcome, ack: (response: Ack) => void) => void;
  'item.defer': (payload: DeferItem, ack: (response: Ack) => void) => void;
  'outcome.correct': (payload: CorrectOutcome, ack: (response: Ack) => void) => void;
  'criteria.mark': (payload: MarkCriterion, ack: (response: Ack) => void) => void;
  'advice.triage': (payload: TriageAdvice, ack: (response: Ack) => void) => void;
  'advice.respond': (payload: RespondToTriage, ack: (response: Ack) => void) => void;
  'advice.reassign': (payload: ReassignAdvice, ack: (response: Ack) => void) => void;
  'score.submit': (payload: SubmitScore, ack: (response: Ack) => void) => void;
  'funding.propose': (payload: ProposeJointFunding, ack: (response: Ack) => void) => void;
  'funding.answer': (payload: AnswerJointFunding, ack: (response: Ack) => void) => void;
  'member.invite': (payload: InviteToMeeting, ack: (response: Ack) => void) => void;
  'action.add': (payload: AddAction, ack: (response: Ack) => void) => void;
}

export type MeetingCommandName = Exclude<keyof ClientToServerEvents, 'meeting.join' | 'meeting.leave'>;
export const MEETING_COMMANDS: readonly MeetingCommandName[] = [
  'meeting.start',
  'meeting.end',
  'attendance.mark',
  'attendance.arrive',
  'agenda.reorder',
  'agenda.advance',
  'agenda.add',
  'agenda.withdraw',
  'interest.declare',
  'voting.open',
  'vote.cast',
  'voting.close',
  'votes.reveal',
  'voting.reopen',
  'hand.raise',
  'hand.lower',
  'item.allowance',
  'outcome.record',
  'outcome.correct',
  'item.defer',
  'criteria.mark',
  'advice.triage',
  'advice.respond',
  'advice.reassign',
  'score.submit',
  'funding.propose',
  'funding.answer',
  'member.invite',
  'action.add',
];

// ---------------------------------------------------------------- events (server → client)

/** Every change in a meeting, numbered: a client that sees a gap in `sequence` asks for a fresh snapshot. */
export interface MeetingEvent<T extends MeetingEventType = MeetingEventType> {
  meetingId: string;
  sequence: number;
  type: T;
  payload: MeetingEventPayloads[T];
  at: string;
  actorId: string | null;
}

export interface MeetingEventPayloads {
  /** `scheduledFor`: the English day it was scheduled for, when the chair confirmed starting on another; else null. */
  'meeting.started': { startedAt: string; scheduledFor: string | null };
  /** Items left pending or in discussion when the chair confirmed ending. */
  'meeting.ended': { endedAt: string; itemsNotReached: number };
  'attendance.marked': { userId: string; attendance: Attendance };
  /** Someone invited to this one meeting: a new member of the room, expected until they join. */
  'member.invited': { member: SnapshotMember };
  'agenda.reordered': { itemIds: string[] };
  'agenda.advanced': { itemId: string };
  /**
   * A new item at the end of the agenda. On a restricted item the case fields (caseReference, childId,
   * requestId, panelRequest) are null in the event: a member entitled to them takes a fresh snapshot.
   */
  'agenda.item_added': { item: SnapshotItem };
  'agenda.item_withdrawn': { itemId: string; reason: string };
  'interest.declared': { itemId: string; userId: string; reason: string };
  'voting.opened': { itemId: string };
  /** Who has voted and how many: never the choice, until the reveal. */
  'vote.cast': { itemId: string; voterId: string; votedCount: number; proxy: boolean };
  'voting.closed': { itemId: string; votedCount: number; inquorateReason: string | null };
  /** On a dip-sample or advice-audit item, `scores` carries every reviewer's ticks and grade; null on other items. */
  'votes.revealed': {
    itemId: string;
    votes: RevealedVote[];
    tally: Record<string, number>;
    scores: RevealedScore[] | null;
  };
  'voting.reopened': { itemId: string; reason: string };
  'hand.raised': { userId: string; raisedAt: string };
  'hand.lowered': { userId: string };
  'item.allowance_set': { itemId: string; minutes: number };
  'outcome.recorded': {
    itemId: string;
    outcome: string;
    reasons: string;
    conditions: string | null;
    criteriaNotMetReason: string | null;
  };
  'outcome.corrected': { itemId: string; correction: DecisionCorrectionView };
  'item.deferred': { itemId: string; reason: string };
  'criteria.marked': { itemId: string; criterionId: string; met: boolean };
  /** Every team the item's advice now goes to. */
  'advice.triaged': { itemId: string; assignments: TriageAssignment[] };
  'advice.responded': {
    itemId: string;
    adviceRequestId: string;
    teamResponse: 'accepted' | 'pushed_back';
    reason: string | null;
  };
  'advice.reassigned': { itemId: string; assignment: TriageAssignment; reason: string };
  /**
   * Sent to a health team representative instead of `advice.triaged`, `advice.responded` and
   * `advice.reassigned` (same sequence number), which name teams' advice: something changed on this Health
   * Gateway item. The item may now be, or no longer be, their team's: they take a fresh snapshot.
   */
  'advice.changed': { itemId: string };
  'funding.proposed': { itemId: string; jointFunding: JointFundingView };
  /** An action agreed on the item (not sent to a health team representative for another team's item). */
  'action.added': { itemId: string; action: ItemAction };
  'funding.answered': {
    itemId: string;
    party: 'education' | 'health' | 'social_care';
    answer: 'consent' | 'decline';
    reason: string | null;
  };
}
export type MeetingEventType = keyof MeetingEventPayloads;
export const MEETING_EVENT_TYPES: readonly MeetingEventType[] = [
  'meeting.started',
  'meeting.ended',
  'attendance.marked',
  'member.invited',
  'agenda.reordered',
  'agenda.advanced',
  'agenda.item_added',
  'agenda.item_withdrawn',
  'interest.declared',
  'voting.opened',
  'vote.cast',
  'voting.closed',
  'votes.revealed',
  'voting.reopened',
  'hand.raised',
  'hand.lowered',
  'item.allowance_set',
  'outcome.recorded',
  'outcome.corrected',
  'item.deferred',
  'criteria.marked',
  'advice.triaged',
  'advice.responded',
  'advice.reassigned',
  'advice.changed',
  'funding.proposed',
  'funding.answered',
  'action.added',
];

export interface RevealedVote {
  voterId: string;
  choice: string;
  reason: string | null;
  proxyCastBy: string | null;
}

/** An action agreed on an agenda item, as the room and the minutes show it. */
export interface ItemAction {
  id: string;
  what: string;
  /** The person's or the team's name. */
  owner: string;
  ownerKind: 'person' | 'team';
  dueOn: string;
  /** Who agreed it in the room, by name. */
  addedBy: string;
}

/** A correction of a decision's reasons, beside the decision as recorded. */
export interface DecisionCorrectionView {
  reasons: string;
  conditions: string | null;
  /** Why it was corrected. */
  correctionReason: string;
  correctedAt: string;
  /** The chair who corrected it, by name. */
  correctedBy: string;
}

export interface PresenceChanged {
  meetingId: string;
  /** Everyone connected to the meeting now, on any node. */
  present: string[];
}

export interface ServerToClientEvents {
  'meeting.event': (event: MeetingEvent) => void;
  'presence.changed': (presence: PresenceChanged) => void;
  /** A command sent without an acknowledgement callback that was refused. */
  'command.rejected': (rejection: CommandRejection & { command: string; idempotencyKey?: string }) => void;
  /** A notification for you, on every connection you have (your `user:<id>` room), after it is stored. */
  'notification.new': (event: NotificationNew) => void;
  /** Your notifications were marked read elsewhere: the count goes down in every tab. */
  'notifications.read': (event: NotificationsRead) => void;
}

// ---------------------------------------------------------------- the snapshot

/** Everything a member needs to see the room as it is now: sent on every join and rejoin. */
export interface MeetingSnapshot {
  meeting: {
    id: string;
    kind: MeetingKind;
    title: string;
    status: MeetingStatus;
    startsAt: string;
    endsAt: string;
    theme: string | null;
    currentItemId: string | null;
    /** When the room moved to the current item (for the chair's item timer). */
    currentItemSince: string | null;
    /** The sequence of the last event: the next event is `sequence + 1`. */
    sequence: number;
    quorum: number;
    reasonRequired: boolean;
    /** Held in writing: the members respond from their own page by this time. Null: a sitting in the room. */
    respondBy: string | null;
  };
  /** Raised hands, first raised first: the order the chair takes them in. */
  hands: { userId: string; raisedAt: string }[];
  you: { userId: string; role: MeetingMemberRole };
  members: SnapshotMember[];
  present: string[];
  agenda: SnapshotItem[];
}

export interface SnapshotMember {
  userId: string;
  displayName: string;
  role: MeetingMemberRole;
  attendance: Attendance;
}

export interface SnapshotItem {
  id: string;
  position: number;
  kind: AgendaItemKind;
  status: AgendaItemStatus;
  /** Pseudonymous: no child's name ever appears in the room. Null on a restricted item you may not see. */
  caseReference: string | null;
  childId: string | null;
  requestId: string | null;
  /** For a change of placement, funding or a personal budget: what is asked for. Null on other items and on a restricted item you may not see. */
  panelRequest: PanelRequestDetails | null;
  restricted: boolean;
  /**
   * Health Gateway: true for a health team representative on an item not triaged to their team. Its case
   * reference, child, request, panel request and advice are then null or empty ("An item for another team").
   */
  forAnotherTeam: boolean;
  presenter: { id: string; displayName: string } | null;
  votingStatus: VotingStatus;
  choices: string[];
  /** Who has voted (current votes), never what they chose before the reveal. */
  voterIds: string[];
  recused: { userId: string; reason: string }[];
  /** Your own current vote on this item. */
  yourVote: { choice: string; reason: string | null } | null;
  /** Filled only after the reveal. */
  votes: RevealedVote[] | null;
  tally: Record<string, number> | null;
  /** As recorded; corrections of its reasons follow in `corrections`, the last one standing. */
  outcome: { outcome: string; reasons: string; conditions: string | null } | null;
  corrections: DecisionCorrectionView[];
  /** Why the decision was recorded with threshold criteria not marked met; null otherwise. */
  criteriaNotMetReason: string | null;
  inquorateReason: string | null;
  deferredReason: string | null;
  withdrawnReason: string | null;
  /** Dip-sample and advice-audit items: your score, and everyone's after the reveal. Null on other items. */
  quality: ItemQuality | null;
  /** Joint funding items: the proposal with every share and answer; null until proposed and on other items. */
  jointFunding: JointFundingView | null;
  /** Health Gateway triage items: the teams the advice has gone to. Empty until triaged; null on other items. */
  advice: TriageAssignment[] | null;
  /** Weekly Orders items: why the child is on this week, most urgent first; null on other items. */
  weeklyOrders: WeeklyOrderReasonView[] | null;
  /** The threshold criteria for this kind of decision, and whether the panel found each met (null: not yet marked). */
  criteria: { id: string; text: string; met: boolean | null }[];
  /** The minutes the panel gives this item: the chair's, or the default for its kind. */
  allowanceMinutes: number;
  /** Why the chair opened voting again, in order; empty when it never was. */
  votingReopenedReasons: string[];
  /** Actions agreed on this item, in the order they were agreed (empty on another team's gateway item). */
  actions: ItemAction[];
}

/** A meeting in a list (REST `GET /api/meetings`). */
export interface MeetingListItem {
  id: string;
  kind: MeetingKind;
  title: string;
  status: MeetingStatus;
  startsAt: string;
  endsAt: string;
  theme: string | null;
  yourRole: MeetingMemberRole;
  itemCount: number;
}

/** What happened at a meeting, assembled from its records: attendance, declarations, each item's outcome. */
export interface MeetingMinutes {
  meeting: MeetingSnapshot['meeting'] & {
    startedAt: string | null;
    endedAt: string | null;
    /** The English day it was scheduled for, when the chair started it on another; null otherwise. */
    startedOnAnotherDayThan: string | null;
    /** Items not dealt with when the chair ended it. */
    itemsNotReached: number;
  };
  attendance: { present: string[]; apologies: string[]; absent: string[]; expected: string[] };
  declarations: { caseReference: string | null; member: string; reason: string }[];
  items: MinutesItem[];
  /** At an ordinary sitting: the group's decisions taken in writing since it last sat, for noting. */
  writtenDecisions: WrittenDecisionForNoting[];
  /** Noted: what was decided under the scheme of delegation since the group's previous sitting. */
  decidedUnderDelegation: MinutesDelegatedDecision[];
}

export interface MinutesDelegatedDecision {
  caseReference: string;
  kind: SnapshotItem['kind'];
  outcome: string;
  reasons: string;
  decidedBy: string;
  decidedAt: string;
}

export interface MinutesItem {
  position: number;
  kind: SnapshotItem['kind'];
  caseReference: string | null;
  /** As in the room: a Health Gateway item not triaged to the reader's team, shown without its case or reasons. */
  forAnotherTeam: boolean;
  presenter: string | null;
  status: SnapshotItem['status'];
  outcome: string | null;
  reasons: string | null;
  conditions: string | null;
  /** Present only when the votes were revealed. */
  tally: Record<string, number> | null;
  votes: { member: string; choice: string; reason: string | null; proxy: boolean }[] | null;
  recused: string[];
  inquorateReason: string | null;
  deferredReason: string | null;
  withdrawnReason: string | null;
  criteria: { text: string; met: boolean | null }[];
  /** Why the chair opened voting again, in order. */
  votingReopenedReasons: string[];
  /** Corrections of the decision's reasons, in order, beside the decision as recorded. */
  corrections: DecisionCorrectionView[];
  /** Why the decision was recorded with threshold criteria not marked met; null otherwise. */
  criteriaNotMetReason: string | null;
  /** Actions agreed on the item: what, who owns it, by when. */
  actions: ItemAction[];
}

/** A panel's standing membership, as the administrator keeps it. */
export interface MeetingGroupView {
  id: string;
  kind: MeetingKind;
  name: string;
  members: { userId: string; displayName: string; role: MeetingMemberRole }[];
  /** Sittings of this kind of panel arranged and not yet started: someone added to the group may be invited to them. */
  scheduledMeetings: number;
}

/** Someone who may be invited to a meeting: an active user not already invited to it. */
export interface InvitablePerson {
  userId: string;
  displayName: string;
  jobTitle: string | null;
  agency: string;
}

/**
 * An invitation of one person to one meeting not yet started, in a part (REST `POST /api/meetings/{id}/members`); in
 * the room, and once the meeting is under way, the chair sends `member.invite`.
 */
export interface MeetingInvitation {
  userId: string;
  role: MeetingMemberRole;
}

/** One of the council's threshold criteria, as the administrator keeps them. */
export interface ThresholdCriterionView {
  id: string;
  itemKind: AgendaItemKind;
  text: string;
  position: number;
  active: boolean;
}
