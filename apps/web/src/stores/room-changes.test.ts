import { describe, expect, it } from 'vitest';
import { aQualityGroupMeeting, anItem } from '../test-support/quality-room';
import { changesWhileAway } from './room-changes';

const aVote = (overrides = {}) =>
  anItem({ kind: 'decision_to_assess', quality: null, choices: ['agree', 'refuse', 'defer'], ...overrides });

describe('what changed in the room while you were away', () => {
  it('tells of a vote opened, closed, revealed and decided, and the item the room moved on to', () => {
    const before = aQualityGroupMeeting('member', 'ada', [
      aVote({ votingStatus: 'not_open' }),
      aVote({
        id: 'i2',
        position: 2,
        caseReference: 'EHC-26-0043',
        status: 'pending',
        votingStatus: 'not_open',
      }),
    ]);
    const after = structuredClone(before);
    after.agenda[0] = {
      ...after.agenda[0]!,
      votingStatus: 'revealed',
      status: 'decided',
      outcome: { outcome: 'refuse', reasons: 'One cycle only', conditions: null },
    };
    after.agenda[1] = { ...after.agenda[1]!, status: 'in_discussion' };
    after.meeting.currentItemId = 'i2';
    expect(changesWhileAway(before, after)).toEqual([
      'Voting opened on EHC-26-0042.',
      'Voting on EHC-26-0042 closed.',
      'The votes on EHC-26-0042 were revealed.',
      'Decision recorded for EHC-26-0042: Refuse.',
      'Now discussing EHC-26-0043.',
    ]);
  });

  it('tells of votes cast while voting is still open, and of an item added', () => {
    const before = aQualityGroupMeeting('member', 'ada', [aVote({ voterIds: [] })]);
    const after = structuredClone(before);
    after.agenda[0]!.voterIds = ['ben', 'cat'];
    after.agenda.push(
      aVote({
        id: 'i9',
        position: 2,
        caseReference: 'EHC-26-0099',
        status: 'pending',
        votingStatus: 'not_open',
      }),
    );
    expect(changesWhileAway(before, after)).toEqual([
      '2 more members have voted on EHC-26-0042.',
      'EHC-26-0099 was added to the agenda.',
    ]);
  });

  it('says nothing when nothing happened', () => {
    const before = aQualityGroupMeeting('member', 'ada', [aVote()]);
    expect(changesWhileAway(before, structuredClone(before))).toEqual([]);
  });
});
