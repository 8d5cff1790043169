import {
  DISAGREEMENT_DECISION_TYPE_LABELS,
  formatCalendarDate,
  FUNDING_BAND_LABELS,
  PANEL_REQUEST_KIND_LABELS,
  PERSONAL_BUDGET_PURPOSE_LABELS,
  SETTING_TYPE_LABELS,
} from '@convene/domain';
import type { LeadershipPackFigures, ModeratingTier } from './leadership-packs.js';

/**
 * The leadership pack's sections, tables and charts, built once from its figures for both the page and the PDF, so
 * the two never say different things. Every chart is drawn from its table's figures and sits just before it.
 */

/** A bar chart of some of a table's figures: one bar per category and series. */
export interface PackChart {
  /** What the chart shows, in words: the chart's text alternative. */
  summary: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** The value of a full-length bar: 100 for a percentage. */
  max: number;
  unit: 'percent' | 'count' | 'pounds';
}

export interface PackTable {
  caption: string;
  headers: string[];
  /** Each cell as the reader sees it. */
  rows: string[][];
  chart?: PackChart;
}

export interface PackSection {
  id: string;
  title: string;
  /** Short statements before the tables. */
  lines: string[];
  tables: PackTable[];
}

/** "March 2026" for 2026-03. */
export function packMonthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number - 1, 1)).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const shortMonth = (month: string) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number - 1, 1)).toLocaleDateString('en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
};

/** "86.0%", or "No figure" where there was nothing to count. */
export const packPercent = (percent: number | null) =>
  percent === null ? 'No figure' : `${percent.toFixed(1)}%`;

/** "£12,345" from whole pence, to the pound. */
export const packPounds = (pence: number) =>
  `£${Math.round(pence / 100).toLocaleString('en-GB', { maximumFractionDigits: 0 })}`;

const count = (n: number) => String(n);
const TIER_LABELS: Record<ModeratingTier, string> = {
  seniors: "Seniors' dip samples (tier 2)",
  group: 'Quality and Compliance Group (tier 3)',
};
const maxOf = (values: (number | null)[]) => Math.max(1, ...values.map((v) => v ?? 0));

export function leadershipPackSections(f: LeadershipPackFigures): PackSection[] {
  return [decisions(f), timeliness(f), reviews(f), quality(f), disagreements(f)];
}

