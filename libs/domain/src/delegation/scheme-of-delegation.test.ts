import { describe, expect, it } from 'vitest';
import { underScheme, type DelegationRule } from './scheme-of-delegation.js';

const scheme: DelegationRule[] = [
  { kind: 'funding', role: 'chair', maxAmountPence: 500_000 },
  { kind: 'funding', role: 'panel_member', maxAmountPence: 100_000 },
  { kind: 'decision_to_assess', role: 'chair', maxAmountPence: null },
];

describe('the scheme of delegation', () => {
  it('lets a Head of Service agree funding up to their limit', () => {
    expect(underScheme(scheme, { kind: 'funding', roles: ['chair'], amountPence: 500_000 })).toEqual({
      rule: scheme[0],
    });
  });

  it('uses the highest limit among the roles a person holds', () => {
    expect(
      underScheme(scheme, { kind: 'funding', roles: ['panel_member', 'chair'], amountPence: 300_000 }),
    ).toEqual({ rule: scheme[0] });
  });

  it('refuses funding over the limit, naming the limit and the amount', () => {
    const answer = underScheme(scheme, { kind: 'funding', roles: ['panel_member'], amountPence: 150_000 });
    expect(answer).toMatchObject({ refusal: { reason: 'over_amount' } });
    expect(JSON.stringify(answer)).toContain('£1,000.00');
    expect(JSON.stringify(answer)).toContain('£1,500.00');
  });

  it('refuses a role the scheme does not name, saying who may decide', () => {
    expect(
      underScheme(scheme, { kind: 'decision_to_assess', roles: ['panel_member'], amountPence: null }),
    ).toMatchObject({ refusal: { reason: 'wrong_role', message: expect.stringContaining('Panel chair') } });
  });

  it('refuses a kind of decision the scheme does not delegate', () => {
    expect(
      underScheme(scheme, { kind: 'placement_change', roles: ['chair'], amountPence: null }),
    ).toMatchObject({ refusal: { reason: 'not_delegated' } });
  });
});
