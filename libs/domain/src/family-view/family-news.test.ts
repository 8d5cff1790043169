import { describe, expect, it } from 'vitest';
import { REQUEST_STAGES } from '../vocabulary/requests.js';
import { familyNewsWords } from './family-news.js';

describe('what a family is told by email when the request moves', () => {
  it('tells them the draft is ready and the last day to comment, counting the day it was sent as day 1', () => {
    const words = familyNewsWords({ kind: 'step', stage: 'draft_issued', occurredOn: '2027-03-01' });
    expect(words?.subject).toBe('Your child’s draft plan is ready to read');
    expect(words?.paragraphs.join(' ')).toContain('until 15 March 2027');
  });

  it('says a decision was made without saying what it was', () => {
    const refused = familyNewsWords({ kind: 'step', stage: 'refused', occurredOn: '2027-03-01' });
    const agreed = familyNewsWords({ kind: 'step', stage: 'assessment', occurredOn: '2027-03-01' });
    expect(refused).toEqual(agreed);
    expect(refused?.paragraphs.join(' ')).not.toMatch(/\b(not|refus)/i);
    expect(familyNewsWords({ kind: 'step', stage: 'not_issued', occurredOn: '2027-03-01' })).toEqual(
      familyNewsWords({ kind: 'step', stage: 'decision_to_issue', occurredOn: '2027-03-01' }),
    );
  });

  it('has words for every step after the request arrives, and none for its arrival', () => {
    for (const stage of REQUEST_STAGES) {
      const words = familyNewsWords({ kind: 'step', stage, occurredOn: '2027-03-01' });
      if (stage === 'received') expect(words).toBeNull();
      else expect(words?.paragraphs.at(-1)).toMatch(/^Sign in to Convene/);
    }
  });

  it('tells them a time limit moved and where to read why', () => {
    expect(familyNewsWords({ kind: 'time_limit_changed' })?.subject).toBe(
      'A date on your child’s request has changed',
    );
  });
});
