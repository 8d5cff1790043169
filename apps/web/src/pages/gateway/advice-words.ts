import type { HealthAdviceView } from '@convene/contracts';
import type { AdviceGateway, AdviceSource } from '@convene/domain';
import { longDate } from '../../format';

export const ADVICE_STATUS_LABELS: Record<HealthAdviceView['status'], string> = {
  awaiting_triage: 'Awaiting triage',
  with_team: 'With the team',
  returned: 'Returned',
  cancelled: 'Cancelled',
};

/**
 * Where a request for a gateway's advice comes from. The 0–2 pathway's referrals (a health visitor, community
 * paediatrics) are for health advice: the other gateways take requests from an EHC needs assessment only.
 */
export const adviceSourcesOf = (gateway: AdviceGateway): readonly AdviceSource[] => gateway.sources;

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** An advice against its 6 weeks (reg 8(1)), in words as well as a tag colour: status is never told by colour alone. */
export function adviceTime(advice: HealthAdviceView): {
  tag: string | null;
  tagClass: string;
  words: string;
} {
  if (advice.status === 'cancelled') return { tag: null, tagClass: '', words: 'Cancelled' };
  if (advice.returnedOn) {
    const late = advice.returnedOn > advice.dueOn;
    return {
      tag: late ? 'Late' : 'On time',
      tagClass: late ? 'govuk-tag--orange' : 'govuk-tag--green',
      words: `Returned ${longDate(advice.returnedOn)}`,
    };
  }
  const left = advice.daysLeft;
  if (left === null) return { tag: null, tagClass: '', words: `Due ${longDate(advice.dueOn)}` };
  if (advice.overdue || left < 0)
    return { tag: 'Overdue', tagClass: 'govuk-tag--red', words: `${days(Math.abs(left))} overdue` };
  if (left === 0) return { tag: 'Due soon', tagClass: 'govuk-tag--yellow', words: 'Due today' };
  if (left <= 7) return { tag: 'Due soon', tagClass: 'govuk-tag--yellow', words: `${days(left)} left` };
  return { tag: 'On track', tagClass: 'govuk-tag--green', words: `${days(left)} left` };
}

/** How the coordinator and the team name one advice in a heading or a message: by case and team, never by the child. */
export const adviceName = (advice: HealthAdviceView) =>
  `${advice.caseReference}${advice.team ? ` (${advice.team.name})` : ''}`;
