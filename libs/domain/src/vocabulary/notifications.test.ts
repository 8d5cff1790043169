import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_RULES,
  clockTimeInEngland,
  isDigestTimeReached,
  mayChooseDelivery,
} from './notifications.js';

describe('notification kinds', () => {
  it('never lets a statutory or safeguarding kind be turned off', () => {
    expect(mayChooseDelivery('advice_overdue', 'off')).toBe(false);
    expect(mayChooseDelivery('sign_in_failures', 'off')).toBe(false);
    expect(mayChooseDelivery('statutory_deadline_this_week', 'digest')).toBe(true);
  });

  it('lets a person turn off a kind that is neither', () => {
    expect(mayChooseDelivery('agenda_ready', 'off')).toBe(true);
  });

  it('gives every kind a label and a delivery that is not off', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(NOTIFICATION_KIND_RULES[kind].label.length).toBeGreaterThan(10);
      expect(['now', 'digest']).toContain(NOTIFICATION_KIND_RULES[kind].defaultDelivery);
    }
  });
});

describe('the digest time, on a clock in England', () => {
  it('is GMT in winter', () => {
    expect(clockTimeInEngland(new Date('2026-12-07T07:30:00Z'))).toBe('07:30');
    expect(isDigestTimeReached(new Date('2026-12-07T07:29:00Z'), '07:30')).toBe(false);
    expect(isDigestTimeReached(new Date('2026-12-07T07:30:00Z'), '07:30')).toBe(true);
  });

  it('is an hour ahead of UTC in summer', () => {
    expect(clockTimeInEngland(new Date('2026-07-01T06:30:00Z'))).toBe('07:30');
    expect(isDigestTimeReached(new Date('2026-07-01T06:29:00Z'), '07:30')).toBe(false);
  });
});
