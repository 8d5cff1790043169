import type { NotificationKind } from '@convene/domain';

/**
 * What each kind of notification needs to be written. Cases are named by their reference only: these words go by
 * email, and a child's name or date of birth must never leave Convene that way. No free text typed by a person
 * (a reason, a note) goes into a notification either, for the same reason.
 */
export interface NotificationFacts {
  agenda_ready: { meetingTitle: string; startsAt: string; changed: boolean; items: number };
  voting_waiting: { meetingTitle: string; caseReference: string | null; scoring: boolean };
  advice_triaged: { caseReference: string; teamName: string; dueOn: string };
  advice_due_soon: { caseReference: string; teamName: string; dueOn: string };
  advice_overdue: { caseReference: string; teamName: string; dueOn: string };
  advice_pushed_back: { caseReference: string; teamName: string };
  case_decided: {
    caseReference: string;
    decision: string;
    outcome: string;
    /** The outcome is written to the family (a refusal to assess, a decision not to issue): the letter waits for the officer. */
    letter: boolean;
  };
  dip_sample_waiting: { meetingTitle: string; plans: number };
  annual_review_due_soon: { caseReference: string; dueOn: string };
  annual_review_overdue: { caseReference: string; dueOn: string };
  statutory_deadline_this_week: { caseReference: string; deadline: string; dueOn: string };
  sign_in_failures: { failures: number };
  action_assigned: ActionFacts;
  action_due_tomorrow: ActionFacts;
  action_overdue: ActionFacts;
}

/** An action by its case reference (if it has a case) and due day; what is to be done is free text, so never here. */
interface ActionFacts {
  caseReference: string | null;
  dueOn: string;
  /** The team that owns it; null when it is the person's own. */
  teamName: string | null;
}

/** A notification in words: one line for the list and the email's subject, then what to do about it. */
export interface NotificationWords {
  title: string;
  paragraphs: string[];
}

type Templates = { [K in NotificationKind]: (facts: NotificationFacts[K]) => NotificationWords };

/** Every notification Convene writes, in plain English, in one place. */
const TEMPLATES: Templates = {
  agenda_ready: (f) => ({
    title: `${f.changed ? 'The agenda has changed' : 'The agenda is ready'}: ${f.meetingTitle}`,
    paragraphs: [
      `The agenda for ${f.meetingTitle} on ${f.startsAt} ${f.changed ? 'has changed' : 'is ready'}. It has ${plural(f.items, 'item')}.`,
      'Please read the papers before the meeting. The meeting is attached for your calendar.',
    ],
  }),
  voting_waiting: (f) => ({
    title: `${f.scoring ? 'Scoring' : 'Voting'} is open${f.caseReference ? ` on ${f.caseReference}` : ''}: ${f.meetingTitle}`,
    paragraphs: [
      `The chair of ${f.meetingTitle} has opened ${f.scoring ? 'scoring' : 'voting'}${f.caseReference ? ` on case ${f.caseReference}` : ''}. Your ${f.scoring ? 'scores are' : 'vote is'} waiting.`,
    ],
  }),
  advice_triaged: (f) => ({
    title: `Advice for ${f.caseReference} was triaged to ${f.teamName}`,
    paragraphs: [
      `The Health Gateway asked ${f.teamName} for advice on case ${f.caseReference}.`,
      `Please accept it, or push it back with a reason. It is due by ${f.dueOn} (6 weeks from the request, SEND Regulations 2014, regulation 8).`,
    ],
  }),
  advice_due_soon: (f) => ({
    title: `Advice for ${f.caseReference} is due by ${f.dueOn}`,
    paragraphs: [
      `${f.teamName}'s advice on case ${f.caseReference} is due by ${f.dueOn}, within a week.`,
      'The 6-week time limit is set in law (SEND Regulations 2014, regulation 8).',
    ],
  }),
  advice_overdue: (f) => ({
    title: `Advice for ${f.caseReference} is overdue`,
    paragraphs: [
      `${f.teamName}'s advice on case ${f.caseReference} was due by ${f.dueOn} and has not been returned.`,
      'The 6-week time limit is set in law (SEND Regulations 2014, regulation 8). Please return it, or tell the Designated Clinical Officer why it is late.',
    ],
  }),
  advice_pushed_back: (f) => ({
    title: `${f.teamName} pushed back the advice request for ${f.caseReference}`,
    paragraphs: [
      `${f.teamName} pushed back the request for advice on case ${f.caseReference}. Their reason is in Convene.`,
      'Please triage it again at the next Health Gateway.',
    ],
  }),
  case_decided: (f) => ({
    title: `Your case ${f.caseReference} was decided: ${f.outcome}`,
    paragraphs: [
      `The panel recorded its decision on case ${f.caseReference} (${f.decision}): ${f.outcome}.`,
      f.letter
        ? 'The letter to the family, with the reasons and their rights to mediation and appeal, is ready in Convene for you to check and send. It is not attached here because it names the child.'
        : 'The reasons are in Convene.',
    ],
  }),
  dip_sample_waiting: (f) => ({
    title: `A dip sample waits for your scores: ${f.meetingTitle}`,
    paragraphs: [
      `${plural(f.plans, 'plan')} were sampled for ${f.meetingTitle}. Please score each before the meeting.`,
    ],
  }),
  annual_review_due_soon: (f) => ({
    title: `The annual review of ${f.caseReference} is due by ${f.dueOn}`,
    paragraphs: [
      `The annual review of case ${f.caseReference}'s plan is due by ${f.dueOn}, within 4 weeks.`,
      'A plan must be reviewed within 12 months (Children and Families Act 2014, section 44).',
    ],
  }),
  annual_review_overdue: (f) => ({
    title: `The annual review of ${f.caseReference} is overdue`,
    paragraphs: [
      `The annual review of case ${f.caseReference}'s plan was due by ${f.dueOn} and has not been held.`,
      'A plan must be reviewed within 12 months (Children and Families Act 2014, section 44).',
    ],
  }),
  statutory_deadline_this_week: (f) => ({
    title: `${f.caseReference}: ${f.deadline} is due by ${f.dueOn}`,
    paragraphs: [`Case ${f.caseReference}: the ${f.deadline} is due by ${f.dueOn}, this week.`],
  }),
  sign_in_failures: (f) => ({
    title: 'Someone failed to sign in to your account several times',
    paragraphs: [
      `There were ${f.failures} failed attempts to sign in to your Convene account in a row.`,
      'If this was not you, tell your administrator. Your account stays locked to new browsers for 15 minutes.',
    ],
  }),
  action_assigned: (f) => ({
    title: `An action${onCase(f)} was given to ${owner(f)}, due by ${f.dueOn}`,
    paragraphs: [
      `An action${onCase(f)} was agreed and given to ${owner(f)}. It is due by ${f.dueOn}.`,
      'What is to be done is in Convene, under "Actions".',
    ],
  }),
  action_due_tomorrow: (f) => ({
    title: `An action${onCase(f)} is due tomorrow, ${f.dueOn}`,
    paragraphs: [
      `An action${onCase(f)} given to ${owner(f)} is due tomorrow, ${f.dueOn}.`,
      'When it is done, mark it done in Convene with a note of what was done.',
    ],
  }),
  action_overdue: (f) => ({
    title: `An action${onCase(f)} is overdue`,
    paragraphs: [
      `An action${onCase(f)} given to ${owner(f)} was due by ${f.dueOn} and is still open.`,
      'Please do it, or mark it done or cancelled in Convene with a note.',
    ],
  }),
};

