import { describe, expect, it } from 'vitest';
import { tallyInWords } from './tally-in-words.js';

describe('a tally in words', () => {
  it('puts the most votes first, with each choice in words', () => {
    expect(tallyInWords({ refuse: 1, agree: 2, defer: 3 })).toBe(
      'Defer for more information 3; Agree 2; Refuse 1',
    );
  });

  it('orders a tie by the choice, and keeps a choice it has no words for as it came', () => {
    expect(tallyInWords({ refuse: 2, agree: 2, abstain: 1 }, ', ')).toBe('Agree 2, Refuse 2, abstain 1');
  });

  it('is empty for no votes', () => {
    expect(tallyInWords({})).toBe('');
  });
});
