import { NOTIFICATION_KINDS } from '@convene/domain';
import { describe, expect, it } from 'vitest';
import {
  renderDigest,
  renderEmail,
  signInLink,
  wordsFor,
  type NotificationFacts,
} from './notification-templates.js';

/** One example of every kind's facts, as the causes give them. */
const EXAMPLES: NotificationFacts = {
  agenda_ready: {
    meetingTitle: 'Decision-Making Group, Wednesday 9 December 2026',
    startsAt: '9 December 2026',
    changed: false,
    items: 7,
  },
  voting_waiting: { meetingTitle: 'Decision-Making Group', caseReference: 'FS-0042', scoring: false },
  advice_triaged: {
    caseReference: 'FS-0042',
    teamName: 'Speech and language therapy',
    dueOn: '14 January 2027',
  },
  advice_due_soon: {
    caseReference: 'FS-0042',
    teamName: 'Speech and language therapy',
    dueOn: '14 January 2027',
  },
  advice_overdue: {
    caseReference: 'FS-0042',
    teamName: 'Speech and language therapy',
    dueOn: '14 January 2027',
  },
  advice_pushed_back: { caseReference: 'FS-0042', teamName: 'Occupational therapy' },
  case_decided: { caseReference: 'FS-0042', decision: 'decision to assess', outcome: 'refuse', letter: true },
  dip_sample_waiting: { meetingTitle: 'Quality and Compliance Group, December', plans: 6 },
  annual_review_due_soon: { caseReference: 'FS-0042', dueOn: '3 January 2027' },
  annual_review_overdue: { caseReference: 'FS-0042', dueOn: '3 December 2026' },
  statutory_deadline_this_week: {
    caseReference: 'FS-0042',
    deadline: 'final plan (20 weeks)',
    dueOn: '11 December 2026',
  },
  sign_in_failures: { failures: 5 },
  action_assigned: { caseReference: 'FS-0042', dueOn: '14 December 2026', teamName: null },
  action_due_tomorrow: {
    caseReference: 'FS-0042',
    dueOn: '8 December 2026',
    teamName: 'Speech and language therapy',
  },
  action_overdue: { caseReference: null, dueOn: '1 December 2026', teamName: null },
};

const link = signInLink('https://convene.fernshire.example/', '/meetings/1');

describe('the words of every notification', () => {
  it.each(NOTIFICATION_KINDS)('%s reads as written', (kind) => {
    const words = wordsFor(kind, EXAMPLES[kind] as never);
    expect(renderEmail(words, link).text).toMatchSnapshot();
  });

  it('says the same in the HTML part, with what was typed escaped', () => {
    const email = renderEmail({ title: 'A <b> & "c"', paragraphs: ['One & two'] }, link);
    expect(email.subject).toBe('Convene: A <b> & "c"');
    expect(email.html).toContain('<p>One &amp; two</p>');
    expect(email.html).toContain(`<a href="${link}">Sign in to Convene to see it</a>`);
    expect(email.html).not.toContain('<b>');
  });

  it('gathers a day’s notifications into one digest', () => {
    const digest = renderDigest(
      '7 December 2026',
      [
        wordsFor('advice_due_soon', EXAMPLES.advice_due_soon),
        wordsFor('dip_sample_waiting', EXAMPLES.dip_sample_waiting),
      ],
      signInLink('https://convene.fernshire.example', '/'),
    );
    expect(digest.subject).toBe('Convene: Your Convene digest for 7 December 2026: 2 notifications');
    expect(digest.text).toMatchSnapshot();
  });
});
