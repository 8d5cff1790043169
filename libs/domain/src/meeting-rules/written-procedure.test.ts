import { describe, expect, it } from 'vitest';
import {
  closingProblem,
  decisionsInWriting,
  respondByProblem,
  stillToRespond,
  timeToRespond,
} from './written-procedure.js';

const now = new Date('2026-12-07T10:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('a decision put to the members in writing', () => {
  it('says the time left to respond in words', () => {
    expect(timeToRespond(later(3 * 24 * 60 + 5), now)).toBe('3 days left');
    expect(timeToRespond(later(47 * 60), now)).toBe('47 hours left');
    expect(timeToRespond(later(90), now)).toBe('90 minutes left');
    expect(timeToRespond(later(1), now)).toBe('1 minute left');
    expect(timeToRespond(later(0), now)).toBe('the deadline has passed');
    expect(timeToRespond(later(-30), now)).toBe('the deadline has passed');
  });

  it("puts a Decision-Making Group's case decisions and the gateway's health funding in writing, and nothing that needs a sitting", () => {
    expect(decisionsInWriting('dmg_children_in_care')).toContain('decision_to_issue');
    expect(decisionsInWriting('health_gateway')).toEqual(['health_funding']);
    expect(decisionsInWriting('quality')).toEqual([]);
  });

  it('gives the members between an hour and four weeks', () => {
    expect(respondByProblem(later(30), now)).toMatch(/at least an hour/);
    expect(respondByProblem(later(60), now)).toBeNull();
    expect(respondByProblem(later(28 * 24 * 60), now)).toBeNull();
    expect(respondByProblem(later(29 * 24 * 60), now)).toMatch(/at most 28 days/);
  });

  it('waits for the members who have not declared an interest and not responded', () => {
    expect(stillToRespond({ votingMembers: ['a', 'b', 'c'], responded: ['a'], recused: ['b'] })).toEqual([
      'c',
    ]);
  });

  it('reveals only after the deadline, or once every eligible member has voted', () => {
    const responses = { votingMembers: ['a', 'b', 'c'], responded: ['a', 'b'], recused: [] };
    expect(closingProblem(later(120), now, responses)).toBe(
      'The deadline has not passed (2 hours left) and 1 member has not responded yet. Reveal the votes after the deadline, or once every member has voted.',
    );
    expect(closingProblem(later(-1), now, responses)).toBeNull();
    expect(closingProblem(later(120), now, { ...responses, recused: ['c'] })).toBeNull();
    expect(closingProblem(later(120), now, { ...responses, responded: ['a', 'b', 'c'] })).toBeNull();
  });
});