const onCase = (f: ActionFacts) => (f.caseReference ? ` on case ${f.caseReference}` : '');
const owner = (f: ActionFacts) => (f.teamName ? `your team (${f.teamName})` : 'you');

export function wordsFor<K extends NotificationKind>(
  kind: K,
  facts: NotificationFacts[K],
): NotificationWords {
  return (TEMPLATES[kind] as (facts: NotificationFacts[K]) => NotificationWords)(facts);
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Where an email's link goes: the sign-in page, which then opens what the email is about. */
export function signInLink(publicUrl: string, linkPath: string): string {
  return `${publicUrl.replace(/\/$/, '')}/sign-in?next=${encodeURIComponent(linkPath)}`;
}

const FOOTER =
  'You can choose which of these emails you get, and have them gathered in one email a day, under "Notifications" in Convene. Emails from Convene never name a child.';

/** One notification's email: a text part and an HTML part saying the same. */
export function renderEmail(words: NotificationWords, link: string): RenderedEmail {
  return render(words.title, [words.paragraphs], link);
}

/** The daily digest: each notification of the day as a heading and its words. */
export function renderDigest(day: string, items: readonly NotificationWords[], link: string): RenderedEmail {
  const title = `Your Convene digest for ${day}: ${plural(items.length, 'notification')}`;
  return render(
    title,
    items.map((item) => [item.title, ...item.paragraphs]),
    link,
  );
}

function render(title: string, blocks: readonly (readonly string[])[], link: string): RenderedEmail {
  const text = [
    ...blocks.map((block) => block.join('\n\n')),
    `Sign in to Convene to see it: ${link}`,
    '--',
    FOOTER,
  ].join('\n\n');
  const html = [
    '<!doctype html>',
    `<html lang="en"><body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4">`,
    ...blocks.map((block) => block.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')),
    `<p><a href="${escapeHtml(link)}">Sign in to Convene to see it</a></p>`,
    `<hr><p style="font-size: 14px">${escapeHtml(FOOTER)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: `Convene: ${title}`, text, html };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
