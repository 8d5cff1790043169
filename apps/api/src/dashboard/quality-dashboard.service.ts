import { Injectable } from '@nestjs/common';
import type { DashboardQuality, QualityRow } from '@convene/contracts';
import { monthsEnding, percentOf } from '@convene/domain';
import { DataSource } from 'typeorm';
import { MODERATED_MONTH, MODERATED_PLAN_GRADES } from '../panels/quality/moderated-grades.query.js';
import { QualityFiguresRepository } from '../panels/quality/quality-figures.repository.js';
import {
  MODERATED_SENIOR_PLAN_GRADES,
  SENIOR_MODERATED_MONTH,
} from '../panels/quality/senior-sample-figures.query.js';
import { figurePeriod } from './figure-period.js';

const row = (key: string, moderated: number, meeting: number): QualityRow => ({
  key,
  moderated,
  meeting,
  percent: percentOf(meeting, moderated),
});

/**
 * Quality on the dashboard: plans and advices meeting the standard (a moderated grade of Good or Outstanding) in the
 * month asked for and the 12 months to its end, counted by the same queries as the Quality group's own figures:
 * plans moderated by the group or by seniors' samples, advices audited by the group.
 */
@Injectable()
export class QualityDashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async figures(month: string): Promise<DashboardQuality> {
    const months = monthsEnding(month, 12);
    const inMonth = figurePeriod(month, 'month');
    const rolling = figurePeriod(month, 'rolling');
    const figures = new QualityFiguresRepository(this.dataSource.manager);
    const [plansByMonth, advices] = await Promise.all([
      // Plans moderated by the group (tier 3) and by seniors between meetings (tier 2), as the group's own figures count them.
      figures.moderatedCounts(
        [
          { source: MODERATED_PLAN_GRADES, dimension: MODERATED_MONTH },
          { source: MODERATED_SENIOR_PLAN_GRADES, dimension: SENIOR_MODERATED_MONTH },
        ],
        rolling.from,
        rolling.to,
      ),
      // Advices by agency over the year, and those of them moderated in the month.
      figures.advicesByAgency(rolling.from, rolling.to, inMonth.from),
    ]);
    // Every month is listed, with zeros where none were moderated, so a gap in the chart reads as a gap.
    const byMonth = months.map((m) => plansByMonth.find((r) => r.key === m) ?? row(m, 0, 0));
    const sum = (rows: QualityRow[], key: string) =>
      row(
        key,
        rows.reduce((n, r) => n + r.moderated, 0),
        rows.reduce((n, r) => n + r.meeting, 0),
      );
    const yearKey = `${months[0]} to ${month}`;
    return {
      month,
      months,
      plans: { inMonth: byMonth.at(-1)!, rolling: sum(byMonth, yearKey), byMonth },
      // Every agency with an advice moderated in the year, so a month without one shows as none.
      advicesByAgency: advices.map((a) => ({
        agency: a.agency,
        inMonth: row(month, a.month_moderated, a.month_meeting),
        rolling: row(yearKey, a.moderated, a.meeting),
      })),
    };
  }
}
