import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ClockBadge from './ClockBadge.vue';

const clock = (daysLeft: number, status: 'on_track' | 'due_soon' | 'overdue') => ({
  milestone: 'decision_to_assess',
  label: 'Decision whether to assess',
  dueOn: '2026-04-13',
  daysLeft,
  status,
  week: 5,
  ofWeeks: 20,
});

describe('the clock badge', () => {
  it('says overdue in words, with how late, not by colour alone', () => {
    const text = mount(ClockBadge, { props: { clock: clock(-8, 'overdue') } }).text();
    expect(text).toContain('Overdue');
    expect(text).toContain('8 days late');
    expect(text).toContain('Decision whether to assess: 13 April 2026');
  });

  it('says due soon, and "due today" on the deadline day', () => {
    expect(mount(ClockBadge, { props: { clock: clock(3, 'due_soon') } }).text()).toContain('Due soon');
    expect(mount(ClockBadge, { props: { clock: clock(0, 'due_soon') } }).text()).toContain('due today');
  });

  it('shows the week of the path', () => {
    expect(mount(ClockBadge, { props: { clock: clock(20, 'on_track') } }).text()).toContain('Week 5 of 20');
  });

  it('says when no statutory deadline is running', () => {
    expect(mount(ClockBadge, { props: { clock: null } }).text()).toBe('No statutory deadline running');
  });
});
