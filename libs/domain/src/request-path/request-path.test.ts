import { describe, expect, it } from 'vitest';
import { checkTransition, NEXT_STAGES } from './request-path.js';

const base = { lastStepOn: '2026-03-02', today: '2026-06-01' };

describe('moving a request along the 20-week path', () => {
  it('agrees to assess a request that has been received', () => {
    expect(
      checkTransition({ ...base, from: 'received', to: 'assessment', occurredOn: '2026-03-11' }),
    ).toBeNull();
  });

  it('cannot decide to issue a plan before deciding to assess', () => {
    const problem = checkTransition({
      ...base,
      from: 'received',
      to: 'decision_to_issue',
      occurredOn: '2026-03-11',
    });
    expect(problem?.field).toBe('to');
    expect(problem?.message).toContain('"assessment", "refused", "withdrawn"');
  });

  it('cannot issue a final plan before a draft', () => {
    expect(
      checkTransition({ ...base, from: 'decision_to_issue', to: 'final_issued', occurredOn: '2026-05-01' })
        ?.field,
    ).toBe('to');
  });

  it('moves a refused request no further', () => {
    const problem = checkTransition({ ...base, from: 'refused', to: 'assessment', occurredOn: '2026-04-01' });
    expect(problem?.message).toMatch(/closed/);
    expect(NEXT_STAGES.final_issued).toEqual([]);
  });

  it('refuses a step dated in the future or before the last step', () => {
    expect(
      checkTransition({ ...base, from: 'received', to: 'assessment', occurredOn: '2026-06-02' })?.field,
    ).toBe('occurredOn');
    expect(
      checkTransition({ ...base, from: 'received', to: 'assessment', occurredOn: '2026-03-01' })?.message,
    ).toMatch(/2026-03-02/);
    expect(
      checkTransition({ ...base, from: 'received', to: 'assessment', occurredOn: '2026-03-02' }),
    ).toBeNull();
  });

  it('gives the family 15 days on the draft before the final plan (reg 13(1))', () => {
    const draft = {
      ...base,
      from: 'draft_issued' as const,
      to: 'final_issued' as const,
      draftIssuedOn: '2026-04-01',
      lastStepOn: '2026-04-01',
    };
    expect(checkTransition({ ...draft, occurredOn: '2026-04-15' })?.message).toMatch(/from 2026-04-16/);
    expect(checkTransition({ ...draft, occurredOn: '2026-04-16' })).toBeNull();
  });

  it('counts the 15 days across the end of February in a leap year', () => {
    const draft = {
      ...base,
      from: 'draft_issued' as const,
      to: 'final_issued' as const,
      draftIssuedOn: '2028-02-20',
      lastStepOn: '2028-02-20',
      today: '2028-06-01',
    };
    expect(checkTransition({ ...draft, occurredOn: '2028-03-05' })?.field).toBe('occurredOn');
    expect(checkTransition({ ...draft, occurredOn: '2028-03-06' })).toBeNull();
  });
});
