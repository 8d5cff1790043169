import type { MeetingSnapshot, SnapshotItem } from '@convene/contracts';
import { quorumFor } from '@convene/domain';

/** Who is in the room for one item: the figures behind the chair's quorum line and the voting progress. */
export interface ItemRoll {
  /** Everyone marked present, whatever their seat. */
  present: number;
  /** Voting members present who have not declared an interest in this item. */
  mayVote: number;
  required: number;
  quorate: boolean;
  /** Current votes on the item, proxy votes included, leaving out anyone who has since declared an interest. */
  voted: number;
  /** Those who may vote, and any absent member for whom the chair cast a proxy vote. */
  outOf: number;
}

export function itemRoll(snapshot: MeetingSnapshot, item: SnapshotItem): ItemRoll {
  const recused = item.recused.map((r) => r.userId);
  const presentVoters = snapshot.members
    .filter((m) => m.role === 'member' && m.attendance === 'present')
    .map((m) => m.userId);
  const quorum = quorumFor(snapshot.meeting.kind, presentVoters, recused);
  const voters = item.voterIds.filter((id) => !recused.includes(id));
  const proxies = voters.filter((id) => !presentVoters.includes(id)).length;
  return {
    present: snapshot.members.filter((m) => m.attendance === 'present').length,
    mayVote: quorum.eligible,
    required: quorum.required,
    quorate: quorum.quorate,
    voted: voters.length,
    outOf: quorum.eligible + proxies,
  };
}

/** "5 present · 4 may vote on this item · quorate": the quorum in words, where the chair looks. */
export function quorumLine(roll: ItemRoll): string {
  const state = roll.quorate ? 'quorate' : `not quorate (${roll.required} needed)`;
  return `${roll.present} present · ${roll.mayVote} may vote on this item · ${state}`;
}

/** "3 of 4 who may vote have voted", or scored on a sampled plan. */
export function progressLine(roll: ItemRoll, scored: boolean): string {
  const verb = scored ? 'scored' : 'voted';
  return `${roll.voted} of ${roll.outOf} who may ${scored ? 'score' : 'vote'} ${roll.voted === 1 ? 'has' : 'have'} ${verb}`;
}
