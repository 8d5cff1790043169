import type { AgendaItemKind, MeetingKind, MeetingMemberRole, MeetingStatus } from '@convene/domain';
import type { VotingStatus } from './meeting-protocol.js';

/**
 * A decision between sittings: the chair of a meeting group puts one case to its members in writing, with a question
 * and a deadline. It is a meeting of the group's kind held in writing, run by the same engine and rules as the room.
 */
export interface PutInWriting {
  groupId: string;
  /** The case, by its reference, and the decision it awaits: as the chair adds a case to an agenda. */
  caseReference: string;
  kind: AgendaItemKind;
  /** What the members are asked to decide. */
  question: string;
  /** ISO 8601: when responses close. */
  respondBy: string;
  idempotencyKey: string;
}

export interface PutInWritingResult {
  meetingId: string;
  itemId: string;
}

/** A meeting group the signed-in person chairs: the groups they may put a decision to in writing. */
export interface ChairedGroup {
  id: string;
  kind: MeetingKind;
  name: string;
}

/** A decision in writing as one of its members sees it in their list. */
export interface WrittenProcedureSummary {
  meetingId: string;
  kind: MeetingKind;
  question: string;
  status: MeetingStatus;
  respondBy: string;
  yourRole: MeetingMemberRole;
  itemId: string | null;
  itemKind: AgendaItemKind | null;
  /** Null on a restricted item the reader may not see. */
  caseReference: string | null;
  votingStatus: VotingStatus | null;
  /** Whether the reader has a current vote on it. */
  youHaveVoted: boolean;
  outcome: string | null;
}

/** A decision taken in writing since the group last sat, listed for noting at its next ordinary sitting. */
export interface WrittenDecisionForNoting {
  meetingId: string;
  question: string;
  itemKind: AgendaItemKind;
  /** Null on a restricted item the reader may not see. */
  caseReference: string | null;
  outcome: string;
  reasons: string;
  tally: Record<string, number>;
  decidedAt: string;
}

/** Votes, the reveal and the decision sent from the page of a decision in writing, not the room. */
export interface VoteInWriting {
  itemId: string;
  choice: string;
  reason?: string;
  idempotencyKey: string;
}

export interface RevealInWriting {
  itemId: string;
  inquorateReason?: string;
  idempotencyKey: string;
}

export interface RecordInWriting {
  itemId: string;
  outcome: string;
  reasons: string;
  conditions?: string;
  criteriaNotMetReason?: string;
  idempotencyKey: string;
}

/** What the engine answered: the meeting's version after the command. */
export interface WrittenCommandResult {
  version: number;
}
