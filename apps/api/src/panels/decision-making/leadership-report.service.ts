import { BadRequestException, Injectable } from '@nestjs/common';
import type { DecisionReport, DecisionCounts } from '@convene/contracts';
import { percentOf } from '@convene/domain';
import { DataSource } from 'typeorm';
import { LeadershipReportRepository } from './leadership-report.repository.js';

const BREAKDOWNS = ['month', 'locality', 'need', 'setting'] as const;
type Breakdown = (typeof BREAKDOWNS)[number];

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
    // One pass over the period's decisions for the total and every breakdown (GROUPING SETS), not one query each.
    const grouped = await new LeadershipReportRepository(this.dataSource.manager).decisionCounts(
      BREAKDOWNS,
      from,
      to,
    );
    const of = (breakdown: Breakdown) => grouped.filter((row) => row.breakdown === breakdown);
    const [total, byMonth, byLocality, byNeed, bySetting] = [
      grouped.find((row) => row.breakdown === 'total'),
      of('month'),
      of('locality'),
      of('need'),
      of('setting'),
    ];
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
    const rows = (list: Record<string, unknown>[]) =>
      list.map((row) => ({ key: String(row.key), ...counts(row as Record<string, number>) }));
    return {
      from,
      to,
      total: counts(total),
      byMonth: rows(byMonth),
      byLocality: rows(byLocality),
      byNeed: rows(byNeed),
      bySetting: rows(bySetting)
        .sort((a, b) => b.agreedToAssess + b.refusedToAssess - (a.agreedToAssess + a.refusedToAssess))
        .slice(0, 20),
    };
  }
}
