import { BadRequestException, Injectable } from '@nestjs/common';
import type { DecisionReport, DecisionCounts } from '@convene/contracts';
import { percentOf } from '@convene/domain';
import { DataSource } from 'typeorm';

/** The steps that are Decision-Making Group decisions, by what they decided. */
const DECISION_STEPS = `('assessment', 'refused', 'decision_to_issue', 'not_issued')`;

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
                count(*) FILTER (WHERE e.stage = 'assessment')::int AS agreed_to_assess,
                count(*) FILTER (WHERE e.stage = 'refused')::int AS refused_to_assess,
                count(*) FILTER (WHERE e.stage = 'decision_to_issue')::int AS agreed_to_issue,
                count(*) FILTER (WHERE e.stage = 'not_issued')::int AS not_issued
           FROM request_events e
           JOIN ehc_requests r ON r.id = e.request_id
           JOIN children c ON c.id = r.child_id
           JOIN localities l ON l.id = c.locality_id
          WHERE e.stage IN ${DECISION_STEPS} AND e.occurred_on BETWEEN $1 AND $2
          GROUP BY 1 ORDER BY 1`,
        [from, to],
      );
    const [[total], byMonth, byLocality, byNeed, bySetting] = await Promise.all([
      grouped(`'all'`),
      grouped(`to_char(e.occurred_on, 'YYYY-MM')`),
      grouped('l.name'),
      grouped('c.primary_need'),
      grouped(`coalesce(c.setting_name, 'No setting recorded')`),
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
