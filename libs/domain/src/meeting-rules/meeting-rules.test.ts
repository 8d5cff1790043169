import { describe, expect, it } from 'vitest';
import { outcomeHasLetter, quorumFor, tally, VOTE_CHOICES } from './meeting-rules.js';

describe('quorum and tally', () => {
  it('is quorate with three voting members present at a Decision-Making Group', () => {
    expect(quorumFor('dmg', ['a', 'b', 'c'], [])).toEqual({ required: 3, eligible: 3, quorate: true });
  });

  it('loses quorum when a member declares an interest in the item', () => {
    expect(quorumFor('dmg', ['a', 'b', 'c'], ['b'])).toEqual({ required: 3, eligible: 2, quorate: false });
  });

  it('ignores a recusal by someone not present', () => {
    expect(quorumFor('dmg', ['a', 'b', 'c'], ['z']).quorate).toBe(true);
  });

  it('counts each choice', () => {
    expect(tally([{ choice: 'agree' }, { choice: 'refuse' }, { choice: 'agree' }])).toEqual({
      agree: 2,
      refuse: 1,
    });
  });

  it('offers agree, refuse or defer on a decision to assess', () => {
    expect(VOTE_CHOICES.decision_to_assess).toEqual(['agree', 'refuse', 'defer']);
  });
});

describe('the letter to the family', () => {
  it('is needed for a refusal to assess and a decision not to issue, and for nothing else', () => {
    expect(outcomeHasLetter('decision_to_assess', 'refuse')).toBe(true);
    expect(outcomeHasLetter('decision_to_issue', 'not_issue')).toBe(true);
    expect(outcomeHasLetter('decision_to_assess', 'agree')).toBe(false);
    expect(outcomeHasLetter('funding', 'refuse')).toBe(false);
  });
});
