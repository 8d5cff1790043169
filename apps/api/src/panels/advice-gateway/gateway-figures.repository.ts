import {
  ADVICE_WEEKS,
  isAdviceExceptionCase,
  type AdviceKind,
  type RecordedException,
} from '@convene/domain';
import { adviceExceptions } from '../../cases/advice-requests.repository.js';
import {
  ADVICE_DUE_ON,
  ADVICE_ON_TIME,
  ADVICES_DUE_IN_PERIOD,
} from '../../dashboard/timeliness-figures.query.js';
import type { Queryable } from '../../database/prepared-statement.repository.js';

/** How the advices are grouped: all together, by team, or by the month they fell due. */
export type AdviceDimension = 'all' | 'team' | 'month';

const DIMENSION: Record<AdviceDimension, string> = {
  all: `'all'`,
  team: 'g.name',
  month: `to_char(${ADVICE_DUE_ON}, 'YYYY-MM')`,
};

const ADVICE_DAYS = ADVICE_WEEKS * 7;

/** A gateway's figures, counted from the advice requests of its kind. */
export class GatewayFiguresRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * The gateway's advices due between the dates and either returned or past their day `today`, and how many were returned
   * on time, by dimension; `withoutExceptions` leaves out those with a reg 8(2) exception the statutory clock accepts
   * (`isAdviceExceptionCase`), as the case page marks them: one it refuses excuses nothing. Only advices with an
   * exception recorded come back one by one, for the clock to judge.
   */
  async timeliness(
    adviceKind: AdviceKind,
    dimension: AdviceDimension,
    withoutExceptions: boolean,
    from: string,
    to: string,
    today: string,
  ): Promise<{ key: string; due: number; on_time: number }[]> {
    const [tallies, withRecordedExceptions] = await Promise.all([
      this.db.query<{ key: string; due: number; on_time: number }[]>(
        `SELECT ${DIMENSION[dimension]} AS key, count(*)::int AS due, count(*) FILTER (WHERE ${ADVICE_ON_TIME})::int AS on_time
           FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
          WHERE a.advice_kind = $4 AND ${ADVICES_DUE_IN_PERIOD}
          GROUP BY 1 ORDER BY 1`,
        [from, to, today, adviceKind],
      ),
      withoutExceptions
        ? this.db.query<
            {
              id: string;
              key: string;
              requested_on: string;
              on_time: boolean;
              exceptions: RecordedException[];
            }[]
          >(
            `SELECT a.id, ${DIMENSION[dimension]} AS key, a.requested_on, coalesce(${ADVICE_ON_TIME}, false) AS on_time,
                    ${adviceExceptions('a')} AS exceptions
               FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
              WHERE a.advice_kind = $4 AND ${ADVICES_DUE_IN_PERIOD}
                AND EXISTS (SELECT 1 FROM statutory_exceptions e WHERE e.advice_request_id = a.id AND e.regulation = '8(2)')`,
            [from, to, today, adviceKind],
          )
        : [],
    ]);
    const excused = withRecordedExceptions.filter((advice) =>
      isAdviceExceptionCase({ id: advice.id, requestedOn: advice.requested_on }, advice.exceptions),
    );
    return tallies
      .map((tally) => {
        const left = excused.filter((advice) => String(advice.key) === String(tally.key));
        return {
          key: tally.key,
          due: tally.due - left.length,
          on_time: tally.on_time - left.filter((advice) => advice.on_time).length,
        };
      })
      .filter((tally) => tally.due > 0);
  }

  /** Advices triaged between the dates, and how many went to the right team first time. */
  async triage(
    adviceKind: AdviceKind,
    from: string,
    to: string,
  ): Promise<{ triaged: number; first_time: number }> {
    const [row] = await this.db.query<{ triaged: number; first_time: number }[]>(
      `SELECT count(*)::int AS triaged, count(*) FILTER (WHERE reassignments = 0)::int AS first_time
           FROM advice_requests WHERE advice_kind = $3 AND triaged_at IS NOT NULL
            AND (triaged_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2`,
      [from, to, adviceKind],
    );
    return row!;
  }

  /** Advices still out on `today`, by how long since they were asked for. */
  openByAge(adviceKind: AdviceKind, today: string): Promise<{ band: string; count: number }[]> {
    return this.db.query(
      `SELECT band, count(*)::int AS count FROM (
           SELECT CASE WHEN $1::date - requested_on < 21 THEN '0 to 2 weeks' WHEN $1::date - requested_on < 35 THEN '3 to 4 weeks'
                       WHEN $1::date - requested_on <= ${ADVICE_DAYS} THEN '5 to 6 weeks' ELSE 'Over 6 weeks' END AS band,
                  CASE WHEN $1::date - requested_on < 21 THEN 1 WHEN $1::date - requested_on < 35 THEN 2 WHEN $1::date - requested_on <= ${ADVICE_DAYS} THEN 3 ELSE 4 END AS o
             FROM advice_requests WHERE advice_kind = $2 AND status IN ('awaiting_triage', 'with_team')) aged
          GROUP BY band, o ORDER BY o`,
      [today, adviceKind],
    );
  }

  /** Advices returned between the dates that were rated, and how many meet the standard. */
  async quality(
    adviceKind: AdviceKind,
    from: string,
    to: string,
  ): Promise<{ rated: number; meeting: number }> {
    const [row] = await this.db.query<{ rated: number; meeting: number }[]>(
      // The Quality group's audited grade, where there is one, stands over the coordinator's own rating.
      `SELECT count(*)::int AS rated,
                count(*) FILTER (WHERE CASE WHEN audited_grade IS NOT NULL THEN audited_grade IN ('outstanding', 'good')
                                            ELSE (SELECT bool_and(v::boolean) FROM jsonb_each_text(quality->'criteria') AS q(k, v)) END)::int AS meeting
           FROM advice_requests WHERE advice_kind = $3 AND (quality IS NOT NULL OR audited_grade IS NOT NULL) AND returned_on BETWEEN $1 AND $2`,
      [from, to, adviceKind],
    );
    return row!;
  }
}
