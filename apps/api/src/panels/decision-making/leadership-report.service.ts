import { BadRequestException, Injectable } from '@nestjs/common';
import type { DecisionReport, DecisionCounts } from '@convene/contracts';
import { percentOf } from '@convene/domain';
import { DataSource } from 'typeorm';
import { DECISION_BREAKDOWN, DECISION_COUNTS, DECISIONS_IN_PERIOD } from './decision-steps.query.js';

/**
 * Decisions for the SEND leadership team, for any period: by type and outcome, the refusal rate, and
 * trends by month, locality, primary need and school. Read from the requests' recorded steps, so
 * decisions recorded outside a meeting (imported, or entered by hand) count too.
 */
@Injectable()
export class LeadershipReportService {
  constructor(private readonly dataSource: DataSource) {}

  async decisions(from: string, to: string): Promise<DecisionReport> {
    if (from > to) throw new BadRequestException(['from must be on or before to']);
    const grouped = (dimension: string) =>
      this.dataSource.query(
        `SELECT ${dimension} AS key,
                ${DECISION_COUNTS}
           ${DECISIONS_IN_PERIOD}
          GROUP BY 1 ORDER BY 1`,
        [from, to],
      );
    const [[total], byMonth, byLocality, byNeed, bySetting] = await Promise.all([
      grouped(`'all'`),
      grouped(DECISION_BREAKDOWN.month),
      grouped(DECISION_BREAKDOWN.locality),
      grouped(DECISION_BREAKDOWN.need),
      grouped(DECISION_BREAKDOWN.setting),
    ]);
    const counts = (row: Record<string, number> | undefined): DecisionCounts => {
      const agreedToAssess = row?.agreed_to_assess ?? 0;
      const refusedToAssess = row?.refused_to_assess ?? 0;
      const decided = agreedToAssess + refusedToAssess;
      return {
        agreedToAssess,
        refusedToAssess,
        agreedToIssue: row?.agreed_to_issue ?? 0,
        notIssued: row?.not_issued ?? 0,
        refusalRate: percentOf(refusedToAssess, decided),
      };
    };
    const rows = (list: Record<string, unknown>[]) => list.map((row) => ({ key: String(row.key), ...counts(row as Record<string, number>) }));
    return {
      from,
      to,
      total: counts(total),
      byMonth: rows(byMonth),
      byLocality: rows(byLocality),
      byNeed: rows(byNeed),
      bySetting: rows(bySetting).sort((a, b) => b.agreedToAssess + b.refusedToAssess - (a.agreedToAssess + a.refusedToAssess)).slice(0, 20),
    };
  }
}
