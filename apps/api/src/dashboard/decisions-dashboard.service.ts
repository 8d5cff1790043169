import { Injectable } from '@nestjs/common';
import type { DashboardDecisions } from '@convene/contracts';
import { monthsEnding } from '@convene/domain';
import { LeadershipReportService } from '../panels/decision-making/leadership-report.service.js';
import { figurePeriod } from './figure-period.js';

/** Decisions on the dashboard: the leadership report for the month asked for, and for the 12 months to its end. */
@Injectable()
export class DecisionsDashboardService {
  constructor(private readonly report: LeadershipReportService) {}

  async figures(month: string): Promise<DashboardDecisions> {
    const inMonth = figurePeriod(month, 'month');
    const rolling = figurePeriod(month, 'rolling');
    const [monthReport, rollingReport] = await Promise.all([
      this.report.decisions(inMonth.from, inMonth.to),
      this.report.decisions(rolling.from, rolling.to),
    ]);
    return { month, months: monthsEnding(month, 12), inMonth: monthReport, rolling: rollingReport };
  }
}
