import { BadRequestException, Injectable } from '@nestjs/common';
import type { HealthGatewayFigures, TimelinessRow } from '@convene/contracts';
import { percentOf } from '@convene/domain';
import { DataSource } from 'typeorm';
import { todayInEngland } from '../../common/today.js';


/**
 * The DCO's figures. An advice counts in the month it was due (6 weeks after it was asked for): on time if
 * returned by that day (the day itself is on time); late if returned after it, or still out once it has
 * passed. Advices not yet due and still out are not counted. "Without exceptions" leaves out the advices
 * with a reg 8(2) exception recorded.
 */
@Injectable()
export class HealthGatewayFiguresService {
  constructor(private readonly dataSource: DataSource) {}

  async figures(from: string, to: string): Promise<HealthGatewayFigures> {
    if (from > to) throw new BadRequestException(['from must be on or before to']);
    const today = todayInEngland();
    const timeliness = async (dimension: string, withoutExceptions: boolean): Promise<TimelinessRow[]> => {
      const rows = await this.dataSource.query(
        `SELECT ${dimension} AS key, count(*)::int AS due, count(*) FILTER (WHERE a.returned_on <= a.requested_on + 42)::int AS on_time
           FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
          WHERE a.advice_kind = 'health' AND a.status <> 'cancelled'
            AND a.requested_on + 42 BETWEEN $1 AND $2
            AND (a.returned_on IS NOT NULL OR a.requested_on + 42 < $3)
            ${withoutExceptions ? `AND NOT EXISTS (SELECT 1 FROM statutory_exceptions e WHERE e.advice_request_id = a.id AND e.regulation = '8(2)')` : ''}
          GROUP BY 1 ORDER BY 1`,
        [from, to, today],
      );
      return rows.map((r: { key: string; due: number; on_time: number }) => ({ key: String(r.key), due: r.due, onTime: r.on_time, percent: percentOf(r.on_time, r.due) }));
    };
    const set = async (withoutExceptions: boolean) => {
      const [[total], byTeam, byMonth] = await Promise.all([
        timeliness(`'all'`, withoutExceptions),
        timeliness('g.name', withoutExceptions),
        timeliness(`to_char(a.requested_on + 42, 'YYYY-MM')`, withoutExceptions),
      ]);
      return { total: total ?? { key: 'all', due: 0, onTime: 0, percent: null }, byTeam, byMonth };
    };
    const [withExceptions, withoutExceptions, [triage], openByAge, [quality]] = await Promise.all([
      set(false),
      set(true),
      this.dataSource.query(
        `SELECT count(*)::int AS triaged, count(*) FILTER (WHERE reassignments = 0)::int AS first_time
           FROM advice_requests WHERE advice_kind = 'health' AND triaged_at IS NOT NULL
            AND (triaged_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2`,
        [from, to],
      ),
      this.dataSource.query(
        `SELECT band, count(*)::int AS count FROM (
           SELECT CASE WHEN $1::date - requested_on < 21 THEN '0 to 2 weeks' WHEN $1::date - requested_on < 35 THEN '3 to 4 weeks'
                       WHEN $1::date - requested_on <= 42 THEN '5 to 6 weeks' ELSE 'Over 6 weeks' END AS band,
                  CASE WHEN $1::date - requested_on < 21 THEN 1 WHEN $1::date - requested_on < 35 THEN 2 WHEN $1::date - requested_on <= 42 THEN 3 ELSE 4 END AS o
             FROM advice_requests WHERE advice_kind = 'health' AND status IN ('awaiting_triage', 'with_team')) aged
          GROUP BY band, o ORDER BY o`,
        [today],
      ),
      this.dataSource.query(
        // The Quality group's audited grade, where there is one, stands over the DCO's own rating.
        `SELECT count(*)::int AS rated,
                count(*) FILTER (WHERE CASE WHEN audited_grade IS NOT NULL THEN audited_grade IN ('outstanding', 'good')
                                            ELSE (SELECT bool_and(v::boolean) FROM jsonb_each_text(quality->'criteria') AS q(k, v)) END)::int AS meeting
           FROM advice_requests WHERE advice_kind = 'health' AND (quality IS NOT NULL OR audited_grade IS NOT NULL) AND returned_on BETWEEN $1 AND $2`,
        [from, to],
      ),
    ]);
    return {
      from,
      to,
      withExceptions,
      withoutExceptions,
      rightTeamFirstTime: { triaged: triage.triaged, firstTime: triage.first_time, percent: percentOf(triage.first_time, triage.triaged) },
      openByAge,
      qualityMeetsStandard: { rated: quality.rated, meeting: quality.meeting, percent: percentOf(quality.meeting, quality.rated) },
    };
  }
}
