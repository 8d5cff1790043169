import { describe, expect, it } from 'vitest';
import { aQualityGroupMeeting, anItem } from '../../test-support/quality-room';
import { itemRoll, progressLine, quorumLine } from './item-roll';

const aVote = (overrides = {}) =>
  anItem({ kind: 'decision_to_assess', quality: null, choices: ['agree', 'refuse', 'defer'], ...overrides });

describe('the quorum and voting progress the chair sees', () => {
  it('counts the vote over members present who have not declared an interest, never the absent or the recused', () => {
    const room = aQualityGroupMeeting('chair', 'chair', [
      aVote({ voterIds: ['ada'], recused: [{ userId: 'ben', reason: 'Knows the family' }] }),
    ]);
    room.members.push({ userId: 'dev', displayName: 'Dev Absent', role: 'member', attendance: 'apologies' });
    const roll = itemRoll(room, room.agenda[0]!);
    expect(quorumLine(roll)).toBe('5 present · 2 may vote on this item · not quorate (3 needed)');
    expect(progressLine(roll, false)).toBe('1 of 2 who may vote has voted');
  });

  it('says quorate when enough voting members are present and free to vote', () => {
    const room = aQualityGroupMeeting('chair', 'chair', [aVote({ voterIds: ['ada', 'ben'] })]);
    const roll = itemRoll(room, room.agenda[0]!);
    expect(quorumLine(roll)).toBe('5 present · 3 may vote on this item · quorate');
    expect(progressLine(roll, false)).toBe('2 of 3 who may vote have voted');
  });

  it('counts a proxy vote the chair cast for an absent member among the votes and in the total', () => {
    const room = aQualityGroupMeeting('chair', 'chair', [aVote({ voterIds: ['ada', 'dev'] })]);
    room.members.push({ userId: 'dev', displayName: 'Dev Absent', role: 'member', attendance: 'absent' });
    expect(progressLine(itemRoll(room, room.agenda[0]!), false)).toBe('2 of 4 who may vote have voted');
  });
});