function decisions(f: LeadershipPackFigures): PackSection {
  const month = packMonthLabel(f.month);
  const { inMonth, rolling } = f.decisions;
  const byMonth = f.months.map(
    (m) =>
      rolling.byMonth.find((row) => row.key === m) ?? {
        key: m,
        agreedToAssess: 0,
        refusedToAssess: 0,
        agreedToIssue: 0,
        notIssued: 0,
        refusalRate: null,
      },
  );
  const requests = f.panelRequests;
  const kinds = requests.inMonth.map((row, index) => ({ month: row, year: requests.rolling[index]! }));
  const amountsByMonth = requests.byMonth.map((m) => ({
    month: m.month,
    placements: m.kinds.find((k) => k.kind === 'placement_change')?.agreed ?? 0,
    funding: m.kinds.find((k) => k.kind === 'funding')?.agreedPence ?? 0,
    budgets: m.kinds.find((k) => k.kind === 'personal_budget')?.agreedPence ?? 0,
  }));
  const detail = <K extends string>(
    rows: { key: K; agreed: number; agreedPence: number }[],
    labels: Record<K, string>,
    money: boolean,
  ) =>
    rows.map((row) => [labels[row.key], count(row.agreed), ...(money ? [packPounds(row.agreedPence)] : [])]);
  return {
    id: 'decisions',
    title: 'Decisions',
    lines: [],
    tables: [
      {
        caption: `Decisions of the Decision-Making Group: ${month} and the 12 months to its end`,
        headers: ['Decision', month, '12 months'],
        rows: [
          ['Agreed to assess', count(inMonth.total.agreedToAssess), count(rolling.total.agreedToAssess)],
          ['Refused to assess', count(inMonth.total.refusedToAssess), count(rolling.total.refusedToAssess)],
          ['Refusal rate', packPercent(inMonth.total.refusalRate), packPercent(rolling.total.refusalRate)],
          ['Agreed to issue a plan', count(inMonth.total.agreedToIssue), count(rolling.total.agreedToIssue)],
          ['Decided not to issue', count(inMonth.total.notIssued), count(rolling.total.notIssued)],
        ],
      },
      {
        caption: 'Decisions whether to assess and to issue, by month',
        headers: ['Month', 'Agreed to assess', 'Refused to assess', 'Agreed to issue', 'Not issued'],
        rows: byMonth.map((row) => [
          shortMonth(row.key),
          count(row.agreedToAssess),
          count(row.refusedToAssess),
          count(row.agreedToIssue),
          count(row.notIssued),
        ]),
        chart: {
          summary: 'Decisions whether to assess by month: agreed and refused',
          categories: byMonth.map((row) => shortMonth(row.key)),
          series: [
            { name: 'Agreed to assess', values: byMonth.map((row) => row.agreedToAssess) },
            { name: 'Refused to assess', values: byMonth.map((row) => row.refusedToAssess) },
          ],
          max: maxOf(byMonth.flatMap((row) => [row.agreedToAssess, row.refusedToAssess])),
          unit: 'count',
        },
      },
      {
        caption: `Changes of placement, additional funding and personal budgets: ${month} and the 12 months`,
        headers: [
          'Request',
          `Agreed in ${month}`,
          `Refused in ${month}`,
          `Amount agreed in ${month}`,
          'Agreed in 12 months',
          'Amount agreed in 12 months',
        ],
        rows: kinds.map(({ month: m, year: y }) => [
          PANEL_REQUEST_KIND_LABELS[m.kind],
          count(m.agreed),
          count(m.refused),
          m.kind === 'placement_change' ? 'No amount' : packPounds(m.agreedPence),
          count(y.agreed),
          y.kind === 'placement_change' ? 'No amount' : packPounds(y.agreedPence),
        ]),
      },
      {
        caption: 'Funding and personal budgets agreed, and changes of placement agreed, by month',
        headers: [
          'Month',
          'Additional funding agreed',
          'Personal budgets agreed',
          'Changes of placement agreed',
        ],
        rows: amountsByMonth.map((m) => [
          shortMonth(m.month),
          packPounds(m.funding),
          packPounds(m.budgets),
          count(m.placements),
        ]),
        chart: {
          summary: 'Additional funding and personal budgets agreed by month, in pounds a year',
          categories: amountsByMonth.map((m) => shortMonth(m.month)),
          series: [
            { name: 'Additional funding', values: amountsByMonth.map((m) => Math.round(m.funding / 100)) },
            { name: 'Personal budgets', values: amountsByMonth.map((m) => Math.round(m.budgets / 100)) },
          ],
          max: maxOf(
            amountsByMonth.flatMap((m) => [Math.round(m.funding / 100), Math.round(m.budgets / 100)]),
          ),
          unit: 'pounds',
        },
      },
      {
        caption: `Additional funding agreed in ${month}, by band`,
        headers: ['Band', 'Agreed', 'Amount a year'],
        rows: detail(requests.fundingByBand, FUNDING_BAND_LABELS, true),
      },
      {
        caption: `Personal budgets agreed in ${month}, by purpose`,
        headers: ['Purpose', 'Agreed', 'Amount a year'],
        rows: detail(requests.personalBudgetsByPurpose, PERSONAL_BUDGET_PURPOSE_LABELS, true),
      },
      {
        caption: `Changes of placement agreed in ${month}, by the new setting`,
        headers: ['Setting', 'Agreed'],
        rows: detail(requests.placementsBySettingType, SETTING_TYPE_LABELS, false),
      },
    ],
  };
}

