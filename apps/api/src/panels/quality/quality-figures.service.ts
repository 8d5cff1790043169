import { BadRequestException, Injectable } from '@nestjs/common';
import type { QualityFigures, QualityRow } from '@convene/contracts';
import { percentOf, raterAgreement, type QualityGrade } from '@convene/domain';
import { DataSource } from 'typeorm';


/**
 * The Quality and Compliance Group's figures for a period: plans meeting the standard (a moderated grade of
 * Good or better) by month, theme and locality, and how far reviewers' private grades agreed.
 */
@Injectable()
export class QualityFiguresService {
  constructor(private readonly dataSource: DataSource) {}

  async figures(from: string, to: string): Promise<QualityFigures> {
    if (from > to) throw new BadRequestException(['from must be on or before to']);
    const moderated = (dimension: string): Promise<QualityRow[]> =>
      this.dataSource
        .query(
          `SELECT ${dimension} AS key, count(*)::int AS moderated, count(*) FILTER (WHERE a.outcome IN ('outstanding', 'good'))::int AS meeting
             FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
             JOIN ehc_requests r ON r.id = a.request_id JOIN children c ON c.id = r.child_id JOIN localities l ON l.id = c.locality_id
            WHERE a.kind = 'dip_sample' AND a.status = 'decided' AND a.outcome IS NOT NULL
              AND (m.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2
            GROUP BY 1 ORDER BY 1`,
          [from, to],
        )
        .then((rows: { key: string; moderated: number; meeting: number }[]) => rows.map((r) => ({ key: String(r.key), moderated: r.moderated, meeting: r.meeting, percent: percentOf(r.meeting, r.moderated) })));
    const [[total], byMonth, byTheme, byLocality, grades, advicesByAgency] = await Promise.all([
      moderated(`'all'`),
      moderated(`to_char(m.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM')`),
      moderated(`coalesce(m.theme, 'No theme')`),
      moderated('l.name'),
      // Each reviewer's latest grade on each revealed sampled plan, leaving out those who declared an interest.
      this.dataSource.query(
        `SELECT DISTINCT ON (v.agenda_item_id, v.voter_id) m.id AS meeting_id, m.title, m.starts_at, v.agenda_item_id, v.choice
           FROM votes v JOIN agenda_items a ON a.id = v.agenda_item_id JOIN meetings m ON m.id = a.meeting_id
          WHERE a.kind = 'dip_sample' AND a.voting_status = 'revealed'
            AND (m.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2
            AND NOT EXISTS (SELECT 1 FROM declarations_of_interest d WHERE d.agenda_item_id = v.agenda_item_id AND d.user_id = v.voter_id)
          ORDER BY v.agenda_item_id, v.voter_id, v.id DESC`,
        [from, to],
      ),
      this.dataSource
        .query(
          `SELECT g.name AS key, count(*)::int AS moderated, count(*) FILTER (WHERE a.outcome IN ('outstanding', 'good'))::int AS meeting
             FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
             JOIN advice_requests ar ON ar.id = a.advice_request_id JOIN agencies g ON g.id = ar.agency_id
            WHERE a.kind = 'advice_audit' AND a.status = 'decided' AND a.outcome IS NOT NULL
              AND (m.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2
            GROUP BY 1 ORDER BY 1`,
          [from, to],
        )
        .then((rows: { key: string; moderated: number; meeting: number }[]) => rows.map((r) => ({ ...r, percent: percentOf(r.meeting, r.moderated) }))),
    ]);
    const meetings = new Map<string, { title: string; startsAt: Date; items: Map<string, QualityGrade[]> }>();
    for (const g of grades as { meeting_id: string; title: string; starts_at: Date; agenda_item_id: string; choice: QualityGrade }[]) {
      const meeting = meetings.get(g.meeting_id) ?? { title: g.title, startsAt: g.starts_at, items: new Map() };
      meeting.items.set(g.agenda_item_id, [...(meeting.items.get(g.agenda_item_id) ?? []), g.choice]);
      meetings.set(g.meeting_id, meeting);
    }
    const byMeeting = [...meetings.entries()]
      .sort(([, a], [, b]) => +a.startsAt - +b.startsAt)
      .map(([meetingId, m]) => ({ meetingId, title: m.title, ...raterAgreement([...m.items.values()]) }));
    return {
      from,
      to,
      plans: { total: total ?? { key: 'all', moderated: 0, meeting: 0, percent: null }, byMonth, byTheme, byLocality },
      advicesByAgency,
      agreement: { overall: raterAgreement([...meetings.values()].flatMap((m) => [...m.items.values()])), byMeeting },
    };
  }
}
