import { describe, expect, it } from 'vitest';
import { ADVICE_KINDS } from '../vocabulary/requests.js';
import {
  ADVICE_GATEWAYS,
  gatewayAdviceSetting,
  gatewayOfAdvice,
  gatewayOfMeeting,
  gatewayOfSlug,
} from './advice-gateways.js';

describe('advice gateways', () => {
  it('gives every advice kind one gateway, each with its own meeting, roles, teams and address', () => {
    expect(ADVICE_KINDS.map((kind) => gatewayOfAdvice(kind).adviceKind)).toEqual([...ADVICE_KINDS]);
    for (const field of [
      'slug',
      'page',
      'meetingKind',
      'coordinatorRole',
      'teamRepRole',
      'teamKind',
    ] as const)
      expect(new Set(ADVICE_GATEWAYS.map((g) => g[field])).size).toBe(ADVICE_GATEWAYS.length);
  });

  it('finds the gateway a meeting sits as, and none for the other panels', () => {
    expect(gatewayOfMeeting('social_care_gateway')?.coordinatorRole).toBe('dsco');
    expect(gatewayOfMeeting('health_gateway')?.teamRepRole).toBe('health_team_rep');
    expect(gatewayOfMeeting('dmg')).toBeUndefined();
    expect(gatewayOfSlug('social-care-gateway')?.adviceKind).toBe('social_care');
    expect(gatewayOfSlug('gateway')).toBeUndefined();
  });

  it('words the rubric for the agency while keeping the same four points', () => {
    const social = gatewayOfAdvice('social_care').rubric;
    expect(social.describes_needs).toMatch(/social care needs/);
    expect(gatewayOfAdvice('health').rubric.describes_needs).toMatch(/health needs/);
    expect(social.specific_outcomes).toBe(gatewayOfAdvice('health').rubric.specific_outcomes);
  });

  it('takes the 0–2 pathway referrals for health advice only', () => {
    expect(gatewayOfAdvice('health').sources).toContain('health_visiting_referral');
    expect(gatewayOfAdvice('social_care').sources).toEqual(['assessment']);
    expect(gatewayOfAdvice('educational_psychology').sources).toEqual(['assessment']);
  });

  it('reads the council setting: health and social care by default, health always, unknown names refused', () => {
    expect(gatewayAdviceSetting(undefined)).toEqual(['health', 'social_care']);
    expect(gatewayAdviceSetting(' ')).toEqual(['health', 'social_care']);
    expect(gatewayAdviceSetting('educational_psychology, social_care')).toEqual([
      'health',
      'social_care',
      'educational_psychology',
    ]);
    expect(gatewayAdviceSetting('health')).toEqual(['health']);
    expect(() => gatewayAdviceSetting('health,housing')).toThrow(/housing/);
  });
});