function timeliness(f: LeadershipPackFigures): PackSection {
  const plans = f.timeliness.withoutExceptions;
  const withExceptions = f.timeliness.withExceptions;
  const dta = f.decisionsToAssess.withoutExceptions;
  const advices = f.timeliness.advicesInTime;
  const adviceLabel = (a: { agency: string; adviceKind: string }) =>
    `${a.agency} (${a.adviceKind.replace(/_/g, ' ')})`;
  return {
    id: 'timeliness',
    title: 'Timeliness',
    lines: [
      `Requests open more than 20 weeks on ${formatCalendarDate(f.countedOn)}: ${f.timeliness.openOverTwentyWeeks}.`,
      `Target for decisions whether to assess within 6 weeks: above ${f.decisionsToAssess.targetPercent}%.`,
    ],
    tables: [
      {
        caption: 'EHC plans issued within 20 weeks, by month',
        headers: [
          'Month',
          'Issued',
          'In 20 weeks',
          '% without exceptions',
          '% with exceptions',
          '12 months, without exceptions',
        ],
        rows: plans.map((row, i) => [
          shortMonth(row.month),
          count(row.issued),
          count(row.inTwentyWeeks),
          packPercent(row.percent),
          packPercent(withExceptions[i]?.percent ?? null),
          packPercent(row.rolling.percent),
        ]),
        chart: {
          summary: 'EHC plans issued within 20 weeks by month, without exceptions',
          categories: plans.map((row) => shortMonth(row.month)),
          series: [{ name: 'Issued in 20 weeks', values: plans.map((row) => row.percent) }],
          max: 100,
          unit: 'percent',
        },
      },
      {
        caption: 'Decisions whether to assess within 6 weeks, by month (without exceptions)',
        headers: ['Month', 'Decided', 'In 6 weeks', '%', '12 months'],
        rows: dta.map((row) => [
          shortMonth(row.month),
          count(row.decided),
          count(row.inSixWeeks),
          packPercent(row.percent),
          packPercent(row.rolling.percent),
        ]),
        chart: {
          summary: 'Decisions whether to assess within 6 weeks by month',
          categories: dta.map((row) => shortMonth(row.month)),
          series: [{ name: 'Decided in 6 weeks', values: dta.map((row) => row.percent) }],
          max: 100,
          unit: 'percent',
        },
      },
      {
        caption: 'Advices returned within 6 weeks over the 12 months, by agency',
        headers: ['Agency', 'Due', 'On time', '%'],
        rows: advices.map((a) => [adviceLabel(a), count(a.due), count(a.onTime), packPercent(a.percent)]),
        chart: {
          summary: 'Advices returned within 6 weeks by agency',
          categories: advices.map(adviceLabel),
          series: [{ name: 'On time', values: advices.map((a) => a.percent) }],
          max: 100,
          unit: 'percent',
        },
      },
    ],
  };
}

function reviews(f: LeadershipPackFigures): PackSection {
  const months = f.annualReviews.annualReviews;
  return {
    id: 'reviews',
    title: 'Annual reviews and phase transfers',
    lines: [],
    tables: [
      {
        caption: 'Annual reviews held on time, by the month they fell due',
        headers: ['Month', 'Due', 'On time', 'Late', 'Overdue', '% on time', '12 months'],
        rows: months.map((row) => [
          shortMonth(row.month),
          count(row.due),
          count(row.heldOnTime),
          count(row.heldLate),
          count(row.overdue),
          packPercent(row.percentOnTime),
          packPercent(row.rolling.percentOnTime),
        ]),
        chart: {
          summary: 'Annual reviews held on time by month',
          categories: months.map((row) => shortMonth(row.month)),
          series: [{ name: 'Held on time', values: months.map((row) => row.percentOnTime) }],
          max: 100,
          unit: 'percent',
        },
      },
      {
        caption: 'Phase transfers: plans amended by the deadline',
        headers: ['Deadline', 'Due', 'By the deadline', 'Late', 'Outstanding', '% by the deadline'],
        rows: f.annualReviews.phaseTransfers.map((t) => [
          formatCalendarDate(t.deadline),
          count(t.due),
          count(t.byDeadline),
          count(t.late),
          count(t.outstanding),
          packPercent(t.percentByDeadline),
        ]),
      },
    ],
  };
}

