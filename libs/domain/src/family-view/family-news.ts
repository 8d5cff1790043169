import { formatCalendarDate, type CalendarDate } from '../calendar-date/calendar-date.js';
import type { RequestStage } from '../vocabulary/requests.js';
import { draftCommentsLastDay } from './family-request-view.js';

/*
 * What a family is told by email when their child's request moves. An email can be read over a shoulder or land
 * in a shared inbox, so it never names the child and never says what was decided: it says that something changed
 * and asks them to sign in, where the decision, its letter and the reasons wait.
 */

/** Something that changed on a request that its family hears of. */
export type FamilyNews =
  | { kind: 'step'; stage: RequestStage; occurredOn: CalendarDate }
  /** A time limit moved: the council recorded an exception to the 6- or 20-week limit (reg 5(4) or 10(4)). */
  | { kind: 'time_limit_changed' };

export interface FamilyNewsWords {
  subject: string;
  paragraphs: string[];
}

const HELP = 'Your Family Link Officer can help with any questions.';
const SIGN_IN = `Sign in to Convene to read it. ${HELP}`;

/** The words for a piece of news, or null where the change is not one a family is told of (the request arriving). */
export function familyNewsWords(news: FamilyNews): FamilyNewsWords | null {
  if (news.kind === 'time_limit_changed')
    return {
      subject: 'A date on your child’s request has changed',
      paragraphs: [
        'We have changed when the next step of your child’s request is due, and written down why.',
        `Sign in to Convene to see the new date and the reason. ${HELP}`,
      ],
    };
  switch (news.stage) {
    case 'assessment':
    case 'refused':
      return decided('whether to do an assessment of your child’s needs');
    case 'decision_to_issue':
    case 'not_issued':
      return decided('whether to write an Education, Health and Care plan for your child');
    case 'draft_issued':
      return {
        subject: 'Your child’s draft plan is ready to read',
        paragraphs: [
          'We have written a draft Education, Health and Care plan for your child.',
          `Please read it and tell us what you think, and which school or college you would like. You can do this until ${formatCalendarDate(draftCommentsLastDay(news.occurredOn))}.`,
          SIGN_IN,
        ],
      };
    case 'final_issued':
      return {
        subject: 'Your child’s final plan is ready',
        paragraphs: ['We have sent the final Education, Health and Care plan for your child.', SIGN_IN],
      };
    case 'withdrawn':
      return {
        subject: 'Your child’s request has been closed',
        paragraphs: ['The request for your child has been closed.', SIGN_IN],
      };
    case 'received':
      return null;
  }
}

function decided(what: string): FamilyNewsWords {
  return {
    subject: 'We have made a decision about your child’s request',
    paragraphs: [
      `We have decided ${what}.`,
      `Sign in to Convene to read our decision and its letter. ${HELP}`,
    ],
  };
}
