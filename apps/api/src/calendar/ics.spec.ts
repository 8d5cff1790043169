import { describe, expect, it } from 'vitest';
import { toIcs } from './ics.js';

describe('the iCalendar feed', () => {
  const event = {
    uid: 'm1@convene',
    startsAt: new Date('2026-12-02T09:30:00Z'),
    endsAt: new Date('2026-12-02T12:30:00Z'),
    summary: 'Decision-Making Group, Wednesday 2 December 2026',
    description: 'Agenda: 12 items; chair, members',
    url: 'https://convene.example/meetings/m1',
    cancelled: false,
  };

  it('writes each meeting as an event in UTC, with CRLF line ends', () => {
    const ics = toIcs('Convene meetings', [event], new Date('2026-11-23T10:00:00Z'));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('\r\nDTSTART:20261202T093000Z\r\nDTEND:20261202T123000Z\r\n');
    expect(ics).toContain('SUMMARY:Decision-Making Group\\, Wednesday 2 December 2026');
    expect(ics).toContain('DESCRIPTION:Agenda: 12 items\\; chair\\, members');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const ics = toIcs('Convene', [
      { ...event, summary: `Multiagency Quality and Compliance Group — ${'é'.repeat(60)}` },
    ]);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain(`— ${'é'.repeat(60)}`);
  });
});
