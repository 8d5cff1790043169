import type { MeetingSnapshot, SnapshotItem } from '@convene/contracts';
import { choiceLabel, gatewayWordsOf } from '../components/room/labels';

const refOf = (item: SnapshotItem) => item.caseReference ?? `Item ${item.position}`;

/** What one item went through between two snapshots, in the order it happens in a meeting. */
function itemChanges(before: SnapshotItem | undefined, after: SnapshotItem, adviceWords: string): string[] {
  const ref = refOf(after);
  if (!before) return [`${ref} was added to the agenda.`];
  const scored = after.quality !== null;
  const changes: string[] = [];
  if (before.status !== 'withdrawn' && after.status === 'withdrawn')
    changes.push(`${ref} was withdrawn from the agenda.`);
  if (before.votingStatus !== after.votingStatus) {
    const order = ['not_open', 'open', 'closed', 'revealed'];
    const from = order.indexOf(before.votingStatus);
    const to = order.indexOf(after.votingStatus);
    if (from < 1 && to >= 1) changes.push(scored ? `Scoring opened on ${ref}.` : `Voting opened on ${ref}.`);
    if (from < 2 && to >= 2) changes.push(scored ? `Scoring on ${ref} closed.` : `Voting on ${ref} closed.`);
    if (from < 3 && to === 3)
      changes.push(scored ? `The scores on ${ref} were revealed.` : `The votes on ${ref} were revealed.`);
  }
  if (after.voterIds.length > before.voterIds.length && after.votingStatus === 'open') {
    const more = after.voterIds.length - before.voterIds.length;
    changes.push(
      `${more} more ${more === 1 ? 'member has' : 'members have'} ${scored ? 'scored' : 'voted'} on ${ref}.`,
    );
  }
  if (!before.outcome && after.outcome)
    changes.push(`Decision recorded for ${ref}: ${choiceLabel(after.outcome.outcome)}.`);
  if (before.status !== 'deferred' && after.status === 'deferred') changes.push(`${ref} was deferred.`);
  if (JSON.stringify(before.advice ?? []) !== JSON.stringify(after.advice ?? []) && after.advice?.length) {
    changes.push(
      `The request for ${adviceWords} for ${ref} is now with ${after.advice.map((a) => a.team.name).join(', ')}.`,
    );
  }
  return changes;
}

/**
 * What changed in the room between the snapshot held when the connection went and the one taken on return,
 * in sentences a member can read at a glance: the meeting, the item under discussion, each item's vote and decision.
 */
export function changesWhileAway(before: MeetingSnapshot, after: MeetingSnapshot): string[] {
  const changes: string[] = [];
  if (before.meeting.status !== after.meeting.status) {
    if (after.meeting.status === 'in_progress') changes.push('The meeting started.');
    if (after.meeting.status === 'ended') changes.push('The meeting ended.');
  }
  const earlier = new Map(before.agenda.map((i) => [i.id, i]));
  const adviceWords = gatewayWordsOf(after.meeting.kind).adviceWords;
  for (const item of after.agenda) changes.push(...itemChanges(earlier.get(item.id), item, adviceWords));
  const current = after.agenda.find((i) => i.id === after.meeting.currentItemId);
  if (current && before.meeting.currentItemId !== after.meeting.currentItemId)
    changes.push(`Now discussing ${refOf(current)}.`);
  return changes;
}