function quality(f: LeadershipPackFigures): PackSection {
  const plans = f.quality.plans;
  const advices = f.quality.advicesByAgency;
  return {
    id: 'quality',
    title: 'Quality',
    lines: [
      `Plans meeting the standard (moderated Good or Outstanding by the Quality and Compliance Group and by seniors' samples): ${packPercent(plans.inMonth.percent)} in ${packMonthLabel(f.month)} (${plans.inMonth.meeting} of ${plans.inMonth.moderated}); ${packPercent(plans.rolling.percent)} over 12 months (${plans.rolling.meeting} of ${plans.rolling.moderated}).`,
    ],
    tables: [
      {
        caption: 'Plans meeting the standard, by month',
        headers: ['Month', 'Moderated', 'Meeting the standard', '%'],
        rows: plans.byMonth.map((row) => [
          shortMonth(row.key),
          count(row.moderated),
          count(row.meeting),
          packPercent(row.percent),
        ]),
        chart: {
          summary: 'Plans meeting the standard by month',
          categories: plans.byMonth.map((row) => shortMonth(row.key)),
          series: [{ name: 'Meeting the standard', values: plans.byMonth.map((row) => row.percent) }],
          max: 100,
          unit: 'percent',
        },
      },
      {
        caption: 'Plans meeting the standard, by the tier that moderated them',
        headers: [
          'Tier',
          `Moderated in ${packMonthLabel(f.month)}`,
          'Meeting the standard',
          '%',
          'Moderated in 12 months',
          'Meeting the standard',
          '%',
        ],
        rows: f.qualityByTier.map((t) => [
          TIER_LABELS[t.tier],
          count(t.inMonth.moderated),
          count(t.inMonth.meeting),
          packPercent(t.inMonth.percent),
          count(t.rolling.moderated),
          count(t.rolling.meeting),
          packPercent(t.rolling.percent),
        ]),
      },
      {
        caption: 'Advices meeting the standard over the 12 months, by agency',
        headers: ['Agency', 'Moderated', 'Meeting the standard', '%'],
        rows: advices.map((a) => [
          a.agency,
          count(a.rolling.moderated),
          count(a.rolling.meeting),
          packPercent(a.rolling.percent),
        ]),
        chart: {
          summary: 'Advices meeting the standard by agency, over the 12 months',
          categories: advices.map((a) => a.agency),
          series: [{ name: 'Meeting the standard', values: advices.map((a) => a.rolling.percent) }],
          max: 100,
          unit: 'percent',
        },
      },
    ],
  };
}

/** "12.5", or "No figure" where there were no decisions to set the appeals against. */
const perThousand = (rate: number | null) => (rate === null ? 'No figure' : rate.toFixed(1));
const days = (n: number | null) => (n === null ? 'No figure' : String(n));

function disagreements(f: LeadershipPackFigures): PackSection {
  const { byMonth, byDecisionType } = f.disagreements;
  const year = byMonth.at(-1)?.rolling;
  const month = packMonthLabel(f.month);
  return {
    id: 'disagreements',
    title: 'Complaints, mediations and appeals',
    lines: year
      ? [
          `Over the 12 months to the end of ${month}: ${year.complaints} complaints, ${year.mediations} mediations and ${year.appeals} appeals to the First-tier Tribunal (SEND), ${perThousand(year.appealsPerThousand)} appeals per 1,000 appealable decisions.`,
          `Appeals decided: ${year.appealsDecided}, of which ${year.againstTheCouncil} went against the council (conceded or upheld): ${packPercent(year.percentAgainstTheCouncil)}. Days from the decision to the appeal registered: median ${days(year.medianDaysToRegister)}, longest ${days(year.longestDaysToRegister)}.`,
        ]
      : [],
    tables: [
      {
        caption: 'Complaints, mediations and appeals opened, by month',
        headers: [
          'Month',
          'Complaints',
          'Mediations',
          'Appeals',
          'Appeals per 1,000 decisions',
          'Appeals decided',
          'Against the council',
        ],
        rows: byMonth.map((row) => [
          shortMonth(row.month),
          count(row.complaints),
          count(row.mediations),
          count(row.appeals),
          perThousand(row.appealsPerThousand),
          count(row.appealsDecided),
          count(row.againstTheCouncil),
        ]),
        chart: {
          summary: 'Complaints, mediations and appeals opened by month',
          categories: byMonth.map((row) => shortMonth(row.month)),
          series: [
            { name: 'Complaints', values: byMonth.map((row) => row.complaints) },
            { name: 'Mediations', values: byMonth.map((row) => row.mediations) },
            { name: 'Appeals', values: byMonth.map((row) => row.appeals) },
          ],
          max: maxOf(byMonth.flatMap((row) => [row.complaints, row.mediations, row.appeals])),
          unit: 'count',
        },
      },
      {
        caption: 'Over the 12 months, by the decision challenged',
        headers: [
          'Decision challenged',
          'Complaints',
          'Mediations',
          'Appeals',
          'Appeals per 1,000 decisions',
          '% of decided appeals against the council',
          'Median days to register',
        ],
        rows: byDecisionType.map((row) => [
          DISAGREEMENT_DECISION_TYPE_LABELS[row.decisionType],
          count(row.rolling.complaints),
          count(row.rolling.mediations),
          count(row.rolling.appeals),
          perThousand(row.rolling.appealsPerThousand),
          packPercent(row.rolling.percentAgainstTheCouncil),
          days(row.rolling.medianDaysToRegister),
        ]),
      },
    ],
  };
}
