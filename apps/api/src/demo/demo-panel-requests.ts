import type { PanelRequestKind, SeededRandom } from '@convene/domain';
import { addDays } from './demo-calendar.js';
import { demoId } from './demo-id.js';
import { SCHOOLS } from './demo-names.js';
import type { ChildRow, PanelRequestRow } from './demo-rows.js';

const SUMMARIES: Record<PanelRequestKind, string[]> = {
  placement_change: [
    'Needs have grown beyond what the current school can make with its resources; the family and the school both support a move.',
    'The annual review found the child is not making progress in mainstream despite the provision in the plan.',
  ],
  funding: [
    'The plan specifies 1:1 support for most of the day; the school cannot fund it from its notional SEN budget.',
    'Additional speech and language therapy sessions specified in section F after the annual review.',
  ],
  personal_budget: [
    'Parents will arrange travel to school themselves; a personal transport budget is cheaper than a taxi.',
    'Parents ask to commission the specified therapy directly, with the provider the child already knows.',
  ],
};

/**
 * A request the Family Link Officer brought for a child with a plan, a few weeks before the sitting that
 * hears it: decided at a past sitting (agreed, as the minutes show), awaiting the panel for a coming one.
 */
export function demoPanelRequest(
  random: SeededRandom,
  kind: PanelRequestKind,
  child: ChildRow,
  locality: string,
  sittingOn: string,
  decided: boolean,
): PanelRequestRow {
  const schools = SCHOOLS[locality] ?? Object.values(SCHOOLS)[0]!;
  const periodStart = addDays(sittingOn, 7 * random.integer(3, 8));
  const base = {
    id: demoId(random),
    childId: child.id,
    kind,
    summary: random.pick(SUMMARIES[kind]),
    settingName: null,
    settingType: null,
    amountPence: null,
    band: null,
    purpose: null,
    startsOn: null,
    endsOn: null,
    status: decided ? ('agreed' as const) : ('awaiting_panel' as const),
    raisedById: child.familyLinkOfficerId,
    raisedAt: new Date(`${addDays(sittingOn, -random.integer(5, 20))}T10:00:00Z`),
    decidedOn: decided ? sittingOn : null,
  };
  switch (kind) {
    case 'placement_change':
      return random.chance(0.6)
        ? { ...base, settingName: schools.special, settingType: 'maintained_special', startsOn: periodStart }
        : {
            ...base,
            settingName: `${schools.secondary} (resourced provision)`,
            settingType: 'resourced_provision',
            startsOn: periodStart,
          };
    case 'funding':
      return {
        ...base,
        amountPence: random.integer(30, 180) * 10_000,
        band: random.pick(['band_2', 'band_3', 'band_4', 'band_5'] as const),
        startsOn: periodStart,
        endsOn: addDays(periodStart, 364),
      };
    case 'personal_budget':
      return {
        ...base,
        amountPence: random.integer(8, 40) * 10_000,
        purpose: random.pick(['transport', 'therapy', 'short_breaks'] as const),
        startsOn: periodStart,
        endsOn: addDays(periodStart, 364),
      };
  }
}
